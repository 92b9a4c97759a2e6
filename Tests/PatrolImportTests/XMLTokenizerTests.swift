import Testing
@testable import PatrolImport
import PatrolData

/// Delivers a string in chunks of a fixed size, so tokens straddle chunk boundaries.
final class StringChunks: ChunkSource {
    let name = "test.xml"
    private var bytes: [UInt8]
    private let size: Int

    init(_ text: String, chunkSize: Int) {
        bytes = Array(text.utf8)
        size = chunkSize
    }

    func nextChunk() throws(InputIssue) -> [UInt8]? {
        guard !bytes.isEmpty else { return nil }
        let chunk = Array(bytes.prefix(size))
        bytes.removeFirst(chunk.count)
        return chunk
    }
}

@Suite("Streaming XML tokenizer")
struct XMLTokenizerTests {
    /// Every event of `text`, as short strings, read in chunks of `chunkSize` bytes.
    func events(_ text: String, chunkSize: Int = 3) throws(InputIssue) -> [String] {
        var tokenizer = XMLTokenizer(StringChunks(text, chunkSize: chunkSize))
        var out: [String] = []
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag):
                let attributes = tag.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                out.append("<\(tag.name)\(attributes.isEmpty ? "" : " " + attributes)\(tag.selfClosing ? "/" : "")>@\(tag.line)")
            case .end(let name, let line): out.append("</\(name)>@\(line)")
            case .text(let text, _): out.append("'\(text)'")
            }
        }
        return out
    }

    func failure(_ text: String) -> InputIssue? {
        do {
            _ = try events(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("declaration, comments, self-closing tags, nesting and line numbers", arguments: [1, 2, 7, 4096])
    func structure(chunkSize: Int) throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment with <tags> inside -->
            <osm version="0.6">
              <node id="1" lat="42.5" lon="1.5"/>
              <way id="2"><nd ref="1" /></way>
            </osm>

            """
        #expect(
            try events(text, chunkSize: chunkSize) == [
                "<osm version=0.6>@3",
                "<node id=1,lat=42.5,lon=1.5/>@4", "</node>@4",
                "<way id=2>@5", "<nd ref=1/>@5", "</nd>@5", "</way>@5",
                "</osm>@6",
            ])
    }

    @Test("the five entities and numeric references, in attributes and text")
    func entities() throws {
        let text = #"<a v="x &amp; y &lt;z&gt; &quot;q&quot; &apos;s&apos; &#65;&#x4E2D;">1 &lt; 2 &#x41;<![CDATA[<raw> & stuff]]></a>"#
        #expect(
            try events(text) == [
                "<a v=x & y <z> \"q\" 's' A中>@1", "'1 < 2 A'", "'<raw> & stuff'", "</a>@1",
            ])
    }

    @Test("attributes in any order and either quote; literal line breaks in values become spaces")
    func attributes() throws {
        let one = try events(#"<node lon='1.5' id="1" lat = "42.5"/>"#)
        #expect(one.first == "<node lon=1.5,id=1,lat=42.5/>@1")
        let tag = try #require(
            try {
                var t = XMLTokenizer(StringChunks("<n k=\"a\nb\" v=\"a&#10;b\"/>", chunkSize: 2))
                if case .start(let tag)? = try t.next() { return tag }
                return nil
            }())
        #expect(tag.attribute("k") == "a b")
        #expect(tag.attribute("v") == "a\nb")
        #expect(tag.attribute("missing") == nil)
    }

    @Test("malformed XML is an issue with the line")
    func malformed() throws {
        let mismatched = try #require(failure("<osm>\n<node>\n</way>\n</osm>"))
        #expect(mismatched.line == 3)
        #expect(mismatched.message.en.contains("</way> found where </node> was expected"))

        let truncated = try #require(failure("<osm>\n<node id=\"1\">\n"))
        #expect(truncated.message.en.contains("ends inside <node>"))

        let entity = try #require(failure("<a>\n&nbsp;</a>"))
        #expect(entity.line == 2)
        #expect(entity.message.en.contains("unknown entity '&nbsp;'"))

        #expect(failure("<a b=c/>")?.message.en.contains("not quoted") == true)
        #expect(failure("<a b=\"1\" b=\"2\"/>")?.message.en.contains("appears twice") == true)
        #expect(failure("<a>&#0;</a>")?.message.en.contains("not a valid character reference") == true)
        #expect(failure("<a></a><b/>")?.message.en.contains("second root") == true)
        #expect(failure("not xml at all")?.message.en.contains("not an XML file") == true)
        #expect(failure("")?.message.en.contains("no XML element") == true)
        #expect(failure("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")?.message.en.contains("only UTF-8") == true)
        #expect(failure("<a b=\"<\"/>")?.message.en.contains("'<' inside the value") == true)
    }
}
