import GazetteRender
import Synchronization

/// Each article's list item, rendered once through the theme's `item` partial with a mark
/// where the page's root prefix goes; every list page then substitutes its own prefix. An
/// article appears in about ten lists, so this saves most of the template work of lists.
///
/// The item may also mark parts that some pages leave out (see `ItemOmission`): a part opens
/// with `cutMark` and a kind byte and closes with `endMark`; parts nest. Kinds: `s` left out
/// on section pages, `d` on day pages, `b` on author pages, `W` everywhere else, and `w`, slug,
/// `slugEnd` on that author's page. A theme that marks nothing shows everything everywhere.
final class ItemCache: Sendable {
    /// Stands for the root prefix while rendering; a control character no title contains
    /// after escaping, and never a valid part of a URL.
    static let rootMark = "\u{1A}"
    /// Opens and closes a part that some pages leave out; control characters, as `rootMark`.
    static let cutMark = "\u{1C}"
    static let endMark = "\u{1D}"
    static let slugEnd = "\u{1F}"

    private let slots: Mutex<[String?]>
    private let render: @Sendable (Int) -> String

    init(count: Int, render: @escaping @Sendable (Int) -> String) {
        slots = Mutex(Array(repeating: nil, count: count))
        self.render = render
    }

    /// The item HTML of article `index` for a page whose root prefix is `root`, leaving out
    /// what the page says itself.
    func html(_ index: Int, root: String, omitting omission: ItemOmission = .none) -> String {
        let cached = slots.withLock { $0[index] }
        let template: String
        if let cached {
            template = cached
        } else {
            template = render(index)
            slots.withLock { $0[index] = template }
        }
        return Self.substitute(template, root: root, omitting: omission)
    }

    /// `text` with every root mark replaced by `root` and the marked parts `omission` names
    /// left out, on UTF-8 bytes.
    static func substitute(_ text: String, root: String, omitting omission: ItemOmission = .none) -> String {
        var text = text
        var root = root
        var author = omission.author ?? ""
        return text.withUTF8 { source in
            root.withUTF8 { prefix in
                author.withUTF8 { slug in
                    let marks = source.reduce(0) { $1 == 0x1A ? $0 + 1 : $0 }
                    if marks == 0 && !source.contains(0x1C) { return String(decoding: source, as: UTF8.self) }
                    return String(unsafeUninitializedCapacity: source.count + marks * max(0, prefix.count - 1)) { target in
                        var index = 0
                        var position = 0
                        // Open parts, innermost last, and how many of them are left out.
                        var open: [Bool] = []
                        var dropping = 0
                        while position < source.count {
                            let byte = source[position]
                            position += 1
                            switch byte {
                            case 0x1C:
                                guard position < source.count else { break }
                                let kind = source[position]
                                position += 1
                                let drop: Bool
                                switch kind {
                                case UInt8(ascii: "s"): drop = omission.section
                                case UInt8(ascii: "d"): drop = omission.day
                                case UInt8(ascii: "b"): drop = omission.author != nil
                                case UInt8(ascii: "W"): drop = omission.author == nil
                                case UInt8(ascii: "w"):
                                    let start = position
                                    while position < source.count && source[position] != 0x1F { position += 1 }
                                    drop = omission.author != nil && source[start..<position].elementsEqual(slug)
                                    position += 1
                                default: drop = false
                                }
                                open.append(drop)
                                if drop { dropping += 1 }
                            case 0x1D:
                                if let last = open.popLast(), last { dropping -= 1 }
                            case 0x1A:
                                if dropping == 0 { for character in prefix { target[index] = character; index += 1 } }
                            default:
                                if dropping == 0 { target[index] = byte; index += 1 }
                            }
                        }
                        return index
                    }
                }
            }
        }
    }
}
