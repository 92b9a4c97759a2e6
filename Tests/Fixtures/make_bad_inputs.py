#!/usr/bin/env python3
"""Writes the bad-input corpus in Tests/BadInputs from SampleMaps/tiny.

Run from the package root:  python3 Tests/Fixtures/make_bad_inputs.py
Each case is a folder Tests/BadInputs/<group>-<name>/ with case.json (what to run and what
the output must name) and, when the case changes map files, a map/ folder holding those
files: each a copy of tiny's file with one small edit. Inputs for import cases (GPX, OSM)
sit beside case.json. The corpus runner copies the map, lays map/ over it and runs args
with $MAP, $CASE and $TMP replaced.
"""
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
TINY = ROOT / "SampleMaps" / "tiny"
OUT = ROOT / "Tests" / "BadInputs"

CASES = []


def tiny(name):
    return (TINY / name).read_text(encoding="utf-8")


def lines(name):
    return tiny(name).split("\n")


def replace_line(name, number, old, new):
    """tiny's file with `old` replaced by `new` on 1-based line `number` (which must hold it)."""
    text = lines(name)
    assert old in text[number - 1], (name, number, old)
    text[number - 1] = text[number - 1].replace(old, new, 1)
    return "\n".join(text)


def case(name, about, args=None, exit=1, stderr=(), stdout=(), files=None, inputs=None, remove=(), map="tiny"):
    CASES.append(dict(name=name, about=about, args=args or ["validate", "$MAP", "--lang", "en"], exit=exit,
                      stderr=list(stderr), stdout=list(stdout), files=files or {}, inputs=inputs or {},
                      remove=list(remove), map=map))


def validate_json():
    return ["validate", "$MAP", "--format", "json", "--lang", "en"]


WEST = '[[596000,3863000],[597000,3863000],[597000,3864500],[596000,3864500],[596000,3863000]]'
EAST = '[[597000,3863000],[598000,3863000],[598000,3864500],[597000,3864500],[597000,3863000]]'
JURISDICTION = '[[596000,3863000],[598000,3863000],[598000,3864500],[596000,3864500],[596000,3863000]]'

# --- geojson: boundary polygons -------------------------------------------------------------
case("geojson-village-bowtie", "A village polygon whose ring crosses itself (a bow-tie) is an error naming the crossing.",
     files={"boundary.geojson": replace_line("boundary.geojson", 3, WEST,
            '[[596000,3863000],[597000,3864500],[597000,3863000],[596000,3864500],[596000,3863000]]')},
     stdout=["boundary.geojson:3", "feature 1 (西村)", "geometry", "crosses itself at (596500, 3863750)"])
case("geojson-jurisdiction-bowtie", "A self-intersecting jurisdiction polygon is an error on feature 0.",
     files={"boundary.geojson": replace_line("boundary.geojson", 2, JURISDICTION,
            '[[596000,3863000],[598000,3864500],[598000,3863000],[596000,3864500],[596000,3863000]]')},
     stdout=["boundary.geojson:2", "feature 0 (小河乡)", "crosses itself at (597000, 3863750)"])
case("geojson-hole-outside-shell", "A hole drawn outside its village's exterior ring is an error; the hole is ignored.",
     files={"boundary.geojson": replace_line("boundary.geojson", 4, EAST,
            EAST + ',[[598100,3863100],[598200,3863100],[598200,3863200],[598100,3863100]]')},
     stdout=["boundary.geojson:4", "feature 2 (东村)", "hole 1 lies outside the exterior ring"])
case("geojson-hole-crosses-shell", "A hole that pokes out of its exterior ring is an error naming where they cross.",
     files={"boundary.geojson": replace_line("boundary.geojson", 4, EAST,
            EAST + ',[[597900,3863100],[598100,3863100],[598100,3863200],[597900,3863100]]')},
     stdout=["boundary.geojson:4", "feature 2 (东村)", "the exterior ring and hole 1 cross at (598000, 3863100)"])
case("geojson-village-zero-area", "A village whose positions lie on one line has no area: an error, the village is skipped.",
     files={"boundary.geojson": replace_line("boundary.geojson", 3, WEST,
            '[[596000,3863000],[596500,3863500],[597000,3864000],[596000,3863000]]')},
     stdout=["boundary.geojson:3", "feature 1 (西村)", "the polygon has no area"])
case("geojson-jurisdiction-zero-area", "A jurisdiction with no area makes the map unusable; the error says why.",
     files={"boundary.geojson": replace_line("boundary.geojson", 2, JURISDICTION,
            '[[596000,3863000],[597000,3863000],[598000,3863000],[596000,3863000]]')},
     stderr=["boundary.geojson:2", "feature 0 (小河乡)", "the jurisdiction polygon is unusable: the polygon has no area"],
     stdout=["the polygon has no area"])
case("geojson-villages-overlap", "Two villages covering the same ground get a warning naming both and a point in the overlap.",
     exit=0, files={"boundary.geojson": replace_line("boundary.geojson", 4, EAST,
                    EAST.replace("597000,", "596800,"))},
     stdout=["boundary.geojson:4", "feature 2 (东村)", "overlaps village '西村' (feature 1) by about 0.3 km²"])
case("geojson-village-outside-jurisdiction", "A village reaching past the jurisdiction gets a warning with the share outside.",
     exit=0, files={"boundary.geojson": replace_line("boundary.geojson", 4, EAST,
                    EAST.replace("598000,", "598500,"))},
     stdout=["boundary.geojson:4", "feature 2 (东村)", "about 0.75 km² (33.3%) of the village lies outside the jurisdiction"])
case("geojson-multipolygon-part-bowtie", "A bow-tie in the second part of a MultiPolygon village names the part.",
     files={"boundary.geojson": replace_line("boundary.geojson", 4, '"type":"Polygon","coordinates":[' + EAST + ']',
            '"type":"MultiPolygon","coordinates":[[' + EAST.replace("598000,", "597900,") + '],'
            '[[[597950,3863000],[598000,3864500],[598000,3863000],[597950,3864500],[597950,3863000]]]]')},
     stdout=["boundary.geojson:4", "feature 2 (东村)", "part 1: the exterior ring crosses itself"])

# --- geojson: duplicate keys and road widths -----------------------------------------------
case("geojson-duplicate-road-property", "A road property given twice is a warning with line, column and feature.",
     exit=0, files={"roads.geojson": replace_line("roads.geojson", 2, '"highway":"tertiary",',
                    '"highway":"tertiary","highway":"primary",')},
     stdout=["roads.geojson:2", "feature 0: properties.highway", "'highway' appears twice in one object (column 64)"])
case("geojson-duplicate-village-name", "A village whose name is given twice is a warning: other tools read the other name.",
     exit=0, files={"boundary.geojson": replace_line("boundary.geojson", 3, '"name":"西村"', '"name":"西村","name":"北村"')},
     stdout=["boundary.geojson:3", "feature 1", "properties.name", "'name' appears twice"])
case("geojson-duplicate-feature-type", "A Feature object with two type members is a warning on that feature.",
     exit=0, files={"posts.geojson": replace_line("posts.geojson", 3, '{"type":"Feature",', '{"type":"Feature","type":"Feature",')},
     stdout=["posts.geojson:3", "feature 1", "'type' appears twice"])
case("geojson-duplicate-post-kind", "A post whose kind is given twice is a warning naming the post's feature.",
     exit=0, files={"posts.geojson": replace_line("posts.geojson", 2, '"kind":"station",', '"kind":"station","kind":"police_room",')},
     stdout=["posts.geojson:2", "feature 0", "properties.kind", "'kind' appears twice"])
case("geojson-duplicate-coordinates", "A geometry with two coordinates members is a warning; the first is used.",
     exit=0, files={"landmarks.geojson": replace_line("landmarks.geojson", 2, '"coordinates":[597030,3863800]',
                    '"coordinates":[597030,3863800],"coordinates":[0,0]')},
     stdout=["landmarks.geojson:2", "feature 0", "geometry.coordinates", "'coordinates' appears twice"])
for short, value, message in [
    ("negative", "-3", "width '-3' must be more than 0 m"),
    ("zero", "0", "width '0' must be more than 0 m"),
    ("nan", '"NaN"', "width 'NaN' is not a finite number"),
    ("infinite", '"inf"', "width 'inf' is not a finite number"),
    ("absurd", "350", "width '350' is more than 100 m: no road is that wide (centimetres?)"),
    ("text", '"abc"', "width 'abc' is not a number of metres"),
]:
    case(f"geojson-road-width-{short}", f"A road width of {value} is a warning and the width is ignored.",
         exit=0, files={"roads.geojson": replace_line("roads.geojson", 3, '"width":3.5', f'"width":{value}')},
         stdout=["roads.geojson:3", "feature 1 (r2)", "width", message + "; ignored"])

# --- mapjson ---------------------------------------------------------------------------------
case("mapjson-duplicate-crs", "A manifest that gives crs twice is an error at the second one.",
     files={"map.json": replace_line("map.json", 4, '"crs": "EPSG:4545",', '"crs": "EPSG:4545", "crs": "EPSG:4326",')},
     stderr=["map.json:4", "crs", "'crs' is given twice (column 23)"])
case("mapjson-duplicate-layer", "A layer named twice in map.json is an error naming layers.roads.",
     files={"map.json": replace_line("map.json", 11, '"roads": "roads.geojson",', '"roads": "roads.geojson", "roads": "other.geojson",')},
     stderr=["map.json:11", "layers.roads", "'roads' is given twice"])
case("mapjson-duplicate-name", "A manifest that gives name twice is an error.",
     files={"map.json": replace_line("map.json", 2, '"name": "tiny",', '"name": "tiny", "name": "huge",')},
     stderr=["map.json:2", "name", "'name' is given twice"])
case("mapjson-duplicate-working-crs", "working_crs given twice is an error even when both agree.",
     files={"map.json": replace_line("map.json", 5, '"working_crs": "EPSG:4545",', '"working_crs": "EPSG:4545", "working_crs": "EPSG:4545",')},
     stderr=["map.json:5", "working_crs", "given twice"])

# --- csv ---------------------------------------------------------------------------------------
def households_line(number, old, new):
    return {"households.csv": replace_line("households.csv", number, old, new)}


case("csv-nul-in-head", "A NUL byte in a household head is a warning and removed; the row is kept.",
     exit=0, files=households_line(4, "张伟", "张\u0000伟"),
     stdout=["households.csv:4", "head", "control character U+0000 (NUL) at character 2; removed"])
case("csv-nul-in-id", "A NUL byte in a household id is an error; the row is skipped.",
     files=households_line(3, "H002", "H0\u000002"),
     stdout=["households.csv:3", "id", "control character U+0000 (NUL) at character 3; row skipped"])
case("csv-escape-in-note", "An escape character (U+001B) in a note is a warning and removed.",
     exit=0, files=households_line(6, '"独居,行动不便"', '"独居\u001b[31m,行动不便"'),
     stdout=["households.csv:6", "note", "U+001B at character 3; removed"])
case("csv-bell-in-village", "A BEL (U+0007) in the village column is an error; the row is skipped.",
     files=households_line(9, "H008,东村", "H008,东\u0007村"),
     stdout=["households.csv:9", "village", "U+0007 at character 2; row skipped"])
case("csv-nul-in-coordinate", "A NUL inside a coordinate is an error naming the column.",
     files=households_line(10, "597400", "5974\u000000"),
     stdout=["households.csv:10", "x", "U+0000 (NUL)", "row skipped"])
case("csv-fullwidth-id-collision", "A full-width id equal to another after NFKC (Ｈ００１ = H001) is an error; search would find one.",
     files=households_line(13, "H012", "Ｈ００１"),
     stdout=["households.csv:13", "Ｈ００１", "id", "the same as 'H001' (line 2)"])
case("csv-case-id-collision", "An id equal to another but for case (h002 = H002) is an error.",
     files=households_line(12, "H011", "h002"),
     stdout=["households.csv:12", "h002", "the same as 'H002' (line 3)"])
case("csv-space-id-collision", "An id equal to another but for an inner space (H 003 = H003) is an error.",
     files=households_line(11, "H010", "H 003"),
     stdout=["households.csv:11", "H 003", "the same as 'H003' (line 4)"])

# --- grid --------------------------------------------------------------------------------------
def grid(values, nodata=True):
    head = "ncols 4\nnrows 3\nxllcorner 596000\nyllcorner 3863000\ncellsize 500\n"
    if nodata:
        head += "NODATA_value -9999\n"
    return head + "\n".join(" ".join(str(v) for v in row) for row in values) + "\n"


GOOD = [[620, 640, 660, 700], [560, 580, 600, 640], [500, 520, 540, 560]]


def with_cell(row, column, value, nodata=True):
    rows = [list(r) for r in GOOD]
    rows[row][column] = value
    return grid(rows, nodata)


case("grid-all-nodata", "A DEM whose every cell is NODATA is an error and ignored.",
     files={"dem.asc": grid([[-9999] * 4] * 3)},
     stdout=["dem.asc:6", "every cell is a void"])
case("grid-all-nan", "A DEM of nan values only holds no elevation: an error.",
     files={"dem.asc": grid([["nan"] * 4] * 3, nodata=False)},
     stdout=["dem.asc:5", "every cell is a void"])
case("grid-undeclared-nodata", "SRTM's -32768 without a NODATA_value line is an error at its line; read as a void.",
     files={"dem.asc": with_cell(1, 2, -32768, nodata=False)},
     stdout=["dem.asc:7", "1 cell holds an elevation no terrain has", "'-32768' at row 2, column 3"])
case("grid-centimetres", "Elevations in centimetres (62000) are beyond any mountain: an error.",
     files={"dem.asc": grid([[v * 100 for v in row] for row in GOOD])},
     stdout=["dem.asc:7", "12 cells hold elevations no terrain has", "'62000' at row 1, column 1"])
case("grid-above-everest", "A cell at 9,500 m is higher than any mountain: an error.",
     files={"dem.asc": with_cell(2, 3, 9500)},
     stdout=["dem.asc:9", "'9500' at row 3, column 4"])
case("grid-below-dead-sea", "A cell at -600 m is lower than any land: an error.",
     files={"dem.asc": with_cell(0, 0, -600)},
     stdout=["dem.asc:7", "'-600' at row 1, column 1"])

# --- gpx ---------------------------------------------------------------------------------------
def gpx(points):
    body = "".join(f'   <trkpt lat="{lat}" lon="{lon}"><time>{t}</time></trkpt>\n' for lat, lon, t in points)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">\n'
            f' <trk><name>lane</name><trkseg>\n{body} </trkseg></trk>\n</gpx>\n')


# A lane walked north from the 北沟路 junction in tiny: EPSG:4545 (597000, 3863800 + 100 k), k = 0…4,
# through cs2cs -f %.6f EPSG:4545 EPSG:4326.
LANE = [(34.898081, 109.061234), (34.898982, 109.061245), (34.899883, 109.061257), (34.900785, 109.061269), (34.901686, 109.061280)]


def track(times):
    return gpx([(lat, lon, t) for (lat, lon), t in zip(LANE, times)])


GPX_ARGS = ["import", "gpx", "$CASE/track.gpx", "--into", "$MAP", "--lang", "en"]
case("gpx-time-backwards", "A track point whose time is earlier than the one before is a warning naming both lines.",
     exit=0, args=GPX_ARGS,
     inputs={"track.gpx": track(["2026-05-01T08:00:00Z", "2026-05-01T08:01:00Z", "2026-05-01T07:02:00Z",
                                 "2026-05-01T08:03:00Z", "2026-05-01T08:04:00Z"])},
     stdout=["track.gpx:6: time: time 2026-05-01T07:02:00Z goes back 59 min from the point on line 5"])
case("gpx-year-0000", "A time in year 0000 (a receiver without a fix) is a warning; the point is kept without it.",
     exit=0, args=GPX_ARGS,
     inputs={"track.gpx": track(["2026-05-01T08:00:00Z", "0000-01-01T00:00:00Z", "2026-05-01T08:02:00Z",
                                 "2026-05-01T08:03:00Z", "2026-05-01T08:04:00Z"])},
     stdout=["track.gpx:5: time: time 0000-01-01T00:00:00Z is before GPS existed (1980)"])
case("gpx-time-1970", "A time at the Unix epoch is before GPS existed: a warning.",
     exit=0, args=GPX_ARGS,
     inputs={"track.gpx": track(["1970-01-01T00:00:00Z", "2026-05-01T08:01:00Z", "2026-05-01T08:02:00Z",
                                 "2026-05-01T08:03:00Z", "2026-05-01T08:04:00Z"])},
     stdout=["track.gpx:4", "1970-01-01T00:00:00Z is before GPS existed"])
case("gpx-clock-reset", "A clock set back two days mid-track is a warning giving the jump.",
     exit=0, args=GPX_ARGS,
     inputs={"track.gpx": track(["2026-05-03T08:00:00Z", "2026-05-03T08:01:00Z", "2026-05-03T08:02:00Z",
                                 "2026-05-01T08:03:00Z", "2026-05-03T08:04:00Z"])},
     stdout=["track.gpx:7", "goes back 48 h from the point on line 6"])

# --- osm ---------------------------------------------------------------------------------------
def osm(nodes, ways):
    out = '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="test">\n'
    for node_id, lat, lon in nodes:
        out += f' <node id="{node_id}" lat="{lat}" lon="{lon}"/>\n'
    for way_id, refs in ways:
        out += f' <way id="{way_id}">\n' + "".join(f'  <nd ref="{r}"/>\n' for r in refs)
        out += '  <tag k="highway" v="track"/>\n </way>\n'
    return out + "</osm>\n"


OSM_ARGS = ["import", "osm", "$CASE/input.osm", "-o", "$TMP/out", "--lang", "en"]
GOOD_NODES = [(1, "42.5", "1.5"), (2, "42.51", "1.51"), (3, "42.52", "1.5")]
case("osm-latitude-999", "Nodes at latitude 999 are named in the final error instead of 'too few roads' alone.",
     args=OSM_ARGS, inputs={"input.osm": osm([(1, "999", "1.5"), (2, "999", "1.51"), (3, "999", "1.5")], [(10, [1, 2, 3])])},
     stderr=["input.osm:3", "node/1", "lat", "too few roads to outline a jurisdiction", "node 1: lat '999' is outside ±90°"])
case("osm-longitude-nan", "A node with lon NaN is named with what is wrong with it.",
     args=OSM_ARGS, inputs={"input.osm": osm([(1, "42.5", "NaN"), (2, "42.51", "NaN"), (3, "42.52", "NaN")], [(10, [1, 2, 3])])},
     stderr=["input.osm:3", "node/1", "lon", "node 1: lon 'NaN' is not a decimal number of degrees"])
case("osm-node-id-overflow", "A node id beyond 64 bits is named as such.",
     args=OSM_ARGS, inputs={"input.osm": osm([("99999999999999999999", "42.5", "1.5")], [(10, [1, 2])])},
     stderr=["input.osm:3", "id", "node id '99999999999999999999' does not fit in 64 bits"])
case("osm-way-missing-nodes", "A way whose nodes are not in the file is named with its first missing node.",
     args=OSM_ARGS, inputs={"input.osm": osm([], [(10, [1, 2, 3])])},
     stderr=["way/10", "nd", "3 of its 3 nodes are missing from the file or were skipped (first: node 1)"])
case("osm-way-bad-ref", "A way with an <nd> whose ref is not a number is named.",
     args=OSM_ARGS, inputs={"input.osm": osm(GOOD_NODES, [(10, [1, "two", 3])])},
     stderr=["input.osm:6", "way/10", "way 10 has an <nd> without a valid ref"])

# --- validate ------------------------------------------------------------------------------------
case("validate-two-broken-layers", "Two unparsable layers are both reported: one does not hide the other.",
     files={"roads.geojson": tiny("roads.geojson")[:-4], "posts.geojson": "{\"type\":\"FeatureCollection\"}\n"},
     stdout=["roads.geojson:9", "not valid JSON", "posts.geojson:1", "features: a FeatureCollection needs a 'features' array",
             "invalid: 2 errors"])
case("validate-broken-manifest-still-checks-layers", "With map.json unparsable, the other files are still parsed and reported.",
     files={"map.json": tiny("map.json").replace('"crs": "EPSG:4545",', '"crs": "EPSG:4545"'),
            "households.csv": tiny("households.csv").replace('"独居,行动不便"', '"独居,行动不便')},
     stdout=["map.json:5", "not valid JSON", "households.csv:6", "quoted field opened on this line is never closed",
             "invalid: the map cannot be read; 2 errors"],
     stderr=["map.json:5"])
case("validate-json-on-fatal", "validate --format json prints a JSON report even when map.json is missing.",
     args=validate_json(), remove=["map.json"],
     stdout=['"valid": false', '"file": "map.json"', '"message": "file not found"'])
case("validate-json-missing-roads", "A missing required layer is an issue in the JSON report; the rest is still checked.",
     args=validate_json(), remove=["roads.geojson"],
     files=households_line(9, "H008", "H007"),
     stdout=['"valid": false', '"file": "roads.geojson"', "file not found", "duplicate household id 'H007'"])
case("validate-json-unusable-jurisdiction", "A bow-tie-free but zero-area jurisdiction still yields a JSON report.",
     args=validate_json(),
     files={"boundary.geojson": replace_line("boundary.geojson", 2, JURISDICTION,
            '[[596000,3863000],[597000,3863000],[598000,3863000],[596000,3863000]]')},
     stdout=['"valid": false', "the jurisdiction polygon is unusable: the polygon has no area"])
case("validate-missing-households-and-posts", "Two missing required layers are both named.",
     remove=["households.csv", "posts.geojson"],
     stdout=["posts.geojson: file not found", "households.csv: file not found"])
case("validate-boundary-broken-others-parsed", "An unparsable boundary does not hide a broken roads file.",
     files={"boundary.geojson": tiny("boundary.geojson").replace('"kind":"jurisdiction"', '"kind":"jurisdiction"}'),
            "roads.geojson": tiny("roads.geojson").replace('"highway":"path",', '"highway":"path",,')},
     stdout=["boundary.geojson:2", "not valid JSON", "roads.geojson:5", "not valid JSON"])


def write():
    if OUT.exists():
        shutil.rmtree(OUT)
    for c in CASES:
        folder = OUT / c["name"]
        folder.mkdir(parents=True)
        document = {"about": c["about"], "map": c["map"]}
        if c["remove"]:
            document["remove"] = c["remove"]
        document.update({"args": c["args"], "exit": c["exit"], "stderr": c["stderr"], "stdout": c["stdout"], "unchanged": []})
        (folder / "case.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for name, text in c["files"].items():
            (folder / "map").mkdir(exist_ok=True)
            (folder / "map" / name).write_text(text, encoding="utf-8")
        for name, text in c["inputs"].items():
            (folder / name).write_text(text, encoding="utf-8")
    print(f"{len(CASES)} cases in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    write()
