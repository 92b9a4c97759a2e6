#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encodings PatrolMap recognises in text files.
public enum TextEncoding: String, Sendable, Hashable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 starting with a byte-order mark (what Excel writes for "CSV UTF-8").
    case utf8WithBOM = "UTF-8 (BOM)"
    /// GB18030, what Chinese spreadsheet software writes by default (a superset of GBK and GB2312).
    case gb18030 = "GB18030"
}

/// Decodes text files whose encoding is not declared.
public enum TextDecoding {
    /// The decoded text and the encoding found, or `nil` when the bytes are neither
    /// UTF-8 nor GB18030.
    ///
    /// UTF-8 is tried first: a GB18030 file of Chinese text is almost never valid UTF-8.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { return nil }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if let text = convert(bytes, from: "GB18030") {
            return (text, .gb18030)
        }
        return nil
    }

    /// Converts bytes in `encoding` to a String through the C library's iconv.
    static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                guard status != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced], as: UTF8.self)
    }
}
