#!/usr/bin/env bash
# OSM import benchmark: a ~1 GB PBF made from Andorra's blocks (make_big_pbf.py), imported by
# `patrolmap import osm` (whole file, and a 1°×1° box of it), and the same job done by
# osmium-tool (tags-filter w/highway, then export to GeoJSON) in the same run.
# Wall time and peak RSS come from /usr/bin/time -v. Usage (from the package root):
#   tools/bench/import_bench.sh [WORKDIR]      (default /tmp/patrolmap-import-bench)
set -euo pipefail

work=${1:-/tmp/patrolmap-import-bench}
source_pbf=../shared/data/andorra.osm.pbf
big=$work/big.osm.pbf
mkdir -p "$work"

[ -f "$big" ] || python3 tools/bench/make_big_pbf.py "$source_pbf" "$big" --size 1000
swift build -c release --product patrolmap >/dev/null
bin=.build/release/patrolmap

measure() {  # label, command...
    local label=$1
    shift
    /usr/bin/time -v "$@" >"$work/$label.out" 2>"$work/$label.time"
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$work/$label.time" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/$label.time" | awk '{print $NF}')
    printf "%-28s wall %-10s peak RSS %6d MB\n" "$label" "$wall" $((rss / 1024))
}

echo "input: $(du -m "$big" | cut -f1) MB, $(nproc) cores, $(uname -m)"
measure patrolmap-full "$bin" import osm "$big" -o "$work/map-full" --force --lang en
measure patrolmap-bbox "$bin" import osm "$big" -o "$work/map-bbox" --force --lang en --bbox 1.4,42.4,1.8,42.7
measure osmium-tags-filter osmium tags-filter "$big" w/highway -o "$work/highways.osm.pbf" --overwrite
measure osmium-export osmium export "$work/highways.osm.pbf" -o "$work/highways.geojsonseq" --overwrite \
    --geometry-types=linestring
grep -E "^roads:" "$work/patrolmap-full.out"
echo "patrolmap roads.geojson: $(du -m "$work/map-full/roads.geojson" | cut -f1) MB;" \
    "osmium highways.geojsonseq: $(du -m "$work/highways.geojsonseq" | cut -f1) MB"
