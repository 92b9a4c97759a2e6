import PatrolData
import PatrolGeo

/// Why bytes are not a valid protocol buffer message.
struct ProtobufError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the bad byte within the buffer being decoded.
    var offset: Int
    /// What is wrong.
    var reason: String

    var description: String { "\(reason) at offset \(offset)" }
}

/// A protocol buffer wire type (the low three bits of a field key).
enum WireType: UInt8, Sendable {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5
}

/// Reads the protocol buffer wire format from a byte buffer: field keys, varints (plain and
/// zigzag), fixed-width numbers, length-delimited fields and packed repeated fields.
///
/// Only what OSM PBF needs, written from the encoding spec; every read is bounds-checked and
/// throws on malformed input instead of trapping. The buffer must outlive the reader.
struct ProtobufReader {
    private let base: UnsafeRawBufferPointer
    /// Offset of the next byte to read, from the start of the whole buffer.
    private(set) var position: Int
    /// Offset just past the last byte of this (sub)message.
    let end: Int

    /// A reader over all of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes
        position = 0
        end = bytes.count
    }

    private init(base: UnsafeRawBufferPointer, start: Int, end: Int) {
        self.base = base
        position = start
        self.end = end
    }

    /// True when every byte of the message has been read.
    var isAtEnd: Bool { position >= end }

    /// Reads a base-128 varint (at most ten bytes).
    ///
    /// - Complexity: O(1)
    @inline(__always)
    mutating func readVarint() throws(ProtobufError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        let start = position
        while position < end {
            let byte = base[position]
            position += 1
            if shift == 63 && byte > 1 {
                throw ProtobufError(offset: start, reason: "varint overflows 64 bits")
            }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 63 { throw ProtobufError(offset: start, reason: "varint longer than ten bytes") }
        }
        throw ProtobufError(offset: start, reason: "varint runs past the end of the message")
    }

    /// Reads a zigzag-encoded signed varint (`sint32`/`sint64`).
    @inline(__always)
    mutating func readSignedVarint() throws(ProtobufError) -> Int64 {
        Self.zigzagDecode(try readVarint())
    }

    /// Zigzag decoding: 0 → 0, 1 → -1, 2 → 1, 3 → -2, and so on.
    @inline(__always)
    static func zigzagDecode(_ value: UInt64) -> Int64 {
        Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }

    /// Reads a field key: the field number and the wire type.
    mutating func readKey() throws(ProtobufError) -> (field: Int, wireType: WireType) {
        let start = position
        let key = try readVarint()
        guard let type = WireType(rawValue: UInt8(key & 7)) else {
            throw ProtobufError(offset: start, reason: "unknown wire type \(key & 7)")
        }
        let field = key >> 3
        guard field > 0, field < (1 << 29) else {
            throw ProtobufError(offset: start, reason: "invalid field number \(field)")
        }
        return (Int(field), type)
    }

    /// Reads the length prefix of a length-delimited field and returns a reader over its bytes.
    mutating func readMessage() throws(ProtobufError) -> ProtobufReader {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw ProtobufError(offset: start, reason: "field of \(length) bytes runs past the end of the message (\(end - position) left)")
        }
        let sub = ProtobufReader(base: base, start: position, end: position + Int(length))
        position += Int(length)
        return sub
    }

    /// Reads a length-delimited field as raw bytes (valid while the buffer lives).
    mutating func readBytes() throws(ProtobufError) -> UnsafeRawBufferPointer {
        let sub = try readMessage()
        return UnsafeRawBufferPointer(rebasing: base[sub.position..<sub.end])
    }

    /// Reads a length-delimited field as UTF-8 text (invalid bytes become U+FFFD).
    mutating func readString() throws(ProtobufError) -> String {
        String(decoding: try readBytes(), as: UTF8.self)
    }

    /// Skips a field's value of the given wire type.
    mutating func skip(_ type: WireType) throws(ProtobufError) {
        let start = position
        switch type {
        case .varint: _ = try readVarint()
        case .fixed64: try advance(8, from: start)
        case .fixed32: try advance(4, from: start)
        case .lengthDelimited: _ = try readMessage()
        case .startGroup, .endGroup:
            throw ProtobufError(offset: start, reason: "groups are not used by OSM PBF")
        }
    }

    private mutating func advance(_ count: Int, from start: Int) throws(ProtobufError) {
        guard end - position >= count else {
            throw ProtobufError(offset: start, reason: "fixed-width value runs past the end of the message")
        }
        position += count
    }

    /// Reads a repeated varint field that may be packed (length-delimited) or a single
    /// unpacked value, appending each value to `values`.
    mutating func appendVarints(_ type: WireType, to values: inout [UInt64]) throws(ProtobufError) {
        switch type {
        case .varint:
            values.append(try readVarint())
        case .lengthDelimited:
            var packed = try readMessage()
            while !packed.isAtEnd { values.append(try packed.readVarint()) }
        default:
            throw ProtobufError(offset: position, reason: "expected a varint or packed field, found wire type \(type.rawValue)")
        }
    }

    /// Like ``appendVarints(_:to:)`` for zigzag-encoded values, undoing delta coding when
    /// `delta` is true (each value is added to the previous one).
    mutating func appendSignedVarints(_ type: WireType, to values: inout [Int64], delta: Bool) throws(ProtobufError) {
        var running = delta ? (values.last ?? 0) : 0
        func add(_ v: Int64) {
            if delta {
                running = running &+ v
                values.append(running)
            } else {
                values.append(v)
            }
        }
        switch type {
        case .varint:
            add(try readSignedVarint())
        case .lengthDelimited:
            var packed = try readMessage()
            while !packed.isAtEnd { add(try packed.readSignedVarint()) }
        default:
            throw ProtobufError(offset: position, reason: "expected a varint or packed field, found wire type \(type.rawValue)")
        }
    }
}
