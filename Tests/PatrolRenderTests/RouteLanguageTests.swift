import Foundation
import PatrolData
import PatrolReports
import PatrolRouting
import Testing
import _PatrolTestSupport

@testable import PatrolRender

/// Mountain routes on gongli printed in English and in Chinese: the English names every
/// place, post, landmark and road in Hanyu Pinyin, and neither language leaks into the other.
@Suite("Routes in English name places in Pinyin; Chinese routes hold no English")
struct RouteLanguageTests {
    /// Three mountain households, with their house labels in Pinyin, worked out by hand from
    /// the characters (青石岭 qing-shi-ling, 寺沟 si-gou, 柳树坪 liu-shu-ping; 村 Cun, 组 Zu, 号 Hao).
    static let houses = [
        ("H11262", "Qingshiling Cun 8 Zu 34 Hao"), ("H11916", "Sigou Cun 9 Zu 8 Hao"), ("H08729", "Liushuping Cun 9 Zu 5 Hao"),
    ]

    /// Names the demo route (station → 青石岭村8组34号) passes, in Pinyin by hand: 宫里派出所,
    /// 宫里镇中心卫生院, 宫里小学, 县道X316 (a numbered road keeps its number), 宫南路, 南社村村委会.
    static let demoNames = ["Gongli Paichusuo", "Gongli Zhen Zhongxin Weishengyuan", "Gongli Xiaoxue", "X316", "Gongnan Lu", "Nanshe Cun Cunweihui"]

    /// Words of the English interface that must never appear in Chinese output.
    static let englishWords = [
        "car+foot", "car", "foot", "motorcycle", "dry", "wet", "season", "route", "card", "scale", "directions", "legend", "start",
        "arrive", "fork", "junction", "branch", "track", "path", "uphill", "downhill", "km", "min", "forks", "enlarged", "jurisdiction",
        "north", "source", "synthetic",
    ]

    struct Outputs: Sendable {
        var pinyinLabel: String
        var planned: PlannedRoute
        var json: String
        var gpx: [Language: String]
        var kml: [Language: String]
        var card: [Language: String]
    }

    enum Missing: Error {
        case station
        case household(String)
    }

    /// Every output of the three routes, made once for the suite (gongli is loaded once per process).
    static let made = Result { try makeOutputs() }

    static func makeOutputs() throws -> [Outputs] {
        let map = try Fixtures.gongli()
        let router = Router(map: map, profile: .carFoot)
        guard let station = map.posts.first(where: { $0.kind == .station }) else { throw Missing.station }
        return try houses.map { id, label in
            guard let house = map.households.first(where: { $0.id == id }) else { throw Missing.household(id) }
            let planned = try RoutePlanning.plan(router: router, map: map, from: .post(station), to: .household(house))
            var outputs = Outputs(
                pinyinLabel: label, planned: planned, json: JSONWriter.pretty(RouteDocument.json(planned, map: map)), gpx: [:], kml: [:], card: [:])
            for language in Language.allCases {
                outputs.gpx[language] = RouteGPX.gpx(planned, map: map, language: language)
                outputs.kml[language] = RouteGPX.kml(planned, map: map, language: language)
                let card = RouteCard(route: planned.route, steps: planned.steps, from: planned.startName, to: planned.endName, language: language)
                outputs.card[language] = RouteCardRenderer.render(card, map: map, language: language)
            }
            return outputs
        }
    }

    static func hasHan(_ text: String) -> Bool { text.contains(where: Pinyin.isHan) }

    /// The text a reader sees in an SVG, GPX or KML document: everything between the tags.
    static func visibleText(_ xml: String) -> String {
        xml.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    /// Lower-cased ASCII words (`car+foot` is one word) of `text`.
    static func englishWords(in text: String) -> Set<String> {
        var words = Set<String>()
        var word = ""
        for c in text + " " {
            if c.isASCII && (c.isLetter || c == "+") {
                word.append(c)
            } else {
                if !word.isEmpty { words.insert(word.lowercased()) }
                word = ""
            }
        }
        return words
    }

    @Test("the English directions, JSON, GPX, KML and card hold no Chinese character and name places in Pinyin")
    func englishInPinyin() throws {
        for route in try Self.made.get() {
            let instructions = route.planned.steps.map(\.instruction.en)
            for text in instructions + route.planned.route.notes.map(\.en) { #expect(!Self.hasHan(text), "\(text)") }
            #expect(route.planned.startName(in: .en) == "Gongli Paichusuo")
            #expect(route.planned.endName(in: .en) == route.pinyinLabel)
            #expect(instructions.first?.hasPrefix("Start at Gongli Paichusuo") == true)
            #expect(instructions.last?.hasPrefix("Arrive at \(route.pinyinLabel)") == true)
            // JSON: every `_en` member, the notes (English), and the ends in Pinyin.
            let json = try JSONParser.parse(Array(route.json.utf8))
            #expect(json["from_en"] == .string("Gongli Paichusuo"))
            #expect(json["to_en"] == .string(route.pinyinLabel))
            for step in json["steps"]?.arrayValue ?? [] {
                #expect(!Self.hasHan(step["instruction_en"]?.stringValue ?? "中"))
                for fork in step["forks"]?.arrayValue ?? [] {
                    if let landmark = fork["landmark_en"]?.stringValue { #expect(!Self.hasHan(landmark)) }
                    for branch in [fork["taken"]] + (fork["avoided"]?.arrayValue ?? []).map(Optional.some) {
                        #expect(!Self.hasHan(branch?["road_en"]?.stringValue ?? "中"))
                    }
                }
            }
            for text in json["notes"]?.arrayValue ?? [] { #expect(!Self.hasHan(text.stringValue ?? "")) }
            // GPX, KML and the card: not one Chinese character anywhere in the file.
            for (kind, document) in [("gpx", route.gpx[.en]!), ("kml", route.kml[.en]!), ("card", route.card[.en]!)] {
                #expect(!Self.hasHan(document), "\(kind) to \(route.pinyinLabel)")
                #expect(document.contains(route.pinyinLabel), "\(kind) to \(route.pinyinLabel)")
            }
            #expect(route.card[.en]!.contains("Gongli Paichusuo → \(route.pinyinLabel)"))
        }
        let demo = try #require(try Self.made.get().first)
        let text = demo.planned.steps.map(\.instruction.en).joined(separator: "\n")
        for name in Self.demoNames { #expect(text.contains(name), "\(name)") }
        // The target house's number on the card, and the inset of the dense forks in 宫里村.
        let card = demo.card[.en]!
        #expect(SVGElement.all("text", in: card).contains { $0.text == "34 Hao" })
        #expect(card.contains("Forks enlarged · Gongli Cun"))
    }

    @Test("the Chinese directions, GPX, KML and card hold none of the English interface's words")
    func chineseWithoutEnglish() throws {
        for route in try Self.made.get() {
            let documents = [
                ("directions", route.planned.steps.map(\.instruction.zh).joined(separator: "\n")),
                ("notes", route.planned.route.notes.map(\.zh).joined(separator: "\n")), ("gpx", Self.visibleText(route.gpx[.zh]!)),
                ("kml", Self.visibleText(route.kml[.zh]!)), ("card", Self.visibleText(route.card[.zh]!)),
            ]
            for (kind, text) in documents {
                let leaked = Self.englishWords(in: text).intersection(Self.englishWords)
                #expect(leaked.isEmpty, "\(kind) to \(route.planned.endName): \(leaked.sorted())")
            }
            // On the card the only Latin letters are road numbers such as X316 and the parking P.
            let words = Self.visibleText(route.card[.zh]!).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.filter { $0.contains(where: \.isLetter) }
            #expect(words.allSatisfy { $0.range(of: "^([A-Z]+[0-9]+|P)$", options: .regularExpression) != nil }, "\(Set(words).sorted())")
            #expect(route.card[.zh]!.contains("宫里派出所 → \(route.planned.endName)"))
        }
    }

    @Test("the scale bar's numbers never run together, on either language's cards")
    func scaleBarLabelsApart() throws {
        var bars = 0
        for route in try Self.made.get() {
            for language in Language.allCases {
                let labels = try #require(SVGProbe(text: route.card[language]!).group("scale-bar-labels"))
                let size = try #require(Double(SVGProbe(text: labels).attribute("font-size", of: "<g id=\"scale-bar-labels\"") ?? ""))
                let texts = SVGElement.all("text", in: labels)
                #expect(texts.count >= 2)
                let spans = texts.map { text -> ClosedRange<Double> in
                    let width = TextMetrics.width(text.text, size: size)
                    let x = text.number("x") ?? 0
                    return (x - width / 2)...(x + width / 2)
                }
                for (a, b) in zip(spans, spans.dropFirst()) { #expect(b.lowerBound - a.upperBound >= ScaleBar.labelGap * size * 0.999) }
                bars += 1
            }
        }
        #expect(bars == 6)
    }
}
