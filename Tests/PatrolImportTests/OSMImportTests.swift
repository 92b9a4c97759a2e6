import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import _PatrolTestSupport

@Suite("OSM import: a hand-made file checked by hand")
struct OSMImportTests {
    static let osm = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5010000"/>
          <node id="3" lat="42.5000000" lon="1.5020000"/>
          <node id="4" lat="42.5010000" lon="1.5010000"/>
          <node id="5" lat="42.5010000" lon="1.5030000"/>
          <node id="6" lat="42.5010000" lon="1.5040000"/>
          <node id="7" lat="42.5000000" lon="1.5100000"/>
          <node id="8" lat="42.5000000" lon="1.6000000"/>
          <node id="9" lat="42.5000000" lon="1.6100000"/>
          <node id="10" lat="42.5000000" lon="1.5200000"/>
          <node id="20" lat="42.5005000" lon="1.5015000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <node id="21" lat="42.5004000" lon="1.5014000"/>
          <node id="22" lat="42.5004000" lon="1.5016000"/>
          <node id="23" lat="42.5006000" lon="1.5016000"/>
          <node id="24" lat="42.5006000" lon="1.5014000"/>
          <node id="40" lat="42.5005000" lon="1.5005000"><tag k="amenity" v="school"/><tag k="name" v="School"/></node>
          <node id="41" lat="42.5006000" lon="1.5006000"><tag k="tourism" v="hotel"/><tag k="name" v="School"/></node>
          <node id="42" lat="42.5000000" lon="1.5200000"><tag k="place" v="village"/><tag k="name" v="Far"/></node>
          <node id="43" lat="42.5001000" lon="1.5001000"><tag k="amenity" v="bench"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/><tag k="name" v="Main"/><tag k="width" v="3,5"/><tag k="created_by" v="JOSM"/></way>
          <way id="11"><nd ref="2"/><nd ref="4"/><tag k="highway" v="track"/><tag k="oneway" v="-1"/></way>
          <way id="12"><nd ref="5"/><nd ref="6"/><tag k="highway" v="service"/><tag k="width" v="narrow"/></way>
          <way id="13"><nd ref="1"/><nd ref="4"/><tag k="highway" v="proposed"/></way>
          <way id="14"><nd ref="1"/><nd ref="2"/><nd ref="4"/><nd ref="1"/><tag k="highway" v="pedestrian"/><tag k="area" v="yes"/></way>
          <way id="15"><nd ref="3"/><nd ref="7"/><tag k="highway" v="unclassified"/></way>
          <way id="16"><nd ref="4"/><nd ref="5"/><nd ref="99"/><nd ref="6"/><tag k="highway" v="tertiary"/><tag k="junction" v="roundabout"/></way>
          <way id="17"><nd ref="8"/><nd ref="9"/><tag k="highway" v="residential"/></way>
          <way id="18"><nd ref="7"/><nd ref="10"/><tag k="highway" v="residential"/></way>
          <way id="30"><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="24"/><nd ref="21"/><tag k="amenity" v="police"/><tag k="building" v="yes"/></way>
          <relation id="50"><member type="way" ref="10" role=""/></relation>
        </osm>
        """

    func run(input: String? = nil, _ extra: (inout OSMImportOptions) -> Void = { _ in }) throws -> (folder: String, report: OSMImportReport) {
        let input = try input ?? ImportFixtures.file(Self.osm, extension: "osm")
        let folder = ImportFixtures.temporaryPath("osm")
        var options = OSMImportOptions(
            input: input, output: folder, area: .bbox(BoundingBox(minX: 1.499, minY: 42.499, maxX: 1.505, maxY: 42.502)), name: "hand")
        extra(&options)
        return (folder, try OSMImporter.run(options))
    }

    func features(_ folder: String, _ file: String) throws -> [GeoJSONFeature] {
        let bytes = try FileIO.readBytes(folder + "/" + file)
        return try GeoJSONReader.read(bytes, file: file, geographic: true).features
    }

    @Test("roads split only where they share nodes, clipped at the box, tags normalised")
    func roads() throws {
        let (folder, report) = try run()
        let roads = try features(folder, "roads.geojson")
        func line(_ points: [(Double, Double)]) -> GeoJSONGeometry { .lineString(points.map { Point(x: $0.0, y: $0.1) }) }
        #expect(roads.map(\.id) == ["w10-1", "w10-2", "w11", "w12", "w15", "w16"])
        // Way 10 is split at node 2, where way 11 ends; nowhere else.
        #expect(roads[0].geometry == line([(1.5, 42.5), (1.501, 42.5)]))
        #expect(roads[1].geometry == line([(1.501, 42.5), (1.502, 42.5)]))
        #expect(JSONValue.object(roads[0].properties) == .object([("highway", .string("residential")), ("name", .string("Main")), ("width", .number(3.5))]))
        // oneway=-1: drawn the other way round, oneway=yes.
        #expect(roads[2].geometry == line([(1.501, 42.501), (1.501, 42.5)]))
        #expect(roads[2].text("oneway") == "yes")
        // A width that is not metres is dropped.
        #expect(roads[3].text("width") == nil)
        // Way 15 runs east past the box's edge at 1.505°: cut there.
        #expect(roads[4].geometry == line([(1.502, 42.5), (1.505, 42.5)]))
        // Way 16 loses the part after its missing node 99; a roundabout is one-way.
        #expect(roads[5].geometry == line([(1.501, 42.501), (1.503, 42.501)]))
        #expect(roads[5].text("oneway") == "yes")

        // Way 17 lies 10 km east of the box: skipped while reading. Way 18 lies just east of
        // it (within the 0.05° reading margin): read, then clipped away.
        #expect(report.outsideArea == 1)
        #expect(report.roads.ways == 6)
        #expect(report.roads.outside == 1)
        #expect(report.roads.features == 6)
        #expect(report.roads.splits == 1)
        #expect(report.roads.clipped == 1)
        #expect(report.roads.missingReferences == 1 && report.roads.waysWithMissingNodes == 1)
        #expect(report.roads.reversedOneways == 1 && report.roads.roundaboutOneways == 1 && report.roads.widthsDropped == 1)
        #expect(report.droppedHighways == ["highway=proposed": 1, "area=yes": 1])
        #expect(report.nodesRead == 19 && report.waysRead == 10)
    }

    @Test("posts, landmarks, boundary, empty ledger and manifest make a package that validates")
    func package() throws {
        let (folder, report) = try run()
        let posts = try features(folder, "posts.geojson")
        #expect(posts.map { $0.text("name") } == ["Station"])
        #expect(posts[0].text("kind") == "police_room")
        #expect(posts[0].geometry == .point(Point(x: 1.5015, y: 42.5005)))
        // The police building's centroid lies 0 m from the node: one post.
        #expect(report.points.policeAreasMerged == 1)
        let landmarks = try features(folder, "landmarks.geojson")
        #expect(landmarks.map { $0.text("name") } == ["School"])
        #expect(landmarks[0].text("kind") == "school")
        #expect(report.points.repeatedNames == 1 && report.points.outside == 1)
        let boundary = try features(folder, "boundary.geojson")
        #expect(boundary.map { $0.text("kind") } == ["jurisdiction", "village"])
        #expect(
            boundary[0].geometry
                == .polygon([
                    [
                        Point(x: 1.499, y: 42.499), Point(x: 1.505, y: 42.499), Point(x: 1.505, y: 42.502), Point(x: 1.499, y: 42.502),
                        Point(x: 1.499, y: 42.499),
                    ]
                ]))
        #expect(try ImportFixtures.text(folder + "/households.csv") == "id,village,group,number,lon,lat,head,members,phone,tags,note\n")
        let manifest = try MapManifest.read(FileIO.readBytes(folder + "/map.json"))
        #expect(manifest.crs == "EPSG:4326" && manifest.workingCRS == "auto")
        #expect(manifest.attribution == "© OpenStreetMap contributors")
        let map = try MapLoader.load(folder)
        #expect(map.errors.isEmpty, "\(map.errors)")
        #expect(map.roads.count == 6 && map.households.isEmpty && map.villages.count == 1)
        #expect(report.text(.en).contains("households.csv written EMPTY"))
    }

    @Test("a boundary file gives the jurisdiction, its villages, and the clip")
    func boundaryFile() throws {
        let boundary = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"kind":"jurisdiction","name":"Test"},"geometry":{"type":"Polygon","coordinates":[[[1.4995,42.4995],[1.5045,42.4995],[1.5045,42.5015],[1.4995,42.5015],[1.4995,42.4995]]]}},
            {"type":"Feature","properties":{"kind":"village","name":"West"},"geometry":{"type":"Polygon","coordinates":[[[1.4995,42.4995],[1.502,42.4995],[1.502,42.5015],[1.4995,42.5015],[1.4995,42.4995]]]}},
            {"type":"Feature","properties":{"kind":"village","name":"East"},"geometry":{"type":"Polygon","coordinates":[[[1.502,42.4995],[1.5045,42.4995],[1.5045,42.5015],[1.502,42.5015],[1.502,42.4995]]]}}
            ]}
            """
        let path = try ImportFixtures.file(boundary, extension: "geojson")
        let (folder, report) = try run { $0.area = .boundary(path: path) }
        let written = try features(folder, "boundary.geojson")
        #expect(written.map { $0.text("name") } == ["Test", "West", "East"])
        #expect(written.map { $0.text("kind") } == ["jurisdiction", "village", "village"])
        let roads = try features(folder, "roads.geojson")
        let w15 = try #require(roads.first { $0.id == "w15" })
        #expect(w15.geometry == .lineString([Point(x: 1.502, y: 42.5), Point(x: 1.5045, y: 42.5)]))
        #expect(report.outsideArea == 1)
        let map = try MapLoader.load(folder)
        #expect(map.errors.isEmpty, "\(map.errors)")
        #expect(map.villages.map(\.name) == ["West", "East"])
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        let a = try run(input: input).folder
        let b = try run(input: input).folder
        for file in ["map.json", "boundary.geojson", "roads.geojson", "posts.geojson", "landmarks.geojson", "households.csv"] {
            #expect(try FileIO.readBytes(a + "/" + file) == FileIO.readBytes(b + "/" + file), "\(file)")
        }
    }

    @Test("without a police post the report warns loudly; --station adds one")
    func station() throws {
        let noPolice = Self.osm.replacingOccurrences(of: "v=\"police\"", with: "v=\"townhall\"")
        let input = try ImportFixtures.file(noPolice, extension: "osm")
        let folder = ImportFixtures.temporaryPath("osm")
        let report = try OSMImporter.run(OSMImportOptions(input: input, output: folder))
        #expect(report.points.posts == 0)
        #expect(report.warnings.count == 1)
        #expect(report.text(.en).contains("!! WARNING: the data has no police post"))
        #expect(try MapLoader.load(folder).errors.contains { $0.message.en.contains("no usable post") })

        let (withStation, stationReport) = try run {
            $0.station = StationOption(location: LonLat(lon: 1.5012, lat: 42.5002), name: "Hand Station", phone: "110")
        }
        #expect(stationReport.points.stationAdded)
        let posts = try features(withStation, "posts.geojson")
        #expect(posts.map { $0.text("kind") } == ["station", "police_room"])
        #expect(throws: InputIssue.self) {
            _ = try run { $0.station = StationOption(location: LonLat(lon: 2, lat: 42), name: "Elsewhere") }
        }
    }

    @Test("an existing folder is kept unless replacing is asked for")
    func existingFolder() throws {
        let (folder, _) = try run()
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        #expect(throws: InputIssue.self) { _ = try OSMImporter.run(OSMImportOptions(input: input, output: folder)) }
        _ = try OSMImporter.run(OSMImportOptions(input: input, output: folder, replace: true))
        #expect(try MapLoader.load(folder).roads.count > 0)
    }
}
