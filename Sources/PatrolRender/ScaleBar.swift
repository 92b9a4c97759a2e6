import PatrolData
import PatrolGeo

/// A metric scale bar in true ground metres, with the numeric scale above it.
enum ScaleBar {
    /// Bar length in ground metres and number of divisions: the longest round length
    /// (1, 2, 2.5 or 5 × 10ⁿ m) that fits in `maxWidth` mm at 1:`scale`.
    static func length(scale: Double, maxWidth: Double) -> (metres: Double, divisions: Int) {
        var best = (metres: 10.0, divisions: 5)
        var magnitude = 1.0
        while magnitude <= 1_000_000 {
            for (step, divisions) in [(1.0, 5), (2.0, 4), (2.5, 5), (5.0, 5)] {
                let metres = step * magnitude
                if metres / scale * 1000 <= maxWidth { best = (metres, divisions) }
            }
            magnitude *= 10
        }
        return best
    }

    /// `1:20 000` with a thin space between thousands, as ISO maps print it.
    static func numeric(_ scale: Double) -> String {
        var digits = String(Int(scale.rounded()))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return "1:" + groups.joined(separator: " ")
    }

    /// Height the bar needs (numeric scale, bar, tick labels).
    static func height(_ typography: Typography) -> Double { typography.heading * 1.4 + typography.small * 3.2 }

    /// Draws the numeric scale and the bar with its top-left corner at `origin`.
    static func draw(at origin: Point, maxWidth: Double, scale: Double, typography: Typography, language: Language, into svg: inout SVGWriter) {
        let (metres, divisions) = length(scale: scale, maxWidth: maxWidth - typography.small * 3)
        let total = metres / scale * 1000
        let part = total / Double(divisions)
        let barHeight = typography.small * 0.7
        let top = origin.y + typography.heading * 1.4
        let label = (language == .zh ? "比例尺 " : "Scale ") + numeric(scale)
        svg.element(
            "text",
            [
                ("x", SVGNumber.format(origin.x)), ("y", SVGNumber.format(origin.y + typography.heading)), ("font-size", SVGNumber.format(typography.heading)),
                ("font-weight", "bold"),
            ], text: label)
        svg.open("g", [("id", "scale-bar"), ("data-metres", SVGNumber.format(metres)), ("stroke", "#1a1a1a"), ("stroke-width", "0.15")])
        for i in 0..<divisions {
            svg.element(
                "rect",
                [
                    ("x", SVGNumber.format(origin.x + Double(i) * part, decimals: 3)), ("y", SVGNumber.format(top)),
                    ("width", SVGNumber.format(part, decimals: 3)),
                    ("height", SVGNumber.format(barHeight)), ("fill", i % 2 == 0 ? "#1a1a1a" : "#ffffff"),
                ])
        }
        svg.close()
        let ticks = tickLabels(metres: metres, divisions: divisions, barWidth: total, size: typography.small, language: language)
        svg.open("g", [("id", "scale-bar-labels"), ("font-size", SVGNumber.format(typography.small)), ("text-anchor", "middle")])
        for tick in ticks {
            svg.element(
                "text",
                [("x", SVGNumber.format(origin.x + tick.centre)), ("y", SVGNumber.format(top + barHeight + typography.small * 1.15))]
                    + (tick.isEnd ? [("class", "scale-bar-end")] : []),
                text: tick.text)
        }
        svg.close()
    }

    /// One printed value under the bar: its text and the centre of the text (mm from the bar's left end).
    struct Tick: Equatable {
        var text: String
        var centre: Double
        var isEnd: Bool
    }

    /// The gap (in ems of the label size) kept between two printed values.
    static let labelGap = 0.5

    /// The values printed under a bar of `divisions` parts, `barWidth` mm long.
    ///
    /// `0` and the length with its unit always, and every `stride`-th division between, with the
    /// smallest stride that divides the bar evenly and keeps every two labels ``labelGap`` ems
    /// apart (their widths measured as the renderer measures text, ``TextMetrics``). At 1:30 000
    /// a 500 m bar in five 3.3 mm parts prints `0` and `500 米` only, not six numbers run together.
    /// - Complexity: O(d²) for d divisions.
    static func tickLabels(metres: Double, divisions: Int, barWidth: Double, size: Double, language: Language) -> [Tick] {
        let useKm = metres >= 1000
        let unit = useKm ? (language == .zh ? " 公里" : " km") : (language == .zh ? " 米" : " m")
        let part = barWidth / Double(divisions)
        let all: [Tick] = (0...divisions).map { i in
            let value = metres * Double(i) / Double(divisions)
            let shown = useKm ? SVGNumber.format(value / 1000, decimals: 2) : SVGNumber.format(value, decimals: 1)
            let isEnd = i == divisions
            // The end value's number stands at the bar's end, its unit after it.
            let x = Double(i) * part + (isEnd ? TextMetrics.width(unit, size: size) / 2 : 0)
            return Tick(text: isEnd ? shown + unit : shown, centre: x, isEnd: isEnd)
        }
        func fits(_ ticks: [Tick]) -> Bool {
            zip(ticks, ticks.dropFirst()).allSatisfy { a, b in
                b.centre - TextMetrics.width(b.text, size: size) / 2 - (a.centre + TextMetrics.width(a.text, size: size) / 2) >= labelGap * size
            }
        }
        for stride in 1...divisions where divisions % stride == 0 {
            let ticks = all.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            if fits(ticks) { return ticks }
        }
        return [all[divisions]]
    }
}
