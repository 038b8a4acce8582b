import Foundation
import GazetteContent
import Testing

struct ArticleDateParseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let zone: String
        let expected: String
        var testDescription: String { "'\(text)' in \(zone)" }
    }

    @Test(arguments: [
        Case(text: "2019-03-07T09:30:00+01:00", zone: "UTC", expected: "2019-03-07T09:30:00+01:00"),
        Case(text: "2019-03-07T09:30:00Z", zone: "Europe/Berlin", expected: "2019-03-07T09:30:00Z"),
        Case(text: "2019-03-07t09:30:00z", zone: "Europe/Berlin", expected: "2019-03-07T09:30:00Z"),
        Case(text: "2019-03-07T09:30:00.123456Z", zone: "UTC", expected: "2019-03-07T09:30:00Z"),
        Case(text: "2019-03-07T09:30:00.5+05:30", zone: "UTC", expected: "2019-03-07T09:30:00+05:30"),
        Case(text: "2019-03-07T09:30:00-08:00", zone: "UTC", expected: "2019-03-07T09:30:00-08:00"),
        Case(text: "2019-03-07T09:30", zone: "Europe/Berlin", expected: "2019-03-07T09:30:00+01:00"),
        Case(text: "2019-03-07", zone: "Europe/Berlin", expected: "2019-03-07T00:00:00+01:00"),
        Case(text: "2019-07-07", zone: "Europe/Berlin", expected: "2019-07-07T00:00:00+02:00"),
        Case(text: "2019-03-07 09:30:00", zone: "America/New_York", expected: "2019-03-07T09:30:00-05:00"),
        Case(text: "2019-03-07 09:30", zone: "Asia/Kolkata", expected: "2019-03-07T09:30:00+05:30"),
        Case(text: "2019-03-07 09:30:00 +0100", zone: "UTC", expected: "2019-03-07T09:30:00+01:00"),
        Case(text: "2019-03-07 09:30:00 -05:00", zone: "UTC", expected: "2019-03-07T09:30:00-05:00"),
        Case(text: "2019-03-07 09:30:00+02", zone: "UTC", expected: "2019-03-07T09:30:00+02:00"),
        Case(text: "07-Mar-2019", zone: "UTC", expected: "2019-03-07T00:00:00Z"),
        Case(text: "7-mar-2019", zone: "Europe/Berlin", expected: "2019-03-07T00:00:00+01:00"),
        Case(text: "7 March 2019", zone: "UTC", expected: "2019-03-07T00:00:00Z"),
        Case(text: "7 Mar 2019", zone: "UTC", expected: "2019-03-07T00:00:00Z"),
        Case(text: "30 Sept 2019", zone: "UTC", expected: "2019-09-30T00:00:00Z"),
        Case(text: "  2019-03-07  ", zone: "UTC", expected: "2019-03-07T00:00:00Z"),
        Case(text: "2020-02-29", zone: "UTC", expected: "2020-02-29T00:00:00Z"),
    ])
    func parsesEveryForm(_ test: Case) {
        var config = SiteConfig()
        config.timeZone = test.zone
        let date = ArticleDate(parsing: test.text, in: config)
        #expect(date?.rfc3339 == test.expected)
    }

    @Test(arguments: [
        "2019-13-45", "2019-02-30", "2021-02-29", "2019-00-10", "2019-03-07T24:00", "2019-03-07T09:60",
        "2019-03-07T09:30:00+25:00", "2019-03-07T09:30:00+01:75", "32-Mar-2019", "7 Foo 2019", "March 7 2019",
        "2019-3-7", "19-03-07", "2019-03-07X", "2019-03-07T", "2019-03-07T09", "yesterday", "", "20190-03-07",
        "2019-03-07T09:30:00.", "123 March 2019", "07-Mar-19",
    ])
    func rejectsInvalidText(_ text: String) {
        #expect(ArticleDate(parsing: text, in: SiteConfig()) == nil)
    }

    @Test func keepsTheWrittenOffsetAndTheInstant() throws {
        let date = try #require(ArticleDate(parsing: "2019-03-07T09:30:00+01:00", in: SiteConfig()))
        #expect(date.utcOffset == 3600)
        #expect((date.year, date.month, date.day, date.hour, date.minute) == (2019, 3, 7, 9, 30))
        #expect(date.instant == Date(timeIntervalSince1970: 1_551_947_400))
    }

    @Test func leapSecondIsHeldAtFiftyNine() throws {
        let date = try #require(ArticleDate(parsing: "2016-12-31T23:59:60Z", in: SiteConfig()))
        #expect(date.second == 59)
    }
}
