import PatrolData
import PatrolGeo

/// Reads the files of a zip archive by walking its local file headers (no central
/// directory needed), inflating deflated entries as raw deflate (zlib `windowBits` -15)
/// and checking each entry's CRC-32.
///
/// Supports stored (method 0) and deflated (method 8) entries, including entries whose
/// sizes follow in a data descriptor. Refuses encryption and zip64 with a clear message.
enum ZipArchive {
    /// One file in the archive.
    struct Entry: Sendable, Hashable {
        /// Its path inside the archive.
        var name: String
        /// Its uncompressed bytes.
        var data: [UInt8]
    }

    /// Hands every file entry (folders are skipped) to `body`, in archive order, one at a time.
    ///
    /// An entry larger than `maxEntryBytes` is refused by the size its header declares
    /// before any inflating, and by its running size when the header leaves the size to a
    /// trailing descriptor; the archive is refused once its entries together pass
    /// ``InputLimits/zipBytes``. Memory is one entry at a time.
    /// - Complexity: O(archive size + uncompressed size)
    static func forEachEntry(
        _ bytes: [UInt8], file: String, maxEntryBytes: Int = InputLimits.zipEntryBytes, _ body: (Entry) throws(InputIssue) -> Void
    ) throws(InputIssue) {
        var entryCount = 0
        var total = 0
        var offset = 0
        let inflater: Inflater
        do {
            inflater = try Inflater(.raw)
        } catch {
            throw InputIssue(.error, file: file, message: Localized(en: error.reason, zh: error.reason))
        }
        func fail(_ at: Int, _ en: String, _ zh: String) -> InputIssue {
            InputIssue(.error, file: file, recordID: "byte \(at)", message: Localized(en: "not a usable zip archive: " + en, zh: "zip 文件无法使用:" + zh))
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        while true {
            guard offset + 4 <= bytes.count else {
                if entryCount == 0 { throw fail(offset, "no local file header (empty or not a zip file)", "没有本地文件头(空文件或不是 zip)") }
                return
            }
            let signature = u32(offset)
            if signature == 0x0201_4B50 || signature == 0x0605_4B50 { return }
            guard signature == 0x0403_4B50 else {
                throw fail(offset, "expected a local file header (PK\\3\\4), found \(String(signature, radix: 16))", "此处应为本地文件头 (PK\\3\\4)")
            }
            guard offset + 30 <= bytes.count else { throw fail(offset, "the archive is truncated inside a header", "文件头被截断") }
            let flags = u16(offset + 6)
            let method = u16(offset + 8)
            var crc = u32(offset + 14)
            var compressedSize = u32(offset + 18)
            var size = u32(offset + 22)
            let nameLength = u16(offset + 26)
            let extraLength = u16(offset + 28)
            let nameStart = offset + 30
            let dataStart = nameStart + nameLength + extraLength
            guard dataStart <= bytes.count else { throw fail(offset, "the archive is truncated inside a header", "文件头被截断") }
            let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            if flags & 1 != 0 { throw fail(offset, "'\(name)' is encrypted", "'\(name)' 已加密") }
            if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
                throw fail(offset, "'\(name)' uses zip64, which is not supported", "'\(name)' 使用 zip64,暂不支持")
            }
            let deferredSizes = flags & 8 != 0
            let limit = deferredSizes ? maxEntryBytes : size
            func tooLarge(_ bytes: Int) -> InputIssue {
                InputLimits.exceeded(
                    file,
                    Localized(
                        en: "'\(name)' is \(bytes) bytes or more uncompressed; an entry may have \(maxEntryBytes) (the size of a 1″ SRTM tile)",
                        zh: "'\(name)' 解压后至少 \(bytes) 字节;单个条目上限 \(maxEntryBytes) 字节(1″ SRTM 瓦片的大小)"))
            }
            if size > maxEntryBytes { throw tooLarge(size) }
            if total + limit > InputLimits.zipBytes {
                throw InputLimits.exceeded(
                    file,
                    Localized(
                        en: "the archive's files expand to more than \(InputLimits.describe(bytes: InputLimits.zipBytes))",
                        zh: "压缩包内文件解压后超过 \(InputLimits.describe(bytes: InputLimits.zipBytes))"))
            }
            var data: [UInt8]
            switch method {
            case 0:
                guard !deferredSizes || compressedSize > 0 else {
                    throw fail(offset, "'\(name)' is stored with its size in a trailing descriptor, which is not supported", "'\(name)' 的大小记录在数据描述符中,暂不支持")
                }
                guard dataStart + compressedSize <= bytes.count else { throw fail(offset, "'\(name)' is truncated", "'\(name)' 被截断") }
                data = Array(bytes[dataStart..<(dataStart + compressedSize)])
            case 8:
                let available = deferredSizes && compressedSize == 0 ? bytes.count - dataStart : compressedSize
                guard dataStart + available <= bytes.count else { throw fail(offset, "'\(name)' is truncated", "'\(name)' 被截断") }
                do {
                    let result = try bytes.withBytes { raw throws(CompressionError) in
                        try inflater.inflateUntilEnd(UnsafeRawBufferPointer(rebasing: raw[dataStart..<(dataStart + available)]), limit: limit)
                    }
                    data = result.output
                    compressedSize = result.consumed
                } catch {
                    if deferredSizes, error.exceededLimit { throw tooLarge(limit + 1) }
                    throw fail(offset, "'\(name)' cannot be inflated: \(error.reason)", "'\(name)' 无法解压:\(error.reason)")
                }
            default:
                throw fail(
                    offset, "'\(name)' uses compression method \(method); only stored and deflated entries are supported",
                    "'\(name)' 使用压缩方法 \(method);仅支持存储与 deflate")
            }
            var next = dataStart + compressedSize
            if deferredSizes {
                // Data descriptor: optional signature, then CRC-32 and the two sizes.
                if next + 4 <= bytes.count, u32(next) == 0x0807_4B50 { next += 4 }
                guard next + 12 <= bytes.count else { throw fail(next, "the data descriptor of '\(name)' is truncated", "'\(name)' 的数据描述符被截断") }
                crc = u32(next)
                size = u32(next + 8)
                next += 12
            }
            guard data.count == size else {
                throw fail(
                    offset, "'\(name)' inflates to \(data.count) bytes, not the \(size) its header says", "'\(name)' 解压后为 \(data.count) 字节,与文件头所记 \(size) 字节不符")
            }
            guard Int(CRC32.checksum(data)) == crc else {
                throw fail(offset, "'\(name)' fails its CRC-32 check (corrupt archive)", "'\(name)' 的 CRC-32 校验失败(文件损坏)")
            }
            total += data.count
            entryCount += 1
            if !name.hasSuffix("/") { try body(Entry(name: name, data: data)) }
            offset = next
        }
    }
}
