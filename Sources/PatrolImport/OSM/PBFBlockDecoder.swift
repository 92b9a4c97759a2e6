import PatrolData
import PatrolGeo

/// Decodes one OSM PBF `PrimitiveBlock` (already decompressed) and hands its nodes and ways
/// to a handler.
///
/// Message layout (from OSM's `osmformat.proto`): the block holds a string table (field 1),
/// primitive groups (field 2), `granularity` (17, default 100 nanodegrees), `date_granularity`
/// (18, default 1000 ms), `lat_offset` (19) and `lon_offset` (20). A group holds plain nodes
/// (1), one `DenseNodes` (2), ways (3) or relations (4, decoded for handlers that want them). Fields may come in any
/// order, so the block is scanned once for its parameters before any group is decoded.
struct PBFBlockDecoder {
    /// The file name for the issues of skipped elements.
    var file = ""
    /// Where the current block is, for those issues (`block 3 (byte 1234)`).
    var location = ""

    /// What one block contained.
    struct Contents: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let nodes = Contents(rawValue: 1)
        static let ways = Contents(rawValue: 2)
        static let relations = Contents(rawValue: 4)
    }

    // Scratch arrays reused from group to group, so decoding does not allocate per node.
    private var ids: [Int64] = []
    private var lats: [Int64] = []
    private var lons: [Int64] = []
    private var keysVals: [UInt64] = []
    private var timestamps: [Int64] = []
    private var keys: [UInt64] = []
    private var values: [UInt64] = []

    /// Decodes `block`, calling `handler` for the element types it wants.
    ///
    /// - Returns: the element types the block holds (decoded or not).
    /// - Complexity: O(size of the block)
    mutating func decode<H: OSMHandler>(_ block: UnsafeRawBufferPointer, into handler: inout H) throws(ProtobufError) -> Contents {
        var reader = ProtobufReader(block)
        var stringTable: ProtobufReader?
        var groups: [ProtobufReader] = []
        var parameters = BlockParameters()
        while !reader.isAtEnd {
            let (field, type) = try reader.readKey()
            switch (field, type) {
            case (1, .lengthDelimited): stringTable = try reader.readMessage()
            case (2, .lengthDelimited): groups.append(try reader.readMessage())
            case (17, .varint): parameters.granularity = Int64(truncatingIfNeeded: try reader.readVarint())
            case (18, .varint): parameters.dateGranularity = Int64(truncatingIfNeeded: try reader.readVarint())
            case (19, .varint): parameters.latOffset = Int64(bitPattern: try reader.readVarint())
            case (20, .varint): parameters.lonOffset = Int64(bitPattern: try reader.readVarint())
            default: try reader.skip(type)
            }
        }
        guard parameters.granularity > 0 else {
            throw ProtobufError(offset: 0, reason: "granularity \(parameters.granularity) is not positive")
        }
        var strings = StringTable(try stringTable.map { table throws(ProtobufError) in try Self.stringSlices(table) } ?? [])
        var contents: Contents = []
        for var group in groups {
            while !group.isAtEnd {
                let start = group.position
                let (field, type) = try group.readKey()
                switch (field, type) {
                case (1, .lengthDelimited):
                    contents.insert(.nodes)
                    if handler.wantsNodes {
                        var message = try group.readMessage()
                        try decodeNode(&message, parameters, &strings, into: &handler)
                    } else {
                        try group.skip(type)
                    }
                case (2, .lengthDelimited):
                    contents.insert(.nodes)
                    if handler.wantsNodes {
                        var message = try group.readMessage()
                        try decodeDenseNodes(&message, parameters, &strings, into: &handler)
                    } else {
                        try group.skip(type)
                    }
                case (3, .lengthDelimited):
                    contents.insert(.ways)
                    if handler.wantsWays {
                        var message = try group.readMessage()
                        try decodeWay(&message, parameters, &strings, into: &handler)
                    } else {
                        try group.skip(type)
                    }
                case (4, .lengthDelimited):
                    contents.insert(.relations)
                    if handler.wantsRelations {
                        var message = try group.readMessage()
                        try decodeRelation(&message, &strings, into: &handler)
                    } else {
                        try group.skip(type)
                    }
                case (_, .startGroup), (_, .endGroup):
                    throw ProtobufError(offset: start, reason: "unexpected group marker in a primitive group")
                default:
                    try group.skip(type)
                }
            }
        }
        return contents
    }

    /// The block-wide numbers that turn stored integers into degrees and times.
    struct BlockParameters {
        var granularity: Int64 = 100
        var dateGranularity: Int64 = 1000
        var latOffset: Int64 = 0
        var lonOffset: Int64 = 0

        /// A stored latitude or longitude as 1e-7 degrees, rounded to nearest.
        @inline(__always)
        func fixed(_ stored: Int64, offset: Int64) -> Int64 {
            let nano = offset &+ granularity &* stored
            // Round half away from zero when the granularity is finer than 100 nanodegrees.
            return nano >= 0 ? (nano &+ 50) / 100 : 0 &- ((0 &- nano) &+ 50) / 100
        }

        func coordinate(lat: Int64, lon: Int64) -> FixedCoordinate? {
            let la = fixed(lat, offset: latOffset)
            let lo = fixed(lon, offset: lonOffset)
            guard abs(la) <= 900_000_000, abs(lo) <= 1_800_000_000 else { return nil }
            return FixedCoordinate(lat: Int32(la), lon: Int32(lo))
        }

        /// A stored timestamp as seconds since 1970.
        func seconds(_ stored: Int64) -> Int64 {
            stored &* dateGranularity / 1000
        }
    }

    /// The block's strings, converted to `String` the first time each is used.
    struct StringTable {
        let slices: [UnsafeRawBufferPointer]
        var cache: [String?]

        init(_ slices: [UnsafeRawBufferPointer]) {
            self.slices = slices
            cache = Array(repeating: nil, count: slices.count)
        }

        mutating func string(_ index: UInt64, at offset: Int) throws(ProtobufError) -> String {
            guard index < UInt64(slices.count) else {
                throw ProtobufError(offset: offset, reason: "string index \(index) is outside the string table (\(slices.count) strings)")
            }
            let i = Int(index)
            if let s = cache[i] { return s }
            let s = String(decoding: slices[i], as: UTF8.self)
            cache[i] = s
            return s
        }
    }

    private static func stringSlices(_ table: ProtobufReader) throws(ProtobufError) -> [UnsafeRawBufferPointer] {
        var reader = table
        var slices: [UnsafeRawBufferPointer] = []
        while !reader.isAtEnd {
            let (field, type) = try reader.readKey()
            if field == 1, type == .lengthDelimited {
                slices.append(try reader.readBytes())
            } else {
                try reader.skip(type)
            }
        }
        return slices
    }

    private mutating func decodeDenseNodes<H: OSMHandler>(
        _ message: inout ProtobufReader, _ parameters: BlockParameters, _ strings: inout StringTable, into handler: inout H
    ) throws(ProtobufError) {
        let start = message.position
        ids.removeAll(keepingCapacity: true)
        lats.removeAll(keepingCapacity: true)
        lons.removeAll(keepingCapacity: true)
        keysVals.removeAll(keepingCapacity: true)
        timestamps.removeAll(keepingCapacity: true)
        while !message.isAtEnd {
            let (field, type) = try message.readKey()
            switch field {
            case 1: try message.appendSignedVarints(type, to: &ids, delta: true)
            case 5 where type == .lengthDelimited:
                var info = try message.readMessage()
                while !info.isAtEnd {
                    let (infoField, infoType) = try info.readKey()
                    if infoField == 2 {
                        try info.appendSignedVarints(infoType, to: &timestamps, delta: true)
                    } else {
                        try info.skip(infoType)
                    }
                }
            case 8: try message.appendSignedVarints(type, to: &lats, delta: true)
            case 9: try message.appendSignedVarints(type, to: &lons, delta: true)
            case 10: try message.appendVarints(type, to: &keysVals)
            default: try message.skip(type)
            }
        }
        guard lats.count == ids.count, lons.count == ids.count else {
            throw ProtobufError(offset: start, reason: "dense nodes hold \(ids.count) ids but \(lats.count) latitudes and \(lons.count) longitudes")
        }
        guard timestamps.isEmpty || timestamps.count == ids.count else {
            throw ProtobufError(offset: start, reason: "dense nodes hold \(ids.count) ids but \(timestamps.count) timestamps")
        }
        var cursor = 0
        for i in 0..<ids.count {
            var pairs: [(key: String, value: String)] = []
            if !keysVals.isEmpty {
                while true {
                    guard cursor < keysVals.count else {
                        throw ProtobufError(offset: start, reason: "dense node keys_vals end before node \(ids[i])'s tag list is closed")
                    }
                    let k = keysVals[cursor]
                    cursor += 1
                    if k == 0 { break }
                    guard cursor < keysVals.count else {
                        throw ProtobufError(offset: start, reason: "dense node keys_vals: key without a value for node \(ids[i])")
                    }
                    let v = keysVals[cursor]
                    cursor += 1
                    pairs.append((try strings.string(k, at: start), try strings.string(v, at: start)))
                }
            }
            let timestamp = timestamps.isEmpty ? 0 : parameters.seconds(timestamps[i])
            guard let coordinate = parameters.coordinate(lat: lats[i], lon: lons[i]) else {
                handler.skipped(badPosition(ids[i]))
                continue
            }
            handler.node(OSMNode(id: ids[i], coordinate: coordinate, tags: OSMTags(pairs: pairs), timestamp: timestamp))
        }
    }

    private mutating func decodeNode<H: OSMHandler>(
        _ message: inout ProtobufReader, _ parameters: BlockParameters, _ strings: inout StringTable, into handler: inout H
    ) throws(ProtobufError) {
        let start = message.position
        var id: Int64?
        var lat: Int64?
        var lon: Int64?
        var timestamp: Int64 = 0
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        while !message.isAtEnd {
            let (field, type) = try message.readKey()
            switch (field, type) {
            case (1, .varint): id = try message.readSignedVarint()
            case (2, _): try message.appendVarints(type, to: &keys)
            case (3, _): try message.appendVarints(type, to: &values)
            case (4, .lengthDelimited): timestamp = parameters.seconds(try Self.infoTimestamp(message.readMessage()))
            case (8, .varint): lat = try message.readSignedVarint()
            case (9, .varint): lon = try message.readSignedVarint()
            default: try message.skip(type)
            }
        }
        guard let id, let lat, let lon else {
            throw ProtobufError(offset: start, reason: "a node lacks its id, lat or lon")
        }
        let tags = try tagPairs(&strings, at: start, owner: "node \(id)")
        guard let coordinate = parameters.coordinate(lat: lat, lon: lon) else {
            handler.skipped(badPosition(id))
            return
        }
        handler.node(OSMNode(id: id, coordinate: coordinate, tags: tags, timestamp: timestamp))
    }

    private mutating func decodeWay<H: OSMHandler>(
        _ message: inout ProtobufReader, _ parameters: BlockParameters, _ strings: inout StringTable, into handler: inout H
    ) throws(ProtobufError) {
        let start = message.position
        var id: Int64?
        var timestamp: Int64 = 0
        var refs: [Int64] = []
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        while !message.isAtEnd {
            let (field, type) = try message.readKey()
            switch (field, type) {
            case (1, .varint): id = Int64(bitPattern: try message.readVarint())
            case (2, _): try message.appendVarints(type, to: &keys)
            case (3, _): try message.appendVarints(type, to: &values)
            case (4, .lengthDelimited): timestamp = parameters.seconds(try Self.infoTimestamp(message.readMessage()))
            case (8, _): try message.appendSignedVarints(type, to: &refs, delta: true)
            default: try message.skip(type)
            }
        }
        guard let id else { throw ProtobufError(offset: start, reason: "a way lacks its id") }
        guard refs.count <= InputLimits.osmNodesPerWay, keys.count <= InputLimits.osmTagsPerElement else {
            handler.skipped(
                InputIssue(
                    .error, file: file, recordID: "\(location): way \(id)",
                    message: Localized(
                        en: "more than \(InputLimits.osmNodesPerWay) node references or \(InputLimits.osmTagsPerElement) tags (input limit); skipped",
                        zh: "节点引用超过 \(InputLimits.osmNodesPerWay) 个或标签超过 \(InputLimits.osmTagsPerElement) 个(输入上限),已跳过")))
            return
        }
        let tags = try tagPairs(&strings, at: start, owner: "way \(id)")
        handler.way(OSMWay(id: id, refs: refs, tags: tags, timestamp: timestamp))
    }

    /// A `Relation`: id (1), keys (2), vals (3), info (4), roles_sid (8), memids (9, delta-coded), types (10).
    private mutating func decodeRelation<H: OSMHandler>(_ message: inout ProtobufReader, _ strings: inout StringTable, into handler: inout H)
        throws(ProtobufError)
    {
        let start = message.position
        var id: Int64?
        var roles: [UInt64] = []
        var memberIDs: [Int64] = []
        var types: [UInt64] = []
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        while !message.isAtEnd {
            let (field, type) = try message.readKey()
            switch (field, type) {
            case (1, .varint): id = Int64(bitPattern: try message.readVarint())
            case (2, _): try message.appendVarints(type, to: &keys)
            case (3, _): try message.appendVarints(type, to: &values)
            case (8, _): try message.appendVarints(type, to: &roles)
            case (9, _): try message.appendSignedVarints(type, to: &memberIDs, delta: true)
            case (10, _): try message.appendVarints(type, to: &types)
            default: try message.skip(type)
            }
        }
        guard let id else { throw ProtobufError(offset: start, reason: "a relation lacks its id") }
        guard roles.count == memberIDs.count, types.count == memberIDs.count else {
            throw ProtobufError(
                offset: start, reason: "relation \(id) has \(memberIDs.count) member ids but \(roles.count) roles and \(types.count) types")
        }
        guard memberIDs.count <= InputLimits.osmNodesPerWay, keys.count <= InputLimits.osmTagsPerElement else {
            handler.skipped(
                InputIssue(
                    .error, file: file, recordID: "\(location): relation \(id)",
                    message: Localized(
                        en: "more than \(InputLimits.osmNodesPerWay) members or \(InputLimits.osmTagsPerElement) tags (input limit); skipped",
                        zh: "成员超过 \(InputLimits.osmNodesPerWay) 个或标签超过 \(InputLimits.osmTagsPerElement) 个(输入上限),已跳过")))
            return
        }
        var members: [OSMRelation.Member] = []
        members.reserveCapacity(memberIDs.count)
        for i in 0..<memberIDs.count {
            guard let type = OSMRelation.MemberType(rawValue: UInt8(truncatingIfNeeded: types[i])), types[i] <= 2 else {
                throw ProtobufError(offset: start, reason: "relation \(id) has a member of unknown type \(types[i])")
            }
            members.append(OSMRelation.Member(type: type, ref: memberIDs[i], role: try strings.string(roles[i], at: start)))
        }
        let tags = try tagPairs(&strings, at: start, owner: "relation \(id)")
        handler.relation(OSMRelation(id: id, members: members, tags: tags))
    }

    private func tagPairs(_ strings: inout StringTable, at offset: Int, owner: String) throws(ProtobufError) -> OSMTags {
        guard keys.count == values.count else {
            throw ProtobufError(offset: offset, reason: "\(owner) has \(keys.count) tag keys but \(values.count) values")
        }
        var pairs: [(key: String, value: String)] = []
        pairs.reserveCapacity(keys.count)
        for i in 0..<keys.count {
            pairs.append((try strings.string(keys[i], at: offset), try strings.string(values[i], at: offset)))
        }
        return OSMTags(pairs: pairs)
    }

    /// The `timestamp` (field 2) of an `Info` message, in date-granularity units.
    private static func infoTimestamp(_ info: ProtobufReader) throws(ProtobufError) -> Int64 {
        var reader = info
        var timestamp: Int64 = 0
        while !reader.isAtEnd {
            let (field, type) = try reader.readKey()
            if field == 2, type == .varint {
                timestamp = Int64(bitPattern: try reader.readVarint())
            } else {
                try reader.skip(type)
            }
        }
        return timestamp
    }

    private func badPosition(_ id: Int64) -> InputIssue {
        InputIssue(
            .error, file: file, recordID: "\(location): node \(id)",
            message: Localized(en: "position outside ±90° latitude / ±180° longitude; skipped", zh: "坐标超出纬度 ±90° / 经度 ±180° 范围,已跳过"))
    }
}
