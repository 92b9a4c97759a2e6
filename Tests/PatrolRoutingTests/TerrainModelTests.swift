import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// The terrain model: a noisy DEM smooths to the true grade, and the grade tables give the speeds.
@Suite("Terrain: smoothed grades and the speed-by-grade tables")
struct TerrainModelTests {
    /// A 30 m DEM, 110 × 5 cells from (0, 0), of a plane rising 6 % to the east plus ±14 m of
    /// cell-to-cell noise (a fixed pattern whose values average 1/12 m).
    static func noisyPlane(noise: Bool = true) throws -> ElevationGrid {
        let pattern: [Float] = [13, -9, 4, -14, 8, 11, -5, -12, 6, -2, 10, -7]
        let (columns, rows, cell) = (110, 5, 30.0)
        var values: [Float] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let x = (Double(c) + 0.5) * cell
                values.append(Float(500 + 0.06 * x) + (noise ? pattern[(c * 7 + r * 5) % pattern.count] : 0))
            }
        }
        return try ElevationGrid(columns: columns, rows: rows, west: 0, south: 0, cellSize: cell, values: values)
    }

    /// A straight road east along y = 75 m from x = 100 m to 3100 m, with a vertex every 500 m.
    static let road = stride(from: 100.0, through: 3100, by: 500).map { Point(x: $0, y: 75) }

    @Test("on the plane alone every step climbs exactly 6 %")
    func plane() throws {
        let profile = GradeProfile(geometry: Self.road, elevation: try Self.noisyPlane(noise: false))
        #expect(profile.grades.count == 120 && abs(profile.step - 25) < 1e-9)
        #expect(profile.grades.allSatisfy { abs($0 - 0.06) < 1e-6 })
    }

    @Test("under ±14 m of noise the raw steps swing by ±80 %, the smoothed ones stay within 6.5 points of 6 % and climb the true 180 m")
    func noisy() throws {
        let dem = try Self.noisyPlane()
        let profile = GradeProfile(geometry: Self.road, elevation: dem)
        // The raw grades, cell to cell, that the old model drove.
        let samples = GradeProfile.samples(Self.road, count: 120, step: 25).map { dem.elevation(at: $0)! }
        let raw = zip(samples, samples.dropFirst()).map { ($1 - $0) / 25 }
        #expect(raw.map { abs($0 - 0.06) }.max()! > 0.8)
        #expect(profile.grades.map { abs($0 - 0.06) }.max()! < 0.065)
        let climbed = profile.grades.map { max(0, $0) * profile.step }.reduce(0, +)
        let rawClimbed = raw.map { max(0, $0) * 25 }.reduce(0, +)
        #expect(abs(climbed - 0.06 * 3000) < 5)
        #expect(rawClimbed > 2.5 * 0.06 * 3000)
    }

    @Test("travel time uses the smoothed grades: forwards and backwards add up from the table, a part of the road adds up to the whole")
    func timeOnProfile() throws {
        let dem = try Self.noisyPlane()
        let time = TravelTime(elevation: dem)
        let profile = GradeProfile(geometry: Self.road, elevation: dem)
        let up = profile.grades.map { 25 / (50 * GradeFactors.paved.factor($0) / 3.6) }.reduce(0, +)
        let down = profile.grades.map { 25 / (50 * GradeFactors.paved.factor(-$0) / 3.6) }.reduce(0, +)
        #expect(abs(time.seconds(along: Self.road, from: 0, to: 3000, flatSpeed: 50, grades: .paved) - up) < 1e-6)
        #expect(abs(time.seconds(along: Self.road, from: 3000, to: 0, flatSpeed: 50, grades: .paved) - down) < 1e-6)
        let parts =
            time.seconds(along: Self.road, from: 0, to: 1234.5, flatSpeed: 50, grades: .paved)
            + time.seconds(along: Self.road, from: 1234.5, to: 3000, flatSpeed: 50, grades: .paved)
        #expect(abs(parts - up) < 1e-6)
        // On foot, Tobler on the same profile: uphill slower than downhill at 6 %.
        let walkUp = time.seconds(along: Self.road, from: 0, to: 3000, flatSpeed: SlopeSpeed.toblerFlat, grades: nil)
        let walkDown = time.seconds(along: Self.road, from: 3000, to: 0, flatSpeed: SlopeSpeed.toblerFlat, grades: nil)
        #expect(walkUp > walkDown)
    }

    @Test("the grade tables between their points, by hand")
    func tables() {
        let paved = GradeFactors.paved
        #expect(paved.factor(0) == 1 && paved.factor(0.06) == 1 && paved.factor(-0.06) == 1)
        #expect(abs(paved.factor(0.08) - 0.95) < 1e-12)  // halfway from (6 %, 1) to (10 %, 0.9)
        #expect(abs(paved.factor(0.125) - 0.825) < 1e-12)  // halfway from (10 %, 0.9) to (15 %, 0.75)
        #expect(abs(paved.factor(-0.175) - 0.65) < 1e-12)  // halfway from (−20 %, 0.55) to (−15 %, 0.75)
        #expect(paved.factor(0.8) == 0.25 && paved.factor(-0.8) == 0.3)
        #expect(abs(GradeFactors.unpaved.factor(0.07) - 0.875) < 1e-12)  // halfway from (4 %, 1) to (10 %, 0.75)
        let car = SpeedTable.car
        #expect(car.gradeFactors(for: ["highway": "secondary"]) == .paved)
        #expect(car.gradeFactors(for: ["highway": "track"]) == .unpaved)
        #expect(car.gradeFactors(for: ["highway": "residential", "surface": "gravel"]) == .unpaved)
        #expect(SpeedTable.foot.gradeFactors(for: ["highway": "track"]) == nil)
    }
}
