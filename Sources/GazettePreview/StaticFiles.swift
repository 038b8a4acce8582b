import Foundation

/// Maps a request path to a file of the output folder the way `gazette serve` answers it,
/// with no sockets involved: a folder serves its `index.html`, a folder without the trailing
/// slash redirects to it, and nothing outside the folder is ever reachable.
public struct StaticFiles: Sendable {
    /// What a request path leads to.
    public enum Resolution: Sendable, Hashable {
        /// A regular file of the output, and its path relative to the output root.
        case file(URL, relativePath: String)
        /// A folder asked for without its trailing slash: send the client here.
        case redirect(String)
        case notFound
        /// A path no file could answer safely: dot segments, encoded slashes, NUL bytes.
        case badRequest
    }

    /// The output folder served; nothing outside it is ever returned.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Resolves a raw, still percent-encoded request path (`/2019/03/x.html`), without its query.
    public func resolve(_ rawPath: String) -> Resolution {
        guard let segments = Self.segments(of: rawPath) else { return .badRequest }
        // Gazette's own names (the marker, state folders, staging folders) are never served.
        if segments.contains(where: { $0.hasPrefix(".gazette") }) { return .notFound }
        let relative = segments.joined(separator: "/")
        let url = segments.isEmpty ? root : root.appending(path: relative)
        guard let kind = Self.kind(of: url), isInsideRoot(url) else { return .notFound }
        let asksForFolder = rawPath.hasSuffix("/")
        switch (kind, asksForFolder) {
        case (.file, false):
            return .file(url, relativePath: relative)
        case (.folder, false):
            return .redirect(Self.encode(segments) + "/")
        case (.folder, true):
            let index = url.appending(path: "index.html")
            guard Self.kind(of: index) == .file else { return .notFound }
            return .file(index, relativePath: segments.isEmpty ? "index.html" : relative + "/index.html")
        case (.file, true):
            return .notFound
        }
    }

    /// The decoded path segments, or nil when the path is unsafe: not starting with `/`, a `.`
    /// or `..` segment (written plainly or encoded), an encoded `/` or `\`, a NUL byte, or
    /// percent-encoding that is not UTF-8.
    static func segments(of rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = raw.removingPercentEncoding else { return nil }
            if decoded == "." || decoded == ".." { return nil }
            if decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") { return nil }
            segments.append(decoded)
        }
        return segments
    }

    private enum Kind { case file, folder }

    private static func kind(of url: URL) -> Kind? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? .folder : .file
    }

    /// Guards against a symbolic link inside the output pointing out of it.
    private func isInsideRoot(_ url: URL) -> Bool {
        let realRoot = root.resolvingSymlinksInPath().path
        let real = url.resolvingSymlinksInPath().path
        return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    /// `/a%20b/c`, never starting with `//` (which a browser would read as another host).
    private static func encode(_ segments: [String]) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#%")
        return "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }.joined(separator: "/")
    }
}
