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

/// Where a file that is neither UTF-8 nor GB18030 stops making sense.
public struct TextDecodingFailure: Sendable, Hashable {
    /// 0-based byte offset of the first byte that cannot be read.
    public var offset: Int
    /// 1-based line holding that byte.
    public var line: Int
    /// The byte itself.
    public var byte: UInt8
    /// True when the bytes from ``offset`` on are the beginning of a character the file
    /// ends before completing (a truncated file) rather than an invalid sequence.
    public var endsInsideCharacter: Bool
    /// The encoding that read farther before failing: the one the file was probably meant to be in.
    public var closestEncoding: TextEncoding
    /// True when the file starts with a UTF-16 byte-order mark.
    public var isUTF16: Bool
}

/// Decodes text files whose encoding is not declared.
public enum TextDecoding {
    /// The decoded text and the encoding found, or `nil` when the bytes are neither
    /// UTF-8 nor GB18030 (``failure(in:)`` then says where).
    ///
    /// UTF-8 is tried first: a GB18030 file of Chinese text is almost never valid UTF-8.
    /// - Complexity: O(n)
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { return nil }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if case .success(let text) = convert(bytes, from: "GB18030") {
            return (text, .gb18030)
        }
        return nil
    }

    /// Where the bytes stop being readable, or `nil` when ``decode(_:)`` reads them.
    ///
    /// Both readings are tried and the one that gets farther is reported, so a GB18030
    /// ledger with one damaged character is reported at that character, not at its first
    /// Chinese word (which is where a UTF-8 reading gives up).
    /// - Complexity: O(n)
    public static func failure(in bytes: [UInt8]) -> TextDecodingFailure? {
        guard decode(bytes) == nil else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return TextDecodingFailure(offset: 0, line: 1, byte: bytes[0], endsInsideCharacter: false, closestEncoding: .utf8, isUTF16: true)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let utf8Offset = invalidUTF8Offset(bytes, from: hasBOM ? 3 : 0) ?? bytes.count
        var offset = utf8Offset
        var truncated = false
        var closest: TextEncoding = hasBOM ? .utf8WithBOM : .utf8
        if !hasBOM, case .failure(let gbOffset, let gbTruncated) = convert(bytes, from: "GB18030"), gbOffset > utf8Offset {
            offset = gbOffset
            truncated = gbTruncated
            closest = .gb18030
        }
        offset = Swift.min(offset, bytes.count - 1)
        let line = 1 + bytes[0..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return TextDecodingFailure(
            offset: offset, line: line, byte: bytes[offset], endsInsideCharacter: truncated, closestEncoding: closest, isUTF16: false)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil`.
    static func invalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int? {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        var offset = start
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// What an iconv conversion produced: the text, or the offset where it stopped and
    /// whether it stopped because the input ended inside a character.
    enum Conversion {
        case success(String)
        case failure(offset: Int, truncated: Bool)
    }

    /// Converts bytes in `encoding` to a String through the C library's iconv.
    static func convert(_ bytes: [UInt8], from encoding: String) -> Conversion {
        let descriptor = iconv_open("UTF-8", encoding)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return .failure(offset: 0, truncated: false) }
        defer { iconv_close(descriptor) }
        var input = bytes
        // Every GB18030 character takes at most 4 bytes and becomes at most 4 bytes of UTF-8;
        // 2-byte characters become 3 bytes. Twice the input is always enough.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let (produced, remaining, truncated): (Int, Int, Bool) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let failed = status == -1
                return (outBuffer.count - outLeft, failed ? Swift.max(inLeft, 1) : inLeft, failed && errno == EINVAL)
            }
        }
        guard remaining == 0, let text = String(validating: output[0..<produced], as: UTF8.self) else {
            return .failure(offset: bytes.count - Swift.max(remaining, 1), truncated: truncated)
        }
        return .success(text)
    }
}
