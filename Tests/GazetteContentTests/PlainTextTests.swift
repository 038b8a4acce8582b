import Foundation
import GazetteContent
import Testing

struct PlainTextTests {
    static let example = """
        Council approves new river crossing after two-year delay

        Local Dana Whitfield 07-Mar-2019
        Photo 118822 © Jonas Berg | Example Images

        The city council voted on Tuesday to approve
        the new crossing.

        Opponents said the cost had doubled.

        """

    @Test func readsTheWireFormat() throws {
        let (loaded, diagnostics) = try loadOne("Content/2019/03/bridge.txt", Self.example, config: config(zone: "Europe/Berlin"))
        #expect(diagnostics == [])
        let article = try #require(loaded)
        #expect(article.title == "Council approves new river crossing after two-year delay")
        #expect(article.section == Section(name: "Local"))
        #expect(article.authors == [Author(name: "Dana Whitfield")])
        #expect(article.date.rfc3339 == "2019-03-07T00:00:00+01:00")
        #expect(article.image == ArticleImage(credit: "Photo 118822 © Jonas Berg | Example Images"))
        #expect(article.body == "The city council voted on Tuesday to approve\nthe new crossing.\n\nOpponents said the cost had doubled.")
        #expect(article.bodyFormat == .plainText)
        #expect(article.bodyLine == 6)
        #expect(article.slug == "bridge")
        #expect(article.sourcePath == "Content/2019/03/bridge.txt")
    }

    static let sections = [
        Section(name: "World"), Section(name: "World News"), Section(name: "Arts & Culture", slug: "arts"),
        Section(name: "Local News", slug: "local"),
    ]

    @Test(arguments: [
        ("World News Jonas Berg 7 March 2019", "World News", ["Jonas Berg"]),
        ("world news Jonas Berg 7 March 2019", "World News", ["Jonas Berg"]),
        ("World Jonas Berg 7 March 2019", "World", ["Jonas Berg"]),
        ("Arts & Culture Ana Lima 2019-03-07", "Arts & Culture", ["Ana Lima"]),
        ("Local Dana Whitfield 07-Mar-2019", "Local News", ["Dana Whitfield"]),
        ("Sport Ana Lima 7 Mar 2019", "Sport", ["Ana Lima"]),
        ("Sport 07-Mar-2019", "Sport", []),
        ("Business  Çağlar   Önal   07-Mar-2019", "Business", ["Çağlar Önal"]),
    ])
    func bylineGivesSectionAndAuthor(_ byline: String, _ section: String, _ authors: [String]) throws {
        let (article, diagnostics) = try loadOne("Content/a.txt", "Title\n\n\(byline)\n\nBody",
                                                 config: config(sections: Self.sections))
        #expect(diagnostics == [])
        #expect(article?.section?.name == section)
        #expect(article?.authors.map(\.name) == authors)
        #expect(article?.date.isoDay == "2019-03-07")
    }

    @Test func bylineDateMayCarryATime() throws {
        let (article, _) = try loadOne("Content/a.txt", "Title\n\nLocal Dana 2019-03-07 09:30\n\nBody",
                                       config: config(zone: "America/New_York"))
        #expect(article?.date.rfc3339 == "2019-03-07T09:30:00-05:00")
        #expect(article?.authors.map(\.name) == ["Dana"])
    }

    @Test(arguments: [
        ("Photo: Reuters", true), ("Photos Ana Lima", true), ("ID 4411 Example Images", true), ("ID: 4411", true),
        ("Pictures © AP", true), ("Photographers gathered at the bank.", false), ("IDs were checked.", false),
        ("The council met.", false),
    ])
    func creditLineIsRecognised(_ line: String, _ isCredit: Bool) throws {
        let (article, _) = try loadOne("Content/a.txt", "Title\n\nLocal 07-Mar-2019\n\(line)\n\nBody")
        #expect(article?.image?.credit == (isCredit ? line : nil))
        #expect(article?.body == (isCredit ? "Body" : "\(line)\n\nBody"))
    }

    @Test func markupCharactersSurviveLiterally() throws {
        let body = "5 * 3 = 15, not _emphasis_.\n# not a heading\n<b>not bold</b> & not an entity &amp;"
        let (article, _) = try loadOne("Content/a.txt", "Title\n\nLocal 07-Mar-2019\n\n\(body)\n")
        #expect(article?.body == body)
        #expect(article?.bodyFormat == .plainText)
    }

    @Test func paragraphsAreSeparatedByOneBlankLine() throws {
        let (article, _) = try loadOne("Content/a.txt",
                                       "Title\r\n\r\nLocal 07-Mar-2019\r\n\r\nOne  \r\nstill one\r\n\r\n\r\n\r\nTwo\r\n \t\r\nThree\r\n")
        #expect(article?.body == "One\nstill one\n\nTwo\n\nThree")
        #expect(article?.bodyLine == 5)
    }

    @Test func titleOnlyTakesTheDateFromTheFileName() throws {
        let (article, diagnostics) = try loadOne("Content/2019-03-07-brief.txt", "Brief\n")
        #expect(diagnostics == [])
        #expect(article?.date.isoDay == "2019-03-07")
        #expect(article?.slug == "brief")
        #expect(article?.section == nil)
        #expect(article?.body == "")
    }

    @Test func titleAndBylineWithoutBody() throws {
        let (article, diagnostics) = try loadOne("Content/a.txt", "Title\nLocal 07-Mar-2019")
        #expect(diagnostics == [])
        #expect(article?.title == "Title")
        #expect(article?.body == "")
    }
}
