import GazetteRender
import Synchronization

/// Each article's list item, rendered once through the theme's `item` partial with a mark
/// where the page's root prefix goes; every list page then substitutes its own prefix. An
/// article appears in about ten lists, so this saves most of the template work of lists.
/// The lean items of a section's, a day's or an author's page (see `ItemOmission`) are
/// rendered when asked: each is shown on one page only.
final class ItemCache: Sendable {
    /// Stands for the root prefix while rendering; a control character no title contains
    /// after escaping, and never a valid part of a URL.
    static let rootMark = "\u{1A}"

    private let slots: Mutex<[String?]>
    private let render: @Sendable (Int, ItemOmission) -> String

    init(count: Int, render: @escaping @Sendable (Int, ItemOmission) -> String) {
        slots = Mutex(Array(repeating: nil, count: count))
        self.render = render
    }

    /// The item HTML of article `index` for a page whose root prefix is `root`, leaving out
    /// what the page says itself.
    func html(_ index: Int, root: String, omitting omission: ItemOmission = .none) -> String {
        if omission != .none { return Self.substitute(render(index, omission), root: root) }
        let cached = slots.withLock { $0[index] }
        let template: String
        if let cached {
            template = cached
        } else {
            template = render(index, .none)
            slots.withLock { $0[index] = template }
        }
        return Self.substitute(template, root: root)
    }

    /// Replaces every mark in `text` by `root`, on UTF-8 bytes.
    static func substitute(_ text: String, root: String) -> String {
        var text = text
        var root = root
        return text.withUTF8 { source in
            root.withUTF8 { prefix in
                let marks = source.reduce(0) { $1 == 0x1A ? $0 + 1 : $0 }
                if marks == 0 { return String(decoding: source, as: UTF8.self) }
                return String(unsafeUninitializedCapacity: source.count + marks * (prefix.count - 1)) { target in
                    var index = 0
                    for byte in source {
                        if byte == 0x1A {
                            for character in prefix { target[index] = character; index += 1 }
                        } else {
                            target[index] = byte
                            index += 1
                        }
                    }
                    return index
                }
            }
        }
    }
}
