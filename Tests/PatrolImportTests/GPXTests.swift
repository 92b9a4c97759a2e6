import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import _PatrolTestSupport

@Suite("GPS tracks: reading, noise filtering, joining the network")
struct GPXTests {
    @Test("tracks and routes with elevation and time; namespaced tags; bad points reported")
    func reader() throws {
        let text = """
            <?xml version="1.0"?>
            <gpx:gpx xmlns:gpx="http://www.topografix.com/GPX/1/1" version="1.1">
              <gpx:metadata><gpx:time>2020-01-01T00:00:00Z</gpx:time></gpx:metadata>
              <gpx:trk><gpx:name>a &amp; b</gpx:name>
                <gpx:trkseg>
                  <gpx:trkpt lat="42.5" lon="1.5"><gpx:ele>1000.5</gpx:ele><gpx:time>2021-04-01T08:15:30.250+02:00</gpx:time></gpx:trkpt>
                  <gpx:trkpt lat="north" lon="1.5"/>
                  <gpx:trkpt lat="42.6" lon="1.6"><gpx:extensions><speed>3</speed></gpx:extensions></gpx:trkpt>
                </gpx:trkseg>
                <gpx:trkseg><gpx:trkpt lat="1" lon="2"/></gpx:trkseg>
              </gpx:trk>
              <gpx:rte><gpx:rtept lat="3" lon="4"/><gpx:rtept lat="5" lon="6"/></gpx:rte>
              <gpx:wpt lat="7" lon="8"/>
            </gpx:gpx>
            """
        let file = try GPXReader.read(path: try ImportFixtures.file(text, extension: "gpx"), name: "t.gpx")
        #expect(file.segments.count == 3)
        #expect(file.segments[0].map(\.lat) == [42.5, 42.6])
        #expect(file.segments[0][0].elevation == 1000.5)
        // 2021-04-01T06:15:30.25Z: date -u -d 2021-04-01T06:15:30Z +%s → 1617257730
        #expect(file.segments[0][0].time == 1_617_257_730.25)
        #expect(file.segments[0][1].time == nil)
        #expect(file.segments[0][0].line == 6)
        #expect(file.segments[2].map(\.lon) == [4, 6])
        #expect(file.issues.count == 1)
        #expect(file.issues[0].line == 7 && file.issues[0].file == "t.gpx")
    }

    /// Points every `step` metres along x from `from` to `to` at height `y`.
    func line(from: Double, to: Double, step: Double, y: Double = 0) -> [Point] {
        stride(from: from, through: to, by: step).map { Point(x: $0, y: y) }
    }

    @Test("an out-and-back spike is removed and the straight line simplifies to its ends")
    func shapeSpike() {
        var points = line(from: 0, to: 1000, step: 10)
        points[50] = Point(x: 500, y: 200)
        let result = TrackCleaner.clean(points.map { TrackPoint(point: $0) })
        #expect(result.shapeSpikes == 1)
        #expect(result.line == [Point(x: 0, y: 0), Point(x: 1000, y: 0)])
        #expect(result.simplified == 98)  // 101 points, 1 spike, 2 kept
    }

    @Test("a speed spike is removed by the implied speed")
    func speedSpike() {
        var track = line(from: 0, to: 200, step: 10).enumerated().map { TrackPoint(point: $1, time: Double($0)) }
        // 1 s after the point at x = 60 the GPS claims 400 m away: 400 m/s.
        track[7].point = Point(x: 70, y: 400)
        let result = TrackCleaner.clean(track)
        #expect(result.speedSpikes == 1)
        #expect(result.shapeSpikes == 0)
        #expect(result.line == [Point(x: 0, y: 0), Point(x: 200, y: 0)])
    }

    @Test("a stop's jitter collapses to one point and counts as a stop")
    func stop() {
        var track = line(from: 0, to: 100, step: 10).enumerated().map { TrackPoint(point: $1, time: Double($0) * 10) }
        // 40 s standing at x = 100, wandering within 3 m.
        for k in 1...40 {
            let angle = Double(k) * 2.4
            track.append(TrackPoint(point: Point(x: 100 + 3 * cos(angle), y: 3 * sin(angle)), time: 100 + Double(k)))
        }
        track += line(from: 110, to: 200, step: 10).enumerated().map { TrackPoint(point: $1, time: 150 + Double($0) * 10) }
        let result = TrackCleaner.clean(track)
        #expect(result.jitter == 40)
        #expect(result.stops == 1)
        #expect(result.line.count == 2)
        #expect(result.line.first == Point(x: 0, y: 0) && result.line.last == Point(x: 200, y: 0))
    }

    @Test("a hairpin bend is not mistaken for a spike")
    func hairpin() {
        // Two 200 m legs meeting at (200, 0) at 20°.
        let angle = 20.0 * Double.pi / 180
        let out = line(from: 0, to: 200, step: 10)
        let back = stride(from: 10.0, through: 200, by: 10).map { Point(x: 200 - $0 * cos(angle), y: $0 * sin(angle)) }
        let result = TrackCleaner.clean((out + back).map { TrackPoint(point: $0) })
        #expect(result.shapeSpikes == 0)
        #expect(result.line.count == 3)
        #expect(result.line[1] == Point(x: 200, y: 0))
    }

    /// A GPX file of working-CRS points of the tiny map (EPSG:4545), as a phone would record them.
    func tinyTrack(_ points: [Point]) throws -> String {
        let lonLat = try CoordinateTransform(from: .wgs84, to: CoordinateReferenceSystem("EPSG:4545")).inverse(points)
        let body = lonLat.map { String(format: "<trkpt lat=\"%.9f\" lon=\"%.9f\"/>", $0.y, $0.x) }.joined(separator: "\n")
        return try ImportFixtures.file("<gpx version=\"1.1\"><trk><trkseg>\n\(body)\n</trkseg></trk></gpx>", extension: "gpx")
    }

    @Test("on the tiny map a lane joins r1 and r8 mid-segment: both are split there and share the lane's ends")
    func joinTiny() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        let o = Fixtures.tinyOrigin
        // Start 5 m north of r1 (y = +200), go north, then west to 6 m east of r8's leg at x = +1300.
        var points = [Point(x: o.x + 1500, y: o.y + 205)]
        points += stride(from: 215.0, through: 350, by: 15).map { Point(x: o.x + 1500, y: o.y + $0) }
        points += stride(from: 1480.0, through: 1306, by: -20).map { Point(x: o.x + $0, y: o.y + 350) }
        points.append(Point(x: o.x + 1306, y: o.y + 350))
        let report = try GPXImporter.run(GPXImportOptions(file: try tinyTrack(points), map: map.path, highway: "track", name: "新路"))
        let lane = try #require(report.lanes.first)
        #expect(lane.start?.road == "r1" && lane.start?.split == true)
        #expect(abs(lane.start!.distance - 5) < 0.01)
        #expect(lane.end?.road == "r8" && lane.end?.split == true)
        #expect(abs(lane.end!.distance - 6) < 0.01)

        let roads = try GeoJSONReader.read(FileIO.readBytes(map.path + "/roads.geojson"), file: "roads", geographic: false).features
        func p(_ x: Double, _ y: Double) -> Point { Point(x: o.x + x, y: o.y + y) }
        #expect(roads.map(\.id) == ["r1", "r1.2", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r8.2", report.lanes[0].id])
        #expect(roads[0].geometry == .lineString([p(0, 200), p(700, 200), p(1000, 200), p(1300, 200), p(1500, 200)]))
        #expect(roads[1].geometry == .lineString([p(1500, 200), p(2000, 200)]))
        #expect(roads[1].text("name") == "小河路")
        #expect(roads[8].geometry == .lineString([p(1100, 500), p(1300, 500), p(1300, 350)]))
        #expect(roads[9].geometry == .lineString([p(1300, 350), p(1300, 200)]))
        #expect(roads[10].geometry == .lineString([p(1500, 200), p(1500, 350), p(1300, 350)]))
        #expect(roads[10].text("highway") == "track" && roads[10].text("name") == "新路")
        #expect(abs(lane.length - 350) < 0.01)

        let loaded = try MapLoader.load(map.path)
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    }

    @Test("the Andorra track joins the network at both ends")
    func joinAndorra() throws {
        let folder = try ImportFixtures.andorraCopy()
        let before = try MapLoader.load(folder).roads.count
        let report = try GPXImporter.run(GPXImportOptions(file: ImportFixtures.shared("andorra_for_map_matching.gpx"), map: folder))
        #expect(report.lanes.count == 1)
        let lane = report.lanes[0]
        #expect(lane.cleaning.input == 21)
        #expect(lane.start != nil && lane.end != nil)
        #expect(lane.start!.distance < 5 && lane.end!.distance < 5)
        // The track was driven along mapped roads: the report says it may duplicate them.
        #expect(lane.alongRoads > 0.9 * lane.length)
        let after = try MapLoader.load(folder)
        #expect(after.errors.isEmpty)
        #expect(after.roads.count == before + 1 + (lane.start!.split ? 1 : 0) + (lane.end!.split ? 1 : 0))
    }
}
