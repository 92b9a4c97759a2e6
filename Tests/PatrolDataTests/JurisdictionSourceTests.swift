import PatrolData
import Testing

@Suite("jurisdiction_source in map.json")
struct JurisdictionSourceTests {
    func manifest(_ extra: String) throws(InputIssue) -> MapManifest {
        try MapManifest.read(Array("{\n  \"name\": \"m\",\n  \"crs\": \"EPSG:4326\"\(extra)\n}\n".utf8))
    }

    @Test("absent means the station's own jurisdiction; every documented value reads and is written back")
    func values() throws {
        #expect(try manifest("").jurisdictionSource == .station)
        #expect(!(try manifest("").json().contains("jurisdiction_source")))
        for source in JurisdictionSource.allCases {
            let read = try manifest(",\n  \"jurisdiction_source\": \"\(source.rawValue)\"")
            #expect(read.jurisdictionSource == source)
            #expect(try MapManifest.read(Array(read.json().utf8)) == read)
        }
        #expect(JurisdictionSource.allCases.map(\.rawValue) == ["station", "boundary-file", "osm-admin", "bbox", "data-hull"])
        #expect(JurisdictionSource.allCases.filter(\.isPoliceJurisdiction) == [.station, .boundaryFile])
        #expect(JurisdictionSource.dataHull.areaName == Localized(en: "area of the imported data", zh: "数据范围"))
    }

    @Test("an unknown value is an error on its line, naming the values allowed")
    func unknown() {
        #expect {
            try manifest(",\n  \"jurisdiction_source\": \"hull\"")
        } throws: { error in
            guard let issue = error as? InputIssue else { return false }
            return issue.line == 4 && issue.field == "jurisdiction_source" && issue.message.en.contains("station, boundary-file, osm-admin, bbox, data-hull")
        }
    }
}
