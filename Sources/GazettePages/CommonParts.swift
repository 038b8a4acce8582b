import Synchronization

/// The values of every page's context that depend only on the site, the page's root prefix
/// and its current section (site, navigation, site-wide links and feeds), built once for each
/// and shared by every page with the same ones, instead of once per page.
final class CommonParts: Sendable {
    /// The shared values; read only once built.
    struct Parts: @unchecked Sendable {
        var site: [String: Any]
        var navSections: [[String: Any]]
        var links: [String: String]
        var feeds: [[String: Any]]
    }

    private let cache = Mutex<[String: Parts]>([:])

    /// The parts for `root` and `section`, made by `make` the first time they are asked for.
    func parts(root: String, section: String?, make: () -> Parts) -> Parts {
        let key = root + "\u{0}" + (section.map { "1" + $0 } ?? "0")
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let parts = make()
        cache.withLock { $0[key] = parts }
        return parts
    }
}
