import GazetteRender
import Synchronization

/// The partials of a page whose inputs repeat from page to page, rendered once for each
/// distinct input and reused: the header and footer (per root prefix, and for the header the
/// current section), the feed links of `<head>` and the pager. Each is still a template of the
/// theme that a site may replace.
final class PageChrome: Sendable {
    private let cache = Mutex<[String: TemplateText]>([:])

    /// Adds `header_html`, `footer_html`, `feeds_html` and `pager_html` to a page's context.
    /// `feeds` tells which feeds the page links to besides the root prefix: empty for the
    /// site's, a list's folder for a list with feeds of its own.
    func add(to context: inout [String: Any], theme: Theme, feeds: String) {
        // A page without a root prefix (a redirect) shares its partials with no other page.
        let root = (context["root"] as? TemplateText)?.string ?? context["root"] as? String ?? "\u{1}"
        let section = context["current_section"] as? String ?? ""
        context["header_html"] = part("header", key: root + "\u{0}" + section, context: context, theme: theme)
        context["footer_html"] = part("footer", key: root, context: context, theme: theme)
        // These two stand where a partial stood on a line of its own, so they keep their last
        // line break.
        context["feeds_html"] = part("feeds", key: root + "\u{0}" + feeds, context: context, theme: theme, fragment: false)
        context["pager_html"] = part("pager", key: root + Self.signature(of: context["pager"]), context: context,
                                     theme: theme, fragment: false)
    }

    private func part(_ template: String, key: String, context: [String: Any], theme: Theme, fragment: Bool = true) -> TemplateText {
        let key = template + "\u{0}" + key
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let html = TemplateText(fragment ? theme.renderFragment(template, context) : theme.render(template, context) ?? "")
        cache.withLock { $0[key] = html }
        return html
    }
}
