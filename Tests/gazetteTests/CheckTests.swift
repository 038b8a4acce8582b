import Foundation
import GazetteSite
import Testing

/// `gazette check` on built sites.
@Suite struct CheckTests {
    @Test func failsOnABrokenLink() throws {
        let site = TemporaryFolder([
            "site.yml": "title: Check Test\n",
            "Content/2021/05/bridge-vote.md": "---\ntitle: Bridge vote\ndate: 2021-05-04T10:00:00Z\n---\n\nSee [the minutes](../../../minutes/) and [the vote](#vote).\n",
        ])
        defer { site.remove() }
        #expect(try GazetteBinary.run(["build"], in: site.url).status == 0)
        let result = try GazetteBinary.run(["check"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("_site/2021/05/04/bridge-vote.html:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: broken link '../../../minutes/'"))
        #expect(result.stderr.contains("names '#vote'"))

        let json = try GazetteBinary.run(["check", "--json"], in: site.url)
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.contains { ($0["message"] as? String) == "broken link '../../../minutes/'" })
        #expect((report["pages"] as? Int ?? 0) > 0 && (report["links"] as? Int ?? 0) > 0)
    }

    @Test func reportsContentErrorsAndAMissingBuild() throws {
        let site = TemporaryFolder(["Content/bad.md": "---\ntitle: [unclosed\n---\nbody\n"])
        defer { site.remove() }
        let result = try GazetteBinary.run(["check", "--site", site.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/bad.md:"), "\(result.stderr)")
        #expect(result.stderr.contains("run gazette build first"))
    }

    @Test func passesOnTheSample() throws {
        let output = TemporaryFolder()
        defer { output.remove() }
        let root = GazetteBinary.repositoryRoot.path
        let built = try GazetteBinary.run(["build", "--site", root, "--output", output.url.path])
        #expect(built.status == 0, "\(built.stderr)")
        let result = try GazetteBinary.run(["check", "--site", root, "--output", output.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains(": error:"), "\(result.stderr)")
        // The sample's images at https://courier.example.org/images/ are outside the build: warnings.
        #expect(result.stdout.contains("Checked ") && result.stdout.contains("no errors"), "\(result.stdout)")
    }
}
