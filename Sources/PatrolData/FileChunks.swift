#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file read front to back in chunks of a fixed size; closed when released.
///
/// Not `Sendable`: it owns a file descriptor and a read position.
final class FileChunks {
    private let descriptor: Int32
    private let chunkBytes: Int

    /// Opens the file at `path`, or nil when it cannot be opened.
    init?(path: String, chunkBytes: Int = 1 << 20) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.chunkBytes = chunkBytes
    }

    deinit { close(descriptor) }

    /// The next chunk of the file: `count` bytes (`chunkBytes` by default), fewer at its end, none after it.
    func next(_ count: Int? = nil) -> [UInt8] {
        let count = count ?? chunkBytes
        return [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            var total = 0
            while total < count {
                let n = read(descriptor, raw.baseAddress! + total, count - total)
                if n <= 0 { break }
                total += n
            }
            initialized = total
        }
    }
}
