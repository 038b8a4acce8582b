import Foundation
import GazetteContent

/// Turns a link found on an output page into the output file it reaches, as a browser and a
/// static file server would: relative to the page's folder, or to the root for `/x` and for
/// absolute URLs under the site's `base_url`.
package struct LinkResolver: Sendable {
    /// Where a link leads.
    package struct Target: Sendable, Hashable {
        /// The output file, relative to the root (`tags/x/index.html`); nil when the link
        /// climbs above the root.
        var file: String?
        /// The `#fragment`, decoded, when there is one.
        var fragment: String?
        /// Written as an absolute URL under `base_url`: it may lead to files the site shares its
        /// domain with but does not build (a CMS's images), so a miss is only a warning.
        var isAbsolute = false
    }

    /// The path part of `base_url` (`/` or `/archive/`): root-absolute links start with it.
    let basePath: String
    let baseURL: String?

    /// The target of `link` on `page`; nil for links not to check: external URLs, other
    /// schemes (`mailto:`, `data:`), and an empty `href` (the page itself).
    func resolve(_ link: String, fromPage page: String) -> Target? {
        let link = link.trimmingCharacters(in: .whitespaces)
        guard !link.isEmpty else { return nil }
        var rest: Substring
        var folder: [Substring]
        var isAbsolute = false
        if let baseURL, link.hasPrefix(baseURL) {
            rest = link.dropFirst(baseURL.count)
            folder = []
            isAbsolute = true
        } else if link.hasPrefix("//") || Self.hasScheme(link) {
            return nil
        } else if link.hasPrefix("/") {
            // Under a sub-path, a root-absolute link outside it leaves the site: only a warning.
            isAbsolute = !link.hasPrefix(basePath)
            rest = link.hasPrefix(basePath) ? link.dropFirst(basePath.count) : link.dropFirst()
            folder = []
        } else {
            rest = link[...]
            folder = page.split(separator: "/").dropLast()
        }
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        if rest.isEmpty && (link.first == "#" || link.first == "?") {
            return Target(file: page, fragment: fragment)
        }
        let decoded = rest.removingPercentEncoding ?? String(rest)
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !folder.isEmpty else { return Target(file: nil, fragment: fragment, isAbsolute: isAbsolute) }
                folder.removeLast()
            default: folder.append(component)
            }
        }
        let isFolder = decoded.isEmpty || decoded.hasSuffix("/") || decoded.hasSuffix("/.") || decoded.hasSuffix("/..")
            || decoded == "." || decoded == ".."
        let path = folder.joined(separator: "/")
        let file = isFolder ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        return Target(file: file, fragment: fragment, isAbsolute: isAbsolute)
    }

    /// `mailto:`, `https:`, `data:`: a scheme is letters, digits, `+ - .` before the first `:`,
    /// with no `/`, `?` or `#` before it.
    static func hasScheme(_ link: String) -> Bool {
        guard let first = link.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        for scalar in link.unicodeScalars {
            if scalar == ":" { return true }
            if scalar == "/" || scalar == "?" || scalar == "#" { return false }
        }
        return false
    }
}
