import Foundation
import PatrolData
import PatrolImport

/// One reader the fuzzers feed with arbitrary bytes.
///
/// Running a target on any input must return: a refused input is an ``InputIssue`` (or a
/// place error) caught here, while a trap, a hang or unbounded memory is a bug. The same
/// functions replay the committed regression inputs in the unit tests.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A GeoJSON layer (`GeoJSONReader`, geographic and projected).
    case geojson
    /// A household ledger (`TextDecoding` then `CSVReader`).
    case csv
    /// A map manifest (`MapManifest.read`).
    case manifest
    /// An elevation grid (`ASCIIGrid.read`).
    case grid
    /// An OSM XML or gzipped XML file through the whole `import osm`.
    case osm
    /// An OSM PBF file through the whole `import osm`.
    case pbf
    /// A GPX track through `import gpx` into a copy of the tiny map.
    case gpx
    /// A zip archive of SRTM tiles (`HGTMosaic.load`).
    case zip
    /// A place as a dispatcher types it (`PlaceSearch` on the tiny map).
    case place

    /// Feeds `bytes` to the target's reader and discards what it returns.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .geojson:
            _ = try? GeoJSONReader.read(bytes, file: "fuzz.geojson", geographic: true)
            _ = try? GeoJSONReader.read(bytes, file: "fuzz.geojson", geographic: false)
        case .csv:
            if let (text, _) = TextDecoding.decode(bytes) {
                _ = try? CSVReader.parse(text)
            } else {
                _ = TextDecoding.failure(in: bytes)
            }
        case .manifest:
            _ = try? MapManifest.read(bytes)
        case .grid:
            _ = try? ASCIIGrid.read(bytes, file: "fuzz.asc")
        case .osm, .pbf:
            let input = FuzzScratch.write(bytes, as: self == .osm ? "input.osm" : "input.osm.pbf")
            let options = OSMImportOptions(input: input, output: FuzzScratch.path("imported"), replace: true)
            _ = try? OSMImporter.run(options)
        case .gpx:
            let input = FuzzScratch.write(bytes, as: "track.gpx")
            guard let file = try? GPXReader.read(path: input, name: "track.gpx"), !file.segments.isEmpty else { return }
            let map = FuzzScratch.freshTinyMap()
            _ = try? GPXImporter.run(GPXImportOptions(file: input, map: map))
        case .zip:
            let input = FuzzScratch.write(bytes, as: "tiles.hgt.zip")
            _ = try? HGTMosaic.load([input])
        case .place:
            let query = String(decoding: bytes, as: UTF8.self)
            let search = FuzzScratch.tinyPlaces
            _ = try? search.search(query)
            _ = try? search.resolve(query)
        }
    }
}
