/// Builds protocol buffer bytes for tests, written from the encoding rules independently of
/// the decoder: base-128 varints, zigzag, keys `(field << 3) | wire type`, length prefixes.
enum ProtoBytes {
    static func varint(_ value: UInt64) -> [UInt8] {
        var v = value
        var out: [UInt8] = []
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
        return out
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    /// A varint field.
    static func field(_ number: Int, varint value: UInt64) -> [UInt8] {
        varint(UInt64(number << 3)) + varint(value)
    }

    /// A length-delimited field.
    static func field(_ number: Int, bytes: [UInt8]) -> [UInt8] {
        varint(UInt64(number << 3 | 2)) + varint(UInt64(bytes.count)) + bytes
    }

    /// A packed field of zigzag values, delta-coded when `delta`.
    static func packedSigned(_ number: Int, _ values: [Int64], delta: Bool) -> [UInt8] {
        var previous: Int64 = 0
        var payload: [UInt8] = []
        for v in values {
            payload += varint(zigzag(delta ? v - previous : v))
            previous = v
        }
        return field(number, bytes: payload)
    }

    /// A packed field of plain varints.
    static func packed(_ number: Int, _ values: [UInt64]) -> [UInt8] {
        field(number, bytes: values.flatMap(varint))
    }

    /// A string table message.
    static func stringTable(_ strings: [String]) -> [UInt8] {
        strings.flatMap { field(1, bytes: Array($0.utf8)) }
    }
}
