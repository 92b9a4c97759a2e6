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
final class GzipChunkSource: ChunkSource {
    private let reader: FileReader
    private let inflater: Inflater
    private var pending: [UInt8] = []
    private var inputEnded = false
    private var streamEnded = false

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
                pending = try reader.read(upTo: ChunkSources.chunkSize)
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
                step = try inflater.feed(pending)
            } catch {
                throw issue(error)
            }
            if step.ended {
                streamEnded = true
                pending = step.leftover > 0 ? Array(pending.suffix(step.leftover)) : []
                if !pending.isEmpty {
                    do { try inflater.reset() } catch { throw issue(error) }
                    streamEnded = false
                }
            } else {
                pending = []
            }
            if !step.output.isEmpty { return step.output }
        }
    }

    private func issue(_ error: CompressionError) -> InputIssue {
        InputIssue(
            .error, file: name, recordID: "byte \(reader.offset)",
            message: Localized(en: "not valid gzip data: \(error.reason)", zh: "gzip 数据无效:\(error.reason)"))
    }
}
