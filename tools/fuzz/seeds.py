#!/usr/bin/env python3
"""Writes the starting corpus of every fuzz target into DIR/<target>/.

Seeds are small on purpose (a fuzzer runs fastest on inputs of a few kilobytes): the tiny
sample map's files, the test fixtures, the first lines of the gongli files, and OSM, PBF,
GPX, grid and zip files generated here. The committed regression inputs
(tools/fuzz/regressions/<target>/) are added too, so every run starts from past findings.
"""
import gzip, io, os, struct, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from osmpbf import block, field, packed, vfield, zz  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[1]


def put(target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def read(path, limit=None):
    with open(os.path.join(root, path), "rb") as f:
        return f.read(limit) if limit else f.read()


def head_lines(path, lines):
    with open(os.path.join(root, path), "rb") as f:
        return b"".join(f.readline() for _ in range(lines))


for m in ["SampleMaps/tiny", "Tests/Fixtures/tiny-wgs84", "Tests/Fixtures/tiny-gcj02"]:
    tag = os.path.basename(m)
    for layer in ["boundary", "roads", "posts", "landmarks"]:
        put("geojson", f"{tag}-{layer}.geojson", read(f"{m}/{layer}.geojson"))
    put("csv", f"{tag}-households.csv", read(f"{m}/households.csv"))
    put("manifest", f"{tag}-map.json", read(f"{m}/map.json"))
put("geojson", "gongli-posts.geojson", read("SampleMaps/gongli/posts.geojson"))
put("manifest", "gongli-map.json", read("SampleMaps/gongli/map.json"))
put("csv", "gongli-households.csv", head_lines("SampleMaps/gongli/households.csv", 40))
put("csv", "ledger-gb18030.csv", read("Tests/Fixtures/ledgers/households-gb18030.csv"))
put("csv", "quoted.csv", 'id,village,lon,lat,note\r\nH1,"Dong, east",109.1,34.9,"say ""hi""\nthere"\r\n')

# A small grid in the gongli header style, and one with centres, NODATA and voids.
put("grid", "gongli-head.asc", head_lines("SampleMaps/gongli/dem.asc", 8))
put("grid", "corner.asc", "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 3860000\ncellsize 30\nNODATA_value -9999\n"
    "1 2 3 4\n5 -9999 7 8\n9 10 11 12\n")
put("grid", "center.asc", "NCOLS 2\nNROWS 2\nXLLCENTER 109.0\nYLLCENTER 34.9\nCELLSIZE 0.001\nnan 1.5\n2e2 -3\n")

osm = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="seed">
 <bounds minlat="34.89" minlon="109.04" maxlat="34.91" maxlon="109.06"/>
 <node id="1" lat="34.900" lon="109.050" timestamp="2024-05-01T08:00:00Z"/>
 <node id="2" lat="34.901" lon="109.051"/>
 <node id="3" lat="34.902" lon="109.049"><tag k="amenity" v="police"/><tag k="name" v="Gongli &amp; station"/></node>
 <node id="4" lat="34.899" lon="109.052"/>
 <way id="10" timestamp="2024-05-02T08:00:00Z"><nd ref="1"/><nd ref="2"/><nd ref="3"/>
  <tag k="highway" v="residential"/><tag k="name" v="&#x4E1C;&#19996;"/></way>
 <way id="11"><nd ref="3"/><nd ref="4"/><tag k="highway" v="track"/><tag k="tracktype" v="grade3"/></way>
 <relation id="20"><member type="way" ref="10" role=""/></relation>
</osm>
"""
put("osm", "small.osm", osm)
put("osm", "small.osm.gz", gzip.compress(osm.encode(), mtime=0))
put("osm", "two-members.osm.gz", gzip.compress(osm[:200].encode(), mtime=0) + gzip.compress(osm[200:].encode(), mtime=0))
put("osm", "monaco-head.osm", gzip.decompress(read("/work/shared/data/monaco.osm.gz"))[:6000]
    if os.path.exists("/work/shared/data/monaco.osm.gz") else osm)


header = field(1, vfield(1, zz(109040000000)) + vfield(2, zz(109060000000)) + vfield(3, zz(34910000000)) + vfield(4, zz(34890000000)))
header += field(4, b"OsmSchema-V0.6") + field(4, b"DenseNodes") + field(16, b"seed")
strings = field(1, b"".join(field(1, s) for s in [b"", b"highway", b"residential", b"amenity", b"police", b"name", b"Gongli"]))
dense = packed(1, [1, 2, 3, 4], signed=True, delta=True)
dense += field(5, packed(2, [1714550400, 1714550400, 1714550500, 1714550600], signed=True, delta=True))
dense += packed(8, [349000000, 349010000, 349020000, 348990000], signed=True, delta=True)
dense += packed(9, [1090500000, 1090510000, 1090490000, 1090520000], signed=True, delta=True)
dense += packed(10, [0, 0, 3, 4, 5, 6, 0, 0])
way = vfield(1, 10) + packed(2, [1]) + packed(3, [2]) + packed(8, [1, 2, 3, 4], signed=True, delta=True)
primitive = strings + field(2, field(2, dense)) + field(2, field(3, way)) + vfield(17, 100)
put("pbf", "small-raw.osm.pbf", block("OSMHeader", header, False) + block("OSMData", primitive, False))
put("pbf", "small-zlib.osm.pbf", block("OSMHeader", header, True) + block("OSMData", primitive, True))

gpx = """<?xml version="1.0"?>
<gpx version="1.1" creator="seed" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>lane</name><trkseg>
<trkpt lat="34.8990" lon="109.0470"><ele>812</ele><time>2024-05-01T08:00:00Z</time></trkpt>
<trkpt lat="34.8995" lon="109.0475"><ele>815.5</ele><time>2024-05-01T08:00:30.5+08:00</time></trkpt>
<trkpt lat="34.9001" lon="109.0481"><time>2024-05-01T08:01:00Z</time></trkpt>
</trkseg></trk><rte><rtept lat="34.9" lon="109.05"/><rtept lat="34.901" lon="109.051"/></rte></gpx>
"""
put("gpx", "lane.gpx", gpx)
if os.path.exists("/work/shared/data/andorra_for_map_matching.gpx"):
    put("gpx", "andorra.gpx", read("/work/shared/data/andorra_for_map_matching.gpx", 3000))


def zipped(entries, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0)), data, compress_type=method)
    return buffer.getvalue()


tile = struct.pack(">h", 800) * (1201 * 1201)
put("zip", "tile-3s.hgt.zip", zipped([("N34E109.hgt", tile)]))
put("zip", "stored-short.hgt.zip", zipped([("N34E109.hgt", b"\x03\x20" * 16), ("readme.txt", b"hi")], zipfile.ZIP_STORED))
put("zip", "folder.hgt.zip", zipped([("srtm/", b""), ("srtm/S09W078.hgt", b"\x00\x01" * 64)]))

for i, q in enumerate(["109.05,34.90", "@500000,3860000", "H00001", "董村3组12号", "董村三组12号", "派出所", "１０９．０５,３４．９",
                       "-180,90", "34.9,109.05", "nan,1", "@1e308,1e308"]):
    put("place", f"q{i}.txt", q)

regressions = os.path.join(root, "tools/fuzz/regressions")
if os.path.isdir(regressions):
    for target in os.listdir(regressions):
        for name in os.listdir(os.path.join(regressions, target)):
            put(target, "regression-" + name, read(os.path.join("tools/fuzz/regressions", target, name)))
