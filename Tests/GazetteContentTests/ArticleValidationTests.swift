import Foundation
import GazetteContent
import Testing

struct ArticleValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let path: String
        let contents: String
        let expected: [String]
        var testDescription: String { expected.first ?? path }
    }

    @Test(arguments: [
        Case(path: "Content/a.md", contents: "", expected: ["Content/a.md: error: empty file"]),
        Case(path: "Content/a.txt", contents: "  \n\n\t\n", expected: ["Content/a.txt: error: empty file"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\n\nBody",
             expected: ["Content/a.md:1:1: error: unterminated front matter: no closing '---'"]),
        Case(path: "Content/a.md", contents: "+++\ntitle = \"A\"\n---\nBody",
             expected: ["Content/a.md:1:1: error: unterminated front matter: no closing '+++'"]),
        Case(path: "Content/a.md", contents: "---\ndate: 2019-03-07\n---\nBody",
             expected: ["Content/a.md:1:1: error: missing title"]),
        Case(path: "Content/a.md", contents: "No front matter at all.",
             expected: ["Content/a.md:1:1: error: missing date", "Content/a.md:1:1: error: missing title"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\n---\nBody",
             expected: ["Content/a.md:1:1: error: missing date"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate:\n---\nBody",
             expected: ["Content/a.md:1:1: error: missing date"]),
        Case(path: "Content/a.md", contents: "---\ntitle: \"  \"\ndate: 2019-03-07\n---\nBody",
             expected: ["Content/a.md:2:8: error: 'title' is empty"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-13-45\n---\n",
             expected: ["Content/a.md:3:7: error: invalid date '2019-13-45'"]),
        Case(path: "Content/a.md", contents: "---\r\ntitle: \"A\\u2028B\u{2028}C\"\r\ndate: 2019-13-45\r\n---\r\n",
             expected: ["Content/a.md:3:7: error: invalid date '2019-13-45'"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate:   \"2019-02-30\"\n---\n",
             expected: ["Content/a.md:3:9: error: invalid date '2019-02-30'"]),
        Case(path: "Content/a.md", contents: "+++\ntitle = \"A\"\ndate = \"2019-02-30\"\n+++\n",
             expected: ["Content/a.md:3:8: error: invalid date '2019-02-30'"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nlastmod: soon\n---\n",
             expected: ["Content/a.md:4:10: error: invalid date 'soon'"]),
        Case(path: "Content/2019-13-45-a.md", contents: "---\ntitle: A\n---\n",
             expected: ["Content/2019-13-45-a.md: error: invalid date '2019-13-45' in the file name"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nslug: ../../etc\n---\n",
             expected: ["Content/a.md:4:7: error: slug '../../etc' would escape the output folder"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nslug: /etc/passwd\n---\n",
             expected: ["Content/a.md:4:7: error: slug '/etc/passwd' would escape the output folder"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nslug: '***'\n---\n",
             expected: ["Content/a.md:4:7: error: slug '***' has no letters or digits"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\naliases:\n  - /ok.html\n  - /old/../../x.html\n---\n",
             expected: ["Content/a.md:6:5: error: alias '/old/../../x.html' would escape the output folder"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\naliases: [/%2e%2e/x.html, //evil.example/]\n---\n",
             expected: ["Content/a.md:4:11: error: alias '/%2e%2e/x.html' would escape the output folder",
                        "Content/a.md:4:27: error: alias '//evil.example/' must be a path on this site, not a URL of another host"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nurl: /x.html\npath: y/\n---\n",
             expected: ["Content/a.md:5:7: error: 'path' sets the URL a second time (use one of url, path and permalink)"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\ntags: 5\n---\n",
             expected: ["Content/a.md:4:7: error: expected a list of text for 'tags', found a number"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\ntags: [a, [b]]\n---\n",
             expected: ["Content/a.md:4:11: error: expected text in the list 'tags', found a list"]),
        Case(path: "Content/a.md", contents: "---\ntitle: [A]\ndate: [2019]\ndraft: maybe\n---\n",
             expected: ["Content/a.md:2:8: error: expected text for 'title', found a list",
                        "Content/a.md:3:7: error: expected a date for 'date', found a list",
                        "Content/a.md:4:8: error: expected true or false for 'draft', found a string"]),
        Case(path: "Content/a.md", contents: "+++\ntitle = \"A\"\ndate = 2019-03-07\ntags = 5\n+++\n",
             expected: ["Content/a.md:4:8: error: expected a list of text for 'tags', found a number"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\nimage: {src: a.jpg, size: 3}\n---\n",
             expected: ["Content/a.md:4:27: error: unknown key 'size' in image (use src, caption, alt and credit)"]),
        Case(path: "Content/a.md", contents: "---\n- title\n---\n",
             expected: ["Content/a.md:2:1: error: front matter must be 'key: value' settings, found a list"]),
        Case(path: "Content/a.md", contents: "---\ntitle: A\ndate: 2019-03-07\ntags: ['!!!']\n---\n",
             expected: ["Content/a.md:4:7: error: tag '!!!' has no letters or digits for its URL"]),
        Case(path: "Content/a.txt", contents: "Title\n\nLocal Dana Whitfield 45-Mar-2019\n\nBody",
             expected: ["Content/a.txt:3:22: error: invalid date '45-Mar-2019'"]),
        Case(path: "Content/a.txt", contents: "Title\n\nLocal Dana Whitfield\n\nBody",
             expected: ["Content/a.txt:3:1: error: missing date: the byline must end with a date such as 07-Mar-2019"]),
        Case(path: "Content/2019-03-07-a.txt", contents: "Title\n\nThe council met on Tuesday.\n",
             expected: ["Content/2019-03-07-a.txt:3:1: error: missing date: the byline must end with a date such as 07-Mar-2019"]),
        Case(path: "Content/a.txt", contents: "Title\n\nLocal Dana 31 February 2019\n",
             expected: ["Content/a.txt:3:12: error: invalid date '31 February 2019'"]),
        Case(path: "Content/index.md", contents: "---\ntitle: A\ndate: 2019-03-07\n---\n",
             expected: ["Content/index.md: error: a page bundle needs its own folder inside Content/"]),
        Case(path: "Content/!!!.md", contents: "---\ntitle: A\ndate: 2019-03-07\n---\n",
             expected: ["Content/!!!.md: error: file name '!!!' has no letters or digits for a slug; set 'slug'"]),
    ])
    func reportsEachProblemAtItsPosition(_ test: Case) throws {
        let result = try loadArticles([test.path: test.contents])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.description) == test.expected)
    }

    @Test func rejectsBytesThatAreNotUTF8() throws {
        let bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array(" au lait\ndate: 2019-03-07\n---\n".utf8)
        let result = try loadArticles([:], binary: ["Content/a.md": bytes])
        #expect(result.diagnostics == [Diagnostic(path: "Content/a.md", line: 2, column: 11, "file is not valid UTF-8")])
    }

    @Test(arguments: [
        ("---\ntitle: A\ndate: 2019-03-07\ntags: [a, b\nslug: x\n---\n",
         "Content/a.md:5:5: error: invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'"),
        ("---\ntitle: A\n  bad: indent\n---\n",
         "Content/a.md:3:6: error: invalid YAML: mapping values are not allowed in this context"),
        ("---\ntitle: A\ntitle: B\n---\n", "Content/a.md:2:1: error: invalid YAML: duplicate key 'title'"),
        ("---\nsubtitle: \"Line\u{2028}separated\"\ntitle: A\n  bad: indent\n---\n",
         "Content/a.md:4:6: error: invalid YAML: mapping values are not allowed in this context"),
        ("+++\ntitle = \"A\"\ndate = 2019-13-45\n+++\n",
         "Content/a.md:3:15: error: invalid TOML: Error while parsing date: expected month between 1 and 12 (inclusive), saw 13"),
        ("+++\ntitle = \nx = 1\n+++\n",
         "Content/a.md:2:9: error: invalid TOML: Error while parsing key-value pair: expected value, saw '\\n'"),
    ])
    func parserErrorsKeepTheParsersMessageAndPositionInTheFile(_ contents: String, _ expected: String) throws {
        let result = try loadArticles(["Content/a.md": contents])
        #expect(result.diagnostics.map(\.description) == [expected])
    }

    @Test func duplicatePermalinksNameBothFiles() throws {
        let front = "---\ntitle: A\ndate: 2019-03-07T10:00:00Z\n---\n"
        let result = try loadArticles([
            "Content/local/bridge.md": front,
            "Content/world/bridge.md": front,
            "Content/2019-03-07-bridge.txt": "Bridge\n\nLocal 07-Mar-2019\n",
            "Content/other.md": front,
        ])
        #expect(result.articles.map(\.sourcePath) == ["Content/other.md"])
        #expect(result.diagnostics.map(\.description) == [
            "Content/2019-03-07-bridge.txt:1:1: error: duplicate permalink '/2019/03/07/bridge.html': also used by Content/local/bridge.md, Content/world/bridge.md",
            "Content/local/bridge.md:1:1: error: duplicate permalink '/2019/03/07/bridge.html': also used by Content/2019-03-07-bridge.txt, Content/world/bridge.md",
            "Content/world/bridge.md:1:1: error: duplicate permalink '/2019/03/07/bridge.html': also used by Content/2019-03-07-bridge.txt, Content/local/bridge.md",
        ])
    }

    @Test func collectsEveryProblemOfTheRunSorted() throws {
        let result = try loadArticles([
            "Content/b.md": "---\ntitle: B\ndate: 2019-02-30\n---\n",
            "Content/a.md": "---\ntitle: A\n---\n",
            "Content/c.md": "---\ntitle: C\ndate: 2019-03-01\n---\n",
            "Content/a/z.md": "",
        ])
        #expect(result.articles.map(\.sourcePath) == ["Content/c.md"])
        #expect(result.diagnostics.map(\.description) == [
            "Content/a.md:1:1: error: missing date",
            "Content/a/z.md: error: empty file",
            "Content/b.md:3:7: error: invalid date '2019-02-30'",
        ])
    }

    @Test func missingContentFolderIsReported() throws {
        let result = try loadArticles(["site.yml": "title: X\n"])
        #expect(result.diagnostics.map(\.description) == ["Content: error: no Content folder in the site"])
    }
}
