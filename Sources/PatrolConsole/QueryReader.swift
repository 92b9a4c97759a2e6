import Foundation
import Hummingbird
import PatrolData
import PatrolRouting

/// Reads and checks a request's query parameters, refusing bad ones with a located 400.
///
/// The parameters that mean the same on every endpoint (`lang`, `profile`, `season`,
/// `minutes`) are checked when the request is read, also where the endpoint does not use them,
/// so a bad value is never silently ignored.
struct QueryReader {
    private let parameters: [(String, String)]

    /// The longest parameter value accepted (a place name, a list of minutes).
    static let maximumLength = 200

    init(_ request: Request) throws(APIError) {
        var parameters: [(String, String)] = []
        for (name, value) in request.uri.queryParameters {
            guard value.count <= Self.maximumLength else {
                throw .badParameter(String(name), "longer than \(Self.maximumLength) characters")
            }
            parameters.append((String(name), String(value)))
        }
        self.parameters = parameters
        _ = try language()
        _ = try profile()
        _ = try season()
        _ = try minutes(default: [])
    }

    /// The value of `name`, `nil` when absent.
    func optional(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1
    }

    /// Every value of a repeatable parameter, also split at `;` (`with=a;b`).
    func all(_ name: String) -> [String] {
        parameters.filter { $0.0 == name }.flatMap { $0.1.split(separator: ";").map(String.init) }
    }

    /// What a required value may not consist of alone: the characters of `\s` in the OpenAPI
    /// file's patterns (spaces, tabs, line and form feeds, the byte order mark).
    private static let blank = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{0B}\u{0C}\u{FEFF}"))

    /// The value of `name`, or a 400 naming it.
    func required(_ name: String) throws(APIError) -> String {
        guard let value = optional(name), !value.trimmingCharacters(in: Self.blank).isEmpty else {
            throw .badParameter(name, "missing")
        }
        return value
    }

    /// An integer in `range`, `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let text = optional(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badParameter(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// `profile`: car, motorcycle, foot or car+foot (a `+` decoded as a space is accepted too).
    func profile() throws(APIError) -> TravelProfile {
        guard let text = optional("profile") else { return .carFoot }
        guard let profile = TravelProfile(rawValue: text.replacingOccurrences(of: " ", with: "+")) else {
            throw .badParameter("profile", "must be one of " + TravelProfile.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return profile
    }

    /// `season`: dry or wet.
    func season() throws(APIError) -> Season {
        guard let text = optional("season") else { return .dry }
        guard let season = Season(rawValue: text) else { throw .badParameter("season", "must be dry or wet") }
        return season
    }

    /// `lang`: zh or en, for error messages and SVG text.
    func language() throws(APIError) -> Language {
        guard let text = optional("lang") else { return .zh }
        guard let language = Language(rawValue: text) else { throw .badParameter("lang", "must be zh or en") }
        return language
    }

    /// `minutes`: thresholds separated by commas, each written in digits with an optional
    /// decimal fraction (`5`, `7.5`; no sign, exponent or space), above 0 and at most a day.
    func minutes(default fallback: [Double]) throws(APIError) -> [Double] {
        guard let text = optional("minutes") else { return fallback }
        var values: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard Self.isDecimal(part), let value = Double(part), value > 0, value <= 24 * 60 else {
                throw .badParameter("minutes", "takes numbers above 0 and at most 1440, separated by commas, for example 5,10,15,30")
            }
            values.append(value)
        }
        guard values.count <= 12 else { throw .badParameter("minutes", "at most 12 thresholds") }
        return values
    }

    /// Whether `text` is digits with an optional `.` and more digits.
    private static func isDecimal(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
