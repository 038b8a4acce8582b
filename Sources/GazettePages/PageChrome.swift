import GazetteRender
import Synchronization

/// The header and footer partials, rendered once per root prefix (and, for the header, per
/// current section) and reused by every page with the same ones: they show only the site,
/// the navigation and links built from the root prefix.
final class PageChrome: Sendable {
    private let cache = Mutex<[String: String]>([:])

    /// Adds `header_html` and `footer_html` to a page's context.
    func add(to context: inout [String: Any], theme: Theme) {
        let root = context["root"] as? String ?? "./"
        let section = context["current_section"] as? String ?? ""
        context["header_html"] = part("header", key: root + "\u{0}" + section, context: context, theme: theme)
        context["footer_html"] = part("footer", key: root, context: context, theme: theme)
    }

    private func part(_ template: String, key: String, context: [String: Any], theme: Theme) -> String {
        let key = template + "\u{0}" + key
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let html = theme.renderFragment(template, context)
        cache.withLock { $0[key] = html }
        return html
    }
}
