import Foundation

/// The largest inputs PatrolMap reads, stated once.
///
/// Each reader refuses an input beyond one of these with an ``InputIssue`` that names the
/// file and the limit. Together they keep memory below 500 MB on any input, hostile or not
/// (a streamed roads layer or household ledger, sized for a province, below about 2 GB each), while staying far above real maps: the generated gongli township (78 km², 12,000
/// households) uses well under 1% of each. Only the decompressed size of a gzip stream can
/// be raised (``decompressedBytesVariable``), because a province-sized OSM extract is a
/// real input; every other limit would only be reached by a broken or hostile file.
/// docs/reliability.md lists them with the memory they bound.
public enum InputLimits {
    /// Largest file read whole into memory: 64 MiB.
    ///
    /// Applies to map layers (GeoJSON, CSV, `map.json`, ASCII grid), SRTM tiles and zip
    /// archives; streamed inputs (OSM, GPX) have no size limit of their own.
    public static let fileBytes = 64 << 20
    /// Most values (numbers, strings, arrays, objects…) in one JSON document: 4 million,
    /// about 160 MB once parsed.
    public static let jsonValues = 4_000_000
    /// Deepest nesting of JSON arrays and objects: 512 (a GeoJSON MultiPolygon needs 6).
    public static let jsonDepth = 512
    /// Most features in one GeoJSON layer: 1 million.
    public static let features = 1_000_000
    /// Largest GeoJSON layer read as a stream, one feature at a time (`roads.geojson`): 2 GiB
    /// (a generated province of 77,500 km² has 466 MB of roads).
    public static let streamedFileBytes = 2 << 30
    /// Most features in one streamed layer: 4 million (the province has 1.5 million roads).
    public static let streamedFeatures = 4_000_000
    /// Most positions in all features of one streamed layer together: 40 million.
    ///
    /// That is 640 MB once read (the province has 9.1 million). With ``streamedFeatures`` it
    /// bounds the memory a streamed layer can take, as ``fileBytes`` does for a layer read whole.
    public static let streamedPositions = 40_000_000
    /// Most positions in one line or ring: 500,000.
    public static let verticesPerLine = 500_000
    /// Largest coordinate magnitude in a projected CRS, in metres: 1e8 (the Earth's
    /// circumference is 4e7), so sums and products of coordinates stay exact enough.
    public static let projectedCoordinate = 1e8
    /// Most fields in all records of a CSV file together: 8 million (a 12,000-household
    /// ledger has 132,000).
    public static let csvFields = 8_000_000
    /// Largest household ledger read as a stream, one record at a time (a UTF-8
    /// `households.csv`): 1 GiB (a generated province has 233 MB for 3.1 million households).
    public static let streamedLedgerBytes = 1 << 30
    /// Most rows of a streamed ledger: 6 million (the province has 3.1 million).
    ///
    /// Each row kept is a ``Household`` of 168 bytes plus the text of any field longer than
    /// 15 bytes, so the households of a full ledger take about 1 GB, bounded by
    /// ``streamedLedgerBytes`` for their longer texts.
    public static let streamedLedgerRows = 6_000_000
    /// Longest record of a streamed ledger, held whole while it is read: 1 MiB.
    public static let ledgerRecordBytes = 1 << 20
    /// Most cells of an elevation grid (`ncols × nrows` of an ASCII grid, or a DEM
    /// import's output grid): 25 million, 100 MB of heights (a 150 km square at 30 m).
    public static let gridCells = 25_000_000
    /// Most SRTM tiles in one DEM import: 4 (26 MB each at 1″; any township needs 1 to 4).
    public static let elevationTiles = 4
    /// Largest file inside a zip archive of SRTM tiles: a 1″ tile, 3601 × 3601 × 2 bytes.
    public static let zipEntryBytes = 3601 * 3601 * 2
    /// Largest uncompressed size of all the files of one zip archive together: 256 MiB.
    public static let zipBytes = 256 << 20
    /// Default largest decompressed size of a gzip stream (`.osm.gz`, `.gpx.gz`): 4 GiB.
    public static let defaultDecompressedBytes = 4 << 30
    /// The environment variable that raises ``decompressedBytes``, in MiB.
    public static let decompressedBytesVariable = "PATROLMAP_MAX_DECOMPRESSED_MB"
    /// Largest ratio of decompressed to compressed bytes of a gzip stream: 100.
    ///
    /// Checked once the stream has produced ``compressionRatioAfter``. OSM XML and GPX
    /// compress about 10 to 1; a bomb of repeated elements gets 150 to 350, and deflate's
    /// maximum is 1032 to 1.
    public static let compressionRatio = 100
    /// Decompressed bytes after which ``compressionRatio`` applies: 4 MiB, so a bomb is
    /// refused before its reader has parsed more than a few megabytes of it (a GPX bomb
    /// in a quarter of a second), while a small, very regular file may still pass.
    public static let compressionRatioAfter = 4 << 20
    /// Deepest nesting of XML elements: 256 (OSM needs 3, GPX 5).
    public static let xmlDepth = 256
    /// Longest single XML tag, comment or text run: 16 MiB, so a file with no `>` cannot
    /// make the tokenizer buffer everything.
    public static let xmlTokenBytes = 16 << 20
    /// Longest text of one XML element, all its pieces together: 1 MiB.
    public static let xmlTextBytes = 1 << 20
    /// Most node references kept by an OSM import: 10 million, about 300 MB while the
    /// roads are assembled (a county has about one million).
    public static let osmNodeReferences = 10_000_000
    /// Most node references of one OSM way: 100,000 (OpenStreetMap itself allows 2,000).
    public static let osmNodesPerWay = 100_000
    /// Most tags of one OSM element: 5,000.
    public static let osmTagsPerElement = 5_000
    /// Most posts and landmarks an OSM import collects: 200,000.
    public static let osmPoints = 200_000
    /// Most track points in one GPX file: 2 million (23 days at one point a second).
    public static let gpxPoints = 2_000_000
    /// Most skipped-element issues a streaming reader keeps per file; later ones are only
    /// counted (``BoundedIssues``).
    public static let issuesPerFile = 1_000

    /// The largest decompressed size of a gzip stream: ``defaultDecompressedBytes``, or
    /// ``decompressedBytesVariable`` MiB when that is set to a positive whole number.
    public static var decompressedBytes: Int {
        guard let text = ProcessInfo.processInfo.environment[decompressedBytesVariable], let mib = Int(text), mib > 0,
            mib <= Int.max >> 20
        else { return defaultDecompressedBytes }
        return mib << 20
    }

    /// A byte count for messages: `64 MiB`, `512 KiB`, `4 GiB`, or plain bytes.
    public static func describe(bytes: Int) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return "\(bytes) bytes"
    }

    /// The issue for `file` going beyond a limit: `what` says what was too large, in both
    /// languages, and `raise` how to allow more, when that makes sense.
    public static func exceeded(_ file: String, _ what: Localized, raise: Localized? = nil, line: Int? = nil) -> InputIssue {
        let hint = raise.map { Localized(en: "; " + $0.en, zh: ";" + $0.zh) } ?? Localized(en: "", zh: "")
        return InputIssue(
            .error, file: file, line: line,
            message: Localized(en: "input limit exceeded: " + what.en + hint.en, zh: "超出输入上限:" + what.zh + hint.zh))
    }
}
