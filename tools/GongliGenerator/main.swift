import Foundation
import PatrolData
import PatrolGeo

let arguments = CommandLine.arguments
let output = arguments.count > 1 ? arguments[1] : "SampleMaps/gongli"
let started = Date()
let master = RandomSource(seed: 0x6F6E_676C_6932_3032)
let toWorking = try CoordinateTransform(from: .cgcs2000, to: CoordinateReferenceSystem("EPSG:4545"))
let rawCentre = try toWorking.forward(Point(x: 109.05, y: 34.90))
let centre = Point(x: (rawCentre.x / 25).rounded() * 25, y: (rawCentre.y / 25).rounded() * 25)
let terrain = Terrain(centre: centre, halfWidth: 6500, halfHeight: 7500, random: master.fork("terrain"))
print("terrain \(Date().timeIntervalSince(started))")
let frame = terrain.frame
var outline = JurisdictionShape.cells(frame: frame, centre: centre, cellCount: 124_829, random: master.fork("outline")).map { $0 ? 0 : -1 }
LabelCleanup.tidy(&outline, frame: frame, keepOutside: false)
LabelCleanup.dropFragments(&outline, frame: frame)
LabelCleanup.fillHoles(&outline, frame: frame)
let inside = outline.map { $0 >= 0 }
let villages = try VillageTerritories(terrain: terrain, inside: inside, tableland: 6, mountain: 8, random: master.fork("villages"))
let arcs = BoundaryArcs(labels: villages.labels, frame: frame, smoothing: 3, tolerance: 1.0)
let outer = try arcs.rings { $0 >= 0 }
print("outer rings", outer.count, outer.map { abs(Polygon.signedArea($0)) / 1e6 })
var features: [GeoJSONWriter.Feature] = []
let lonlat = outer.map { toWorking.inverse($0) }
print("geodesic", Geodesic.grs80.area(exterior: lonlat[0].map { LonLat(lon: $0.x, lat: $0.y) }) / 1e6)
features.append(.init(properties: [("kind", .string("jurisdiction")), ("name", .string("宫里镇"))], geometry: .polygon(lonlat)))
for v in 0..<14 {
    let rings = try arcs.rings { $0 == v }
    print("village", v, rings.count, rings.map { abs(Polygon.signedArea($0)) / 1e6 })
    features.append(.init(properties: [("kind", .string("village")), ("name", .string("V\(v)"))], geometry: .polygon(rings.map { toWorking.inverse($0) })))
}
try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
try FileIO.writeAtomically(GeoJSONWriter.featureCollection(features, decimals: 7), to: output + "/boundary.geojson")
let grid = try ElevationGrid(columns: terrain.frame.columns, rows: terrain.frame.rows, west: terrain.frame.west, south: terrain.frame.south, cellSize: 25, values: terrain.elevation.map { Float($0) })
try FileIO.writeAtomically(ASCIIGrid.write(grid), to: output + "/dem.asc")
let areaGrid = try ElevationGrid(columns: terrain.frame.columns, rows: terrain.frame.rows, west: terrain.frame.west, south: terrain.frame.south, cellSize: 25, values: terrain.drainage.area.map { Float($0) })
try FileIO.writeAtomically(ASCIIGrid.write(areaGrid, decimals: 0), to: "/tmp/gongli-area.asc")
print("done \(Date().timeIntervalSince(started))")
