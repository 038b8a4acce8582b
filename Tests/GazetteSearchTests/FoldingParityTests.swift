import Foundation
import Testing
@testable import GazetteSearch

/// The build folds words as `search.js` does in the browser, or the dictionary would not
/// find what a reader types.
@Suite struct FoldingParityTests {
    /// Each sample with what `search.js`'s `fold` gives for it in V8 (node 20, Chromium's engine).
    static let browserFolds: [(String, String)] = [
        ("Erdoğan", "erdogan"),
        ("ÖNAL", "onal"),
        ("İstanbul", "istanbul"),
        ("Łódź", "lodz"),
        ("Ångström", "angstrom"),
        ("ÆSIR Œuvre", "aesir oeuvre"),
        ("Straße", "strasse"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
        ("Ελλάδα", "ελλαδα"),
        ("Москва Ёлка", "москва елка"),
        ("Nguyễn Tấn Dũng", "nguyen tan dung"),
        ("Crème brûlée", "creme brulee"),
        ("東京都でデータ", "東京都でデータ"),
        ("한국어", "한국어"),
        ("हिन्दी", "हिन्दी"),
        ("ﬁnance", "ﬁnance"),
        ("Ｅｒｄｏｇａｎ", "ｅｒｄｏｇａｎ"),
        ("Þórður", "thordur"),
        ("ǅemal", "ǆemal"),
        ("Øresund Đorđe", "oresund dorde"),
    ]

    @Test func foldsAsTheBrowserDoes() {
        var folding = SearchFolding()
        for (text, expected) in Self.browserFolds { #expect(folding.fold(text) == expected, "\(text)") }
    }

    /// The letter table and the diacritic ranges are written twice, in Swift and in JavaScript.
    @Test func searchJSHasTheSameTables() throws {
        let script = try String(contentsOf: repositoryRoot.appending(path: "Public/search.js"), encoding: .utf8)
        let table = try #require(script.firstMatch(of: /var LETTERS = \{([^}]*)\}/)?.output.1)
        var letters: [Unicode.Scalar: String] = [:]
        for pair in table.matches(of: /'(.)': '([^']*)'/) { letters[String(pair.output.1).unicodeScalars.first!] = String(pair.output.2) }
        #expect(letters == SearchFolding.letters)
        #expect(script.contains("/[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]/g"))
        for (low, high) in [(0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)] {
            #expect(SearchFolding.isDiacritic(Unicode.Scalar(low)!) && SearchFolding.isDiacritic(Unicode.Scalar(high)!))
            #expect(!SearchFolding.isDiacritic(Unicode.Scalar(low - 1)!) && !SearchFolding.isDiacritic(Unicode.Scalar(high + 1)!))
        }
    }

    var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
