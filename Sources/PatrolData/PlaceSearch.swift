import Foundation
import PatrolGeo
import Synchronization

/// Finds households, posts and landmarks by what a dispatcher types.
///
/// A query is tried, in order, as: `@x,y` (working CRS), `lon,lat` (degrees: in the input
/// CRS when it is geographic, so a GCJ-02 map takes GCJ-02 coordinates, else WGS 84), then
/// an exact household id, house label, post or landmark name, or household head; then, when
/// nothing matches exactly, as a part of those. Full-width digits and letters, spaces and
/// Chinese numerals in a villager group (`三组` = `3组`) are normalised first. Coordinates
/// off the map are returned as they are: the router says how far they are from a road.
public struct PlaceSearch: Sendable {
    /// The personal fields of a household that a search may match on.
    public struct PersonalFields: OptionSet, Sendable, Hashable {
        /// The bits of the set.
        public let rawValue: Int

        /// A field set from its bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// The household head's name (the command line's internal view matches on it).
        public static let heads = PersonalFields(rawValue: 1)
        /// The phone number: exactly, or a part of at least four digits (a caller ID).
        public static let phones = PersonalFields(rawValue: 2)
    }

    private let map: PatrolMap
    /// Household of each id's search key (``idKey(_:)``), made at the first id look-up after
    /// ``scannedLookups`` (those scan the ledger).
    private let byID = OnDemand<[String: Int]>()
    /// The id look-ups made so far, shared by every copy of the search.
    private let idLookups = LookupCount()
    /// Households of each normalised house label, made on the first query that is no household id.
    private let byLabel = OnDemand<[String: [Int]]>()
    private let personal: PersonalFields

    /// Indexes a map's places; `personal` names the household fields besides id and house
    /// label that queries match (none for a public view, which must not find a house by its head).
    ///
    /// The two household indexes are made when queries first need them, so a command that
    /// resolves one household id hashes no house label, and one that resolves a few ids hashes no id.
    /// - Complexity: O(1); O(n) in the number of households at a query that needs an index.
    public init(map: PatrolMap, personal: PersonalFields = .heads) {
        self.map = map
        self.personal = personal
    }

    /// Household index by ``idKey(_:)`` of its id.
    private static func idIndex(_ households: [Household]) -> [String: Int] {
        var byID: [String: Int] = [:]
        byID.reserveCapacity(households.count)
        for (i, household) in households.enumerated() { byID[idKey(household.id)] = i }
        return byID
    }

    /// Household indexes by ``normalize(_:)`` of their house label.
    private static func labelIndex(_ households: [Household]) -> [String: [Int]] {
        var byLabel: [String: [Int]] = [:]
        for (i, household) in households.enumerated() { byLabel[normalize(household.houseLabel), default: []].append(i) }
        return byLabel
    }

    /// Every place matching `query`, best matches first (at most `limit`).
    public func search(_ query: String, limit: Int = 20) throws(PlaceError) -> [Place] {
        Array(try matches(query).prefix(Swift.max(0, limit)))
    }

    /// Every place matching `query`, best matches first: the exact matches when there are
    /// any, else the partial ones.
    public func matches(_ query: String) throws(PlaceError) -> [Place] {
        if let coordinate = try coordinate(query) { return [coordinate] }
        let exact = exactMatches(query)
        return exact.isEmpty ? partialMatches(query) : exact
    }

    /// The one place `query` names, or an error listing every candidate.
    public func resolve(_ query: String) throws(PlaceError) -> Place {
        if let coordinate = try coordinate(query) { return coordinate }
        let exact = exactMatches(query)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguous(query: query, candidates: exact) }
        let partial = partialMatches(query)
        if partial.count == 1 { return partial[0] }
        if partial.isEmpty { throw .notFound(query: query) }
        throw .ambiguous(query: query, candidates: partial)
    }

    /// How far a place given as coordinates lies outside the jurisdiction, in metres on the
    /// ground (``PatrolMap/groundDistance(_:_:)``); `nil` for a place inside it (or on its
    /// border) and for named places, which the map holds.
    public func distanceOutsideJurisdiction(_ place: Place) -> Double? {
        guard case .coordinate(let p, _) = place, let border = map.jurisdiction.nearestBorderPoint(outside: p) else { return nil }
        return map.groundDistance(p, border)
    }

    private func coordinate(_ query: String) throws(PlaceError) -> Place? {
        let text = Self.normalize(query)
        let working = text.hasPrefix("@")
        let body = working ? String(text.dropFirst()) : text
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else { return nil }
        guard a.isFinite, b.isFinite else {
            throw .invalidCoordinates(query: query, reason: Localized(en: "coordinates must be finite numbers", zh: "坐标必须是有限数"))
        }
        let point: Point
        if working {
            let limit = InputLimits.projectedCoordinate
            guard abs(a) <= limit, abs(b) <= limit else {
                throw .invalidCoordinates(
                    query: query,
                    reason: Localized(
                        en: "working-CRS coordinates must be within ±\(JSONWriter.format(limit)) m (input limit)",
                        zh: "工作坐标系坐标须在 ±\(JSONWriter.format(limit)) 米之内(输入上限)"))
            }
            point = Point(x: a, y: b)
        } else {
            guard abs(a) <= 180, abs(b) <= 90 else {
                let hint =
                    abs(b) <= 180 && abs(a) <= 90
                    ? Localized(en: " (longitude comes first: did you mean \(parts[1]),\(parts[0])?)", zh: "(经度在前:是否应为 \(parts[1]),\(parts[0])?)")
                    : Localized(en: " (use @x,y for working-CRS metres)", zh: "(工作坐标系米制坐标请用 @x,y)")
                throw .invalidCoordinates(
                    query: query,
                    reason: Localized(
                        en: "longitude must be within ±180 and latitude within ±90" + hint.en, zh: "经度须在 ±180 之内,纬度须在 ±90 之内" + hint.zh))
            }
            // The map's own transforms, built once at load: a PROJ transform per query costs a
            // database look-up (0.1 s, and far more under AddressSanitizer).
            point =
                map.inputIsGeographic
                ? map.coordinates.working(fromInput: Point(x: a, y: b)) : map.coordinates.working(LonLat(lon: a, lat: b))
            guard point.x.isFinite, point.y.isFinite else {
                throw .invalidCoordinates(
                    query: query, reason: Localized(en: "PROJ cannot transform this point", zh: "坐标无法转换(PROJ 无法转换该点)"))
            }
        }
        return .coordinate(point, label: query)
    }

    private func exactMatches(_ query: String) -> [Place] {
        let key = Self.normalize(query)
        guard !key.isEmpty else { return [] }
        if let i = household(withID: query) { return [.household(map.households[i])] }
        var results: [Place] = []
        results += map.posts.filter { Self.normalize($0.name) == key }.map(Place.post)
        results += map.landmarks.filter { Self.normalize($0.name) == key }.map(Place.landmark)
        results += (byLabel.value(orMake: { Self.labelIndex(map.households) })[key] ?? []).map { .household(map.households[$0]) }
        if results.isEmpty, personal.contains(.heads) {
            results += map.households.filter { !$0.head.isEmpty && Self.normalize($0.head) == key }.map(Place.household)
        }
        if results.isEmpty, personal.contains(.phones), let digits = Self.phoneDigits(query) {
            results += map.households.filter { Self.phoneDigits($0.phone) == digits }.map(Place.household)
        }
        return results
    }

    /// How many id look-ups scan the ledger before the id index is made: a command resolves one
    /// or two ids, and hashing every id of a province's ledger costs about twenty scans.
    static let scannedLookups = 4

    /// The household whose id has the search key of `query` (the last one, as the index keeps it).
    private func household(withID query: String) -> Int? {
        let key = Self.idKey(query)
        if idLookups.count.add(1, ordering: .relaxed).newValue <= Self.scannedLookups {
            let keyBytes = Array(key.utf8)
            return map.households.lastIndex { Self.id($0.id, hasKey: key, bytes: keyBytes) }
        }
        return byID.value(orMake: { Self.idIndex(map.households) })[key]
    }

    /// True when `idKey(id) == key` (`bytes` being `key` in UTF-8), without making the key of an
    /// ASCII id: its key's bytes are compared as they are folded.
    private static func id(_ id: String, hasKey key: String, bytes: [UInt8]) -> Bool {
        if let folded = asciiKeyBytes(id) { return folded.elementsEqual(bytes) }
        return idKey(id) == key
    }

    /// A counter shared by the copies of a ``PlaceSearch``.
    private final class LookupCount: Sendable {
        let count = Atomic<Int>(0)
    }

    private func partialMatches(_ query: String) -> [Place] {
        let key = Self.normalize(query)
        guard !key.isEmpty else { return [] }
        var results: [Place] = []
        results += map.posts.filter { Self.normalize($0.name).contains(key) }.map(Place.post)
        results += map.landmarks.filter { Self.normalize($0.name).contains(key) }.map(Place.landmark)
        let heads = personal.contains(.heads)
        let phoneDigits = personal.contains(.phones) ? Self.phoneDigits(query).flatMap { $0.count >= 4 ? $0 : nil } : nil
        results += map.households.filter { household in
            Self.normalize(household.houseLabel).contains(key) || (heads && Self.normalize(household.head).contains(key))
                || household.id.uppercased().contains(key.uppercased())
                || (phoneDigits.map { Self.phoneDigits(household.phone)?.contains($0) ?? false } ?? false)
        }.map(Place.household)
        return results
    }

    /// The digits of a phone number typed with spaces, dashes, dots, brackets or a leading `+`
    /// (full-width forms folded); `nil` for text with anything else in it or no digit.
    static func phoneDigits(_ text: String) -> String? {
        var digits = ""
        for scalar in normalize(text).unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if !"+-.()".unicodeScalars.contains(scalar) {
                return nil
            }
        }
        return digits.isEmpty ? nil : digits
    }

    /// The form of a household id that search matches on: compatibility forms unified (NFKC: full-width
    /// `Ｈ００１` is `H001`), case folded, spaces removed.
    ///
    /// Two ids with one key cannot both be found by id, so the ledger reader refuses the second.
    static func idKey(_ id: String) -> String {
        if let folded = asciiKeyBytes(id) { return String(decoding: folded, as: UTF8.self) }
        return normalize(id.precomposedStringWithCompatibilityMapping).folding(options: [.caseInsensitive], locale: nil)
    }

    /// The key of a printable-ASCII id, byte by byte and without Foundation; nil for any other id.
    ///
    /// Almost every ledger id is such text: its own NFKC form, with no full-width form or 组 to
    /// fold, so only spaces go and capitals fold to lower case.
    private static func asciiKeyBytes(_ id: String) -> LazyMapSequence<LazyFilterSequence<String.UTF8View>, UInt8>? {
        guard id.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        return id.utf8.lazy.filter { $0 != 0x20 }.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// Folds the ways the same name gets typed: full-width forms, spaces, `三组` for `3组`.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value) {
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            } else if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return replaceChineseGroupNumerals(String(scalars))
    }

    /// `十二组` → `12组`: a Chinese numeral from 1 to 99 directly before 组.
    ///
    /// Only the longest well-formed numeral ending at 组 is replaced, so a village name
    /// ending in a numeral character (`东三` + `二组`) keeps its own characters.
    private static func replaceChineseGroupNumerals(_ text: String) -> String {
        // Text with no numeral character (almost every house label) has nothing to replace;
        // CJK compatibility ideographs may equal a numeral as characters, so they take the long way.
        guard text.unicodeScalars.contains(where: { numeralScalars.contains($0) || isCompatibilityIdeograph($0.value) }) else {
            return text
        }
        var characters = Array(text)
        var i = 0
        while i < characters.count {
            if characters[i] == "组" {
                for length in stride(from: Swift.min(3, i), through: 1, by: -1) {
                    guard let value = chineseNumeral(characters[(i - length)..<i]) else { continue }
                    let replacement = Array(String(value))
                    characters.replaceSubrange((i - length)..<i, with: replacement)
                    i += replacement.count - length
                    break
                }
            }
            i += 1
        }
        return String(characters)
    }

    /// The scalars of the characters ``chineseNumeral(_:)`` reads.
    private static let numeralScalars: Set<Unicode.Scalar> = Set("一二两三四五六七八九十".unicodeScalars)

    /// The CJK compatibility ideographs, canonically equivalent to unified ones.
    private static func isCompatibilityIdeograph(_ value: UInt32) -> Bool {
        (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value)
    }

    /// The value of `一`…`九`, `十`, `十三`, `二十`, `二十三` (1…99), else `nil`.
    static func chineseNumeral(_ numeral: ArraySlice<Character>) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(numeral)
        switch chars.count {
        case 1:
            return chars[0] == "十" ? 10 : digits[chars[0]]
        case 2:
            if chars[0] == "十", let ones = digits[chars[1]] { return 10 + ones }
            if let tens = digits[chars[0]], chars[1] == "十" { return tens * 10 }
            return nil
        case 3:
            guard let tens = digits[chars[0]], chars[1] == "十", let ones = digits[chars[2]] else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
