/// Appends values to a byte buffer in the compiled-map encoding: fixed-width little-endian
/// integers and IEEE floats, lengths as `UInt32`, text as UTF-8 after its byte count.
///
/// ``BinaryReader`` reads back exactly what this writes.
package struct BinaryWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    package init() {}

    /// Appends one byte.
    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Appends a flag as one byte (0 or 1).
    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends a `UInt32`, little-endian.
    package mutating func uint32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a `UInt64`, little-endian.
    package mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends an `Int` as a signed 64-bit value.
    package mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }

    /// Appends a count or length (at most `UInt32.max`).
    package mutating func count(_ value: Int) { uint32(UInt32(value)) }

    /// Appends a `Double` by its bit pattern.
    package mutating func double(_ value: Double) { uint64(value.bitPattern) }

    /// Appends bytes as they are, after their count.
    package mutating func raw(_ value: [UInt8]) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    /// Appends text as UTF-8 after its byte count.
    package mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a presence flag, then the value when there is one.
    package mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// Appends an optional text.
    package mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

    /// Appends an optional `Int`.
    package mutating func optionalInt(_ value: Int?) { optional(value) { $0.int($1) } }

    /// Appends an optional `Double`.
    package mutating func optionalDouble(_ value: Double?) { optional(value) { $0.double($1) } }

    /// Appends the count, then each element.
    package mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    /// Appends a list of texts.
    package mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    /// Appends a dictionary in key order, so the same dictionary always gives the same bytes.
    package mutating func dictionary<V>(_ values: [String: V], _ write: (inout BinaryWriter, V) -> Void) {
        count(values.count)
        for key in values.keys.sorted() {
            string(key)
            write(&self, values[key]!)
        }
    }

    /// Appends a text-to-text dictionary (OSM tags) in key order.
    package mutating func tags(_ values: [String: String]) { dictionary(values) { $0.string($1) } }

    /// Appends `Float` values as one block of bit patterns.
    package mutating func floats(_ values: [Float]) {
        count(values.count)
        reserve(values.count * 4)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    /// Appends `Double` values as one block of bit patterns.
    package mutating func doubles(_ values: [Double]) {
        count(values.count)
        reserve(values.count * 8)
        for value in values { double(value) }
    }

    /// Appends `Int32` values as one block.
    package mutating func int32s(_ values: [Int32]) {
        count(values.count)
        reserve(values.count * 4)
        for value in values { uint32(UInt32(bitPattern: value)) }
    }

    /// Appends `UInt32` values as one block.
    package mutating func uint32s(_ values: [UInt32]) {
        count(values.count)
        reserve(values.count * 4)
        for value in values { uint32(value) }
    }

    /// Makes room for `extra` more bytes, at least doubling the buffer when it grows (reserving
    /// the exact size block after block would copy the whole buffer each time).
    private mutating func reserve(_ extra: Int) {
        let needed = bytes.count + extra
        if bytes.capacity < needed { bytes.reserveCapacity(Swift.max(needed, bytes.capacity * 2)) }
    }
}
