import PatrolData
import PatrolGeo

/// What the import made of the OSM water.
public struct WaterStatistics: Sendable, Hashable {
    /// Water areas written (closed ways and assembled multipolygon relations).
    public var areas = 0
    /// Of ``areas``, those assembled from `type=multipolygon` relations.
    public var multipolygons = 0
    /// Watercourse lines written.
    public var lines = 0
    /// Water elements left out: not closed, members missing from the file, or too far from the jurisdiction.
    public var skipped = 0
}

/// Makes `water.geojson` from the water ways and `type=multipolygon` relations the way pass
/// kept (``OSMWaterRules``): areas as Polygon or MultiPolygon features (rings joined by
/// ``RingAssembler``, id `w<way>` or `r<relation>`), watercourses as LineString features
/// (`w<way>`), each with its ``OSMWaterRules/keys`` tags as properties.
///
/// An element is written when a vertex lies within ``nearby`` degrees of the jurisdiction's
/// box, so a lake beyond the map's edge is left out but a river running on past it is not. A
/// closed way that is a member of a written multipolygon is not written again.
struct WaterLayerBuilder {
    let ways: WayCollector
    let references: [UInt32]
    /// Node numbers of the multipolygons' member ways, by way id (``MemberWayCollector``).
    let memberWays: [Int64: [UInt32]]
    let coordinates: [FixedCoordinate]
    /// The jurisdiction's box, longitude/latitude.
    let bounds: BoundingBox
    /// The input file's name, for the issues.
    let file: String

    /// How far past the jurisdiction's box, in degrees (about 5 km), an element may lie and still be written.
    static let nearby = 0.05

    /// The features, the counts, and an issue for each element left out for a fault in the data.
    func build() -> (features: [GeoJSONWriter.Feature], statistics: WaterStatistics, issues: [InputIssue]) {
        var features: [GeoJSONWriter.Feature] = []
        var statistics = WaterStatistics()
        var issues: [InputIssue] = []
        let near = bounds.expanded(by: Self.nearby)
        func position(_ node: UInt32) -> Point? {
            let c = coordinates[Int(node)]
            return c == NodeCollector.missing ? nil : Point(x: c.longitude, y: c.latitude)
        }
        func skip(_ element: String, _ en: String, _ zh: String) {
            statistics.skipped += 1
            issues.append(InputIssue(.warning, file: file, recordID: element, message: Localized(en: en + "; skipped", zh: zh + ",已跳过")))
        }

        var written: Set<Int64> = []
        for relation in ways.waterAreas {
            let element = "relation/\(relation.id)"
            let members = relation.members.filter { $0.type == .way && ($0.role == "outer" || $0.role == "inner" || $0.role.isEmpty) }
            let found = members.compactMap { memberWays[$0.ref] }
            let nodes = found.flatMap { $0 }
            guard found.count == members.count, !members.isEmpty, nodes.allSatisfy({ position($0) != nil }) else {
                skip(
                    element, "water multipolygon with member ways or nodes missing from the file (cut off by the extract?)",
                    "水域多边形关系的成员路径或节点不在文件中(被数据范围截断?)")
                continue
            }
            let assembly = RingAssembler.assemble(found) { position($0)! }
            guard !assembly.polygons.isEmpty, assembly.openChains == 0 else {
                skip(element, "water multipolygon whose member ways do not close into rings", "水域多边形关系的成员路径不能连成闭合环")
                continue
            }
            guard nodes.contains(where: { near.contains(position($0)!) }) else { continue }
            features.append(feature("r\(relation.id)", tags: relation.tags, geometry: area(assembly.polygons)))
            statistics.areas += 1
            statistics.multipolygons += 1
            written.formUnion(members.map(\.ref))
        }

        for i in 0..<ways.count where ways.roles[i] == .water && !written.contains(ways.ids[i]) {
            let element = "way/\(ways.ids[i])"
            let tags = ways.tags(of: i)
            let nodes = Array(references[ways.refStart[i]..<ways.refStart[i + 1]])
            let points = nodes.compactMap(position)
            switch OSMWaterRules.kind(ofWay: tags) {
            case .area:
                guard points.count == nodes.count else {
                    skip(element, "water area with nodes missing from the file", "水域面的节点不在文件中")
                    continue
                }
                guard nodes.first == nodes.last else {
                    skip(element, "water area whose way is not closed", "水域面的路径没有闭合")
                    continue
                }
                let assembly = RingAssembler.assemble([nodes]) { position($0)! }
                guard let polygon = assembly.polygons.first else {
                    skip(element, "water area with no area (fewer than three distinct nodes)", "水域面没有面积(不同节点少于三个)")
                    continue
                }
                guard points.contains(where: near.contains) else { continue }
                features.append(feature("w\(ways.ids[i])", tags: tags, geometry: .polygon(polygon)))
                statistics.areas += 1
            case .line:
                // A watercourse with nodes missing (cut by the extract) keeps the runs it has.
                let runs = nodes.split { position($0) == nil }.map { $0.map { position($0)! } }.filter { $0.count >= 2 }
                guard !runs.isEmpty else {
                    skip(element, "watercourse with fewer than two consecutive nodes in the file", "水道在文件中连续的节点少于两个")
                    continue
                }
                guard points.contains(where: near.contains) else { continue }
                features.append(feature("w\(ways.ids[i])", tags: tags, geometry: runs.count == 1 ? .lineString(runs[0]) : .multiLineString(runs)))
                statistics.lines += 1
            case nil:
                continue
            }
        }
        return (features, statistics, issues)
    }

    private func area(_ polygons: [[[Point]]]) -> GeoJSONGeometry {
        polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    }

    private func feature(_ id: String, tags: OSMTags, geometry: GeoJSONGeometry) -> GeoJSONWriter.Feature {
        let properties = OSMWaterRules.keys.compactMap { key in tags[key].map { (key, JSONValue.string($0)) } }
        return GeoJSONWriter.Feature(id: id, properties: properties, geometry: geometry)
    }
}
