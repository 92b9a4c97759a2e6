/// Splits CSV bytes into records one at a time, from memory or from a file read in chunks, so
/// a ledger of millions of rows never has to be held whole.
///
/// The grammar is ``CSVReader``'s (RFC 4180 with its leniencies); ``CSVReader/parse(_:)``
/// is this scanner run over one string.
struct CSVScanner {
    /// The next bytes of the input; an empty array at its end.
    typealias Source = () -> [UInt8]

    private var buffer: [UInt8]
    private var index = 0
    private let source: Source?
    private let fieldLimit: Int
    private let recordByteLimit: Int
    private var atEnd: Bool
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var inQuotes = false
    private var quotedFieldClosed = false
    private var atFieldStart = true
    private var fieldCount = 0
    private var recordBytes = 0
    /// Bytes consumed before the current buffer.
    private var bufferOffset = 0
    /// True once a field that is not valid UTF-8 has been read (it came back with U+FFFD).
    private(set) var foundInvalidUTF8 = false

    /// A scanner over `bytes`, then whatever `source` gives, refusing more than `fieldLimit`
    /// fields in all and records longer than `recordByteLimit` bytes.
    init(bytes: [UInt8], source: Source? = nil, fieldLimit: Int, recordByteLimit: Int = .max) {
        buffer = bytes
        self.source = source
        self.fieldLimit = fieldLimit
        self.recordByteLimit = recordByteLimit
        atEnd = source == nil
    }

    /// Bytes of the input read so far.
    var bytesRead: Int { bufferOffset + index }

    /// The byte at the current position, reading more when needed; nil at the end.
    private mutating func current() -> UInt8? {
        if index < buffer.count { return buffer[index] }
        while !atEnd {
            bufferOffset += buffer.count
            buffer = source?() ?? []
            index = 0
            if buffer.isEmpty { atEnd = true }
            if index < buffer.count { return buffer[index] }
        }
        return nil
    }

    private mutating func finishField() {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            foundInvalidUTF8 = true
            fields.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        atFieldStart = true
        quotedFieldClosed = false
    }

    /// The record just ended, or nil for a blank line.
    private mutating func finishRecord() -> CSVRecord? {
        finishField()
        recordBytes = 0
        defer { fields = [] }
        return fields.count == 1 && fields[0].isEmpty ? nil : CSVRecord(line: recordLine, fields: fields)
    }

    private func error(_ en: String, _ zh: String, line: Int? = nil) -> CSVReader.SyntaxError {
        CSVReader.SyntaxError(line: line ?? self.line, reason: Localized(en: en, zh: zh))
    }

    /// The next record (blank lines are skipped), or nil at the end of the input.
    ///
    /// - Complexity: O(length of the record)
    mutating func next() throws(CSVReader.SyntaxError) -> CSVRecord? {
        while let byte = current() {
            if fieldCount > fieldLimit {
                throw error(
                    "more than \(fieldLimit) fields in the file (input limit)", "文件中的字段超过 \(fieldLimit) 个(输入上限)")
            }
            recordBytes += 1
            if recordBytes > recordByteLimit {
                let most = InputLimits.describe(bytes: recordByteLimit)
                throw error("a record of more than \(most) (input limit)", "单条记录超过 \(most)(输入上限)", line: recordLine)
            }
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if current() == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                        continue
                    }
                    inQuotes = false
                    quotedFieldClosed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                finishField()
                fieldCount += 1
            case 0x0D:
                break
            case 0x0A:
                let record = finishRecord()
                fieldCount += 1
                line += 1
                recordLine = line
                if let record { return record }
            case UInt8(ascii: "\""):
                guard atFieldStart else {
                    throw error("a quote appears inside an unquoted field", "未加引号的字段中出现引号")
                }
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            default:
                if quotedFieldClosed {
                    guard byte == 0x20 else {
                        throw error("text after the closing quote of a field", "字段的右引号之后还有文字")
                    }
                } else {
                    field.append(byte)
                }
                atFieldStart = false
            }
        }
        if inQuotes {
            throw error(
                "the quoted field opened on this line is never closed (the file ends inside it)",
                "此行开始的引号字段没有闭合(文件在引号内结束)", line: quoteLine)
        }
        if !field.isEmpty || !fields.isEmpty { return finishRecord() }
        return nil
    }
}
