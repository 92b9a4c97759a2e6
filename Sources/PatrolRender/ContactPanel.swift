import PatrolData
import PatrolGeo

/// The wall map's "who to call" block: the emergency number 110 and every post's name and
/// public phone, in type large enough to read from across a village square.
///
/// A post's phone is the station's public number, not personal data; households' phones never
/// come here.
struct ContactPanel {
    /// One post: its name (in the sheet's language) and phone.
    struct Line {
        var name: String
        var phone: String
    }

    /// The heading ("报警求助").
    var heading: String
    /// The emergency line ("报警电话 110").
    var emergency: String
    /// The posts, station first.
    var posts: [Line]

    /// The block for `map`'s posts in `language`, the station first, then rooms by name.
    init(_ map: PatrolMap, language: Language) {
        heading = Localized(en: "Police: call", zh: "报警求助").text(language)
        emergency = Localized(en: "Emergency 110", zh: "报警电话 110").text(language)
        let order: [PostKind] = [.station, .policeRoom, .registrationRoom]
        posts = map.posts.filter { !$0.phone.isEmpty }
            .sorted { (order.firstIndex(of: $0.kind) ?? 3, $0.name) < (order.firstIndex(of: $1.kind) ?? 3, $1.name) }
            .map { Line(name: language == .en ? Pinyin.placeName($0.name).text : $0.name, phone: $0.phone) }
    }

    /// Type sizes (mm): the emergency line, post names, post phones.
    static func sizes(_ t: Typography) -> (emergency: Double, name: Double, phone: Double) {
        (t.heading * 1.9, t.heading * 1.05, t.heading * 1.35)
    }

    /// Height of the block in a column.
    func height(_ t: Typography) -> Double {
        let s = Self.sizes(t)
        return t.heading * 1.9 + s.emergency * 1.45 + Double(posts.count) * (s.name * 1.35 + s.phone * 1.4) + t.body
    }

    /// Draws the block with its top-left corner at `o` across `width` mm.
    func draw(at o: Point, width: Double, typography t: Typography, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        let s = Self.sizes(t)
        svg.open("g", [("id", "contact-panel")])
        svg.element("text", [("x", n(o.x)), ("y", n(o.y + t.heading * 1.3)), ("font-size", n(t.heading)), ("font-weight", "bold")], text: heading)
        svg.element("path", [("d", "M\(n(o.x)) \(n(o.y + t.heading * 1.62))H\(n(o.x + width))"), ("stroke", "#8a8a8a"), ("stroke-width", "0.15")])
        var y = o.y + t.heading * 1.9
        svg.element(
            "text", [("x", n(o.x)), ("y", n(y + s.emergency)), ("font-size", n(s.emergency)), ("font-weight", "bold"), ("fill", "#c0392b")],
            text: emergency)
        y += s.emergency * 1.45
        for post in posts {
            svg.element("text", [("class", "contact-name"), ("x", n(o.x)), ("y", n(y + s.name)), ("font-size", n(s.name))], text: post.name)
            y += s.name * 1.35
            svg.element(
                "text", [("class", "contact-phone"), ("x", n(o.x)), ("y", n(y + s.phone)), ("font-size", n(s.phone)), ("font-weight", "bold")],
                text: post.phone)
            y += s.phone * 1.4
        }
        svg.close()
    }
}
