import Foundation
import PatrolData

/// Number formatting independent of the machine's locale.
enum Fmt {
    /// `value` with exactly `decimals` decimals.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// `value` rounded to a whole number (halves away from zero); a value no `Int` holds
    /// (infinite, NaN, or beyond ±10¹⁵) is printed by `%.0f` rather than trapping.
    static func whole(_ value: Double) -> String {
        let rounded = value.rounded()
        return rounded.isFinite && abs(rounded) < 1e15 ? String(Int(rounded)) : fixed(value, 0)
    }

    /// A share (0…1) as a percentage with one decimal.
    static func percent(_ share: Double) -> String {
        fixed(share * 100, 1) + "%"
    }

    /// A duration in seconds as `m:ss` or `h:mm:ss`, to the nearest second (or, with
    /// `roundingUp`, to the next whole second, so a time just over a limit never prints as the limit).
    static func clock(_ seconds: Double, roundingUp: Bool = false) -> String {
        let total = Int(seconds.rounded(roundingUp ? .up : .toNearestOrAwayFromZero))
        let h = total / 3600
        let m = (total % 3600) / 60
        let s = total % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// A distance in metres as `850 m` or `3.2 km` (Chinese: `850 米`, `3.2 公里`).
    static func distance(_ metres: Double, _ language: Language) -> String {
        if metres < 1000 {
            let m = whole(metres)
            return language == .zh ? "\(m) 米" : "\(m) m"
        }
        let km = fixed(metres / 1000, 1)
        return language == .zh ? "\(km) 公里" : "\(km) km"
    }

    /// A duration as `12 分钟` / `12 min`, with seconds under two minutes.
    static func duration(_ seconds: Double, _ language: Language) -> String {
        if seconds < 120 {
            let s = whole(seconds)
            return language == .zh ? "\(s) 秒" : "\(s) s"
        }
        let minutes = whole(seconds / 60)
        return language == .zh ? "\(minutes) 分钟" : "\(minutes) min"
    }
}
