import PatrolData

/// Everything that differs between the kinds of map PatrolMap prints, as data.
///
/// Layers read these values; no layer branches on the style's name. Personal data is
/// governed by ``showsPersonalData`` alone, and the renderer removes it from the map
/// before any layer runs when it is `false` (see ``PersonalDataRedaction``).
public struct MapStyle: Sendable, Hashable {
    /// The kinds of map.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A public wall map: roads, houses, posts with their phones; no personal data.
        case wall
        /// The station's own map: adds household heads and care tags.
        case `internal`
        /// A route card for an officer on call.
        case dispatch
        /// A wall map with coverage bands and blind spots over it.
        case coverage
    }

    /// Which kind this is.
    public var kind: Kind
    /// Household heads and care tags are drawn (internal maps only).
    public var showsPersonalData: Bool
    /// A prominent "internal use" mark in the title band and on the map.
    public var marksInternalUse: Bool
    /// A village map's panel leads with the emergency number and every post's phone, and a
    /// key map of the township (public wall maps).
    public var showsContactPanel: Bool
    /// Sealed roads that leave the sheet carry a "至 XX" note naming the village they lead to.
    public var notesRoadExits: Bool
    /// Road classes.
    public var roads: [RoadStyle]
    /// Fill of the land inside the jurisdiction.
    public var landFill: String
    /// Fill of the land outside it (muted).
    public var outsideFill: String
    /// Jurisdiction boundary colour.
    public var jurisdictionColor: String
    /// Village boundary colour.
    public var villageColor: String
    /// Contour colour.
    public var contourColor: String
    /// Contour interval in metres.
    public var contourInterval: Double
    /// Every how many contours one is an index contour (thicker, labelled).
    public var indexContourEvery: Int
    /// House symbol colour.
    public var houseColor: String
    /// Size of a house on the ground in metres (the symbol never gets smaller than ``minimumHouseSize``).
    public var houseGroundSize: Double
    /// Smallest house symbol in mm.
    public var minimumHouseSize: Double
    /// House numbers are labelled at scales 1:N with N up to this.
    public var houseNumberMaxScale: Double
    /// House numbers are set inside each house square at scales 1:N with N up to this (the
    /// house is then drawn at its ground size, light with an outline).
    public var houseNumberInsideMaxScale: Double
    /// At scales 1:N with N from this up, dense villages get a built-up tint under their houses.
    public var settlementTintMinScale: Double
    /// Beyond ``houseNumberMaxScale`` and up to 1:N with N this, the houses at row ends keep their numbers.
    public var rowEndNumbersMaxScale: Double
    /// Villager groups (组) are labelled at scales 1:N with N up to this.
    public var groupLabelMaxScale: Double
    /// Roads are drawn at their ground width (the `width` tag, else their class's) at scales
    /// 1:N with N up to this; at smaller scales by their class symbol.
    public var roadGroundWidthMaxScale: Double
    /// Route highlight colour (dispatch).
    public var routeColor: String
    /// Walked part of a route.
    public var walkColor: String
    /// Muting of the base map under a route or overlay (0 = none, 1 = white).
    public var baseMapFade: Double

    /// The style of a kind of map.
    public static func of(_ kind: Kind) -> MapStyle {
        var style = MapStyle(
            kind: kind, showsPersonalData: false, marksInternalUse: false, showsContactPanel: false, notesRoadExits: false, roads: RoadStyle.standard,
            landFill: "#fbf8ee", outsideFill: "#ebebe8", jurisdictionColor: "#6a3d9a", villageColor: "#8e6fae",
            contourColor: "#c2956b", contourInterval: 20, indexContourEvery: 5,
            houseColor: "#4b4b4b", houseGroundSize: 10, minimumHouseSize: 0.5,
            houseNumberMaxScale: 7_500, houseNumberInsideMaxScale: 2_500,
            settlementTintMinScale: 15_000, rowEndNumbersMaxScale: 25_000, groupLabelMaxScale: 30_000,
            roadGroundWidthMaxScale: 2_500, routeColor: "#d7263d", walkColor: "#1b6fd1", baseMapFade: 0)
        switch kind {
        case .wall:
            style.showsContactPanel = true
            style.notesRoadExits = true
        case .internal:
            style.showsPersonalData = true
            style.marksInternalUse = true
            style.notesRoadExits = true
        case .dispatch:
            style.baseMapFade = 0.35
            style.houseNumberMaxScale = 4_000
            style.rowEndNumbersMaxScale = 0
            style.houseNumberInsideMaxScale = 0
        case .coverage:
            style.baseMapFade = 0.4
            style.houseNumberMaxScale = 0
            style.rowEndNumbersMaxScale = 0
            style.houseNumberInsideMaxScale = 0
        }
        return style
    }
}
