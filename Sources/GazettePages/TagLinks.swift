import GazetteContent
import Synchronization

/// Each tag's link in the topics of an article, rendered once through the theme's `tag`
/// partial with a mark for the root prefix, as list items are (``ItemCache``); every article
/// page then puts its own prefix there. An article has a few tags, each on hundreds of pages.
final class TagLinks: Sendable {
    private let cache = Mutex<[String: String]>([:])
    private let render: @Sendable (Tag) -> String

    /// `render` gives the partial's output for a tag whose page is at `ItemCache.rootMark` + `tags/<slug>/`.
    init(render: @escaping @Sendable (Tag) -> String) {
        self.render = render
    }

    /// The link of `tag` for a page whose root prefix is `root`.
    func html(_ tag: Tag, root: String) -> String {
        let marked: String
        if let cached = cache.withLock({ $0[tag.slug] }) {
            marked = cached
        } else {
            marked = render(tag)
            cache.withLock { $0[tag.slug] = marked }
        }
        return ItemCache.substitute(marked, root: root)
    }
}
