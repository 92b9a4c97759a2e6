/// Why a compiled map could not be read: it is truncated, or its bytes do not decode.
package struct CompiledMapDamage: Error, Sendable, Hashable {
    /// What is wrong, in English (the same in both languages: it names bytes, not the map).
    package var reason: String

    package init(_ reason: String) { self.reason = reason }
}

/// Reads values written by ``BinaryWriter`` from borrowed bytes (a memory-mapped file),
/// checking every length against what is left, so damaged bytes end in a
/// ``CompiledMapDamage`` and never in a crash.
package struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    /// The position of the next value.
    package private(set) var offset = 0

    /// A reader at the start of `bytes`, which must outlive it.
    package init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// True when every byte has been read.
    package var isAtEnd: Bool { offset == bytes.count }

    /// Skips `count` bytes, returning where they start.
    private mutating func take(_ count: Int) throws(CompiledMapDamage) -> Int {
        guard count >= 0, count <= bytes.count - offset else {
            throw CompiledMapDamage("truncated: \(count) bytes needed at offset \(offset), \(bytes.count - offset) left")
        }
        defer { offset += count }
        return offset
    }

    /// Reads one byte.
    package mutating func byte() throws(CompiledMapDamage) -> UInt8 { bytes[try take(1)] }

    /// Reads a flag written as 0 or 1.
    package mutating func bool() throws(CompiledMapDamage) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw CompiledMapDamage("a flag of value \(other) at offset \(offset - 1)")
        }
    }

    /// Reads a little-endian `UInt32`.
    package mutating func uint32() throws(CompiledMapDamage) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    /// Reads a little-endian `UInt64`.
    package mutating func uint64() throws(CompiledMapDamage) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    /// Reads a signed 64-bit value as an `Int`.
    package mutating func int() throws(CompiledMapDamage) -> Int { Int(Int64(bitPattern: try uint64())) }

    /// Reads a count or length, refusing one larger than the bytes left could hold at
    /// `minimumSize` bytes an element.
    package mutating func count(minimumSize: Int = 1) throws(CompiledMapDamage) -> Int {
        let n = Int(try uint32())
        guard n <= (bytes.count - offset) / Swift.max(minimumSize, 1) else {
            throw CompiledMapDamage("a count of \(n) at offset \(offset - 4) is more than the file holds")
        }
        return n
    }

    /// Reads a `Double` from its bit pattern.
    package mutating func double() throws(CompiledMapDamage) -> Double { Double(bitPattern: try uint64()) }

    /// Reads bytes written by ``BinaryWriter/raw(_:)``.
    package mutating func raw() throws(CompiledMapDamage) -> [UInt8] {
        let n = try count()
        let start = try take(n)
        return Array(bytes[start..<(start + n)])
    }

    /// Reads `count` bytes written one by one (a fixed-size field such as a digest).
    package mutating func bytes(_ count: Int) throws(CompiledMapDamage) -> [UInt8] {
        let start = try take(count)
        return Array(bytes[start..<(start + count)])
    }

    /// Reads text.
    ///
    /// The bytes are decoded as UTF-8 with ill-formed sequences repaired, not refused: every
    /// reader of a compiled file has checked the payload's SHA-256 first, so they are the bytes
    /// a `String` was written as, and the decoding fast path (the generic `String(validating:)`
    /// cost a tenth of a province's start) is exact; forged bytes give replacement characters, never a crash.
    package mutating func string() throws(CompiledMapDamage) -> String {
        let n = try count()
        let start = try take(n)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + n)])
        return String(decoding: slice.bindMemory(to: UInt8.self), as: UTF8.self)
    }

    /// Reads a presence flag, then the value when there is one.
    package mutating func optional<T>(_ read: (inout BinaryReader) throws(CompiledMapDamage) -> T) throws(CompiledMapDamage) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Reads an optional text.
    package mutating func optionalString() throws(CompiledMapDamage) -> String? { try optional { r throws(CompiledMapDamage) in try r.string() } }

    /// Reads an optional `Int`.
    package mutating func optionalInt() throws(CompiledMapDamage) -> Int? { try optional { r throws(CompiledMapDamage) in try r.int() } }

    /// Reads an optional `Double`.
    package mutating func optionalDouble() throws(CompiledMapDamage) -> Double? { try optional { r throws(CompiledMapDamage) in try r.double() } }

    /// Reads a count, then each element.
    package mutating func array<T>(_ read: (inout BinaryReader) throws(CompiledMapDamage) -> T) throws(CompiledMapDamage) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    /// Reads a list of texts.
    package mutating func strings() throws(CompiledMapDamage) -> [String] { try array { r throws(CompiledMapDamage) in try r.string() } }

    /// Reads a dictionary written in key order.
    package mutating func dictionary<V>(_ read: (inout BinaryReader) throws(CompiledMapDamage) -> V) throws(CompiledMapDamage) -> [String: V] {
        let n = try count()
        var values: [String: V] = Dictionary(minimumCapacity: n)
        for _ in 0..<n {
            let key = try string()
            values[key] = try read(&self)
        }
        guard values.count == n else { throw CompiledMapDamage("a dictionary with a repeated key before offset \(offset)") }
        return values
    }

    /// Reads a text-to-text dictionary (OSM tags).
    package mutating func tags() throws(CompiledMapDamage) -> [String: String] { try dictionary { r throws(CompiledMapDamage) in try r.string() } }

    /// Reads a block of `Float` values.
    package mutating func floats() throws(CompiledMapDamage) -> [Float] {
        let n = try count(minimumSize: 4)
        let start = try take(n * 4)
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                buffer[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 4, as: UInt32.self)))
            }
            initialized = n
        }
    }

    /// Reads a block of `Double` values.
    package mutating func doubles() throws(CompiledMapDamage) -> [Double] {
        let n = try count(minimumSize: 8)
        let start = try take(n * 8)
        return [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                buffer[i] = Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 8, as: UInt64.self)))
            }
            initialized = n
        }
    }

    /// Reads a block of `Int32` values.
    package mutating func int32s() throws(CompiledMapDamage) -> [Int32] {
        try uint32s().map { Int32(bitPattern: $0) }
    }

    /// Reads a block of `UInt32` values.
    package mutating func uint32s() throws(CompiledMapDamage) -> [UInt32] {
        let n = try count(minimumSize: 4)
        let start = try take(n * 4)
        return [UInt32](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n { buffer[i] = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 4, as: UInt32.self)) }
            initialized = n
        }
    }
}
