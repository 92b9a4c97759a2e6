/// Reads a map's `profiles.json` into ``ProfileOverrides``, checking every field against
/// ``ProfilesSchema``.
///
/// A document that is not JSON, or not an object, is fatal. Anything else that is wrong (an
/// unknown mode or field, a value of the wrong type or out of range) is reported with its
/// file, line and field path (`car.highway.residential`), and that entry keeps its built-in value.
public enum ProfilesReader {
    /// Reads `bytes`, appending what is wrong to `issues`.
    public static func read(_ bytes: [UInt8], file: String = "profiles.json", issues: inout [InputIssue]) throws(InputIssue) -> ProfileOverrides {
        var lines: [[String]: Int] = [:]
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, memberLines: &lines)
        } catch {
            throw InputIssue(
                .error, file: file, line: error.line,
                message: Localized(en: "not valid JSON (column \(error.column)): \(error.reason)", zh: "不是有效的 JSON(第 \(error.column) 列):\(error.reason)"))
        }
        guard let members = root.objectMembers else {
            throw InputIssue(.error, file: file, line: 1, message: Localized(en: "must be a JSON object", zh: "必须是 JSON 对象"))
        }
        var checker = Checker(file: file, lines: lines)
        var modes: [String: ModeOverrides] = [:]
        for (name, value) in members {
            if name == ProfilesSchema.descriptionField {
                if value.stringValue == nil { checker.wrongType([name], expected: Localized(en: "a string", zh: "字符串")) }
            } else if ProfileOverrides.modeNames.contains(name) {
                modes[name] = checker.mode(name, value)
            } else {
                checker.report(
                    [name],
                    Localized(
                        en: "unknown mode '\(name)'; the modes are \(ProfileOverrides.modeNames.joined(separator: ", "))",
                        zh: "未知的出行方式 '\(name)';可设置的方式为 \(ProfileOverrides.modeNames.joined(separator: "、"))"))
            }
        }
        issues += checker.issues
        return ProfileOverrides(modes: modes)
    }
}

/// Walks one document, collecting located issues.
private struct Checker {
    let file: String
    let lines: [[String]: Int]
    var issues: [InputIssue] = []

    mutating func report(_ path: [String], _ message: Localized) {
        issues.append(InputIssue(.error, file: file, line: lines[path], field: path.joined(separator: "."), message: message))
    }

    mutating func wrongType(_ path: [String], expected: Localized) {
        report(path, Localized(en: "must be \(expected.en)", zh: "必须是\(expected.zh)"))
    }

    mutating func outOfRange(_ path: [String], _ value: Double, _ range: AllowedRange) {
        report(
            path,
            Localized(
                en: "\(JSONWriter.format(value)) is out of range (allowed: \(range.text(.en)))",
                zh: "\(JSONWriter.format(value)) 超出范围(允许:\(range.text(.zh)))"))
    }

    /// One mode's object.
    mutating func mode(_ name: String, _ value: JSONValue) -> ModeOverrides {
        var result = ModeOverrides()
        guard let fields = value.objectMembers else {
            wrongType([name], expected: Localized(en: "an object of profile fields", zh: "由出行参数组成的对象"))
            return result
        }
        let speed = name == ProfilesSchema.walkingMode ? ProfilesSchema.walkingFactor : ProfilesSchema.vehicleSpeed
        for (field, value) in fields {
            let path = [name, field]
            switch field {
            case "highway": result.highway = speeds(path, value, range: speed, vocabulary: nil)
            case "tracktype" where name == ProfilesSchema.walkingMode:
                report(
                    path,
                    Localized(
                        en: "tracktype speeds apply to car and motorcycle only; on foot a track is walked at its highway factor",
                        zh: "tracktype 速度只用于 car 和 motorcycle;步行按 highway 系数计算"))
            case "tracktype": result.trackType = speeds(path, value, range: ProfilesSchema.vehicleSpeed, vocabulary: ProfilesSchema.trackTypes)
            case "surface": result.surface = factors(path, value, vocabulary: nil)
            case "smoothness": result.smoothness = factors(path, value, vocabulary: ProfilesSchema.smoothnessValues)
            case "width": width(path, value, into: &result)
            case "wet_unpaved_factor": result.wetUnpavedFactor = number(path, value, range: ProfilesSchema.slowingFactor)
            case "oneway":
                if case .bool(let obeys) = value {
                    result.obeysOneway = obeys
                } else {
                    wrongType(path, expected: Localized(en: "true or false", zh: " true 或 false"))
                }
            case "access": result.access = names(path, value, vocabulary: ProfilesSchema.accessKeys)
            case "paved_surfaces": result.pavedSurfaces = names(path, value, vocabulary: nil)
            case "unpaved_highways": result.unpavedHighways = names(path, value, vocabulary: nil)
            default: unknownField(path, allowed: ProfilesSchema.modeFields)
            }
        }
        return result
    }

    mutating func unknownField(_ path: [String], allowed: [String]) {
        report(
            path,
            Localized(
                en: "unknown field '\(path.last!)'; the fields are \(allowed.joined(separator: ", "))",
                zh: "未知字段 '\(path.last!)';可用字段为 \(allowed.joined(separator: "、"))"))
    }

    /// A number in `range`, or `nil` (reported) when it is not.
    mutating func number(_ path: [String], _ value: JSONValue, range: AllowedRange) -> Double? {
        guard let number = value.numberValue else {
            wrongType(path, expected: Localized(en: "a number (\(range.text(.en)))", zh: "数字(\(range.text(.zh)))"))
            return nil
        }
        guard range.contains(number) else {
            outOfRange(path, number, range)
            return nil
        }
        return number
    }

    /// An object whose keys are OSM values (from `vocabulary`, when it is a closed list).
    mutating func entries(_ path: [String], _ value: JSONValue, vocabulary: Vocabulary?) -> [(key: String, path: [String], value: JSONValue)] {
        guard let members = value.objectMembers else {
            wrongType(path, expected: Localized(en: "an object keyed by OSM \(path.last!) values", zh: "以 OSM \(path.last!) 取值为键的对象"))
            return []
        }
        var result: [(key: String, path: [String], value: JSONValue)] = []
        for (key, value) in members {
            let entryPath = path + [key]
            if let vocabulary, !vocabulary.values.contains(key) {
                report(
                    entryPath,
                    Localized(
                        en: "'\(key)' is not \(vocabulary.name.en) (\(vocabulary.values.sorted().joined(separator: ", ")))",
                        zh: "'\(key)' 不是\(vocabulary.name.zh)(\(vocabulary.values.sorted().joined(separator: "、")))"))
            } else if key.isEmpty {
                report(entryPath, Localized(en: "an empty key", zh: "键为空"))
            } else {
                result.append((key, entryPath, value))
            }
        }
        return result
    }

    /// Speeds in `range`, or `"no"` (stored as 0) to close the class.
    mutating func speeds(_ path: [String], _ value: JSONValue, range: AllowedRange, vocabulary: Vocabulary?) -> [String: Double] {
        var result: [String: Double] = [:]
        for entry in entries(path, value, vocabulary: vocabulary) {
            if entry.value.stringValue == "no" {
                result[entry.key] = 0
            } else if entry.value.numberValue == nil {
                wrongType(entry.path, expected: Localized(en: "a speed (\(range.text(.en))) or \"no\"", zh: "速度(\(range.text(.zh)))或 \"no\""))
            } else if let speed = number(entry.path, entry.value, range: range) {
                result[entry.key] = speed
            }
        }
        return result
    }

    /// Multipliers from 0 (closed) to 1.
    mutating func factors(_ path: [String], _ value: JSONValue, vocabulary: Vocabulary?) -> [String: Double] {
        var result: [String: Double] = [:]
        for entry in entries(path, value, vocabulary: vocabulary) {
            if let factor = number(entry.path, entry.value, range: ProfilesSchema.closingFactor) { result[entry.key] = factor }
        }
        return result
    }

    /// The `width` object: `minimum`, `comfortable`, `narrow_factor`.
    mutating func width(_ path: [String], _ value: JSONValue, into result: inout ModeOverrides) {
        guard let members = value.objectMembers else {
            wrongType(
                path,
                expected: Localized(
                    en: "an object (\(ProfilesSchema.widthFields.joined(separator: ", ")))", zh: "对象(\(ProfilesSchema.widthFields.joined(separator: "、")))"))
            return
        }
        for (field, value) in members {
            let fieldPath = path + [field]
            switch field {
            case "minimum": result.minimumWidth = number(fieldPath, value, range: ProfilesSchema.width)
            case "comfortable": result.comfortableWidth = number(fieldPath, value, range: ProfilesSchema.width)
            case "narrow_factor": result.narrowFactor = number(fieldPath, value, range: ProfilesSchema.slowingFactor)
            default: unknownField(fieldPath, allowed: ProfilesSchema.widthFields)
            }
        }
    }

    /// A non-empty list of distinct, non-empty names (from `vocabulary`, when it is a closed list).
    mutating func names(_ path: [String], _ value: JSONValue, vocabulary: Vocabulary?) -> [String]? {
        guard let elements = value.arrayValue, !elements.isEmpty, elements.allSatisfy({ !($0.stringValue ?? "").isEmpty }) else {
            wrongType(path, expected: Localized(en: "a non-empty array of names", zh: "非空的名称数组"))
            return nil
        }
        let names = elements.compactMap(\.stringValue)
        for (i, name) in names.enumerated() {
            if let vocabulary, !vocabulary.values.contains(name) {
                report(path + [String(i)], Localized(en: "'\(name)' is not \(vocabulary.name.en)", zh: "'\(name)' 不是\(vocabulary.name.zh)"))
                return nil
            }
            if names[..<i].contains(name) {
                report(path + [String(i)], Localized(en: "'\(name)' is listed twice", zh: "'\(name)' 重复列出"))
                return nil
            }
        }
        return names
    }
}
