/// Distances written for a sentence, the same in every language.
public enum DistanceText {
    /// Kilometres: one decimal below 10 km (`4.2`), whole kilometres with thousands
    /// separators above (`1,234`), and `> 100,000` for a place that is not on the Earth.
    public static func kilometres(_ metres: Double) -> String {
        let km = metres / 1000
        if km < 10 { return "\((km * 10).rounded() / 10)" }
        guard km < 100_000 else { return "> 100,000" }
        let digits = String(Int(km.rounded()))
        var grouped = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}
