import PatrolData
import PatrolGeo

/// Cuts the roads into stretches and gives each its OpenStreetMap tags: class, surface,
/// width and smoothness from how the road was built and how many households it serves;
/// bridges where a road crosses a stream and fords, closed in the rainy season, where a
/// lesser road splashes through one.
struct RoadTagging {
    /// One output line with its tags.
    struct Stretch {
        var points: [Point]
        var tags: [(String, JSONValue)]
        /// For bridges on county and township roads: the name of the road (for the landmark list).
        var bridgeOf: String?
    }

    /// Minimum households a lane must serve for each upgrade: asphalt 4.5 m, concrete 3.5 m, 3 m, 2.3 m.
    static let laneThresholds = (wide: 120, medium: 40, narrow: 12, tiny: 4)

    private(set) var stretches: [Stretch] = []

    init(network: RoadNetwork, households: [Household], landscape: Landscape, random: RandomSource) {
        var random = random
        let service = RoadService(network: network, households: households)
        var bridgeCount = 0
        for (id, road) in network.roads.enumerated() {
            if road.isSpan {
                bridgeCount += 1
                var tags = Self.baseTags(road, served: 0, steep: false, landscape: landscape, random: &random)
                tags += [("bridge", .string("yes")), ("layer", .number(1))]
                stretches.append(Stretch(points: road.points, tags: tags, bridgeOf: road.name))
                continue
            }
            // Pieces between junctions, each tagged on its own.
            var pieces: [[Point]] = []
            var current = [road.points[0]]
            for p in road.points.dropFirst() {
                current.append(p)
                if service.isJunction(p) && p != road.points.last! {
                    pieces.append(current)
                    current = [p]
                }
            }
            pieces.append(current)
            var tagged: [Stretch] = []
            for piece in pieces {
                var served = 0
                for i in 0..<(piece.count - 1) { served = Swift.max(served, service.households(between: piece[i], and: piece[i + 1])) }
                let steep = Self.maxGrade(piece, landscape: landscape) > 0.13
                var tags = Self.baseTags(road, served: served, steep: steep, landscape: landscape, random: &random)
                if road.kind == .street && id % 17 == 3 && Self.isTown(piece, landscape: landscape) {
                    tags.append(("oneway", .string("yes")))
                }
                tagged += Self.crossings(piece, tags: tags, landscape: landscape, bridgeIndex: &bridgeCount, roadName: road.name)
            }
            stretches += Self.merged(tagged)
        }
    }

    /// Class, surface, width and smoothness for a road of `road.kind` serving `served` households.
    static func baseTags(_ road: RoadNetwork.Road, served: Int, steep: Bool, landscape: Landscape, random: inout RandomSource) -> [(String, JSONValue)] {
        var tags: [(String, JSONValue)]
        let mountain = isMountain(road.points, landscape: landscape)
        switch road.kind {
        case .county:
            tags = [("highway", .string("secondary")), ("surface", .string("asphalt")), ("width", .number(7.5)), ("smoothness", .string("good"))]
        case .township:
            tags = [
                ("highway", .string("tertiary")), ("surface", .string("asphalt")), ("width", .number(mountain ? 5 : 6)),
                ("smoothness", .string(mountain ? "intermediate" : "good")),
            ]
        case .street:
            tags = [
                ("highway", .string("residential")), ("surface", .string("concrete")), ("width", .number(served > 60 ? 5 : 4)),
                ("smoothness", .string("intermediate")),
            ]
        case .lane:
            let t = laneThresholds
            if served >= t.wide {
                tags = [
                    ("highway", .string("unclassified")), ("surface", .string("asphalt")), ("width", .number(4.5)), ("smoothness", .string("intermediate")),
                ]
            } else if served >= t.medium {
                tags = [
                    ("highway", .string("unclassified")), ("surface", .string("concrete")), ("width", .number(3.5)), ("smoothness", .string("intermediate")),
                ]
            } else if served >= t.narrow {
                tags = [
                    ("highway", .string("unclassified")), ("surface", .string("concrete")), ("width", .number(3)),
                    ("smoothness", .string(steep ? "bad" : "intermediate")),
                ]
            } else if served >= t.tiny {
                // The last stretch to a small hamlet: a concrete strip too narrow for a car.
                tags = [
                    ("highway", .string("service")), ("surface", .string("concrete")), ("width", .number(2.3)),
                    ("smoothness", .string(steep ? "bad" : "intermediate")),
                ]
            } else {
                tags = [
                    ("highway", .string("track")), ("tracktype", .string(steep ? "grade3" : "grade2")), ("surface", .string(steep ? "ground" : "gravel")),
                    ("width", .number(2.2)), ("smoothness", .string("bad")),
                ]
            }
        case .track:
            let grade = mountain ? (steep ? "grade4" : "grade3") : ["grade2", "grade3", "grade3", "grade4"][random.int(0...3)]
            let surface = ["grade2": "gravel", "grade3": "ground", "grade4": "dirt"][grade]!
            tags = [
                ("highway", .string("track")), ("tracktype", .string(grade)), ("surface", .string(surface)),
                ("width", .number(mountain ? 2.2 : [2.5, 3, 3.5][random.int(0...2)])), ("smoothness", .string(grade == "grade2" ? "bad" : "very_bad")),
            ]
        case .path:
            tags = [("highway", .string("path")), ("surface", .string("dirt")), ("width", .number(1)), ("smoothness", .string("horrible"))]
        }
        if let name = road.name { tags.append(("name", .string(name))) }
        return tags
    }

    /// Splits `piece` where it crosses a stream: a bridge for roads a car uses, else a ford marked as
    /// closed when the stream runs.
    ///
    /// A lesser road running along a stream bed for more than 50 m is closed in the wet season along that
    /// stretch.
    static func crossings(_ piece: [Point], tags: [(String, JSONValue)], landscape: Landscape, bridgeIndex: inout Int, roadName: String?) -> [Stretch] {
        let highway = tags.first { $0.0 == "highway" }!.1.stringValue!
        let width = tags.first { $0.0 == "width" }?.1.numberValue ?? 1
        let bridges = ["secondary", "tertiary", "unclassified", "residential"].contains(highway) && width >= 3
        let length = Polyline.length(piece)
        // Stream runs along the piece, as offset intervals.
        var runs: [(Double, Double)] = []
        var start: Double?
        var t = 0.0
        while t <= length {
            let p = Polyline.point(at: t, on: piece)
            let wet = landscape.frame.cell(containing: p).map { landscape.stream[$0] } ?? false
            if wet && start == nil { start = t }
            if !wet, let s = start {
                runs.append((s, t))
                start = nil
            }
            t += 4
        }
        if let s = start { runs.append((s, length)) }
        var cuts: [(Double, Double, [(String, JSONValue)])] = []
        let drainage = landscape.terrain.drainage
        for (a, b) in runs {
            let from = a - 6
            let to = b + 6
            guard from > 2, to < length - 2 else { continue }
            if let last = cuts.last, from <= last.1 + 2 { continue }
            if b - a <= 40 {
                // A crossing only if the road runs across the water, not along its bank.
                let middle = (a + b) / 2
                guard let cell = landscape.frame.cell(containing: Polyline.point(at: middle, on: piece)) else { continue }
                let receiver = drainage.receiver[cell]
                guard receiver >= 0 else { continue }
                let flow = landscape.frame.center(receiver) - landscape.frame.center(cell)
                let road = Polyline.point(at: Swift.min(middle + 8, length), on: piece) - Polyline.point(at: Swift.max(middle - 8, 0), on: piece)
                let cosine =
                    abs(flow.x * road.x + flow.y * road.y)
                    / Swift.max((flow.x * flow.x + flow.y * flow.y).squareRoot() * (road.x * road.x + road.y * road.y).squareRoot(), 1e-9)
                guard cosine < 0.6 else { continue }
                if bridges && drainage.area[cell] >= 1e6 {
                    bridgeIndex += 1
                    cuts.append((from, to, tags + [("bridge", .string("yes")), ("layer", .number(1))]))
                } else if !bridges {
                    cuts.append((from, to, tags + [("ford", .string("yes")), ("seasonal", .string("wet_impassable"))]))
                }
            } else if !bridges && b - a > 60 {
                cuts.append((from, to, tags + [("seasonal", .string("wet_impassable"))]))
            }
        }
        guard !cuts.isEmpty else { return [Stretch(points: piece, tags: tags)] }
        var out: [Stretch] = []
        var previous = 0.0
        var previousPoint = piece[0]
        for (a, b, cutTags) in cuts {
            let pa = Polyline.point(at: a, on: piece)
            let pb = Polyline.point(at: b, on: piece)
            out.append(Stretch(points: slice(piece, previous, a, first: previousPoint, last: pa), tags: tags))
            let isBridge = cutTags.contains { $0.0 == "bridge" }
            let major = isBridge && (highway == "tertiary" || highway == "secondary")
            out.append(Stretch(points: slice(piece, a, b, first: pa, last: pb), tags: cutTags, bridgeOf: major ? roadName : nil))
            previous = b
            previousPoint = pb
        }
        out.append(Stretch(points: slice(piece, previous, length, first: previousPoint, last: piece[piece.count - 1]), tags: tags))
        return out
    }

    /// The part of `line` between offsets `a` and `b`, with exactly `first` and `last` as ends.
    static func slice(_ line: [Point], _ a: Double, _ b: Double, first: Point, last: Point) -> [Point] {
        var out = [first]
        var offset = 0.0
        for i in 1..<line.count {
            offset += line[i - 1].distance(to: line[i])
            if offset > a + 1e-9 && offset < b - 1e-9 { out.append(line[i]) }
        }
        out.append(last)
        return out
    }

    /// Joins consecutive stretches with the same tags back into one line.
    static func merged(_ stretches: [Stretch]) -> [Stretch] {
        var out: [Stretch] = []
        for s in stretches {
            if let last = out.last, last.bridgeOf == nil, s.bridgeOf == nil, last.points.last == s.points.first,
                JSONValue.object(last.tags) == JSONValue.object(s.tags)
            {
                out[out.count - 1].points += s.points.dropFirst()
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// The steepest grade along `line`, sampled every 10 m.
    static func maxGrade(_ line: [Point], landscape: Landscape) -> Double {
        let length = Polyline.length(line)
        var worst = 0.0
        var t = 0.0
        var previous = landscape.terrain.height(at: line[0])
        while t + 10 <= length {
            t += 10
            let z = landscape.terrain.height(at: Polyline.point(at: t, on: line))
            worst = Swift.max(worst, abs(z - previous) / 10)
            previous = z
        }
        return worst
    }

    static func isMountain(_ line: [Point], landscape: Landscape) -> Bool {
        let middle = Polyline.point(at: Polyline.length(line) / 2, on: line)
        return landscape.frame.cell(containing: middle).map { landscape.terrain.mountain[$0] > 0.3 } ?? false
    }

    static func isTown(_ line: [Point], landscape: Landscape) -> Bool {
        landscape.frame.cell(containing: line[0]).map { landscape.territories.labels[$0] == 0 } ?? false
    }
}
