internal import CZlib
import PatrolData
import PatrolGeo

/// Why a compressed stream could not be decoded.
struct CompressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What zlib or the framing check said.
    var reason: String
    /// True when the data was refused for inflating beyond the limit it was given.
    var exceededLimit = false

    var description: String { reason }
}

/// One zlib inflate stream (RFC 1950 zlib, RFC 1952 gzip, or RFC 1951 raw deflate).
///
/// Owns a `z_stream`, freed in `deinit`; not `Sendable` (zlib streams are not thread-safe).
final class Inflater {
    /// The framing around the deflate data.
    enum Framing {
        /// zlib header and Adler-32 trailer (OSM PBF blobs).
        case zlib
        /// gzip or zlib, detected from the header (`windowBits` 15 + 32; `.osm.gz`).
        case gzipOrZlib
        /// Bare deflate data with no header (zip entries; `windowBits` -15).
        case raw

        var windowBits: Int32 {
            switch self {
            case .zlib: 15
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            }
        }
    }

    private let stream: UnsafeMutablePointer<z_stream>
    /// Output scratch space reused by ``feed(_:)``.
    private var scratch = [UInt8](repeating: 0, count: 1 << 18)

    /// Prepares a stream for `framing`.
    init(_ framing: Framing) throws(CompressionError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, framing.windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw CompressionError(reason: "zlib cannot start an inflate stream (code \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Decompresses `input`, which must hold exactly one complete stream that inflates to
    /// `expectedSize` bytes.
    ///
    /// The stream is reset first, so one `Inflater` can decode many blobs.
    /// - Complexity: O(input + output)
    func inflateWhole(_ input: UnsafeRawBufferPointer, expectedSize: Int) throws(CompressionError) -> [UInt8] {
        try reset()
        guard expectedSize >= 0 else { throw CompressionError(reason: "negative uncompressed size \(expectedSize)") }
        var status: Int32 = Z_OK
        var produced = 0
        // One spare byte of room shows when the data inflates to more than declared.
        let output = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = uInt(buffer.count)
            status = inflate(stream, Z_FINISH)
            produced = buffer.count - Int(stream.pointee.avail_out)
            count = produced
        }
        if produced > expectedSize {
            throw CompressionError(reason: "data inflates to more than the declared \(expectedSize) bytes")
        }
        guard status == Z_STREAM_END else {
            if status == Z_BUF_ERROR || status == Z_OK {
                throw CompressionError(reason: "compressed data ends early (\(produced) of \(expectedSize) bytes produced)")
            }
            throw CompressionError(reason: message(status))
        }
        guard produced == expectedSize else {
            throw CompressionError(reason: "data inflates to \(produced) bytes, not the declared \(expectedSize)")
        }
        return output
    }

    /// Decompresses one complete stream of unknown output size (a zip entry whose local
    /// header does not give the size); stops at the stream's end.
    ///
    /// - Returns: the output and how many input bytes the stream used.
    func inflateUntilEnd(_ input: UnsafeRawBufferPointer, limit: Int) throws(CompressionError) -> (output: [UInt8], consumed: Int) {
        try reset()
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let (status, made) = inflateStep(into: &chunk)
            output.append(contentsOf: chunk[0..<made])
            if output.count > limit {
                throw CompressionError(reason: "data inflates to more than \(limit) bytes", exceededLimit: true)
            }
            if status == Z_STREAM_END { break }
            guard status == Z_OK else {
                if status == Z_BUF_ERROR { throw CompressionError(reason: "compressed data ends early") }
                throw CompressionError(reason: message(status))
            }
        }
        return (output, input.count - Int(stream.pointee.avail_in))
    }

    /// The result of feeding input to a streaming inflate.
    struct StreamStep {
        /// Decompressed bytes produced.
        var output: [UInt8]
        /// Input bytes the stream used; the rest must be fed again (the output was full,
        /// or the stream ended before them).
        var consumed: Int
        /// True when the end of the compressed stream was reached.
        var ended: Bool
    }

    /// Feeds `input` to the stream and returns what it decompressed, stopping once about
    /// `outputLimit` bytes are out, so a small input that expands enormously (a
    /// decompression bomb) never produces more than that at a time.
    ///
    /// - Complexity: O(input consumed + output)
    func feed(_ input: ArraySlice<UInt8>, outputLimit: Int) throws(CompressionError) -> StreamStep {
        var output: [UInt8] = []
        var chunk = scratch
        scratch = []
        defer { scratch = chunk }
        var ended = false
        var consumed = 0
        var failure: Int32 = Z_OK
        input.withUnsafeBufferPointer { inBuffer in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.pointee.avail_in = uInt(inBuffer.count)
            defer { consumed = inBuffer.count - Int(stream.pointee.avail_in) }
            while true {
                let (status, made) = inflateStep(into: &chunk)
                output.append(contentsOf: chunk[0..<made])
                if status == Z_STREAM_END {
                    ended = true
                    return
                }
                if status == Z_BUF_ERROR || (status == Z_OK && made < chunk.count) {
                    return
                }
                guard status == Z_OK else {
                    failure = status
                    return
                }
                if output.count >= outputLimit { return }
            }
        }
        if failure != Z_OK { throw CompressionError(reason: message(failure)) }
        return StreamStep(output: output, consumed: consumed, ended: ended)
    }

    /// Starts a new stream with the same framing (the next member of a multi-member gzip file).
    func reset() throws(CompressionError) {
        guard inflateReset(stream) == Z_OK else { throw CompressionError(reason: "zlib cannot reset the stream") }
    }

    /// One `inflate` call from the stream's pending input into `chunk`: zlib's status and how
    /// many bytes of `chunk` it filled.
    private func inflateStep(into chunk: inout [UInt8]) -> (status: Int32, made: Int) {
        chunk.withUnsafeMutableBufferPointer { buffer in
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = uInt(buffer.count)
            let status = inflate(stream, Z_NO_FLUSH)
            return (status, buffer.count - Int(stream.pointee.avail_out))
        }
    }

    private func message(_ status: Int32) -> String {
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "code \(status)"
        switch status {
        case Z_DATA_ERROR: return "corrupt compressed data (\(detail))"
        case Z_MEM_ERROR: return "out of memory while decompressing"
        case Z_NEED_DICT: return "compressed data needs a preset dictionary, which is not supported"
        default: return "zlib error (\(detail))"
        }
    }
}

/// CRC-32 (the checksum of gzip and zip) through zlib.
enum CRC32 {
    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
