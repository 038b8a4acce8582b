import Testing
@testable import GazetteSearch

@Suite struct TokenizerTests {
    @Test func foldsCaseAndDiacritics() {
        var folding = SearchFolding()
        #expect(folding.fold("Erdoğan") == "erdogan")
        #expect(folding.fold("Önal") == "onal")
        #expect(folding.fold("ÉCOLE Française") == "ecole francaise")
        #expect(folding.fold("İstanbul") == "istanbul")
        #expect(folding.fold("ΟΔΥΣΣΕΥΣ") == "οδυσσευσ")
        #expect(folding.fold("οδυσσευς") == "οδυσσευσ")
        #expect(folding.fold("한국어") == "한국어")
        #expect(folding.fold("で") == "で")
        #expect(folding.fold("Ｅｒｄｏｇａｎ") == "ｅｒｄｏｇａｎ")
    }

    @Test func splitsWordsAtAnythingButLettersAndDigits() {
        var tokenizer = SearchTokenizer()
        #expect(tokenizer.terms("Floods hit O'Brien's town, 2019-03-07!") == ["floods", "hit", "o", "brien", "s", "town", "2019", "03", "07"])
        #expect(tokenizer.terms("Recep Tayyip ERDOĞAN") == ["recep", "tayyip", "erdogan"])
        #expect(tokenizer.terms("") == [])
        #expect(tokenizer.terms(String(repeating: "x", count: 41) + " ok") == ["ok"])
    }

    /// Words of four-byte letters: one of exactly the longest length is kept whole, a longer
    /// one (more bytes than that) is skipped and the word after it is read as ever.
    @Test func keepsTheLongestWordsWholeAndSkipsLongerOnes() {
        var tokenizer = SearchTokenizer()
        let longest = String(repeating: "\u{10330}", count: SearchTokenizer.maxLength)
        let longer = String(repeating: "\u{10330}", count: SearchTokenizer.maxLength + 25)
        #expect(tokenizer.terms(longest + " a\u{10331}") == [longest, "a\u{10331}"])
        #expect(tokenizer.terms(longer + " after") == ["after"])
        #expect(tokenizer.terms(String(repeating: "\u{E9}", count: 30) + "x") == [String(repeating: "e", count: 30) + "x"])
    }

    /// The tokenizer reads UTF-8 itself: every scalar of one, two, three and four bytes
    /// decodes as the string's own scalar view gives it, and ends where the next begins.
    @Test(arguments: ["é", "Ω", "ğ", "東京都", "한국어", "\u{10330}\u{1F600}", "aé東\u{10330}z"])
    func decodesUTF8AsTheScalarView(_ text: String) {
        let bytes = Array(text.utf8)
        var decoded: [Unicode.Scalar] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    decoded.append(Unicode.Scalar(buffer[index]))
                    index += 1
                } else {
                    decoded.append(SearchTokenizer.scalar(in: buffer, at: &index))
                }
            }
        }
        #expect(decoded == Array(text.unicodeScalars))
    }

    @Test func indexesCJKByCharacterPairs() {
        var tokenizer = SearchTokenizer()
        #expect(tokenizer.terms("東京都で") == ["東京", "京都", "都で"])
        #expect(tokenizer.terms("in 東 city") == ["in", "東", "city"])
        #expect(tokenizer.terms("서울시청 news") == ["서울", "울시", "시청", "news"])
    }

    @Test func countsPositionsAcrossCalls() {
        var tokenizer = SearchTokenizer()
        var seen: [(String, Int)] = []
        let next = tokenizer.tokenize("river flood", from: 10) { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == ["river", "flood"])
        #expect(seen.map(\.1) == [10, 11])
        #expect(next == 12)
    }

    @Test func stripsLinkTargetsAndTags() {
        #expect(MarkupText.plain("See [the report](https://example.org/x) <b>now</b> &amp; then").split(separator: " ") == ["See", "[the", "report", "now", "then"])
    }
}

@Suite struct StemmerTests {
    @Test func stemsEnglishWithSnowball() throws {
        let stemmer = try #require(SnowballStemmer())
        #expect(stemmer.stem("floods") == "flood")
        #expect(stemmer.stem("flooding") == "flood")
        #expect(stemmer.stem("flooded") == "flood")
        #expect(stemmer.stem("running") == "run")
        #expect(stemmer.stem("elections") == "elect")
        #expect(stemmer.stem("2019s") == "2019s")
        #expect(stemmer.stem("is") == "is")
    }

    @Test func unknownLanguageGivesNil() {
        #expect(SnowballStemmer(language: "klingon") == nil)
    }
}
