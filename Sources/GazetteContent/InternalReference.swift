/// A link in an article body to another page of the site, as the tools archives come from
/// write it: Zola `@/blog/post.md`, Jekyll `{% post_url 2019-03-18-name %}` and
/// `{% link _posts/2019-03-18-name.md %}`, Hugo `{{< ref "name" >}}` and `relref`, a relative
/// link to another article's source file (`../2019/other.md`) and a root-absolute path
/// (`/2019/03/07/slug.html`). The build resolves each to the target's URL.
public struct InternalReference: Sendable, Hashable {
    public enum Kind: Int, Sendable, Hashable {
        /// `@/path.md`: from `Content/`.
        case contentPath
        /// `post_url NAME`: a post's file name without extension.
        case postName
        /// `link PATH`: a path from `Content/` (Jekyll's site source).
        case sourcePath
        /// `ref` / `relref`: relative to the page's folder, else from `Content/`, else by name.
        case pageReference
        /// A relative link to a Markdown source file, from the page's own folder.
        case relativeSource
        /// `/2019/x/`: a path from the site root.
        case rootPath
    }

    public var kind: Kind
    /// The path or name, without `#fragment`.
    public var target: String
    /// The fragment without `#`, when one was written.
    public var fragment: String?

    public init(kind: Kind, target: String, fragment: String? = nil) {
        self.kind = kind
        self.target = target
        self.fragment = fragment
    }

    /// The reference a Markdown link destination makes, or nil for an ordinary link.
    public init?(destination: String) {
        var target = Substring(destination)
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = target[..<hash]
        }
        if target.hasPrefix("@/") {
            self.init(kind: .contentPath, target: String(target.dropFirst(2)), fragment: fragment)
        } else if target.hasPrefix("/") && !target.hasPrefix("//") {
            if let question = target.firstIndex(of: "?") { target = target[..<question] }
            self.init(kind: .rootPath, target: String(target), fragment: fragment)
        } else if Self.isSourceFile(target), !target.contains(":"), !target.hasPrefix("//") {
            self.init(kind: .relativeSource, target: String(target), fragment: fragment)
        } else {
            return nil
        }
    }

    /// `name.md` or `name.markdown`.
    public static func isSourceFile(_ path: Substring) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".markdown")
    }

    /// How the reference was written, for messages: `@/blog/x.md`, `post_url NAME`.
    public var written: String {
        let hash = fragment.map { "#" + $0 } ?? ""
        return switch kind {
        case .contentPath: "@/" + target + hash
        case .postName: "post_url " + target
        case .sourcePath: "link " + target
        case .pageReference: "ref \"" + target + hash + "\""
        case .relativeSource, .rootPath: target + hash
        }
    }
}
