import PatrolGeo
import PatrolData

/// Reads OpenStreetMap PBF files, one block at a time.
///
/// A file is a sequence of blocks, each a 4-byte big-endian length, a `BlobHeader` (type,
/// data size) and a `Blob` (raw or zlib-compressed bytes). The first block is an `OSMHeader`,
/// the rest `OSMData` primitive blocks.
///
/// One block is in memory at a time (the format caps a blob at 32 MiB), so a country-sized
/// file streams through in bounded memory.
final class PBFReader {
    /// Where one data block starts and what it holds, learned on a first pass so a second
    /// pass can read only the blocks it needs.
    struct BlockEntry: Sendable, Hashable {
        /// 0-based position of the block in the file (the header block is 0).
        var number: Int
        /// Offset of the block's length prefix.
        var offset: Int
        /// Element types found in it.
        var contents: PBFBlockDecoder.Contents
    }

    /// Largest `BlobHeader` the format allows.
    static let maxHeaderSize = 64 * 1024
    /// Largest `Blob` the format allows.
    static let maxBlobSize = 32 * 1024 * 1024
    /// Features a file may require of its reader.
    static let supportedFeatures: Set<String> = ["OsmSchema-V0.6", "DenseNodes"]

    private let path: String
    private let name: String
    private let inflater: Inflater
    private var decoder = PBFBlockDecoder()

    /// Prepares to read the file at `path`; `name` is used in messages.
    init(path: String, name: String) throws(InputIssue) {
        self.path = path
        self.name = name
        do {
            inflater = try Inflater(.zlib)
        } catch {
            throw InputIssue(.error, file: name, message: Localized(en: error.reason, zh: "zlib 初始化失败:\(error.reason)"))
        }
        decoder.file = name
    }

    /// Reads the file (or the header and only the blocks listed in `only`, from an earlier
    /// pass) and calls `handler` for each wanted element.
    ///
    /// - Returns: every data block's offset and contents, in file order.
    /// - Throws: an issue naming the file, block number and byte offset of the first
    ///   malformed block.
    /// - Complexity: O(file size)
    @discardableResult
    func read<H: OSMHandler>(into handler: inout H, only: [BlockEntry]? = nil) throws(InputIssue) -> [BlockEntry] {
        let file = try FileReader(path: path, name: name)
        var entries: [BlockEntry] = []
        var blockNumber = 0
        var sawHeader = false
        if let only {
            // The header block (checked on the first pass) is read again for the handler.
            if let header = try nextBlock(file, number: 0), header.type == "OSMHeader" {
                handler.header(try decodeHeader(header))
            }
            for entry in only {
                try file.seek(to: entry.offset)
                guard let block = try nextBlock(file, number: entry.number) else { break }
                _ = try decodeData(block, into: &handler)
            }
            return only
        }
        while file.offset < file.size {
            guard let block = try nextBlock(file, number: blockNumber) else { break }
            defer { blockNumber += 1 }
            switch block.type {
            case "OSMHeader":
                guard !sawHeader else {
                    throw issue(block, "a second OSMHeader block", "出现第二个 OSMHeader 块")
                }
                sawHeader = true
                handler.header(try decodeHeader(block))
            case "OSMData":
                guard sawHeader else {
                    throw issue(block, "data before the OSMHeader block (not an OSM PBF file?)", "OSMHeader 块之前出现数据(不是 OSM PBF 文件?)")
                }
                let contents = try decodeData(block, into: &handler)
                entries.append(BlockEntry(number: block.number, offset: block.offset, contents: contents))
            default:
                // The format says readers skip block types they do not know.
                continue
            }
        }
        guard sawHeader else {
            throw InputIssue(.error, file: name, message: Localized(en: "the file is empty: no OSMHeader block", zh: "文件为空:没有 OSMHeader 块"))
        }
        return entries
    }

    /// One framed block: its type and decompressed content.
    private struct Block {
        var number: Int
        var offset: Int
        var type: String
        var data: [UInt8]
    }

    private func nextBlock(_ file: FileReader, number: Int) throws(InputIssue) -> Block? {
        let offset = file.offset
        let location = "block \(number) (byte \(offset))"
        let lengthBytes = try file.read(upTo: 4)
        if lengthBytes.isEmpty { return nil }
        guard lengthBytes.count == 4 else {
            throw InputIssue(
                .error, file: name, recordID: location,
                message: Localized(en: "the file is truncated inside a block's length prefix", zh: "文件不完整:块长度前缀被截断"))
        }
        let headerLength = lengthBytes.reduce(0) { $0 << 8 | Int($1) }
        guard headerLength > 0, headerLength <= Self.maxHeaderSize else {
            throw InputIssue(
                .error, file: name, recordID: location,
                message: Localized(
                    en: "a block header of \(headerLength) bytes is outside the format's limit of 64 KiB (not an OSM PBF file, or corrupt)",
                    zh: "块头长度 \(headerLength) 字节超出格式上限 64 KiB(不是 OSM PBF 文件,或已损坏)"))
        }
        let headerBytes = try located(location) { () throws(InputIssue) in
            try file.read(exactly: headerLength, what: Localized(en: "the block header", zh: "块头"))
        }
        var type: String?
        var dataSize: Int?
        do {
            try headerBytes.withBytes { raw throws(ProtobufError) in
                var reader = ProtobufReader(raw)
                while !reader.isAtEnd {
                    let (field, wire) = try reader.readKey()
                    switch (field, wire) {
                    case (1, .lengthDelimited): type = try reader.readString()
                    case (3, .varint): dataSize = Int(truncatingIfNeeded: Int32(truncatingIfNeeded: try reader.readVarint()))
                    default: try reader.skip(wire)
                    }
                }
            }
        } catch {
            throw InputIssue(.error, file: name, recordID: location, message: Localized(en: "malformed block header: \(error)", zh: "块头格式错误:\(error)"))
        }
        guard let type, let dataSize else {
            throw InputIssue(.error, file: name, recordID: location, message: Localized(en: "the block header lacks its type or data size", zh: "块头缺少类型或数据长度"))
        }
        guard dataSize >= 0, dataSize <= Self.maxBlobSize else {
            throw InputIssue(
                .error, file: name, recordID: location,
                message: Localized(en: "a blob of \(dataSize) bytes is outside the format's limit of 32 MiB", zh: "数据块长度 \(dataSize) 字节超出格式上限 32 MiB"))
        }
        let blob = try located(location) { () throws(InputIssue) in try file.read(exactly: dataSize, what: Localized(en: "the \(type) blob", zh: "\(type) 数据块"))
        }
        let data = try unpack(blob, location: location)
        return Block(number: number, offset: offset, type: type, data: data)
    }

    /// Runs `read`, giving any issue it throws the block's location.
    private func located<T>(_ location: String, _ read: () throws(InputIssue) -> T) throws(InputIssue) -> T {
        do {
            return try read()
        } catch {
            var issue = error
            issue.recordID = location
            throw issue
        }
    }

    /// The decompressed content of a `Blob`: raw (field 1) or zlib (field 3, with `raw_size` 2).
    private func unpack(_ blob: [UInt8], location: String) throws(InputIssue) -> [UInt8] {
        func fail(_ en: String, _ zh: String) -> InputIssue {
            InputIssue(.error, file: name, recordID: location, message: Localized(en: en, zh: zh))
        }
        return try blob.withBytes { raw throws(InputIssue) -> [UInt8] in
            var reader = ProtobufReader(raw)
            var rawSize: Int?
            var rawData: UnsafeRawBufferPointer?
            var zlibData: UnsafeRawBufferPointer?
            var otherCompression: String?
            do {
                while !reader.isAtEnd {
                    let (field, wire) = try reader.readKey()
                    switch (field, wire) {
                    case (1, .lengthDelimited): rawData = try reader.readBytes()
                    case (2, .varint): rawSize = Int(truncatingIfNeeded: Int32(truncatingIfNeeded: try reader.readVarint()))
                    case (3, .lengthDelimited): zlibData = try reader.readBytes()
                    case (4, .lengthDelimited):
                        otherCompression = "lzma"
                        try reader.skip(wire)
                    case (5, .lengthDelimited):
                        otherCompression = "bzip2"
                        try reader.skip(wire)
                    case (6, .lengthDelimited):
                        otherCompression = "lz4"
                        try reader.skip(wire)
                    case (7, .lengthDelimited):
                        otherCompression = "zstd"
                        try reader.skip(wire)
                    default: try reader.skip(wire)
                    }
                }
            } catch {
                throw fail("malformed blob: \(error)", "数据块格式错误:\(error)")
            }
            if let rawData { return Array(rawData) }
            if let zlibData {
                guard let rawSize, rawSize >= 0, rawSize <= Self.maxBlobSize else {
                    throw fail("a zlib blob without a valid raw_size", "zlib 数据块缺少有效的 raw_size")
                }
                do throws(CompressionError) {
                    return try inflater.inflateWhole(zlibData, expectedSize: rawSize)
                } catch {
                    throw fail("the zlib data cannot be decompressed: \(error.reason)", "zlib 数据无法解压:\(error.reason)")
                }
            }
            if let otherCompression {
                throw fail(
                    "the block is compressed with \(otherCompression), which is not supported; convert the file with `osmium cat IN -o OUT.osm.pbf` (zlib)",
                    "该块使用 \(otherCompression) 压缩,暂不支持;请用 `osmium cat IN -o OUT.osm.pbf` 转换为 zlib 压缩")
            }
            throw fail("the blob holds no data", "数据块没有内容")
        }
    }

    private func decodeHeader(_ block: Block) throws(InputIssue) -> OSMFileHeader {
        var header = OSMFileHeader()
        var required: [String] = []
        do {
            try block.data.withBytes { raw throws(ProtobufError) in
                var reader = ProtobufReader(raw)
                while !reader.isAtEnd {
                    let (field, wire) = try reader.readKey()
                    switch (field, wire) {
                    case (1, .lengthDelimited):
                        var box = try reader.readMessage()
                        var sides: [Int: Int64] = [:]
                        while !box.isAtEnd {
                            let (side, sideWire) = try box.readKey()
                            if sideWire == .varint { sides[side] = try box.readSignedVarint() } else { try box.skip(sideWire) }
                        }
                        if let left = sides[1], let right = sides[2], let top = sides[3], let bottom = sides[4] {
                            header.bounds = BoundingBox(
                                minX: Double(left) / 1e9, minY: Double(bottom) / 1e9, maxX: Double(right) / 1e9, maxY: Double(top) / 1e9)
                        }
                    case (4, .lengthDelimited): required.append(try reader.readString())
                    case (16, .lengthDelimited): header.generator = try reader.readString()
                    default: try reader.skip(wire)
                    }
                }
            }
        } catch {
            throw issue(block, "malformed OSMHeader block: \(error)", "OSMHeader 块格式错误:\(error)")
        }
        let unsupported = required.filter { !Self.supportedFeatures.contains($0) }
        if !unsupported.isEmpty {
            let list = unsupported.joined(separator: ", ")
            throw issue(
                block, "the file requires features this reader does not support: \(list)",
                "文件要求本程序不支持的特性:\(list)")
        }
        return header
    }

    private func decodeData<H: OSMHandler>(_ block: Block, into handler: inout H) throws(InputIssue) -> PBFBlockDecoder.Contents {
        decoder.location = "block \(block.number) (byte \(block.offset))"
        do {
            return try block.data.withBytes { raw throws(ProtobufError) in
                try decoder.decode(raw, into: &handler)
            }
        } catch {
            throw issue(
                block, "malformed primitive block: \(error.reason) (offset \(error.offset) of the decompressed block)",
                "数据块格式错误:\(error.reason)(解压后第 \(error.offset) 字节)")
        }
    }

    private func issue(_ block: Block, _ en: String, _ zh: String) -> InputIssue {
        InputIssue(.error, file: name, recordID: "block \(block.number) (byte \(block.offset))", message: Localized(en: en, zh: zh))
    }
}
