import GazetteContent
import GazetteRender
import Synchronization

/// Each article's list item, rendered once through the theme's `item` partial with a mark
/// where the page's root prefix goes; every list page then substitutes its own prefix. An
/// article appears in about ten lists, so this saves most of the template work of lists.
final class ItemCache: Sendable {
    /// Stands for the root prefix while rendering; a control character no title contains
    /// after escaping, and never a valid part of a URL.
    static let rootMark = "\u{1A}"

    private let slots: Mutex<[String?]>
    private let render: @Sendable (Int) -> String

    init(count: Int, render: @escaping @Sendable (Int) -> String) {
        slots = Mutex(Array(repeating: nil, count: count))
        self.render = render
    }

    /// The item HTML of article `index` for a page whose root prefix is `root`.
    func html(_ index: Int, root: String) -> String {
        let cached = slots.withLock { $0[index] }
        let template: String
        if let cached {
            template = cached
        } else {
            template = render(index)
            slots.withLock { $0[index] = template }
        }
        return Self.substitute(template, root: root)
    }

    /// Replaces every mark in `text` by `root`, on UTF-8 bytes: the marks found with `memchr`,
    /// the text between them copied whole (every list page does this for each of its items).
    static func substitute(_ text: String, root: String) -> String {
        var text = text
        var root = root
        return text.withUTF8 { source in
            root.withUTF8 { prefix in
                guard let base = source.baseAddress else { return "" }
                func nextMark(from start: Int) -> Int { ByteSearch.next(0x1A, in: source, from: start) ?? source.count }
                var marks = 0
                var position = nextMark(from: 0)
                while position < source.count {
                    marks += 1
                    position = nextMark(from: position + 1)
                }
                if marks == 0 { return String(decoding: source, as: UTF8.self) }
                return String(unsafeUninitializedCapacity: source.count + marks * (prefix.count - 1)) { target in
                    guard let output = target.baseAddress else { return 0 }
                    var written = 0
                    var start = 0
                    while start <= source.count {
                        let end = start < source.count ? nextMark(from: start) : source.count
                        (output + written).update(from: base + start, count: end - start)
                        written += end - start
                        if end < source.count, let root = prefix.baseAddress {
                            (output + written).update(from: root, count: prefix.count)
                            written += prefix.count
                        }
                        start = end + 1
                    }
                    return written
                }
            }
        }
    }
}
