import Foundation
import PatrolData
import Testing
import _PatrolTestSupport

@testable import PatrolRouting

@Suite("Decimal text writes what String(format:) writes")
struct DecimalTextTests {
    /// The reference: Foundation's formatter, as the export used it before.
    func reference(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    func fast(_ value: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        DecimalText.appendFixed(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("ties, signs, zeros, huge and non-finite numbers")
    func edgeCases() {
        let values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 1e-9, -1e-9, 0.0049999999, 0.005, 0.015, 0.025,
            109.05123455, 34.8999999999, 1e15, 1e20, -1e20, 123_456_789.123_456_78, .nan, .infinity, -.infinity,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, 9.999_999_995, 99.999_999_95,
        ]
        for value in values {
            for decimals in 0...9 {
                #expect(fast(value, decimals) == reference(value, decimals), "\(value) with \(decimals) decimals")
            }
        }
    }

    @Test("longitudes, latitudes, metres and exact binary ties drawn at random")
    func randomValues() {
        var state: UInt64 = 0x5EED_2026_1201
        func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        for _ in 0..<4_000 {
            let lon = 73 + 62 * unit()
            let lat = -90 + 180 * unit()
            let metres = 20_000 * unit()
            let tie = Double(next() % 1_000_000) / 128  // k / 2⁷: many exact ties at 2 decimals
            #expect(fast(lon, 7) == reference(lon, 7))
            #expect(fast(lat, 7) == reference(lat, 7))
            #expect(fast(metres, 2) == reference(metres, 2))
            #expect(fast(tie, 2) == reference(tie, 2), "\(tie)")
            #expect(fast(-tie, 3) == reference(-tie, 3), "\(-tie)")
        }
    }

    @Test("integers")
    func integers() {
        for value: Int64 in [0, 7, 10, 99, 100, 123_456_789, -1, -100, .max, .min] {
            var bytes: [UInt8] = []
            DecimalText.appendInteger(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}

@Suite("The exported graph's bytes")
struct GraphExportBytesTests {
    @Test("gongli's car+foot export equals the rows written with Foundation's formatter")
    func gongliExport() throws {
        let map = try Fixtures.gongli()
        let graph = try Fixtures.gongliRouter(.carFoot).graph
        let toWGS84 = try map.wgs84Transform()
        let csv = GraphExport.csv(graph) { toWGS84.inverse($0) }
        func fixed(_ value: Double, _ decimals: Int) -> String {
            String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
        }
        let positions = toWGS84.inverse(graph.network.nodes)
        var nodes = "id,lon,lat\n"
        for v in 0..<graph.nodeCount {
            let p = positions[graph.split(v).networkNode]
            nodes += "\(v),\(fixed(p.x, 7)),\(fixed(p.y, 7))\n"
        }
        var edges = "from,to,seconds,meters\n"
        for e in 0..<graph.edgeCount {
            let ref = Int(graph.edgeLink[e])
            let meters = ref >= 0 ? graph.network.links[ref / 2].length : 0
            let ms = Int(graph.cost[e])
            edges += "\(graph.source[e]),\(graph.target[e]),\(ms / 1000).\(fixed(Double(ms % 1000), 0).leftPadded(3)),\(fixed(meters, 2))\n"
        }
        #expect(csv.nodes == nodes)
        #expect(csv.edges == edges)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
