import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import _PatrolTestSupport

@Suite("Andorra: PBF and gzipped XML import to the same map")
struct AndorraImportTests {
    @Test("andorra.osm.pbf and andorra.osm.gz give byte-identical roads, posts, landmarks and boundary")
    func sameMap() throws {
        let (fromPBF, pbf) = try ImportFixtures.andorraPBF()
        let fromXML = ImportFixtures.temporaryPath("andorra-xml")
        let xml = try OSMImporter.run(OSMImportOptions(input: ImportFixtures.shared("andorra.osm.gz"), output: fromXML, name: "andorra"))
        #expect(pbf.format == "PBF" && xml.format == "XML (gzip)")
        for file in ["roads.geojson", "posts.geojson", "landmarks.geojson", "boundary.geojson", "households.csv"] {
            #expect(try FileIO.readBytes(fromPBF + "/" + file) == FileIO.readBytes(fromXML + "/" + file), "\(file)")
        }
        #expect(pbf.roads == xml.roads)
        #expect(pbf.date == "2013-05-28" && xml.date == "2013-05-28")
        // As a feature set, too (order aside): same ids, same geometry, same tags.
        func set(_ folder: String) throws -> Set<String> {
            let read = try GeoJSONReader.read(FileIO.readBytes(folder + "/roads.geojson"), file: "roads", geographic: true)
            return Set(
                read.features.map { JSONWriter.compact(GeoJSONWriter.json(.init(id: $0.id, properties: $0.properties, geometry: $0.geometry), decimals: 7)) })
        }
        #expect(try set(fromPBF) == set(fromXML))
    }

    @Test("counts agree with osmium's view of the file")
    func counts() throws {
        let report = try ImportFixtures.andorraPBF().report
        // osmium fileinfo -e: 69644 nodes, 2725 ways.
        #expect(report.nodesRead == 69_644)
        #expect(report.waysRead == 2_725)
        // osmium tags-filter w/highway: 1615 ways; 2 are highway=construction, 1 has area=yes.
        #expect(report.roads.ways + report.droppedHighways.values.reduce(0, +) == 1_615)
        #expect(report.droppedHighways["highway=construction"] == 2)
        #expect(report.droppedHighways["area=yes"] == 1)
        // osmium tags-filter w/construction: 3 of them; the third is w124674258, highway=primary
        // with construction=primary (CG-2 at Encamp), left out as OSRM's car.lua leaves it out.
        #expect(report.droppedHighways["construction=primary"] == 1)
    }

    @Test("a box reads only the ways near it and cuts the roads at its edges")
    func bbox() throws {
        let folder = ImportFixtures.temporaryPath("andorra-box")
        let box = BoundingBox(minX: 1.50, minY: 42.49, maxX: 1.56, maxY: 42.53)
        let report = try OSMImporter.run(OSMImportOptions(input: ImportFixtures.shared("andorra.osm.pbf"), output: folder, area: .bbox(box)))
        #expect(report.outsideArea > 0)
        #expect(report.roads.clipped > 0)
        let map = try MapLoader.load(folder)
        let inverse = try map.inputTransform()
        for road in map.roads {
            for p in inverse.inverse(road.geometry) {
                #expect(box.expanded(by: 1e-7).contains(p), "\(road.id ?? "") \(p)")
            }
        }
        #expect(map.errors.isEmpty)
    }

    @Test("the police node and a town come through at their OSM positions")
    func points() throws {
        let folder = try ImportFixtures.andorra()
        let posts = try GeoJSONReader.read(FileIO.readBytes(folder + "/posts.geojson"), file: "posts", geographic: true).features
        // <node id="1289448942" lat="42.5075496" lon="1.5381782"> amenity=police, name=Policia Andorrana
        #expect(posts.count == 1)
        #expect(posts[0].text("name") == "Policia Andorrana")
        #expect(posts[0].geometry == .point(Point(x: 1.5381782, y: 42.5075496)))
        let landmarks = try GeoJSONReader.read(FileIO.readBytes(folder + "/landmarks.geojson"), file: "landmarks", geographic: true).features
        let capital = try #require(landmarks.first { $0.text("name") == "Andorra la Vella" })
        #expect(capital.geometry == .point(Point(x: 1.5212467, y: 42.5069391)))
        #expect(capital.text("kind") == "town")
    }

    @Test("roads are split exactly at junctions: no road passes through another road's vertex")
    func junctions() throws {
        let folder = try ImportFixtures.andorra()
        let map = try MapLoader.load(folder)
        struct Key: Hashable {
            var x: Int64
            var y: Int64
        }
        func key(_ p: Point) -> Key { Key(x: Int64((p.x * 100).rounded()), y: Int64((p.y * 100).rounded())) }
        var touching: [Key: Int] = [:]
        for road in map.roads {
            for p in Set(road.geometry.map(key)) { touching[p, default: 0] += 1 }
        }
        var interiorJunctions = 0
        for road in map.roads where !road.isBridgeOrTunnel {
            for p in road.geometry.dropFirst().dropLast() where touching[key(p)]! > 1 { interiorJunctions += 1 }
        }
        #expect(interiorJunctions == 0)
        // Every split of one way into pieces happened at a junction: at least three road ends
        // meet there (a way that loops back onto itself counts its own ends).
        var ends: [Key: Int] = [:]
        for road in map.roads {
            ends[key(road.geometry[0]), default: 0] += 1
            ends[key(road.geometry[road.geometry.count - 1]), default: 0] += 1
        }
        let byWay = Dictionary(grouping: map.roads.filter { $0.id?.contains("-") == true }) { String($0.id!.split(separator: "-")[0]) }
        var splitPoints = 0
        for (_, pieces) in byWay {
            let sorted = pieces.sorted { Int($0.id!.split(separator: "-")[1])! < Int($1.id!.split(separator: "-")[1])! }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.geometry.last == b.geometry.first {
                splitPoints += 1
                #expect(ends[key(b.geometry[0])]! >= 3, "\(a.id!) | \(b.id!)")
            }
        }
        #expect(splitPoints > 1_000)
    }

    @Test("the imported map, with the SRTM tile added, validates with no errors")
    func validates() throws {
        let map = try ImportFixtures.andorraMap()
        #expect(map.errors.isEmpty, "\(map.errors.prefix(3))")
        #expect(map.manifest.attribution == "© OpenStreetMap contributors")
        #expect(map.households.isEmpty)
        #expect(map.elevation != nil)
    }
}
