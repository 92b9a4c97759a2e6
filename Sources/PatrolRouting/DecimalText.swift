import Foundation

/// Decimal text of numbers written straight into a byte buffer, without a formatter per number.
///
/// ``appendFixed(_:decimals:to:)`` writes exactly the bytes `String(format: "%.Nf")` writes in
/// the POSIX locale: the number rounded to `N` decimals from its exact binary value, ties to even,
/// a minus sign for every negative number (also one that rounds to zero). A product near a
/// rounding tie, a very large number or a non-finite one is handed to the C formatter, so the
/// result is the same byte for byte in every case.
enum DecimalText {
    /// Powers of ten, exact in a `Double` up to 10²².
    private static let scales: [Double] = (0...9).map { pow(10, Double($0)) }
    private static let integerScales: [Int64] = (0...9).map { Int64(pow(10, Double($0))) }
    /// Below this a scaled number's ulp is at most 2⁻⁸, far below a tie's half.
    private static let fastLimit = 17_592_186_044_416.0  // 2⁴⁴

    /// Appends `value`'s decimal digits, after a minus sign when it is negative.
    ///
    /// - Complexity: O(number of digits).
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64's 20 digits
        var count = 0
        var v = value.magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// Appends `value` with `decimals` (0…9) decimals, as `%.{decimals}f` in the POSIX locale prints it.
    static func appendFixed(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        precondition((0...9).contains(decimals), "0 to 9 decimals")
        let magnitude = abs(value)
        let scaled = magnitude * scales[decimals]
        guard value.isFinite, scaled < fastLimit else { return appendFormatted(value, decimals: decimals, to: &out) }
        let fraction = scaled - scaled.rounded(.down)
        // The product is within half an ulp of the exact one: only near .5 could they round apart.
        guard abs(fraction - 0.5) > 2 * scaled.ulp else { return appendFormatted(value, decimals: decimals, to: &out) }
        let units = Int64(scaled.rounded(.toNearestOrAwayFromZero))
        if value.sign == .minus { out.append(UInt8(ascii: "-")) }
        appendInteger(units / integerScales[decimals], to: &out)
        guard decimals > 0 else { return }
        out.append(UInt8(ascii: "."))
        let fractionDigits = units % integerScales[decimals]
        var width = 1
        while width < decimals && fractionDigits >= integerScales[width] { width += 1 }
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals - width))
        appendInteger(fractionDigits, to: &out)
    }

    /// The slow path, for ties, huge and non-finite numbers: Foundation's formatter.
    private static func appendFormatted(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        let text = String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
        out.append(contentsOf: text.utf8)
    }
}
