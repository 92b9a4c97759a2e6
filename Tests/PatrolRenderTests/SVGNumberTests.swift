import Testing
@testable import PatrolRender

@Suite("SVG text building blocks")
struct SVGTextTests {
    @Test("numbers are fixed-decimal, locale-free, without trailing zeros")
    func numbers() {
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(-0.034) == "-0.03")
        #expect(SVGNumber.format(7.0) == "7")
        #expect(SVGNumber.format(0.004) == "0")
        #expect(SVGNumber.format(1.005, decimals: 3) == "1.005")
        #expect(SVGNumber.format(0.05) == "0.05")
        #expect(SVGNumber.format(123456.789, decimals: 1) == "123456.8")
    }

    @Test("escaping covers markup characters and drops characters XML forbids")
    func escaping() {
        #expect(XMLText.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&apos;")
        #expect(XMLText.escape("董村\u{01}3组") == "董村3组")
        #expect(XMLText.escape("plain") == "plain")
    }
}
