import Testing
import _PatrolTestSupport

/// Numbers that once reached a `Double → Int` conversion and killed the process (signal 4).
private let hostileNumbers = ["1e308", "-1e300", "inf", "nan"]

/// A command line with `VALUE` where the number goes, and the option its usage error must name.
struct NumericCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var option: String
    var testDescription: String { arguments.joined(separator: " ") }

    init(_ option: String, _ arguments: String...) {
        self.option = option
        self.arguments = arguments
    }

    func with(_ value: String) -> [String] { arguments.map { $0.replacingOccurrences(of: "VALUE", with: value) } }
}

private let numericCases: [NumericCase] = [
    NumericCase("--minutes", "coverage", "SampleMaps/tiny", "--minutes", "5,VALUE"),
    NumericCase("--cell", "coverage", "SampleMaps/tiny", "--cell", "VALUE"),
    NumericCase("--minutes", "plan", "SampleMaps/tiny", "--add", "1", "--minutes", "VALUE"),
    NumericCase("--spacing", "plan", "SampleMaps/tiny", "--add", "1", "--spacing", "VALUE"),
    NumericCase("--weight", "plan", "SampleMaps/tiny", "--add", "1", "--weight", "elderly_alone=VALUE"),
    NumericCase("--minutes", "render", "SampleMaps/tiny", "--style", "coverage", "--minutes", "VALUE"),
    NumericCase("--cell-size", "import", "dem", "N34E109.hgt", "--into", "SampleMaps/tiny", "--cell-size", "VALUE"),
    NumericCase("--margin", "import", "dem", "N34E109.hgt", "--into", "SampleMaps/tiny", "--margin", "VALUE"),
    NumericCase("--snap", "import", "gpx", "track.gpx", "--into", "SampleMaps/tiny", "--snap", "VALUE"),
    NumericCase("--simplify", "import", "gpx", "track.gpx", "--into", "SampleMaps/tiny", "--simplify", "VALUE"),
    NumericCase("--bbox", "import", "osm", "x.osm", "-o", "/nonexistent/out", "--bbox", "VALUE,34,110,35"),
    NumericCase("--station", "import", "osm", "x.osm", "-o", "/nonexistent/out", "--station", "VALUE,34.9"),
]

@Suite("numeric options: out-of-range values are usage errors, never crashes")
struct NumericOptionCLITests {
    @Test("1e308, -1e300, inf and nan exit 2 and name the option", arguments: numericCases)
    func hostile(_ c: NumericCase) throws {
        for value in hostileNumbers {
            let r = try CLIRunner.run(c.with(value) + ["--lang", "en"])
            #expect(r.status == 2, "\(value): \(r.stderr)")
            #expect(r.stderr.contains(c.option), "\(value): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(!r.stderr.contains("Fatal error"))
        }
    }

    @Test("the message gives the allowed range and the value typed, in the chosen language")
    func message() throws {
        let en = try CLIRunner.run(["plan", "SampleMaps/tiny", "--add", "1", "--minutes", "inf", "--lang", "en"])
        #expect(en.stderr.hasPrefix("Error: --minutes must be more than 0 and at most 1440 (got inf)\n"))
        let zh = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--cell", "1e308"])
        #expect(zh.stderr.hasPrefix("Error: --cell 须在 5 到 1000 之间(输入为 1e+308)\n"))
        let minutes = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "5,-1e300", "--lang", "en"])
        #expect(minutes.stderr.hasPrefix("Error: --minutes must be more than 0 and at most 1440 (got -1e300)\n"))
    }

    @Test("integer options outside their range exit 2: --add, --limit, --scale")
    func integers() throws {
        for arguments in [
            ["plan", "SampleMaps/tiny", "--add", "0"], ["plan", "SampleMaps/tiny", "--add", "51"],
            ["find", "SampleMaps/tiny", "村", "--limit", "0"], ["render", "SampleMaps/tiny", "--scale=-5"],
            ["render", "SampleMaps/tiny", "--style", "dispatch", "--to", "H012", "--scale", "1"],
        ] {
            let r = try CLIRunner.run(arguments + ["--lang", "en"])
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains(arguments.last { $0.hasPrefix("--") }!.split(separator: "=")[0]), "\(r.stderr)")
        }
        let scale = try CLIRunner.run(["render", "SampleMaps/tiny", "--scale=-5", "--lang", "en"])
        #expect(scale.stderr.hasPrefix("Error: --scale must be from 500 to 1000000 (got -5)\n"))
    }

    @Test("the ends of each range are accepted")
    func bounds() throws {
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "1440", "--cell", "1000", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let weight = try CLIRunner.run(["plan", "SampleMaps/tiny", "--add", "1", "--minutes", "10", "--weight", "elderly_alone=0", "--format", "json"])
        #expect(weight.status == 0, "\(weight.stderr)")
    }

    @Test("a weight for a tag no household carries is a warning naming the map's tags")
    func unknownTag() throws {
        let r = try CLIRunner.run(["plan", "SampleMaps/tiny", "--add", "1", "--minutes", "10", "--weight", "eldery_alone=2", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stderr.contains(
                "warning: --weight eldery_alone: no household has this tag (tags in this map: disability, dispute, elderly_alone, key_person, left_behind_children, mental_health)"
            ),
            "\(r.stderr)")
    }
}

@Suite("places given as coordinates far off the working plane")
struct FarCoordinateCLITests {
    @Test(
        "@x,y beyond the input limit (±100,000 km) is a usage error naming the place",
        arguments: [
            ["route", "SampleMaps/tiny", "--to", "@1e308,5"],
            ["dispatch", "SampleMaps/tiny", "--to", "@5,-1e300"],
            ["coverage", "SampleMaps/tiny", "--with", "@-1e300,3863000"],
        ])
    func far(_ arguments: [String]) throws {
        let r = try CLIRunner.run(arguments + ["--lang", "en"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "error: “\(arguments[3])”: working-CRS coordinates must be within ±100000000 m (input limit)\n")
    }
}

@Suite("numbers from the data that no integer holds")
struct HugeDataNumberCLITests {
    @Test("info reads an elevation of 1e30 as a void, says so, and does not trap on the conversion")
    func hugeElevation() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("dem.asc", "ncols 3\nnrows 2\nxllcorner 596000\nyllcorner 3863000\ncellsize 750\nNODATA_value -9999\n500 510 520\n530 540 1e30\n")
        let r = try CLIRunner.run(["info", map.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        // No terrain is above 9,000 m: the cell is a void, so the range is that of the other five.
        #expect(r.stderr.contains("dem.asc:8: 1 cell holds an elevation no terrain has"))
        let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("elevation ") })
        #expect(line == "elevation 500–540 m")
    }
}
