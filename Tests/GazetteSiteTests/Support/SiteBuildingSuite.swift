import Foundation
@testable import GazetteSite
import GazetteTestSupport

/// A suite that makes one kind of site and builds it: ``withBuiltSite(_:)`` gives each test a
/// fresh copy built once.
protocol SiteBuildingSuite {
    func makeSite() throws -> TemporarySite
    func build(_ site: TemporarySite, into output: URL) throws -> BuildSummary
}

extension SiteBuildingSuite {
    /// Builds a fresh site once into a fresh folder, runs `body`, then removes both.
    func withBuiltSite(_ body: (TemporarySite, URL) throws -> Void) throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, into: output)
        try body(site, output)
    }
}
