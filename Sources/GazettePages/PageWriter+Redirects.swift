import GazetteContent
import GazettePlan

/// Redirects from old URLs, in the forms the site's `redirects:` setting asks for.
extension PageWriter {
    /// An HTML page per old URL, `_redirects` (Netlify, Cloudflare Pages: `/old /new 301`) and
    /// `nginx-redirects.map` (`/old /new;` lines for an nginx `map`), sorted by old URL. Paths in
    /// the files start at the domain root, so they carry `base_url`'s path.
    func writeRedirects() throws(DiagnosticsError) {
        let formats = site.config.redirects
        let redirects = site.redirects
        if formats.contains(.html) {
            for redirect in redirects { try writeRedirectPage(redirect) }
        }
        let base = PageFactory.path(ofURL: site.config.baseURL)
        let pairs = redirects.map { (base + $0.url, base + site.entries[$0.target].url) }.sorted { $0.0 < $1.0 }
        if formats.contains(.netlify) {
            let lines = pairs.map { "\($0.0) \($0.1) 301\n" }.joined()
            try writer.write("_redirects", lines, owner: "redirects")
        }
        if formats.contains(.nginx) {
            var lines = "# Old URLs and where they moved, for an nginx map:\n"
                + "#   map $uri $gazette_moved { include nginx-redirects.map; }\n"
                + "#   if ($gazette_moved) { return 301 $gazette_moved; }\n"
            for (old, new) in pairs {
                lines += "\(old) \(new);\n"
                if old.hasSuffix("/") && old.count > 1 { lines += "\(old.dropLast()) \(new);\n" }
            }
            try writer.write("nginx-redirects.map", lines, owner: "redirects")
        }
    }
}
