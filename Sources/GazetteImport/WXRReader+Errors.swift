extension WXRReader {
    // What libxml2's error number (the parser error's code) means, in a few words.
    static func message(_ code: Int) -> String {
        let known: [Int: String] = [
            4: "the file is empty", 5: "extra content after the document's end",
            9: "a character XML does not allow", 23: "an entity reference without ';'",
            26: "an undeclared entity (only &amp; &lt; &gt; &quot; &apos; and numeric ones exist in XML)",
            38: "'<' inside an attribute value", 39: "an attribute value without quotes",
            41: "an attribute without a value", 42: "an attribute given twice", 45: "a comment that is not closed",
            63: "a CDATA section that is not closed", 68: "a name was expected (write a bare '&' as &amp; and '<' as &lt;)", 73: "'>' expected",
            74: "'</' expected", 76: "an end tag that does not match its start tag",
            77: "a tag that is not closed before the end of the file", 81: "text that is not valid UTF-8",
            85: "elements that are not properly nested", 86: "extra content after the document's end",
            201: "an undeclared namespace prefix",
        ]
        return "malformed XML: " + (known[code] ?? "libxml2 error \(code)")
    }
}
