/// Paths inside the output tree. Pages are identified by the file they are written to
/// (`tags/flood/index.html`, `2019/03/07/bridge.html`); links point at URL paths relative to
/// the site root (`tags/flood/`, `2019/03/07/bridge.html`, `` for the home page).
package enum SitePath {
    /// The prefix from the folder of `file` back to the site root: `../../` or `./`.
    package static func rootPrefix(ofFile file: String) -> String {
        let depth = file.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The shortest relative URL from the page written at `file` to the root-relative URL `target`.
    package static func relative(fromFile file: String, to target: String) -> String {
        let fromDirs = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var targetParts = target.split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = target.isEmpty || target.hasSuffix("/")
        if isFolder { targetParts = Array(targetParts.dropLast()) }
        var common = 0
        while common < fromDirs.count, common < targetParts.count - (isFolder ? 0 : 1),
              fromDirs[fromDirs.startIndex + common] == targetParts[common] {
            common += 1
        }
        let ups = String(repeating: "../", count: fromDirs.count - common)
        let rest = targetParts[common...].joined(separator: "/")
        if rest.isEmpty { return ups.isEmpty ? "./" : ups }
        return ups + rest + (isFolder ? "/" : "")
    }

    /// The file that serves the URL path `url`: `tags/x/` -> `tags/x/index.html`.
    package static func file(forURL url: String) -> String {
        url.isEmpty || url.hasSuffix("/") ? url + "index.html" : url
    }

    /// Whether `url` is relative to the current page (no scheme, not absolute, not a fragment).
    package static func isRelativeReference(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        for character in url {
            if character == ":" { return false }
            if character == "/" || character == "?" || character == "#" { break }
        }
        return true
    }
}
