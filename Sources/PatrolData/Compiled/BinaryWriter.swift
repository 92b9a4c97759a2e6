/// Appends values to a byte buffer in the compiled-map encoding: fixed-width little-endian
/// integers and IEEE floats, lengths as `UInt32`, text as UTF-8 after its byte count.
///
/// ``BinaryReader`` reads back exactly what this writes.
struct BinaryWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends one byte.
    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Appends a flag as one byte (0 or 1).
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends a `UInt32`, little-endian.
    mutating func uint32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a `UInt64`, little-endian.
    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends an `Int` as a signed 64-bit value.
    mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }

    /// Appends a count or length (at most `UInt32.max`).
    mutating func count(_ value: Int) { uint32(UInt32(value)) }

    /// Appends a `Double` by its bit pattern.
    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    /// Appends bytes as they are, after their count.
    mutating func raw(_ value: [UInt8]) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    /// Appends text as UTF-8 after its byte count.
    mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a presence flag, then the value when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// Appends an optional text.
    mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

    /// Appends an optional `Int`.
    mutating func optionalInt(_ value: Int?) { optional(value) { $0.int($1) } }

    /// Appends an optional `Double`.
    mutating func optionalDouble(_ value: Double?) { optional(value) { $0.double($1) } }

    /// Appends the count, then each element.
    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    /// Appends a list of texts.
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    /// Appends a dictionary in key order, so the same dictionary always gives the same bytes.
    mutating func dictionary<V>(_ values: [String: V], _ write: (inout BinaryWriter, V) -> Void) {
        count(values.count)
        for key in values.keys.sorted() {
            string(key)
            write(&self, values[key]!)
        }
    }

    /// Appends a text-to-text dictionary (OSM tags) in key order.
    mutating func tags(_ values: [String: String]) { dictionary(values) { $0.string($1) } }

    /// Appends `Float` values as one block of bit patterns.
    mutating func floats(_ values: [Float]) {
        count(values.count)
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    /// Appends `Double` values as one block of bit patterns.
    mutating func doubles(_ values: [Double]) {
        count(values.count)
        bytes.reserveCapacity(bytes.count + values.count * 8)
        for value in values { double(value) }
    }
}
