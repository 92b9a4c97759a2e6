/// A small XML well-formedness checker, enough for the SVG PatrolRender writes: tags nest,
/// attributes are quoted, `<` never appears raw in text or values, and every `&` starts a
/// known entity or a character reference.
enum XMLCheck {
    /// `nil` when `text` is well formed, else what is wrong and where.
    static func problem(in text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0
        var stack: [String] = []
        var sawRoot = false
        func at(_ prefix: String) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard i + p.count <= s.count else { return false }
            return Array(s[i..<(i + p.count)]) == p
        }
        func entityOK(_ j: Int) -> Bool {
            var k = j + 1
            var name = ""
            while k < s.count, s[k] != ";", k - j < 12 {
                name.unicodeScalars.append(s[k])
                k += 1
            }
            guard k < s.count, s[k] == ";" else { return false }
            if ["amp", "lt", "gt", "quot", "apos"].contains(name) { return true }
            if name.hasPrefix("#x") { return name.count > 2 && name.dropFirst(2).allSatisfy(\.isHexDigit) }
            if name.hasPrefix("#") { return name.count > 1 && name.dropFirst().allSatisfy(\.isNumber) }
            return false
        }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" || c == "."
        }
        while i < s.count {
            if at("<?") {
                guard let end = find("?>", in: s, from: i) else { return "unterminated processing instruction at \(i)" }
                i = end + 2
            } else if at("<!--") {
                guard let end = find("-->", in: s, from: i + 4) else { return "unterminated comment at \(i)" }
                if find("--", in: Array(s[(i + 4)..<end]), from: 0) != nil { return "'--' inside a comment at \(i)" }
                i = end + 3
            } else if at("</") {
                i += 2
                var name = ""
                while i < s.count, isNameChar(s[i]) {
                    name.unicodeScalars.append(s[i])
                    i += 1
                }
                while i < s.count, s[i] == " " || s[i] == "\n" { i += 1 }
                guard i < s.count, s[i] == ">" else { return "bad end tag </\(name) at \(i)" }
                guard stack.popLast() == name else { return "end tag </\(name)> does not match at \(i)" }
                i += 1
            } else if s[i] == "<" {
                i += 1
                var name = ""
                while i < s.count, isNameChar(s[i]) {
                    name.unicodeScalars.append(s[i])
                    i += 1
                }
                guard !name.isEmpty else { return "raw '<' at \(i)" }
                if stack.isEmpty {
                    if sawRoot { return "second root element <\(name)> at \(i)" }
                    sawRoot = true
                }
                var attributes: Set<String> = []
                while true {
                    while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" { i += 1 }
                    guard i < s.count else { return "unterminated tag <\(name)>" }
                    if s[i] == ">" {
                        stack.append(name)
                        i += 1
                        break
                    }
                    if at("/>") {
                        i += 2
                        break
                    }
                    var attribute = ""
                    while i < s.count, isNameChar(s[i]) {
                        attribute.unicodeScalars.append(s[i])
                        i += 1
                    }
                    guard !attribute.isEmpty, attributes.insert(attribute).inserted else { return "bad or repeated attribute in <\(name)> at \(i)" }
                    guard i + 1 < s.count, s[i] == "=", s[i + 1] == "\"" || s[i + 1] == "'" else { return "attribute \(attribute) not quoted at \(i)" }
                    let quote = s[i + 1]
                    i += 2
                    while i < s.count, s[i] != quote {
                        if s[i] == "<" { return "raw '<' in attribute \(attribute) at \(i)" }
                        if s[i] == "&", !entityOK(i) { return "bare '&' in attribute \(attribute) at \(i)" }
                        i += 1
                    }
                    i += 1
                }
            } else {
                if s[i] == "&", !entityOK(i) { return "bare '&' in text at \(i)" }
                if !stack.isEmpty || s[i] == " " || s[i] == "\n" {
                    i += 1
                } else {
                    return "text outside the root element at \(i)"
                }
            }
        }
        return stack.isEmpty && sawRoot ? nil : "unclosed elements: \(stack)"
    }

    private static func find(_ needle: String, in s: [Unicode.Scalar], from start: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard s.count >= n.count, start <= s.count - n.count else { return nil }
        for j in start...(s.count - n.count) where Array(s[j..<(j + n.count)]) == n { return j }
        return nil
    }
}
