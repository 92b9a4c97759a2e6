import PatrolData
import PatrolGeo

/// The start tag of an element, with its attributes in file order.
struct XMLStartTag: Sendable, Hashable {
    /// The element name, prefix included (`gpxtpx:hr`).
    var name: String
    /// Attributes with entities decoded.
    var attributes: [XMLAttribute]
    /// 1-based line of the `<`.
    var line: Int
    /// True for `<name ... />`; an ``XMLEvent/end(_:line:)`` event still follows.
    var selfClosing: Bool

    /// The value of the attribute called `name`, or `nil`.
    func attribute(_ name: String) -> String? {
        var k = 0
        while k < attributes.count {
            if attributes[k].name == name { return attributes[k].value }
            k += 1
        }
        return nil
    }
}

/// One `name="value"` pair of a start tag.
struct XMLAttribute: Sendable, Hashable {
    /// The attribute's name.
    var name: String
    /// Its value, entities decoded.
    var value: String
}

/// One step of a streaming XML parse.
enum XMLEvent: Sendable, Hashable {
    /// An element opens.
    case start(XMLStartTag)
    /// An element closes (also sent right after a self-closing start tag).
    case end(String, line: Int)
    /// Character data between tags that is not only whitespace (CDATA included), entities decoded.
    case text(String, line: Int)
}
