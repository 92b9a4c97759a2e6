#!/usr/bin/env python3
"""Writes the bad-input corpus cases for the input limits and the reader crash classes
(Tests/BadInputs/<group>-<name>/: case.json and the small input files it names).

Rerun after changing a case; the files are committed, so the corpus runner needs no Python.
Every input stays small: the bombs are compressed at deflate's best ratio.
"""
import gzip, json, os, shutil, struct, sys, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from osmpbf import block, field, vfield  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
corpus = os.path.join(root, "Tests", "BadInputs")
NODE = b'<node id="1" lat="34.9" lon="109.0"/>\n'


def case(name, about, args, stderr, files=None, map_files=None, map_name="none", exit_code=1, unchanged=(), stdout=()):
    folder = os.path.join(corpus, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for file, data in (files or {}).items():
        with open(os.path.join(folder, file), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
    for file, data in (map_files or {}).items():
        os.makedirs(os.path.join(folder, "map"), exist_ok=True)
        with open(os.path.join(folder, "map", file), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
    spec = {"about": about, "map": map_name, "remove": [], "args": args + ["--lang", "en"], "exit": exit_code,
            "stderr": stderr, "stdout": list(stdout), "unchanged": list(unchanged)}
    with open(os.path.join(folder, "case.json"), "w") as f:
        json.dump(spec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def deflate(data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def gzip_of(chunks):
    """A gzip member of the concatenated chunks, compressed as a stream."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = b""
    for chunk in chunks:
        out += c.compress(chunk)
    return out + c.flush()


def repeated(unit, size):
    piece = unit * ((1 << 20) // len(unit) + 1)
    done = 0
    while done < size:
        yield piece[: min(len(piece), size - done)]
        done += len(piece)


def zip_entry(name, data, method=8, flags=0, declared=None, crc=None, descriptor=False):
    stored = deflate(data) if method == 8 else data
    crc = zlib.crc32(data) if crc is None else crc
    size = len(data) if declared is None else declared
    header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0,
                         0 if descriptor else crc, 0 if descriptor else len(stored), 0 if descriptor else size, len(name), 0)
    out = header + name.encode() + stored
    if descriptor:
        out += struct.pack("<IIII", 0x08074B50, crc, len(stored), size)
    return out


def osm(name, about, file, data, stderr, names_file=True):
    case(name, about, ["import", "osm", "$CASE/" + file, "-o", "$TMP/out"], ([file] if names_file else []) + stderr, files={file: data})


def gpx(name, about, file, data, stderr):
    case(name, about, ["import", "gpx", "$CASE/" + file, "--into", "$MAP"], [file] + stderr, files={file: data},
         map_name="tiny", unchanged=["roads.geojson"])


def dem(name, about, file, data, stderr):
    case(name, about, ["import", "dem", "$CASE/" + file, "--into", "$MAP"], [file] + stderr, files={file: data},
         map_name="tiny", unchanged=["map.json"])


def validate(name, about, layer, data, stderr, stdout=()):
    case(name, about, ["validate", "$MAP"], stderr, map_files={layer: data}, map_name="tiny", stdout=stdout)


OSM_HEAD = b'<?xml version="1.0"?>\n<osm version="0.6">\n'
TILE = struct.pack(">h", 500) * (1201 * 1201)

# gzip: bombs and damage.
osm("gzip-bomb-ratio", "A 60 KB .osm.gz of one node repeated expands over 300 times; it is refused past 16 MiB, with bounded memory.",
    "bomb.osm.gz", gzip_of([OSM_HEAD] + list(repeated(NODE, 20 << 20))), ["input limit exceeded", "100 times"])
osm("gzip-truncated", "A .osm.gz cut in the middle of its deflate data is refused as truncated.",
    "cut.osm.gz", gzip.compress(OSM_HEAD + NODE * 2000, mtime=0)[:300], ["truncated"])
osm("gzip-corrupt", "A .osm.gz whose deflate data is damaged is refused, naming the byte.",
    "bad.osm.gz", gzip.compress(OSM_HEAD + NODE * 50, mtime=0)[:12] + b"\xff" * 40, ["gzip"])
gpx("gzip-gpx-bomb", "A gzipped GPX file expanding over 300 times is refused by the ratio limit; the map's roads are untouched.",
    "bomb.gpx", gzip_of([b'<gpx version="1.1"><trk><trkseg>'] + list(repeated(b"<trkpt lat='34.9' lon='109.0'/>", 20 << 20))),
    ["input limit exceeded"])

# zip: SRTM archives.
dem("zip-declared-huge", "A zip entry whose header declares 2 GB is refused before anything is inflated.",
    "N34E109.hgt.zip", zip_entry("N34E109.hgt", b"\x01\xf4" * 8, declared=2_000_000_000), ["input limit exceeded", "2000000000"])
dem("zip-descriptor-bomb", "A deflated entry that leaves its size to a trailing descriptor and inflates to 60 MB is refused at 26 MB.",
    "N34E109.hgt.zip", zip_entry("N34E109.hgt", b"\0" * (60 << 20), flags=8, descriptor=True), ["input limit exceeded", "25934403"])
dem("zip-five-tiles", "An archive of five SRTM tiles is refused at the fifth: a DEM import takes at most four.",
    "tiles.hgt.zip", b"".join(zip_entry(n + ".hgt", TILE) for n in ["N34E108", "N34E109", "N35E108", "N35E109", "N33E109"]),
    ["input limit exceeded", "more than 4 SRTM tiles"])
dem("zip-bad-crc", "An entry that fails its CRC-32 check is refused as corrupt.",
    "N34E109.hgt.zip", zip_entry("N34E109.hgt", TILE, crc=1234), ["CRC-32"])
dem("zip-encrypted", "An encrypted entry is refused with a clear message.",
    "N34E109.hgt.zip", zip_entry("N34E109.hgt", b"xx", method=0, flags=1), ["encrypted"])
dem("zip-truncated", "An archive cut inside its first entry is refused.",
    "N34E109.hgt.zip", zip_entry("N34E109.hgt", TILE)[:200], ["truncated"])

# pbf: framing and declared sizes.
header = field(4, b"OsmSchema-V0.6") + field(4, b"DenseNodes")
good_header = block("OSMHeader", header, False)


def blob_block(kind, blob):
    h = field(1, kind.encode()) + vfield(3, len(blob))
    return struct.pack(">I", len(h)) + h + blob


osm("pbf-raw-size-huge", "A zlib blob declaring a raw_size of 2 GiB is refused before any inflating.",
    "huge.osm.pbf", good_header + blob_block("OSMData", field(3, zlib.compress(b"x")) + vfield(2, 1 << 31)), ["block 1", "raw_size"])
osm("pbf-inflates-beyond-declared", "A zlib blob that inflates past its declared raw_size is refused.",
    "liar.osm.pbf", good_header + blob_block("OSMData", field(3, zlib.compress(b"\0" * 100000)) + vfield(2, 100)), ["block 1", "more than the declared 100"])
osm("pbf-header-too-long", "A block header length of 1 MiB is outside the format's 64 KiB limit.",
    "long.osm.pbf", struct.pack(">I", 1 << 20) + b"\0" * 64, ["block 0", "64 KiB"])
osm("pbf-blob-too-long", "A blob size of 64 MiB is outside the format's 32 MiB limit.",
    "blob.osm.pbf", struct.pack(">I", 16) + field(1, b"OSMHeader") + vfield(3, 64 << 20),
    ["block 0", "32 MiB"])

# osm: XML structure limits.
osm("osm-deep-nesting", "Elements nested 300 deep are refused at the 257th level.",
    "deep.osm", OSM_HEAD + b"<a>" * 300 + b"</a>" * 300 + b"</osm>\n", ["input limit exceeded", "256 levels"])
osm("osm-latin1", "An OSM file declaring ISO-8859-1 is refused with the way to convert it.",
    "latin1.osm", b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<osm version="0.6"></osm>\n', ["only UTF-8", "iconv"])
osm("osm-way-too-long", "A way of 100,001 node references is skipped (input limit), leaving no roads to import.",
    "long-way.osm.gz", gzip_of([OSM_HEAD, b'<node id="1" lat="34.9" lon="109.0"/>\n<way id="5">'] + list(repeated(b'<nd ref="1"/>', 13 * 100_001))
                                + [b'<tag k="highway" v="track"/></way>\n</osm>\n']), ["too few roads"], names_file=False)

# gpx.
gpx("gpx-deep-nesting", "A GPX file nesting 300 elements is refused; the map's roads are untouched.",
    "deep.gpx", b'<gpx version="1.1">' + b"<x>" * 300 + b"</x>" * 300 + b"</gpx>", ["input limit exceeded", "256 levels"])
gpx("gpx-long-text", "Text of one element longer than 1 MiB, split by comments, is refused.",
    "text.gpx", gzip_of([b'<gpx version="1.1"><trk><name>'] + list(repeated(b"ab<!---->", 10 << 20)) + [b"</name></trk></gpx>"]),
    ["input limit exceeded", "1 MiB"])

# grid, geojson, csv: layers of a map.
validate("grid-too-many-cells", "A DEM header claiming 100,000 × 100,000 cells is refused at its nrows line before any value is read.",
         "dem.asc", "ncols 100000\nnrows 100000\nxllcorner 0\nyllcorner 0\ncellsize 30\n1 2 3\n", ["dem.asc:2", "input limit exceeded", "25000000"])
validate("grid-huge-extent", "A DEM whose cells are 1e300 m wide is refused by the coordinate limit.",
         "dem.asc", "ncols 2\nnrows 1\nxllcorner 500000\nyllcorner 3860000\ncellsize 1e300\n1 2\n", ["dem.asc", "input limit exceeded", "grid reaches"])
validate("geojson-deep-nesting", "A roads file nested 600 arrays deep is refused at the 513th level.",
         "roads.geojson", '{"type":"FeatureCollection","features":' + "[" * 600 + "]" * 600 + "}", ["roads.geojson:1", "512 levels"])
validate("geojson-far-post", "A post 1e9 m from the origin of a projected map is skipped with the input limit named.",
         "posts.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"station","name":"Far","phone":"1"},'
         '"geometry":{"type":"Point","coordinates":[1e9,3860000]}}]}', [], stdout=["posts.geojson:1: feature 0 (Far)", "input limit of ±100000000 m"])
validate("csv-unclosed-quote", "A ledger whose last quoted field never closes is refused at the line it opens on.",
         "households.csv", 'id,village,group,number,lon,lat,head,members,phone,tags,note\nH1,Dong,1,1,500000,3860000,"Tian,2,,,\n', ["households.csv:2", "never closed"])
