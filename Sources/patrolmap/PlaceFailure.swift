import PatrolData
import PatrolGeo

/// Turns a place that did not resolve into a message and exit code 2, listing candidates.
enum PlaceFailure {
    /// Candidates an ambiguous place lists; the rest are counted.
    static let listed = 20

    static func failure(_ error: PlaceError, language: Language) -> CommandFailure {
        switch error {
        case .notFound(let query):
            return .usage(Localized(en: "no household, post or landmark matches “\(query)”", zh: "找不到与“\(query)”匹配的住户、警务点或地标"), language: language)
        case .invalidCoordinates(let query, let reason):
            return .usage(Localized(en: "“\(query)”: \(reason.en)", zh: "“\(query)”:\(reason.zh)"), language: language)
        case .ambiguous(let query, let candidates):
            let shown = candidates.prefix(listed)
            var lines = [
                language == .zh ? "“\(query)”有 \(candidates.count) 个匹配,请更具体地指定:" : "“\(query)” matches \(candidates.count) places; be more specific:"
            ]
            for place in shown {
                lines.append("  " + PlaceText.describe(place, coordinate: nil, decimals: 0, language: language))
            }
            if candidates.count > shown.count {
                let more = candidates.count - shown.count
                lines.append(language == .zh ? "  ……另有 \(more) 个未列出(仅列出前 \(listed) 个)" : "  … and \(more) more not listed (only the first \(listed) are shown)")
            }
            return CommandFailure(exitCode: 2, message: lines.joined(separator: "\n"))
        }
    }
}

/// One-line descriptions of places for the terminal (internal view: includes the head).
enum PlaceText {
    /// One line; `coordinate` (input CRS) is appended with `decimals` decimals when given.
    static func describe(_ place: Place, coordinate: Point?, decimals: Int, language: Language) -> String {
        let zh = language == .zh
        var text: String
        switch place {
        case .household(let h):
            text = "\(h.id)  \(h.houseLabel)  " + (zh ? "户主 \(h.head),\(h.members) 人" : "head \(h.head), \(EnglishCount.of(h.members, "resident"))")
            if !h.phone.isEmpty { text += zh ? ",电话 \(h.phone)" : ", phone \(h.phone)" }
            if !h.tags.isEmpty { text += "  [" + h.tags.joined(separator: "; ") + "]" }
        case .post(let p):
            text = "\(p.name)  (\(p.kind.name(language)))" + (p.phone.isEmpty ? "" : (zh ? " 电话 \(p.phone)" : " phone \(p.phone)"))
        case .landmark(let l):
            let kind = l.kind.isEmpty ? "" : (zh ? ":" : ": ") + TagNames.landmarkKind(l.kind).text(language)
            text = "\(l.name)  (\(zh ? "地标" : "landmark")\(kind))"
        case .coordinate(_, let label):
            text = label
        }
        if let coordinate {
            text += "  @ \(Fmt.fixed(coordinate.x, decimals)),\(Fmt.fixed(coordinate.y, decimals))"
        }
        return text
    }
}
