import Foundation
public import GRDB
import PatrolData

/// The call log: every dispatch made from the console, in `calls.sqlite` in the data
/// directory (SQLite in WAL mode; each call one transaction, so a kill loses nothing committed).
public final class CallLog: Sendable {
    /// One recorded dispatch.
    public struct Call: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
        /// The row id, `nil` before it is saved.
        public var id: Int64?
        /// When, in UTC (`2026-12-01T14:05:09Z`).
        public var time: String
        /// The caller's household id, `nil` for a point or a landmark.
        public var household: String?
        /// The destination as the console named it (house label, landmark, `lon,lat`).
        public var place: String
        /// The destination's longitude and latitude.
        public var lon: Double
        /// The destination's latitude.
        public var lat: Double
        /// The post sent (the fastest one).
        public var post: String
        /// Its ETA in seconds.
        public var etaSeconds: Double
        /// The route's length in metres.
        public var distanceMetres: Double
        /// The dispatcher who made the call.
        public var dispatcher: String
        /// The travel profile and season used.
        public var profile: String
        /// The season used.
        public var season: String

        /// A call from its fields; `id` is `nil` until it is saved.
        public init(
            id: Int64?, time: String, household: String?, place: String, lon: Double, lat: Double, post: String, etaSeconds: Double,
            distanceMetres: Double, dispatcher: String, profile: String, season: String
        ) {
            self.id = id
            self.time = time
            self.household = household
            self.place = place
            self.lon = lon
            self.lat = lat
            self.post = post
            self.etaSeconds = etaSeconds
            self.distanceMetres = distanceMetres
            self.dispatcher = dispatcher
            self.profile = profile
            self.season = season
        }

        /// The table: `calls`.
        public static let databaseTableName = "calls"

        enum CodingKeys: String, CodingKey {
            case id, time, household, place, lon, lat, post, profile, season, dispatcher
            case etaSeconds = "eta_s"
            case distanceMetres = "distance_m"
        }

        /// Keeps the id SQLite gave the new row.
        public mutating func didInsert(_ inserted: InsertionSuccess) {
            id = inserted.rowID
        }
    }

    private let database: DatabasePool

    /// The database file.
    public let path: String

    /// Opens (creating it when new) the call log in `directory`.
    public init(directory: String) throws {
        path = (directory as NSString).appendingPathComponent("calls.sqlite")
        database = try DatabasePool(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("calls-v1") { db in
            try db.create(table: "calls") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("time", .text).notNull().indexed()
                t.column("household", .text).indexed()
                t.column("place", .text).notNull()
                t.column("lon", .double).notNull()
                t.column("lat", .double).notNull()
                t.column("post", .text).notNull()
                t.column("eta_s", .double).notNull()
                t.column("distance_m", .double).notNull()
                t.column("dispatcher", .text).notNull()
                t.column("profile", .text).notNull()
                t.column("season", .text).notNull()
            }
        }
        try migrator.migrate(database)
    }

    /// Saves a call in its own transaction; returns it with its id.
    @discardableResult
    public func record(_ call: Call) throws -> Call {
        try database.write { db in
            var saved = call
            try saved.insert(db)
            return saved
        }
    }

    /// The calls to a household, oldest first.
    public func calls(household: String) throws -> [Call] {
        try database.read { db in
            try Call.filter(Column("household") == household).order(Column("time"), Column("id")).fetchAll(db)
        }
    }

    /// The calls from the start of day `from` to the end of day `to` (`YYYY-MM-DD`, UTC), oldest first.
    public func calls(from: String, to: String) throws -> [Call] {
        try database.read { db in
            try Call.filter(Column("time") >= from && Column("time") < to + "T99").order(Column("time"), Column("id")).fetchAll(db)
        }
    }

    /// Every call, oldest first.
    public func all() throws -> [Call] {
        try database.read { db in try Call.order(Column("id")).fetchAll(db) }
    }

    /// `time` as the log writes it: ISO 8601 in UTC, to the second.
    static func timestamp(_ time: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: time)
    }

    /// The monthly report's CSV: one row per call.
    static func csv(_ calls: [Call]) -> String {
        CSVWriter.table(
            header: ["id", "time", "household", "place", "lon", "lat", "post", "eta_s", "distance_m", "dispatcher", "profile", "season"],
            rows: calls.map { c in
                [
                    c.id.map(String.init) ?? "", c.time, c.household ?? "", c.place, JSONWriter.format(c.lon), JSONWriter.format(c.lat), c.post,
                    JSONWriter.format(c.etaSeconds), JSONWriter.format(c.distanceMetres), c.dispatcher, c.profile, c.season,
                ]
            })
    }
}
