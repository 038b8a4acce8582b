/// Each article's line in other articles' related lists, rendered once through the theme's
/// `related` partial with a mark where its link goes; every article page then puts its own
/// relative link there. An article is related to about five others, so this saves most of
/// the template work of the related lists.
final class RelatedLines: Sendable {
    private let lines: ItemCache
    private let render: @Sendable (_ index: Int, _ url: String) -> String

    /// `render` gives the line of article `index` linked as `url`.
    init(count: Int, render: @escaping @Sendable (_ index: Int, _ url: String) -> String) {
        self.render = render
        lines = ItemCache(count: count) { render($0, ItemCache.rootMark) }
    }

    /// The line of article `index` linked as `url`.
    func html(_ index: Int, url: String) -> String {
        // The mark stands for the link whether the template escapes it or not, as long as
        // escaping leaves the link as it is; a link it would change is rendered with its line.
        url.utf8.contains(where: Self.isEscaped) ? render(index, url) : lines.html(index, root: url)
    }

    /// Whether HTML escaping replaces `byte` (`&`, `<`, `>`, `"` or `'`).
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: true
        default: false
        }
    }
}
