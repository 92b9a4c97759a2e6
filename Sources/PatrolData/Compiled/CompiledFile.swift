import Crypto
import Foundation

/// The container every compiled file of a package shares (``CompiledMap``, and the routing
/// layer's compiled network and graphs): an 8-byte magic, the format version (`UInt32`), the
/// 32-byte key of the inputs it was made from, the payload's length (`UInt64`) and SHA-256,
/// then the payload in ``BinaryWriter``'s encoding.
///
/// A file made by another version or from other inputs is stale (never used, nothing wrong); a
/// truncated one, or one failing its checksum, is damaged. Files are read memory-mapped and
/// written atomically.
package enum CompiledFile {
    /// What reading a compiled file gave.
    package enum Reading<Value> {
        /// The value it holds.
        case value(Value)
        /// No file, or one made from other inputs or by another version.
        case stale
        /// A file that is not of this kind, is truncated, fails its checksum or does not decode.
        case damaged(String)
    }

    /// One kind of compiled file: its magic (8 ASCII bytes), its encoding's version (raise it
    /// whenever a serialized type changes) and what messages call it.
    package struct Format: Sendable {
        package var magic: String
        package var version: UInt32
        package var kind: String

        package init(magic: String, version: UInt32, kind: String) {
            precondition(magic.utf8.count == 8, "a compiled file's magic has 8 bytes")
            self.magic = magic
            self.version = version
            self.kind = kind
        }
    }

    private static let headerSize = 8 + 4 + 32 + 8 + 32

    /// Reads the file at `path` when it is a `format` file made from inputs with `key`,
    /// decoding its payload with `decode`, which must read it to the end.
    package static func read<Value>(
        _ path: String, format: Format, key: CompiledMapKey, decode: (inout BinaryReader) throws(CompiledMapDamage) -> Value
    ) -> Reading<Value> {
        guard FileManager.default.fileExists(atPath: path) else { return .stale }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            return .damaged("cannot be read: \(error.localizedDescription)")
        }
        return data.withUnsafeBytes { bytes -> Reading<Value> in
            guard bytes.count >= headerSize else { return .damaged("truncated: \(bytes.count) bytes, shorter than the header") }
            guard Array(bytes[0..<8]) == Array(format.magic.utf8) else { return .damaged("not a compiled \(format.kind) (wrong magic number)") }
            var header = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[8..<headerSize]))
            do throws(CompiledMapDamage) {
                guard try header.uint32() == format.version else { return .stale }
                guard try header.bytes(32) == key.bytes else { return .stale }
                let length = try header.uint64()
                let checksum = try header.bytes(32)
                let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
                guard length == UInt64(payload.count) else {
                    return .damaged("truncated: the payload has \(payload.count) of its \(length) bytes")
                }
                guard Array(SHA256.hash(data: payload)) == checksum else { return .damaged("the payload fails its checksum") }
                var reader = BinaryReader(payload)
                let value = try decode(&reader)
                guard reader.isAtEnd else { return .damaged("\(payload.count - reader.offset) bytes left over after the \(format.kind)") }
                return .value(value)
            } catch {
                return .damaged(error.reason)
            }
        }
    }

    /// Writes `payload` to `path` as a `format` file made from inputs with `key`, atomically;
    /// the reason when it cannot.
    package static func write(_ payload: BinaryWriter, to path: String, format: Format, key: CompiledMapKey) -> String? {
        var header = BinaryWriter()
        for byte in format.magic.utf8 { header.byte(byte) }
        header.uint32(format.version)
        for byte in key.bytes { header.byte(byte) }
        header.uint64(UInt64(payload.bytes.count))
        for byte in SHA256.hash(data: payload.bytes) { header.byte(byte) }
        var data = Data(capacity: header.bytes.count + payload.bytes.count)
        data.append(contentsOf: header.bytes)
        data.append(contentsOf: payload.bytes)
        do {
            try FileIO.writeAtomically(data, to: path)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
