import Foundation

/// Reads and writes ESRI ASCII grids (`.asc`).
public enum ASCIIGrid {
    /// Parses an ASCII grid; `file` names it in errors.
    ///
    /// Accepts `xllcorner`/`yllcorner` or `xllcenter`/`yllcenter`, an optional
    /// `NODATA_value`, and any whitespace between values. Every error names the line:
    /// the header line at fault, the line of a value that is not a number, the line of the
    /// first value too many, or the last line when values are missing.
    /// - Complexity: O(n) in the file size.
    public static func read(_ bytes: [UInt8], file: String) throws(InputIssue) -> ElevationGrid {
        var issues: [InputIssue] = []
        return try read(bytes, file: file, issues: &issues)
    }

    /// Elevations no terrain has (metres): below the Dead Sea shore's −430 m with room to spare, above
    /// Everest's 8,849 m.
    ///
    /// Such values are an undeclared NODATA (SRTM's −32768), feet or centimetres.
    public static let plausibleElevations = -500.0...9_000.0

    /// Parses an ASCII grid as ``read(_:file:)`` does, and reports in `issues` what it
    /// doubts: values outside ``plausibleElevations`` (read as voids), or a grid of voids only.
    public static func read(_ bytes: [UInt8], file: String, issues: inout [InputIssue]) throws(InputIssue) -> ElevationGrid {
        func fail(_ en: String, _ zh: String, at line: Int) -> InputIssue {
            InputIssue(.error, file: file, line: line, message: Localized(en: en, zh: zh))
        }
        var header: [String: (value: Double, line: Int)] = [:]
        var line = 1
        var index = 0
        // Header lines: "key value", as long as lines start with a letter.
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let text = String(decoding: bytes[index..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = parts.first, first.first?.isLetter == true, !isNumber(first) else { break }
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw fail("header line '\(text)' is not 'name value'", "表头行 '\(text)' 应为“名称 数值”", at: line)
            }
            header[first.lowercased()] = (value, line)
            index = end + 1
            line += 1
        }
        let lastHeaderLine = Swift.max(1, line - 1)
        func required(_ key: String) throws(InputIssue) -> (value: Double, line: Int) {
            guard let entry = header[key] else {
                throw fail("the header has no '\(key)' line", "表头缺少 '\(key)' 行", at: lastHeaderLine)
            }
            return entry
        }
        let ncols = try required("ncols")
        let nrows = try required("nrows")
        let cellSize = try required("cellsize")
        for entry in [ncols, nrows] where entry.value < 1 || entry.value != entry.value.rounded() || entry.value > 1e8 {
            throw fail("ncols and nrows must be positive whole numbers", "ncols 和 nrows 必须是正整数", at: entry.line)
        }
        guard cellSize.value > 0, cellSize.value.isFinite else {
            throw fail("cellsize must be a positive number", "cellsize 必须是正数", at: cellSize.line)
        }
        let columns = Int(ncols.value)
        let rows = Int(nrows.value)
        guard columns * rows <= InputLimits.gridCells else {
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "a grid of \(columns) × \(rows) = \(columns * rows) cells, more than the \(InputLimits.gridCells) of an elevation grid",
                    zh: "网格 \(columns) × \(rows) = \(columns * rows) 个像元,超过高程网格上限 \(InputLimits.gridCells)"), line: nrows.line)
        }
        let west: Double
        let south: Double
        if let x = header["xllcorner"], let y = header["yllcorner"] {
            west = x.value
            south = y.value
        } else if let x = header["xllcenter"], let y = header["yllcenter"] {
            west = x.value - cellSize.value / 2
            south = y.value - cellSize.value / 2
        } else {
            throw fail(
                "the header needs xllcorner/yllcorner or xllcenter/yllcenter", "表头需要 xllcorner/yllcorner 或 xllcenter/yllcenter",
                at: lastHeaderLine)
        }
        guard west.isFinite, south.isFinite else {
            throw fail("the grid origin is not a finite number", "网格原点不是有限数", at: lastHeaderLine)
        }
        let extent = Swift.max(abs(west), abs(south)) + Double(Swift.max(columns, rows)) * cellSize.value
        guard extent <= InputLimits.projectedCoordinate else {
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "the grid reaches \(JSONWriter.format(extent)), beyond the ±\(JSONWriter.format(InputLimits.projectedCoordinate)) of a coordinate",
                    zh: "网格范围达到 \(JSONWriter.format(extent)),超出坐标上限 ±\(JSONWriter.format(InputLimits.projectedCoordinate))"),
                line: lastHeaderLine)
        }
        let noData = header["nodata_value"]?.value
        let expected = columns * rows
        var values: [Float] = []
        // A header may claim a huge grid; never reserve more than the file could hold.
        values.reserveCapacity(Swift.min(expected, bytes.count / 2 + 1))
        var implausible: (count: Int, first: (index: Int, token: String, line: Int)?) = (0, nil)
        var tokenStart = -1
        var tokenLine = line
        var lastLine = line
        func take(_ start: Int, _ end: Int) throws(InputIssue) {
            let token = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let v = Double(token) else {
                throw fail("'\(token)' is not a number", "'\(token)' 不是数字", at: tokenLine)
            }
            guard values.count < expected else {
                throw fail(
                    "more values than \(rows) rows × \(columns) columns = \(expected); the first extra one is here",
                    "数值多于 \(rows) 行 × \(columns) 列 = \(expected) 个;第一个多余的数值在此行", at: tokenLine)
            }
            if v.isFinite, v != noData, !plausibleElevations.contains(v) {
                if implausible.count == 0 { implausible.first = (values.count, token, tokenLine) }
                implausible.count += 1
                values.append(ElevationGrid.void)
                return
            }
            values.append(!v.isFinite || v == noData ? ElevationGrid.void : Float(v))
        }
        while index <= bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if isSpace {
                if tokenStart >= 0 {
                    try take(tokenStart, index)
                    lastLine = tokenLine
                    tokenStart = -1
                }
                if byte == 0x0A { line += 1 }
            } else if tokenStart < 0 {
                tokenStart = index
                tokenLine = line
            }
            index += 1
        }
        guard values.count == expected else {
            throw fail(
                "expected \(expected) values (\(rows) rows × \(columns) columns), found \(values.count)",
                "应有 \(expected) 个数值(\(rows) 行 × \(columns) 列),实际 \(values.count) 个", at: lastLine)
        }
        if let first = implausible.first {
            let (row, column) = (first.index / columns + 1, first.index % columns + 1)
            issues.append(
                fail(
                    "\(EnglishCount.of(implausible.count, "cell")) \(implausible.count == 1 ? "holds an elevation" : "hold elevations") no terrain has (below −500 m or above 9,000 m), first '\(first.token)' at row \(row), column \(column); read as voids (an undeclared NODATA_value, or not metres?)",
                    "\(implausible.count) 个网格的高程不可能存在(低于 −500 米或高于 9000 米),第一个为第 \(row) 行第 \(column) 列的 '\(first.token)';已按空值处理(是否缺少 NODATA_value 声明,或单位不是米?)",
                    at: first.line))
        }
        if !values.contains(where: { !$0.isNaN }) {
            issues.append(
                fail(
                    "every cell is a void (NODATA or implausible): the grid holds no elevation; ignored",
                    "所有网格均为空值(NODATA 或不可能的高程):没有任何高程数据,已忽略", at: lastHeaderLine))
        }
        do {
            return try ElevationGrid(columns: columns, rows: rows, west: west, south: south, cellSize: cellSize.value, values: values)
        } catch {
            throw fail(error.reason, "网格无效:\(error.reason)", at: lastHeaderLine)
        }
    }

    /// True for tokens such as `nan` or `inf` that start with a letter but are numbers,
    /// so a grid whose first value is a void is not mistaken for a header line.
    private static func isNumber(_ token: Substring) -> Bool {
        Double(token) != nil
    }

    /// Writes a grid with `xllcorner`/`yllcorner` and `NODATA_value -9999`, values to `decimals` places.
    public static func write(_ grid: ElevationGrid, decimals: Int = 1) -> String {
        var out = "ncols \(grid.columns)\nnrows \(grid.rows)\n"
        out += "xllcorner \(JSONWriter.format(grid.west))\nyllcorner \(JSONWriter.format(grid.south))\n"
        out += "cellsize \(JSONWriter.format(grid.cellSize))\nNODATA_value -9999\n"
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        for r in 0..<grid.rows {
            var row: [String] = []
            row.reserveCapacity(grid.columns)
            for c in 0..<grid.columns {
                let v = grid.values[r * grid.columns + c]
                row.append(v.isNaN ? "-9999" : JSONWriter.format((Double(v) * scale).rounded() / scale))
            }
            out += row.joined(separator: " ") + "\n"
        }
        return out
    }
}
