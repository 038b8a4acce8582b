#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rule for symbolic links in a site's `Content/` (page bundles included), `Templates/`
/// and `Public/`: a link whose target resolves inside the site folder is followed; one that
/// leads outside it (`Content/etc -> /etc`, `shadow -> /etc/shadow`) or nowhere is an error
/// located at the link. A content repository is untrusted input: a pull request must not be
/// able to publish the build machine's files. The loader, the change check and the theme all
/// ask here, so clean and incremental builds agree.
public enum SymbolicLinks {
    /// The error for the link at `path` (shown as `shownAs`), or nil when `path` is not a
    /// link or leads to something inside `siteRoot` (a real path, see ``realRoot(of:)``).
    public static func problem(at path: String, shownAs: String, siteRoot: String) -> Diagnostic? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        let target = destination(of: path)
        guard let resolved = realpath(path, nil) else {
            return Diagnostic(path: shownAs, "symbolic link to '\(target)' leads nowhere (its target does not exist)")
        }
        defer { free(resolved) }
        let real = String(cString: resolved)
        let root = siteRoot.hasSuffix("/") ? siteRoot : siteRoot + "/"
        if real == siteRoot || real.hasPrefix(root) { return nil }
        return Diagnostic(path: shownAs, "symbolic link to '\(target)' leads outside the site folder")
    }

    /// The site folder with links resolved, to compare targets with.
    public static func realRoot(of siteDirectory: String) -> String {
        FolderListing.realPath(siteDirectory)
    }

    /// What the link says it points to, as written.
    private static func destination(of path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
