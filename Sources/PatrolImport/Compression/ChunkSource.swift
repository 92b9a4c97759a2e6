import PatrolData
import PatrolGeo

/// A stream of bytes delivered in chunks: a plain file or a decompressed gzip file.
///
/// Readers built on it hold one chunk at a time, never the whole file.
protocol ChunkSource: AnyObject {
    /// The name to put in messages.
    var name: String { get }
    /// The next chunk, or `nil` at the end of the stream. Chunks are never empty.
    func nextChunk() throws(InputIssue) -> [UInt8]?
}

/// Opens text-like inputs (`.osm`, `.osm.gz`, `.gpx`): gzip is recognised by its magic
/// bytes, not by the file name.
enum ChunkSources {
    /// Size of the chunks read from disk.
    static let chunkSize = 1 << 20

    /// A chunk source for `path`, decompressing it on the fly when it is gzip.
    static func open(path: String, name: String) throws(InputIssue) -> any ChunkSource {
        let reader = try FileReader(path: path, name: name)
        let head = try reader.read(upTo: 2)
        try reader.seek(to: 0)
        if head == [0x1F, 0x8B] {
            return try GzipChunkSource(reader)
        }
        return PlainChunkSource(reader)
    }
}

/// The bytes of a file as they are.
final class PlainChunkSource: ChunkSource {
    private let reader: FileReader

    init(_ reader: FileReader) {
        self.reader = reader
    }

    var name: String { reader.name }

    func nextChunk() throws(InputIssue) -> [UInt8]? {
        let chunk = try reader.read(upTo: ChunkSources.chunkSize)
        return chunk.isEmpty ? nil : chunk
    }
}

/// The decompressed bytes of a gzip file (several concatenated members allowed), inflated
/// one chunk at a time.
///
/// Memory stays at about two chunks whatever the data expands to, and the stream is refused
/// once it has produced more than ``InputLimits/decompressedBytes`` or expands more than
/// ``InputLimits/compressionRatio`` times (a decompression bomb).
final class GzipChunkSource: ChunkSource {
    private let reader: FileReader
    private let inflater: Inflater
    /// Compressed bytes read from the file and not yet used by the inflater.
    private var pending: ArraySlice<UInt8> = []
    private var inputEnded = false
    private var streamEnded = false
    /// Decompressed bytes delivered so far.
    private var produced = 0
    private let limit = InputLimits.decompressedBytes

    init(_ reader: FileReader) throws(InputIssue) {
        self.reader = reader
        do {
            inflater = try Inflater(.gzipOrZlib)
        } catch {
            throw InputIssue(.error, file: reader.name, message: Localized(en: error.reason, zh: "无法解压:\(error.reason)"))
        }
    }

    var name: String { reader.name }

    func nextChunk() throws(InputIssue) -> [UInt8]? {
        while true {
            if pending.isEmpty {
                if inputEnded {
                    guard streamEnded else {
                        throw InputIssue(
                            .error, file: name, recordID: "byte \(reader.offset)",
                            message: Localized(en: "the gzip data ends early (truncated file)", zh: "gzip 数据提前结束(文件不完整)"))
                    }
                    return nil
                }
                pending = try reader.read(upTo: ChunkSources.chunkSize)[...]
                if pending.isEmpty {
                    inputEnded = true
                    continue
                }
                if streamEnded {
                    // Another gzip member follows the one that ended.
                    streamEnded = false
                    do { try inflater.reset() } catch { throw issue(error) }
                }
            }
            let step: Inflater.StreamStep
            do {
                step = try inflater.feed(pending, outputLimit: ChunkSources.chunkSize)
            } catch {
                throw issue(error)
            }
            pending = pending.dropFirst(step.consumed)
            if step.ended {
                streamEnded = true
                if !pending.isEmpty {
                    do { try inflater.reset() } catch { throw issue(error) }
                    streamEnded = false
                }
            }
            if !step.output.isEmpty {
                produced += step.output.count
                try checkLimits()
                return step.output
            }
        }
    }

    /// Refuses a stream that has grown beyond the stated limits.
    private func checkLimits() throws(InputIssue) {
        if produced > limit {
            throw InputLimits.exceeded(
                name,
                Localized(
                    en: "the gzip data expands to more than \(InputLimits.describe(bytes: limit))",
                    zh: "gzip 数据解压后超过 \(InputLimits.describe(bytes: limit))"),
                raise: Localized(
                    en: "set \(InputLimits.decompressedBytesVariable) (in MiB) to allow more",
                    zh: "可设置环境变量 \(InputLimits.decompressedBytesVariable)(单位 MiB)放宽"))
        }
        let compressed = Swift.max(reader.offset - pending.count, 1)
        if produced > InputLimits.compressionRatioAfter, produced / compressed > InputLimits.compressionRatio {
            throw InputLimits.exceeded(
                name,
                Localized(
                    en: "\(InputLimits.describe(bytes: compressed)) of gzip data expand to more than \(produced) bytes, "
                        + "over \(InputLimits.compressionRatio) times (a decompression bomb?)",
                    zh: "\(compressed) 字节的 gzip 数据解压到超过 \(produced) 字节,膨胀超过 \(InputLimits.compressionRatio) 倍(疑似解压炸弹)"))
        }
    }

    private func issue(_ error: CompressionError) -> InputIssue {
        InputIssue(
            .error, file: name, recordID: "byte \(reader.offset)",
            message: Localized(en: "not valid gzip data: \(error.reason)", zh: "gzip 数据无效:\(error.reason)"))
    }
}
