import Foundation
import GazetteContent

/// Loads `files` as a site's articles with `config` (UTC and no sections unless given).
func loadArticles(_ files: [String: String], binary: [String: [UInt8]] = [:],
                  config: SiteConfig = SiteConfig()) throws -> ArchiveLoadResult {
    try withTempSite(files, binary: binary) { url in
        ArchiveLoader(siteDirectory: url, config: config).load()
    }
}

/// Loads one article file and returns it, or nil (with the diagnostics) when it failed.
func loadOne(_ path: String, _ contents: String, config: SiteConfig = SiteConfig()) throws -> (Article?, [Diagnostic]) {
    let result = try loadArticles([path: contents], config: config)
    return (result.articles.first, result.diagnostics)
}

/// A configuration in the given zone, with the given known sections.
func config(zone: String = "UTC", sections: [Section] = []) -> SiteConfig {
    var config = SiteConfig()
    config.timeZone = zone
    config.sections = sections
    return config
}
