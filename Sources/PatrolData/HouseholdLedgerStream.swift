#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the records of a UTF-8 CSV ledger one at a time from a window on the file, so a
/// province's ledger (3.1 million rows, 233 MB) is never held whole, as text or as a table.
///
/// A ledger that turns out not to be UTF-8 (GB18030, or undecodable), or that breaks the CSV
/// grammar, is handed back to be read whole when it is within ``InputLimits/fileBytes``: that
/// reading tells GB18030 apart and words the error as it always has. Beyond that size such a
/// file is refused here. Limits: the file ``InputLimits/streamedLedgerBytes``, the rows
/// ``InputLimits/streamedLedgerRows``, one record ``InputLimits/ledgerRecordBytes``.
enum HouseholdLedgerStream {
    /// How much a streamed ledger may hold; ``standard`` is ``InputLimits``' figures.
    struct Limits {
        /// Largest file.
        var fileBytes = InputLimits.streamedLedgerBytes
        /// Most records after the header.
        var rows = InputLimits.streamedLedgerRows
        /// Longest record, held whole while it is read.
        var recordBytes = InputLimits.ledgerRecordBytes
        /// Bytes read from the file at a time (at least 16).
        var chunkBytes = 1 << 20
        /// Largest file handed back to be read whole (``InputLimits/fileBytes``); a larger one
        /// that is not UTF-8 or breaks the grammar is refused here.
        var wholeFileBytes = InputLimits.fileBytes

        /// The limits of every streamed ledger.
        static let standard = Limits()
    }

    /// Records read before the number of rows is estimated from the bytes they took.
    private static let sampleRows = 1024

    /// Reads the ledger at `path` (named `file` in messages), calling `each` with every record
    /// in order, the header first, and `reserve` once with an estimate of the rows to come.
    ///
    /// Returns the encoding, or nil when the file must be read whole instead (see above); the
    /// records handed on so far are then to be forgotten.
    /// - Complexity: O(n) in the file's size; memory O(longest record).
    static func read(
        path: String, file: String, limits: Limits, reserve: (Int) -> Void, each: (CSVRecord) throws(InputIssue) -> Void
    ) throws(InputIssue) -> TextEncoding? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let chunks = FileChunks(path: path, chunkBytes: max(16, limits.chunkBytes))
        else {
            _ = try FileIO.readBytes(path, name: file)  // the message for a missing or unreadable file
            throw InputIssue(.error, file: file, message: Localized(en: "cannot read the file", zh: "无法读取文件"))
        }
        let size = Int(info.st_size)
        if size > limits.fileBytes {
            let most = InputLimits.describe(bytes: limits.fileBytes)
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "the file has \(InputLimits.describe(bytes: size)), more than the \(most) of a streamed ledger",
                    zh: "文件大小 \(InputLimits.describe(bytes: size)),超过流式读取住户表的上限 \(most)"))
        }
        let wholeAllowed = size <= limits.wholeFileBytes
        var first = chunks.next()
        var encoding = TextEncoding.utf8
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if first.starts(with: mark) {
            encoding = .utf8WithBOM
            first.removeFirst(3)
            // A second mark is U+FEFF at the start of the text, which a whole reading drops too.
            if first.starts(with: mark) { first.removeFirst(3) }
        }
        var scanner = CSVScanner(bytes: first, source: { chunks.next() }, fieldLimit: .max, recordByteLimit: limits.recordBytes)
        var rows = -1
        while true {
            let record: CSVRecord?
            do {
                record = try scanner.next()
            } catch {
                guard !wholeAllowed else { return nil }
                throw HouseholdLayer.syntaxIssue(error, file: file)
            }
            guard let record else { return encoding }
            if scanner.foundInvalidUTF8 {
                guard !wholeAllowed else { return nil }
                throw InputIssue(
                    .error, file: file, line: record.line,
                    message: Localized(
                        en:
                            "this record is not valid UTF-8: a ledger larger than \(InputLimits.describe(bytes: limits.wholeFileBytes)) is read as a stream and must be saved as UTF-8 CSV",
                        zh: "此记录不是有效的 UTF-8:大于 \(InputLimits.describe(bytes: limits.wholeFileBytes)) 的住户表按流式读取,必须另存为 UTF-8 CSV"))
            }
            rows += 1
            guard rows <= limits.rows else {
                throw InputLimits.exceeded(
                    file,
                    Localized(en: "more than \(limits.rows) rows, the most of a streamed ledger", zh: "超过 \(limits.rows) 行,即流式读取住户表的上限"),
                    line: record.line)
            }
            try each(record)
            if rows == sampleRows, scanner.bytesRead > 0 {
                reserve(min(limits.rows, Int(Double(size) / Double(scanner.bytesRead) * Double(rows) * 1.02) + 16))
            }
        }
    }
}
