import Foundation
import PatrolGeo
public import PatrolData

/// What to import: SRTM tiles into a map package's `dem.asc`.
public struct DEMImportOptions: Sendable, Hashable {
    /// `.hgt` files or `.zip` archives holding them.
    public var files: [String]
    /// The map package folder.
    public var map: String
    /// Cell size of the output grid in metres (working CRS).
    public var cellSize: Double
    /// How far the grid reaches beyond the jurisdiction's bounding box, in metres.
    public var margin: Double

    /// Options with a 30 m grid (SRTM's 1″ resolution) and a 1 km margin.
    public init(files: [String], map: String, cellSize: Double = 30, margin: Double = 1000) {
        self.files = files
        self.map = map
        self.cellSize = cellSize
        self.margin = margin
    }
}

/// What a DEM import did.
public struct DEMImportReport: Sendable {
    /// Tiles used, by name (`N42E001`) and resolution in arc-seconds.
    public var tiles: [(name: String, arcSeconds: Int)]
    /// The grid written.
    public var columns: Int, rows: Int, cellSize: Double
    /// The working CRS of the grid.
    public var workingCRS: String
    /// Cells whose value came from SRTM samples.
    public var sampled: Int
    /// Cells that fell on SRTM voids and were filled from their neighbours.
    public var voidsFilled: Int
    /// Cells no given tile covers (left as NODATA).
    public var uncovered: Int
    /// Tiles that would cover the uncovered cells.
    public var missingTiles: [String]
    /// Lowest and highest elevation written.
    public var range: ClosedRange<Double>?
    /// The file written inside the map folder.
    public var file: String
    /// The tiles' sample spacing in metres (the coarsest, for a mosaic), recorded in `map.json`
    /// as `dem_source_resolution_m` so that slopes are fitted over the tiles' cells, not the grid's.
    public var sourceResolution: Double
    /// True when `map.json` was updated to list the layer or its source resolution.
    public var manifestUpdated: Bool

    /// The report as text in `language`.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        let tileList = tiles.map { "\($0.name) (\($0.arcSeconds)″)" }.joined(separator: ", ")
        var lines: [String] = []
        lines.append(zh ? "已用 SRTM 瓦片 \(tileList) 写出 \(file)" : "wrote \(file) from SRTM tiles \(tileList)")
        lines.append(
            zh
                ? "网格:\(columns) 列 × \(rows) 行,格网 \(JSONWriter.format(cellSize)) 米,工作坐标系 \(workingCRS),双线性重采样"
                : "grid: \(columns) columns × \(rows) rows, \(JSONWriter.format(cellSize)) m cells in the working CRS \(workingCRS), bilinear resampling")
        lines.append(
            zh
                ? "像元:\(sampled) 个取自 SRTM 采样,\(voidsFilled) 个落在 SRTM 空洞上、已用邻域平均填补,\(uncovered) 个无瓦片覆盖(NODATA)"
                : "cells: \(sampled) from SRTM samples, \(voidsFilled) on SRTM voids filled by neighbour averaging, \(uncovered) not covered by any tile (NODATA)"
        )
        if let range {
            lines.append(
                zh
                    ? "高程 \(Int(range.lowerBound.rounded()))–\(Int(range.upperBound.rounded())) 米"
                    : "elevation \(Int(range.lowerBound.rounded()))–\(Int(range.upperBound.rounded())) m")
        }
        let resolution = JSONWriter.format(sourceResolution)
        if manifestUpdated {
            lines.append(
                zh
                    ? "map.json 已更新:layers.dem = \(file),dem_source_resolution_m = \(resolution)(瓦片采样间距,坡度按其拟合)"
                    : "map.json updated: layers.dem = \(file), dem_source_resolution_m = \(resolution) (the tiles' sample spacing, which slopes are fitted over)"
            )
        }
        if !missingTiles.isEmpty {
            let list = missingTiles.joined(separator: ", ")
            lines.append("")
            lines.append(
                zh
                    ? "!! 警告:辖区附近有区域不在所给瓦片内,缺少 \(list);请一并导入这些瓦片"
                    : "!! WARNING: part of the area lies outside the tiles given; missing \(list) — import them too")
        }
        return lines.joined(separator: "\n")
    }
}

/// Turns SRTM tiles into the map's elevation grid in its working CRS.
public enum DEMImporter {
    /// Resamples the tiles onto a grid covering the jurisdiction's bounding box plus the
    /// margin, fills voids, writes `dem.asc` and lists it in `map.json` — both only when the
    /// map still validates with them (``MapPackageEdit``), and not at all when no tile covers it.
    ///
    /// Each cell centre is taken back to longitude/latitude through the working CRS's
    /// inverse projection and the height interpolated bilinearly between SRTM samples.
    /// - Complexity: O(cells) plus reading the tiles.
    public static func run(_ options: DEMImportOptions) throws(InputIssue) -> DEMImportReport {
        guard options.cellSize.isFinite, options.cellSize >= 1 else {
            throw InputIssue(.error, file: "--cell-size", message: Localized(en: "the cell size must be at least 1 m", zh: "格网大小至少为 1 米"))
        }
        let map = try MapLoader.load(options.map)
        let mosaic = try HGTMosaic.load(options.files)
        guard let jurisdiction = map.jurisdiction.boundary.bounds else {
            throw InputIssue(.error, file: "boundary.geojson", message: Localized(en: "the jurisdiction has no extent", zh: "辖区没有范围"))
        }
        let cell = options.cellSize
        let box = jurisdiction.expanded(by: options.margin)
        let west = (box.minX / cell).rounded(.down) * cell
        let south = (box.minY / cell).rounded(.down) * cell
        let width = ((box.maxX - west) / cell).rounded(.up)
        let height = ((box.maxY - south) / cell).rounded(.up)
        guard width.isFinite, height.isFinite, width >= 1, height >= 1 else {
            throw InputIssue(
                .error, file: "--margin",
                message: Localized(
                    en: "a margin of \(JSONWriter.format(options.margin)) m leaves no usable grid", zh: "边距 \(JSONWriter.format(options.margin)) 米无法得到可用的网格"))
        }
        // Compared as doubles, so a huge extent cannot overflow an integer first.
        guard width * height <= Double(InputLimits.gridCells) else {
            throw InputIssue(
                .error, file: "--cell-size",
                message: Localized(
                    en: "a \(JSONWriter.format(cell)) m grid over this area has \(JSONWriter.format(width * height)) cells "
                        + "(limit \(InputLimits.gridCells)); use a larger --cell-size or a smaller --margin",
                    zh:
                        "按 \(JSONWriter.format(cell)) 米格网该范围有 \(JSONWriter.format(width * height)) 个像元(上限 \(InputLimits.gridCells));请加大 --cell-size 或减小 --margin"
                ))
        }
        let columns = Int(width)
        let rows = Int(height)
        let transform: CoordinateTransform
        do {
            transform = try map.wgs84Transform()
        } catch {
            throw InputIssue(.error, file: "map.json", message: Localized(en: error.description, zh: "坐标转换失败:\(error.description)"))
        }
        var values = [Float](repeating: .nan, count: columns * rows)
        var covered = [Bool](repeating: false, count: columns * rows)
        var missing: Set<String> = []
        var sampled = 0
        for r in 0..<rows {
            let y = south + (Double(rows - r) - 0.5) * cell
            let centres = (0..<columns).map { Point(x: west + (Double($0) + 0.5) * cell, y: y) }
            let lonLat = transform.inverse(centres)
            for c in 0..<columns {
                let p = LonLat(lon: lonLat[c].x, lat: lonLat[c].y)
                guard p.isValid, let tile = mosaic.tile(covering: p) else {
                    if p.isValid { missing.insert(HGTMosaic.tileName(covering: p)) }
                    continue
                }
                covered[r * columns + c] = true
                if let h = tile.elevation(at: p) {
                    values[r * columns + c] = Float(h)
                    sampled += 1
                }
            }
        }
        guard covered.contains(true) else {
            let tiles = mosaic.tiles.map(\.name).joined(separator: ", ")
            let needed = missing.sorted().joined(separator: ", ")
            throw InputIssue(
                .error, file: options.files.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "--files",
                message: Localized(
                    en: "the tiles given (\(tiles)) do not cover any of the map; it needs \(needed). Nothing was written",
                    zh: "所给瓦片(\(tiles))完全不覆盖本地图;需要 \(needed)。未写入任何文件"))
        }
        let filled = VoidFill.fill(&values, columns: columns, rows: rows) { covered[$0] }
        let uncovered = covered.reduce(0) { $0 + ($1 ? 0 : 1) }
        let grid: ElevationGrid
        do {
            grid = try ElevationGrid(columns: columns, rows: rows, west: west, south: south, cellSize: cell, values: values)
        } catch {
            throw InputIssue(.error, file: options.map, message: Localized(en: error.reason, zh: error.reason))
        }
        let file = map.manifest.file(for: "dem") ?? "dem.asc"
        let edit = try MapPackageEdit(map: options.map)
        try edit.write(ASCIIGrid.write(grid), to: file)
        // map.json may leave the layer to its default name; list it so readers see it, with the tiles' resolution.
        let sourceResolution = mosaic.tiles.map(\.sampleSpacing).max() ?? cell
        var manifest = map.manifest
        manifest.layers["dem"] = file
        manifest.demSourceResolution = sourceResolution
        let manifestUpdated = manifest != map.manifest
        if manifestUpdated { try edit.write(manifest.json(), to: "map.json") }
        try edit.check(against: map)
        try edit.commit()
        return DEMImportReport(
            tiles: mosaic.tiles.map { ($0.name, $0.arcSeconds) }, columns: columns, rows: rows, cellSize: cell,
            workingCRS: map.workingCRS.definition, sampled: sampled, voidsFilled: filled, uncovered: uncovered,
            missingTiles: missing.sorted(), range: grid.range, file: file, sourceResolution: sourceResolution, manifestUpdated: manifestUpdated)
    }
}
