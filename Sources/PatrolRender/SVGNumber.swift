/// Locale-independent number text for SVG: fixed decimals, trailing zeros dropped.
///
/// Built from integer arithmetic so the same value always gives the same bytes, whatever the
/// machine's locale or the platform's `printf`.
enum SVGNumber {
    /// `value` rounded to `decimals` (0…6) places, for example `12.5`, `-0.03`, `7`.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let factor = powersOfTen[decimals]
        let scaled = (abs(value) * Double(factor)).rounded()
        guard scaled < 9e15 else { return String(Int(value.rounded())) }
        let units = Int(scaled)
        guard units != 0 else { return "0" }
        var whole = String(units / factor)
        var fraction = units % factor
        if value < 0 { whole = "-" + whole }
        guard fraction != 0 else { return whole }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return whole + "." + String(repeating: "0", count: digits - text.count) + text
    }

    private static let powersOfTen = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]
}
