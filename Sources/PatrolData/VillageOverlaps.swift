import PatrolGeo

/// Checks the village polygons against each other and against the jurisdiction: two
/// villages that cover the same ground, or a village that reaches outside the jurisdiction.
enum VillageOverlaps {
    /// Shares of a village's area below which an overlap or an overhang is taken for a
    /// digitising sliver along a shared boundary and not reported.
    static let tolerance = 0.005
    /// Scan lines across the map's height: each measures the length it shares with an
    /// overlap exactly, so even a sliver a few metres wide is measured well.
    static let lineCount = 2_000.0

    /// A village polygon and where it came from.
    struct Entry {
        var village: Village
        var feature: GeoJSONFeature
    }

    /// A warning on the later village of each overlapping pair, and on each village that lies
    /// partly outside the jurisdiction, naming a point in the overlap (input CRS).
    ///
    /// - Complexity: O(V + C log C) for V vertices and C crossings of the scan lines, plus
    ///   O(k) per pair of villages whose bounding boxes meet.
    static func check(_ villages: [Entry], jurisdiction: Jurisdiction, file: String, context: LayerContext) {
        guard !villages.isEmpty, var bounds = jurisdiction.boundary.bounds else { return }
        for entry in villages { if let box = entry.village.boundary.bounds { bounds.include(box) } }
        let spacing = (bounds.maxY - bounds.minY) / lineCount
        guard spacing > 0 else { return }
        let shapes = [jurisdiction.boundary] + villages.map(\.village.boundary)
        let scan = ScanlineAreas(shapes, bounds: bounds, spacing: spacing)
        func warn(_ entry: Entry, _ en: String, _ zh: String) {
            context.report(
                InputIssue(
                    .warning, file: file, line: entry.feature.line, feature: entry.feature.index, recordID: entry.village.name, field: "geometry",
                    message: Localized(en: en, zh: zh)))
        }
        let boxes = villages.map(\.village.boundary.bounds)
        for (j, later) in villages.enumerated() {
            let laterArea = later.village.boundary.area
            if let outside = scan.outside(j + 1, of: 0), outside.area > tolerance * laterArea {
                let share = percent(outside.area / laterArea)
                warn(
                    later,
                    "about \(km2(outside.area)) km² (\(share)) of the village lies outside the jurisdiction, e.g. at \(context.workingText(outside.sample))",
                    "该村约 \(km2(outside.area)) 平方公里(\(share))位于辖区之外,例如 \(context.workingText(outside.sample))")
            }
            guard let b = boxes[j] else { continue }
            // Boxes first, from their own array: copying every earlier entry to look at its box
            // was a fifth of loading a province of 12,321 villages.
            for i in 0..<j {
                guard let a = boxes[i], a.intersects(b) else { continue }
                let earlier = villages[i]
                guard let shared = scan.overlap(i + 1, j + 1),
                    shared.area > tolerance * Swift.min(laterArea, earlier.village.boundary.area)
                else { continue }
                warn(
                    later,
                    "overlaps village '\(earlier.village.name)' (feature \(earlier.feature.index)) by about \(km2(shared.area)) km², e.g. at \(context.workingText(shared.sample)); households there count in '\(earlier.village.name)'",
                    "与村 '\(earlier.village.name)'(要素 \(earlier.feature.index))重叠约 \(km2(shared.area)) 平方公里,例如 \(context.workingText(shared.sample));重叠处的住户计入 '\(earlier.village.name)'"
                )
            }
        }
    }

    private static func km2(_ area: Double) -> String {
        let value = area / 1e6
        return JSONWriter.format(((value < 0.1 ? 1000 : 100) * value).rounded() / (value < 0.1 ? 1000 : 100))
    }

    private static func percent(_ share: Double) -> String {
        JSONWriter.format((share * 1000).rounded() / 10) + "%"
    }
}
