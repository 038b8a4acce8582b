import Foundation

/// Reads the links of built pages and resolves them against the output tree, the way a
/// static file server would (a folder URL serves its `index.html`).
struct LinkWalker {
    let files: [String: Data]

    /// `href` and `src` values of a page, in order.
    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                found.append(String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = tail[end...]
            }
        }
        return found
    }

    /// The output file a relative link on `page` points at, or nil for external links.
    static func resolve(_ link: String, from page: String) -> String? {
        if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("#") || link.hasPrefix("/") { return nil }
        var path = link
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(String(component))
            }
        }
        let joined = parts.joined(separator: "/")
        return path.isEmpty || path.hasSuffix("/") || path == "." || path == ".." ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// Every (page, link) whose relative target is not a file of the output.
    func brokenLinks() -> [(page: String, link: String)] {
        var broken: [(String, String)] = []
        for (page, data) in files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in Self.links(in: html) {
                guard let target = Self.resolve(link, from: page) else { continue }
                if files[target] == nil { broken.append((page, link)) }
            }
        }
        return broken
    }
}
