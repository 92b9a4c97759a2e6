import Foundation

/// Checks a road's `width` tag: a positive number of metres, no wider than a road can be.
///
/// Reads the value as routing does (`3`, `3.5 m`, `2,5`), so what passes here is what the
/// travel profiles use.
enum RoadWidth {
    /// Wider than this (metres) is a typo or centimetres: no lane a car or an officer uses is.
    static let maximum = 100.0

    /// `nil` when `text` is a usable width, else why it is not.
    static func problem(_ text: String) -> Localized? {
        // A plain number parses as it is: the cleaning would leave it unchanged (see RoadRules.width).
        let value =
            Double(text) ?? Double(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "m", with: "").trimmingCharacters(in: .whitespaces))
        guard let value else {
            return Localized(en: "width '\(text)' is not a number of metres", zh: "宽度 '\(text)' 不是米数")
        }
        guard value.isFinite else {
            return Localized(en: "width '\(text)' is not a finite number", zh: "宽度 '\(text)' 不是有限数")
        }
        guard value > 0 else {
            return Localized(en: "width '\(text)' must be more than 0 m", zh: "宽度 '\(text)' 必须大于 0 米")
        }
        guard value <= maximum else {
            return Localized(
                en: "width '\(text)' is more than \(Int(maximum)) m: no road is that wide (centimetres?)",
                zh: "宽度 '\(text)' 超过 \(Int(maximum)) 米,不可能有这么宽的道路(是否用了厘米?)")
        }
        return nil
    }
}
