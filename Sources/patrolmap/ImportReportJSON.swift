import PatrolData
import PatrolImport

/// Import reports as JSON for programs (`--format json`).
enum ImportReportJSON {
    static func osm(_ r: OSMImportReport) -> String {
        func n(_ v: Int) -> JSONValue { .number(Double(v)) }
        let roads: [(String, JSONValue)] = [
            ("ways", n(r.roads.ways)), ("features", n(r.roads.features)), ("splits", n(r.roads.splits)),
            ("clipped", n(r.roads.clipped)), ("outside", n(r.roads.outside)),
            ("ways_with_missing_nodes", n(r.roads.waysWithMissingNodes)), ("missing_references", n(r.roads.missingReferences)),
            ("reversed_oneways", n(r.roads.reversedOneways)), ("roundabout_oneways", n(r.roads.roundaboutOneways)),
            ("widths_dropped", n(r.roads.widthsDropped)),
            ("maxspeeds_read", n(r.roads.maxspeedsRead)), ("maxspeeds_dropped", n(r.roads.maxspeedsDropped.values.reduce(0, +))),
            ("degenerate", n(r.roads.degenerate)), ("vertices", n(r.roads.vertices)),
            ("main_network_m", .number(r.roads.connectivity.mainMetres, decimals: 1)), ("islands", n(r.roads.connectivity.islands)),
            ("island_m", .number(r.roads.connectivity.islandMetres, decimals: 1)), ("islands_cut", n(r.roads.connectivity.islandsCut)),
            ("dropped", .object(r.droppedHighways.keys.sorted().map { ($0, n(r.droppedHighways[$0]!)) })), ("ferries", n(r.ferries)),
        ]
        let points: [(String, JSONValue)] = [
            ("posts", n(r.points.posts)), ("police_nodes", n(r.points.policeNodes)), ("police_areas", n(r.points.policeAreas)),
            ("police_areas_merged", n(r.points.policeAreasMerged)), ("station_added", .bool(r.points.stationAdded)),
            ("landmarks", n(r.points.landmarks)), ("landmark_candidates", n(r.points.landmarkCandidates)),
            ("repeated_names", n(r.points.repeatedNames)), ("outside", n(r.points.outside)),
        ]
        let water: [(String, JSONValue)] = [
            ("areas", n(r.water.areas)), ("multipolygons", n(r.water.multipolygons)), ("lines", n(r.water.lines)), ("skipped", n(r.water.skipped)),
        ]
        let members: [(String, JSONValue)] = [
            ("input", .string(r.input)), ("format", .string(r.format)), ("output", .string(r.output)),
            ("date", r.date.map(JSONValue.string) ?? .null), ("nodes_read", n(r.nodesRead)), ("ways_read", n(r.waysRead)),
            ("area_km2", .number(r.areaKm2, decimals: 4)), ("villages", n(r.villages)), ("households", n(0)),
            ("roads", .object(roads)), ("points", .object(points)), ("water", .object(water)), ("skipped", n(r.skipped.count)),
            ("warnings", .array(r.warnings.map { .string($0.en) })),
        ]
        return JSONWriter.pretty(.object(members))
    }
}
