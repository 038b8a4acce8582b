import Foundation
import GazetteContent
import Testing

struct ArchiveTests {
    static let files = [
        "site.yml": "title: Courier\ntime_zone: Europe/Berlin\nsections: [Local]\n",
        "Content/good.txt": "Good\n\nlocal Dana 07-Mar-2019\n",
        "Content/bad.md": "---\ntitle: Bad\ndate: 2019-13-45\n---\n",
    ]

    @Test func failsWithEveryDiagnosticByDefault() throws {
        let diagnostics = try withTempSite(Self.files) { url in
            do throws(DiagnosticsError) {
                _ = try Archive.load(siteDirectory: url)
                return [Diagnostic]()
            } catch {
                return error.diagnostics
            }
        }
        #expect(diagnostics.map(\.description) == ["Content/bad.md:3:7: error: invalid date '2019-13-45'"])
    }

    @Test func skipInvalidLeavesBadArticlesOutAndSaysSo() throws {
        let (archive, skipped) = try withTempSite(Self.files) { url in try Archive.load(siteDirectory: url, skipInvalid: true) }
        #expect(archive.config.title == "Courier")
        #expect(archive.articles.map(\.title) == ["Good"])
        #expect(archive.articles.first?.section == Section(name: "Local"))
        #expect(archive.articles.first?.date.rfc3339 == "2019-03-07T00:00:00+01:00")
        #expect(skipped.map(\.description) == ["Content/bad.md:3:7: error: invalid date '2019-13-45'"])
    }

    @Test func siteConfigProblemsFailEvenWhenSkipping() throws {
        var files = Self.files
        files["site.yml"] = "paginate: 0\n"
        let diagnostics = try withTempSite(files) { url in
            do throws(DiagnosticsError) {
                _ = try Archive.load(siteDirectory: url, skipInvalid: true)
                return [Diagnostic]()
            } catch {
                return error.diagnostics
            }
        }
        #expect(diagnostics.map(\.description) == ["site.yml:1:11: error: 'paginate' must be at least 1, found 0"])
    }
}
