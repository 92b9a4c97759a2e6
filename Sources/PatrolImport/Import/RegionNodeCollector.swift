import PatrolGeo
import PatrolData

/// The optional first pass of an OSM import clipped to a given area: the ids of the nodes
/// inside the area's box, so the way pass can keep only the ways that touch it and memory
/// follows the area, not the file.
struct RegionNodeCollector: OSMHandler {
    var wantsNodes: Bool { true }
    var wantsWays: Bool { false }

    /// The box, longitude/latitude.
    let box: BoundingBox
    private var found: [Int64] = []
    private var ascending = true
    /// True when ``InputLimits/osmNodeReferences`` nodes were found and later ones were not
    /// kept; the import is then refused.
    private(set) var full = false

    /// A collector for nodes inside `box`.
    init(box: BoundingBox) {
        self.box = box
    }

    /// The ids found, ascending and distinct.
    var ids: [Int64] { ascending ? found : SortedIDs.distinctSorted(found) }

    mutating func header(_ header: OSMFileHeader) {}

    mutating func node(_ node: OSMNode) {
        guard box.contains(Point(x: node.coordinate.longitude, y: node.coordinate.latitude)) else { return }
        guard found.count < InputLimits.osmNodeReferences else {
            full = true
            return
        }
        if let last = found.last, last >= node.id { ascending = false }
        found.append(node.id)
    }

    mutating func way(_ way: OSMWay) {}

    mutating func skipped(_ issue: InputIssue) {}
}

/// An OSM file read pass by pass.
///
/// For PBF the first pass records which blocks hold nodes and which hold ways, and later
/// passes read only the blocks they need.
struct OSMPassReader {
    let path: String
    let name: String
    let format: OSMFileFormat
    private var index: [PBFReader.BlockEntry]?

    /// A reader for the file at `path` in `format`.
    init(path: String, name: String, format: OSMFileFormat) {
        self.path = path
        self.name = name
        self.format = format
    }

    /// One pass over the file into `handler`.
    mutating func read<H: OSMHandler>(into handler: inout H) throws(InputIssue) {
        switch format {
        case .pbf:
            let reader = try PBFReader(path: path, name: name)
            if let index {
                let wanted = index.filter {
                    (handler.wantsNodes && $0.contents.contains(.nodes)) || (handler.wantsWays && $0.contents.contains(.ways))
                        || (handler.wantsRelations && $0.contents.contains(.relations))
                }
                try reader.read(into: &handler, only: wanted)
            } else {
                index = try reader.read(into: &handler)
            }
        case .xml, .gzipXML:
            try OSMXMLReader(path: path, name: name).read(into: &handler)
        }
    }
}
