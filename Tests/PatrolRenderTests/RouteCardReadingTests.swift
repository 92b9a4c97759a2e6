import PatrolData
import PatrolGeo
import PatrolRouting
import Testing
import _PatrolTestSupport

@testable import PatrolRender

/// The gongli route card read as a stranger reads it: marks on top, every numbered fork
/// apart from the next, the directions broken where Chinese text may break.
@Suite("Route cards read at print size")
struct RouteCardReadingTests {
    /// Five mountain households: the demo's caller in 青石岭村 and the northernmost house of
    /// 寺沟村, 柳树坪村, 庙坡村 and 桃花峪村.
    static let mountainHouses = ["H11262", "H11916", "H08729", "H10463", "H09327"]

    struct Card: Sendable {
        var steps: [RouteStep]
        var card: RouteCard
        var svg: String
    }

    enum Missing: Error {
        case station
        case household(String)
    }

    /// The cards, made once for every test of the suite.
    static let made = Result { try makeCards() }

    static func cards() throws -> [Card] { try made.get() }

    /// Cards from the station to each household, as `patrolmap dispatch --svg` draws them.
    static func makeCards() throws -> [Card] {
        let map = try Fixtures.gongli()
        let router = try Fixtures.gongliRouter(.carFoot)
        guard let station = map.posts.first(where: { $0.kind == .station }) else { throw Missing.station }
        return try mountainHouses.map { id in
            guard let house = map.households.first(where: { $0.id == id }) else { throw Missing.household(id) }
            let route = try router.route(from: station.location, to: house.location)
            let steps = Directions(graph: router.graph, landmarks: map.landmarks, region: RoadRegion(map: map)).steps(
                for: route, startName: station.name, endName: house.houseLabel)
            let card = RouteCard(route: route, steps: steps, from: station.name, to: house.houseLabel, language: .zh)
            return Card(steps: steps, card: card, svg: RouteCardRenderer.render(card, map: map))
        }
    }

    @Test("on five mountain cards, no two numbered fork markers on any map frame are closer than their diameter")
    func markersApart() throws {
        var frames = 0
        for card in try Self.cards() {
            let probe = SVGProbe(text: card.svg)
            for prefix in ["", "inset-", "dense-"] {
                guard let group = probe.group(prefix + "route-points") else { continue }
                frames += 1
                // Numbered markers: the purple discs (leader dots are a fifth of their size).
                let markers = SVGElement.all("circle", in: group).filter { $0.attributes["fill"] == "#3d1f5c" && ($0.number("r") ?? 0) > 1 }
                let centres = markers.map { Point(x: $0.number("cx")!, y: $0.number("cy")!) }
                let diameter = 2 * (markers.first?.number("r") ?? 0)
                for i in centres.indices {
                    for j in centres.indices where j > i {
                        #expect(centres[i].distance(to: centres[j]) >= diameter, "\(prefix)markers \(i + 1), \(j + 1) on the card to \(card.card.to)")
                    }
                }
            }
        }
        #expect(frames >= 10)  // the main map and at least one inset per card
    }

    @Test("the route, its markers, the parking P and the target house lie above every base-map symbol and label")
    func zOrder() throws {
        let card = try #require(try Self.cards().first)
        let svg = card.svg
        for prefix in ["", "inset-"] {
            let route = try #require(svg.range(of: "id=\"\(prefix)route\"")).lowerBound
            let points = try #require(svg.range(of: "id=\"\(prefix)route-points\"")).lowerBound
            for base in ["contours", "roads", "houses", "grid", "posts", "landmarks", "labels"] {
                guard let layer = svg.range(of: "id=\"\(prefix)\(base)\"") else { continue }
                #expect(layer.lowerBound < route && route < points, "\(prefix)\(base)")
            }
        }
        let points = try #require(SVGProbe(text: svg).group("route-points"))
        // The caller's house 青石岭村8组34号: outlined, labelled with its number; the car parks on the way.
        #expect(points.contains("class=\"target-house\""))
        #expect(SVGElement.all("text", in: svg).contains { $0.text == "34号" })
        #expect(card.steps.contains { $0.kind == .park } == points.contains("class=\"parking\""))
    }

    @Test("the directions: type of 2.5 mm or more, no line starts with closing punctuation, runs on one road are one step")
    func directions() throws {
        for card in try Self.cards() {
            let panel = try #require(SVGProbe(text: card.svg).group("panel"))
            let size = try #require(SVGProbe(text: panel).attribute("font-size", of: "<g id=\"panel\""))
            #expect(try #require(Double(size)) >= 2.5)
            for line in SVGElement.all("text", in: panel).map(\.text) {
                #expect(!(line.first.map(TextWrap.closing.contains) ?? false), "\(line)")
            }
            // Every fork the route's steps list is on the card: a numbered step or a passed fork.
            let marked = Set(card.card.steps.flatMap { $0.passedForks + ($0.isNumbered ? [$0.location] : []) }.map { "\($0.x),\($0.y)" })
            for fork in card.steps.flatMap(\.forks) { #expect(marked.contains("\(fork.location.x),\(fork.location.y)")) }
        }
        // The demo's card: the directions' own steps, the county road out of town one step through its forks.
        let demo = try #require(try Self.cards().first)
        #expect(demo.card.steps.map(\.instruction) == demo.steps.map(\.instruction.zh))
        let summary = try #require(demo.card.steps.first { $0.instruction.contains(";再沿县道X316行驶 ") })
        #expect(summary.passedForks.count >= 8)
        #expect(summary.instruction.hasSuffix("个岔路口"))
    }
}
