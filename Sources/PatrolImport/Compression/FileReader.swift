#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PatrolData
import PatrolGeo

/// Sequential reads from a file, with the byte offset kept for error messages.
///
/// Uses the C library's buffered I/O; owns a `FILE *`, closed in `deinit`.
final class FileReader {
    /// The name to put in messages.
    let name: String
    /// Size of the file in bytes.
    let size: Int
    /// Offset of the next byte `read` returns.
    private(set) var offset = 0
    private let file: UnsafeMutablePointer<FILE>

    /// Opens `path` for reading, or throws an issue naming `name`.
    init(path: String, name: String) throws(InputIssue) {
        self.name = name
        guard let file = fopen(path, "rb") else {
            let missing = errno == ENOENT
            throw InputIssue(
                .error, file: name,
                message: missing ? Localized(en: "file not found", zh: "文件不存在") : Localized(en: "cannot open the file", zh: "无法打开文件"))
        }
        var info = stat()
        guard fstat(fileno(file), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            fclose(file)
            throw InputIssue(.error, file: name, message: Localized(en: "not a regular file", zh: "不是普通文件"))
        }
        self.file = file
        size = Int(info.st_size)
        setvbuf(file, nil, _IOFBF, 1 << 20)
    }

    deinit {
        fclose(file)
    }

    /// Up to `count` bytes from the current offset; fewer only at the end of the file.
    func read(upTo count: Int) throws(InputIssue) -> [UInt8] {
        guard count > 0 else { return [] }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = fread(buffer.baseAddress, 1, count, file)
            failed = filled < count && ferror(file) != 0
        }
        if failed {
            throw InputIssue(.error, file: name, recordID: "byte \(offset)", message: Localized(en: "read error", zh: "读取错误"))
        }
        offset += bytes.count
        return bytes
    }

    /// Exactly `count` bytes, or an issue saying the file is truncated.
    func read(exactly count: Int, what: @autoclosure () -> Localized) throws(InputIssue) -> [UInt8] {
        let start = offset
        let bytes = try read(upTo: count)
        guard bytes.count == count else {
            let wanted = what()
            throw InputIssue(
                .error, file: name, recordID: "byte \(start)",
                message: Localized(
                    en: "the file is truncated: \(wanted.en) needs \(count) bytes, only \(bytes.count) remain",
                    zh: "文件不完整:\(wanted.zh)需要 \(count) 字节,只剩 \(bytes.count) 字节"))
        }
        return bytes
    }

    /// Skips `count` bytes forward.
    func skip(_ count: Int) throws(InputIssue) {
        try seek(to: offset + count)
    }

    /// Moves to an absolute offset.
    func seek(to newOffset: Int) throws(InputIssue) {
        guard fseeko(file, off_t(newOffset), SEEK_SET) == 0 else {
            throw InputIssue(.error, file: name, recordID: "byte \(newOffset)", message: Localized(en: "cannot seek in the file", zh: "无法在文件中定位"))
        }
        offset = newOffset
    }
}
