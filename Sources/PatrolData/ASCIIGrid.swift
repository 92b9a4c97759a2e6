import Foundation

/// Reads and writes ESRI ASCII grids (`.asc`).
public enum ASCIIGrid {
    /// Parses an ASCII grid; `file` names it in errors.
    ///
    /// Accepts `xllcorner`/`yllcorner` or `xllcenter`/`yllcenter`, an optional
    /// `NODATA_value`, and any whitespace between values.
    public static func read(_ bytes: [UInt8], file: String) throws(InputIssue) -> ElevationGrid {
        var header: [String: Double] = [:]
        var line = 1
        var index = 0
        func fail(_ en: String, _ zh: String, at line: Int) -> InputIssue {
            InputIssue(.error, file: file, line: line, message: Localized(en: en, zh: zh))
        }
        // Header lines: "key value".
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let text = String(decoding: bytes[index..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = parts.first, first.first?.isLetter == true else { break }
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw fail("header line '\(text)' is not 'name value'", "表头行 '\(text)' 应为“名称 数值”", at: line)
            }
            header[first.lowercased()] = value
            index = end + 1
            line += 1
        }
        let valuesLine = line
        guard let ncols = header["ncols"], let nrows = header["nrows"], let cellSize = header["cellsize"] else {
            throw fail("header needs ncols, nrows and cellsize", "表头需要 ncols、nrows 和 cellsize", at: 1)
        }
        guard ncols >= 1, nrows >= 1, ncols == ncols.rounded(), nrows == nrows.rounded(), ncols * nrows < 400_000_000 else {
            throw fail("ncols and nrows must be positive whole numbers", "ncols 和 nrows 必须是正整数", at: 1)
        }
        let columns = Int(ncols)
        let rows = Int(nrows)
        var west: Double
        var south: Double
        if let x = header["xllcorner"], let y = header["yllcorner"] {
            west = x
            south = y
        } else if let x = header["xllcenter"], let y = header["yllcenter"] {
            west = x - cellSize / 2
            south = y - cellSize / 2
        } else {
            throw fail("header needs xllcorner/yllcorner or xllcenter/yllcenter", "表头需要 xllcorner/yllcorner 或 xllcenter/yllcenter", at: 1)
        }
        let noData = header["nodata_value"]
        var values: [Float] = []
        values.reserveCapacity(columns * rows)
        var tokenStart = -1
        line = valuesLine
        var tokenLine = line
        func take(_ start: Int, _ end: Int) throws(InputIssue) {
            let token = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let v = Double(token) else {
                throw fail("'\(token)' is not a number", "'\(token)' 不是数字", at: tokenLine)
            }
            if let noData, v == noData || !v.isFinite {
                values.append(.nan)
            } else {
                values.append(Float(v))
            }
        }
        while index <= bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if isSpace {
                if tokenStart >= 0 {
                    try take(tokenStart, index)
                    tokenStart = -1
                }
                if byte == 0x0A { line += 1 }
            } else if tokenStart < 0 {
                tokenStart = index
                tokenLine = line
            }
            index += 1
        }
        do {
            return try ElevationGrid(columns: columns, rows: rows, west: west, south: south, cellSize: cellSize, values: values)
        } catch {
            throw fail(error.reason, "数据个数与行列数不符:\(error.reason)", at: valuesLine)
        }
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
