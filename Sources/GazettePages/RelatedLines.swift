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
        url.utf8.contains(where: Self.escaped.contains) ? render(index, url) : lines.html(index, root: url)
    }

    /// The bytes HTML escaping replaces.
    private static let escaped: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27]
}
