import Testing
import PatrolData
import PatrolGeo
@testable import PatrolAnalysis
import _PatrolTestSupport

/// The raster's samples, classified a line at a time, against one point-in-polygon test per
/// sample on gongli's real jurisdiction and village boundaries.
@Suite("Area samples")
struct AreaSamplesTests {
    @Test("every sample's owner equals contains(_:) on the jurisdiction and villages (gongli, every 9th row)")
    func ownersMatchPointTests() throws {
        let map = try Fixtures.gongli()
        let samples = AreaSamples(map: map, cellSize: 50)
        let k = AreaSamples.samplesPerSide
        let top = samples.south + Double(samples.rows) * samples.cellSize
        var inside = 0
        for r in stride(from: 0, to: samples.rows, by: 9) {
            for c in 0..<samples.columns {
                let cell = r * samples.columns + c
                var count = 0
                for s in 0..<(k * k) {
                    let p = Point(
                        x: samples.west + (Double(c) + (Double(s % k) + 0.5) / Double(k)) * samples.cellSize,
                        y: top - (Double(r) + (Double(s / k) + 0.5) / Double(k)) * samples.cellSize)
                    var expected: Int16 = -1
                    if map.jurisdiction.boundary.contains(p) {
                        count += 1
                        expected = map.villages.firstIndex { $0.boundary.contains(p) }.map { Int16($0) } ?? -2
                    }
                    #expect(samples.owner[cell * k * k + s] == expected, "cell \(cell) sample \(s)")
                }
                #expect(Int(samples.insideCount[cell]) == count)
                inside += count
            }
        }
        // The rows checked hold a fair share of the jurisdiction, not just empty margin.
        #expect(inside > samples.jurisdictionSamples / 20)
    }
}
