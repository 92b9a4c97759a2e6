import Foundation
import PatrolGeo

/// Finds where to build a road on the raster: a least-cost path in which grades are
/// bounded, climbing and cutting into hillsides cost extra, and existing roads may be
/// joined but never crossed.
///
/// Moves go to the 16 cells of the 8 neighbours and the 8 knight's moves, so lines are
/// not limited to eight directions; the county road may also span a gully in one move.
struct RoadRouter {
    /// A route found.
    struct Route {
        /// From the start point to the end point: smoothed into curves unless that would
        /// make it steeper than the profile allows.
        var points: [Point]
        /// Index pairs (i, i+1) of `points` that are spans (bridges).
        var spans: Set<Int>
        /// The same route through the cell centres, before smoothing.
        var raw: [Point]
        /// Spans of `raw`.
        var rawSpans: Set<Int>
        /// The existing road the route ends on, when it ends on one.
        var joins: Int?
    }

    let terrain: Terrain
    /// Cells where nothing may be built (water, outside the jurisdiction, the grid's rim).
    let blocked: [Bool]
    let inside: [Bool]
    /// True for cells on a stream big enough to need a bridge or ford.
    let stream: [Bool]
    let slope: [Double]

    /// What a search ends on.
    enum Goal {
        /// The first road of sufficient rank the search meets.
        case network
        /// A given point (an existing vertex or a free cell).
        case point(Point)
    }

    /// The cheapest route from `start` to `goal`, or `nil` if none costs less than `budget`.
    ///
    /// Lesser roads on the way are crossed. Occupied cells within `clearance` metres of the start or of a point goal are not
    /// obstacles, so a route can leave or reach a vertex of an existing road.
    /// - Complexity: O(c log c) for the c cells within the budget.
    func route(
        from start: Point, to goal: Goal, profile: RouteProfile, network: RoadNetwork, budget: Double, clearance: Double = 0
    ) -> Route? {
        let frame = terrain.frame
        guard let startCell = frame.cell(containing: start), !blocked[startCell] else { return nil }
        var goalCell: Int?
        var goalPoint: Point?
        if case .point(let p) = goal {
            goalCell = frame.cell(containing: p)
            goalPoint = p
            if goalCell == nil { return nil }
        }
        func nearEnds(_ c: Int) -> Bool {
            let p = frame.center(c)
            if p.distance(to: start) <= clearance { return true }
            if let goalPoint, p.distance(to: goalPoint) <= clearance { return true }
            return false
        }
        var cost: [Int: Double] = [startCell: 0]
        var parent: [Int: Int] = [:]
        var spanParent: Set<Int> = []
        var terminals: [(from: Int, road: Int, point: Point)] = []
        var heap = MinHeap()
        heap.push(0, startCell)
        let n = frame.count
        func estimate(_ c: Int) -> Double {
            guard let goalPoint else { return 0 }
            return frame.center(c).distance(to: goalPoint)
        }
        while let (_, item) = heap.pop() {
            if item >= n {
                // A terminal: the route joins an existing road here.
                let t = terminals[item - n]
                var cells = [t.from]
                while let p = parent[cells.last!] { cells.append(p) }
                return finish(cells.reversed(), start: start, end: t.point, spanParent: spanParent, joins: t.road, profile: profile)
            }
            let cell = item
            let g = cost[cell]!
            if g > budget { return nil }
            if let goalCell, cell == goalCell {
                var cells = [cell]
                while let p = parent[cells.last!] { cells.append(p) }
                return finish(cells.reversed(), start: start, end: goalPoint!, spanParent: spanParent, joins: nil, profile: profile)
            }
            let row = cell / frame.columns
            let column = cell % frame.columns
            let here = frame.center(cell)
            let z = terrain.elevation[cell]
            // The way the route came in, to price turns: a hairpin costs as much as 120 m of
            // road, so switchbacks get longer legs instead of zigzagging from cell to cell.
            var incoming: Point?
            if let from = parent[cell] {
                let d = here - frame.center(from)
                incoming = d * (1 / (d.x * d.x + d.y * d.y).squareRoot())
            }
            var moves: [(Int, Int, Double, Bool)] = GridFrame.neighbours16.map { ($0.0, $0.1, $0.2, false) }
            if profile.allowsSpans {
                for (dr, dc, f) in GridFrame.neighbours8 {
                    for k in 4...14 { moves.append((dr * k, dc * k, f * Double(k), true)) }
                }
            }
            for (dr, dc, factor, isSpan) in moves {
                guard let next = frame.index(row: row + dr, column: column + dc), !blocked[next] else { continue }
                if !inside[next] {
                    guard profile.mayLeave else { continue }
                    let p = frame.center(next)
                    let nearStart = p.distance(to: start) < 500
                    let nearGoal = goalPoint.map { p.distance(to: $0) < 500 } ?? false
                    guard nearStart || nearGoal else { continue }
                }
                let length = factor * frame.cellSize
                let rise = terrain.elevation[next] - z
                let there = frame.center(next)
                // Grade over each quarter of the move too, so a move that dips into a gully
                // or over a spur between two cells of equal height is seen for what it is
                // (a third over the limit is let pass: the terrain between cells is a guess).
                let grade = isSpan ? abs(rise) / length : Swift.max(abs(rise) / length, quarterGrade(here, there, length) / 1.35)
                if grade > profile.maxGrade { continue }
                var step = length * (1 + 0.5 * pow(grade / profile.easyGrade, 4))
                step += length * profile.hillsidePenalty * Swift.max(0, slope[next] - 0.15)
                if stream[next] { step += stream[cell] ? length / 3 : profile.streamPenalty }
                if let incoming {
                    let turn = (incoming.x * (there.x - here.x) + incoming.y * (there.y - here.y)) / length
                    if turn < -0.5 { step += 120 } else if turn < 0.2 { step += 15 }
                }
                if isSpan {
                    // A span must bridge real low ground and land on free cells.
                    var lowest = Double.infinity
                    for k in 1..<Int(factor.rounded()) {
                        let p = Point(x: here.x + (there.x - here.x) * Double(k) / factor, y: here.y + (there.y - here.y) * Double(k) / factor)
                        lowest = Swift.min(lowest, terrain.height(at: p) - (z + rise * Double(k) / factor))
                    }
                    guard lowest < -12, network.isFree(next) else { continue }
                    step = length * 3.5
                } else {
                    // Meeting an existing road: a search for the network ends on it when its
                    // rank is high enough; lesser roads are crossed at grade (the crossing
                    // becomes a junction when the road is added).
                    var joined: Int?
                    var crossings = 0
                    for c in RoadNetwork.cells(along: [here, there], frame: frame) where c != cell && !network.isFree(c) && !nearEnds(c) {
                        for id in network.roads(in: c) {
                            if case .network = goal, network.roads[Int(id)].rank >= profile.targetRank {
                                joined = joined ?? Int(id)
                            } else {
                                crossings += 1
                            }
                        }
                    }
                    step += 40 * Double(crossings)
                    if let road = joined {
                        guard let closest = Polyline.closestPoint(to: here, on: network.roads[road].points),
                            closest.distance < 1 || quarterGrade(here, closest.point, closest.distance) <= 1.35 * profile.maxGrade
                        else { continue }
                        let total = g + closest.distance * (1 + 0.5 * pow(grade / profile.easyGrade, 4))
                        terminals.append((cell, road, closest.point))
                        heap.push(total, n + terminals.count - 1)
                        continue
                    }
                }
                let candidate = g + step
                if candidate < cost[next] ?? .infinity {
                    cost[next] = candidate
                    parent[next] = cell
                    if isSpan { spanParent.insert(next) } else { spanParent.remove(next) }
                    heap.push(candidate + estimate(next), next)
                }
            }
        }
        return nil
    }

    /// The steepest grade over the four quarters of the line from `a` to `b` (`length` apart).
    private func quarterGrade(_ a: Point, _ b: Point, _ length: Double) -> Double {
        var worst = 0.0
        var previous = terrain.height(at: a)
        for k in 1...4 {
            let z = terrain.height(at: a + (b - a) * (Double(k) / 4))
            worst = Swift.max(worst, abs(z - previous) / (length / 4))
            previous = z
        }
        return worst
    }

    private func finish(
        _ cells: [Int], start: Point, end: Point, spanParent: Set<Int>, joins: Int?, profile: RouteProfile
    ) -> Route {
        let frame = terrain.frame
        // The route leaves from the start point itself, not its cell's centre.
        var points = [start]
        var spans: Set<Int> = []
        for c in cells.dropFirst() {
            if spanParent.contains(c) { spans.insert(points.count - 1) }
            points.append(frame.center(c))
        }
        if points.last != end {
            if points.count > 1, points.last!.distance(to: end) < 1 { points.removeLast() }
            points.append(end)
        }
        // Round the corners as far as the grade allows: two rounds of corner cutting, or
        // one, or none.
        let allowed = Swift.max(steepest(points, spans: spans), profile.maxGrade) * 1.1
        var smoothed = PathSmoothing.smooth(points, spans: spans, rounds: 0)
        for rounds in [2, 1] {
            let candidate = PathSmoothing.smooth(points, spans: spans, rounds: rounds)
            if steepest(candidate.points, spans: candidate.spans) <= allowed {
                smoothed = candidate
                break
            }
        }
        return Route(points: smoothed.points, spans: smoothed.spans, raw: points, rawSpans: spans, joins: joins)
    }

    /// The steepest grade along a line off its spans, over 10 m steps of the terrain.
    func steepest(_ line: [Point], spans: Set<Int>) -> Double {
        var worst = 0.0
        for i in 0..<(line.count - 1) where !spans.contains(i) {
            let length = line[i].distance(to: line[i + 1])
            let steps = Swift.max(Int((length / 10).rounded(.up)), 1)
            var previous = terrain.height(at: line[i])
            for k in 1...steps {
                let p = line[i] + (line[i + 1] - line[i]) * (Double(k) / Double(steps))
                let z = terrain.height(at: p)
                worst = Swift.max(worst, abs(z - previous) / (length / Double(steps)))
                previous = z
            }
        }
        return worst
    }
}
