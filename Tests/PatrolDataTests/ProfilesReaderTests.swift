import Testing
import PatrolData

/// `profiles.json` read on its own: values in OSM vocabulary, and located errors for what is wrong.
@Suite("profiles.json reader")
struct ProfilesReaderTests {
    private func read(_ text: String) throws(InputIssue) -> (overrides: ProfileOverrides, issues: [InputIssue]) {
        var issues: [InputIssue] = []
        let overrides = try ProfilesReader.read(Array(text.utf8), issues: &issues)
        return (overrides, issues)
    }

    @Test("every field of a mode, with \"no\" closing a class")
    func everyField() throws {
        let (overrides, issues) = try read(
            """
            {
              "description": "calibrated on the north lanes",
              "car": {
                "highway": { "residential": 20, "track": "no" },
                "tracktype": { "grade4": 6 },
                "surface": { "gravel": 0.6, "mud": 0 },
                "smoothness": { "bad": 0.5 },
                "width": { "minimum": 2.8, "comfortable": 4, "narrow_factor": 0.7 },
                "wet_unpaved_factor": 0.5,
                "oneway": false,
                "access": ["emergency", "motor_vehicle", "access"],
                "paved_surfaces": ["asphalt"],
                "unpaved_highways": ["track"]
              },
              "foot": { "highway": { "steps": 0.4 } }
            }
            """)
        #expect(issues.isEmpty, "\(issues)")
        let car = try #require(overrides.modes["car"])
        #expect(car.highway == ["residential": 20, "track": 0])
        #expect(car.trackType == ["grade4": 6])
        #expect(car.surface == ["gravel": 0.6, "mud": 0])
        #expect(car.smoothness == ["bad": 0.5])
        #expect(car.minimumWidth == 2.8 && car.comfortableWidth == 4 && car.narrowFactor == 0.7)
        #expect(car.wetUnpavedFactor == 0.5 && car.obeysOneway == false)
        #expect(car.access == ["emergency", "motor_vehicle", "access"])
        #expect(car.pavedSurfaces == ["asphalt"] && car.unpavedHighways == ["track"])
        #expect(overrides.modes["foot"]?.highway == ["steps": 0.4])
        #expect(overrides.modes["motorcycle"] == nil)
    }

    @Test("an unknown field is an error at its line, and the rest is still read")
    func unknownField() throws {
        let (overrides, issues) = try read("{\n  \"car\": {\n    \"speed\": 30,\n    \"highway\": { \"residential\": 20 }\n  }\n}\n")
        #expect(issues.count == 1)
        #expect(issues.first?.formatted(.en).hasPrefix("profiles.json:3: car.speed: unknown field 'speed'; the fields are highway,") == true)
        #expect(overrides.modes["car"]?.highway == ["residential": 20])
    }

    @Test("a value out of range names the range, in both languages")
    func outOfRange() throws {
        let (overrides, issues) = try read("{\n  \"car\": {\n    \"highway\": {\n      \"residential\": 500\n    }\n  }\n}\n")
        #expect(issues.map { $0.formatted(.en) } == ["profiles.json:4: car.highway.residential: 500 is out of range (allowed: 0 < v ≤ 200 km/h)"])
        #expect(issues.map { $0.formatted(.zh) } == ["profiles.json:4: car.highway.residential: 500 超出范围(允许:0 < v ≤ 200 km/h)"])
        #expect(overrides.modes["car"]?.highway == [:])
    }

    @Test("ranges: foot factors up to 2, widths 0–20 m, surface factors 0–1, slowing factors above 0")
    func ranges() throws {
        let text = """
            {
              "foot": { "highway": { "path": 2.5 } },
              "car": { "width": { "minimum": 25, "narrow_factor": 0 }, "surface": { "gravel": 1.2 }, "wet_unpaved_factor": -1 }
            }
            """
        let (_, issues) = try read(text)
        #expect(
            issues.map { "\($0.line ?? 0) \($0.field ?? "")" }.sorted() == [
                "2 foot.highway.path", "3 car.surface.gravel", "3 car.wet_unpaved_factor", "3 car.width.minimum", "3 car.width.narrow_factor",
            ])
        #expect(issues.contains { $0.message.en == "2.5 is out of range (allowed: 0 < v ≤ 2 (× Tobler's 5.04 km/h))" })
        #expect(issues.contains { $0.message.en == "25 is out of range (allowed: 0 ≤ v ≤ 20 m)" })
    }

    @Test("a value of the wrong type says what was expected")
    func wrongType() throws {
        let (_, issues) = try read(
            "{\n  \"motorcycle\": {\n    \"oneway\": \"yes\",\n    \"highway\": { \"path\": \"fast\" },\n    \"access\": \"motorcycle\"\n  }\n}\n")
        #expect(
            issues.map { $0.formatted(.en) } == [
                "profiles.json:3: motorcycle.oneway: must be true or false",
                "profiles.json:4: motorcycle.highway.path: must be a speed (0 < v ≤ 200 km/h) or \"no\"",
                "profiles.json:5: motorcycle.access: must be a non-empty array of names",
            ])
    }

    @Test("an unknown mode is an error naming the modes")
    func unknownMode() throws {
        let (overrides, issues) = try read("{\n  \"bus\": { \"highway\": { \"primary\": 50 } }\n}\n")
        #expect(issues.map { $0.formatted(.en) } == ["profiles.json:2: bus: unknown mode 'bus'; the modes are car, motorcycle, foot"])
        #expect(issues.first?.message.zh == "未知的出行方式 'bus';可设置的方式为 car、motorcycle、foot")
        #expect(overrides == .none)
    }

    @Test("closed OSM vocabularies: tracktype, smoothness, access keys; tracktype is for vehicles")
    func vocabularies() throws {
        let text = """
            {
              "car": {
                "tracktype": { "grade6": 4 },
                "smoothness": { "awful": 0.2 },
                "access": ["motorcar", "moterway"]
              },
              "foot": { "tracktype": { "grade1": 5 } }
            }
            """
        let (_, issues) = try read(text)
        #expect(
            issues.map { "\($0.line ?? 0) \($0.field ?? "")" } == [
                "3 car.tracktype.grade6", "4 car.smoothness.awful", "5 car.access.1", "7 foot.tracktype",
            ])
        #expect(issues[0].message.en == "'grade6' is not an OSM tracktype value (grade1, grade2, grade3, grade4, grade5)")
        #expect(issues[2].message.en == "'moterway' is not an OSM access key")
        #expect(issues[2].message.zh == "'moterway' 不是 OSM 通行权限键")
    }

    @Test("text that is not JSON is fatal, at its line and column")
    func notJSON() {
        #expect(throws: InputIssue.self) { try read("{\n  \"car\": { \"highway\": { \"residential\": 20, } }\n}") }
        do {
            _ = try read("{\n  \"car\": { \"highway\": { \"residential\": 20, } }\n}")
        } catch {
            #expect(error.file == "profiles.json" && error.line == 2)
        }
    }
}
