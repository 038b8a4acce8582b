import Foundation
import GazetteContent
@testable import GazettePages
import Synchronization
import Testing

/// List items are rendered once with a mark for the root prefix, then copied into each list
/// page with the page's own prefix.
@Suite struct ItemCacheTests {
    @Test(arguments: [
        "", "no mark at all", "\u{1A}", "\u{1A}\u{1A}", "<a href=\"\u{1A}tags/x/\">x</a>",
        "\u{1A}start and end\u{1A}", "é \u{1A}ünïcode\u{1A}\u{1A} ✓",
    ])
    func everyMarkBecomesThePrefix(text: String) {
        for root in ["", "./", "../../", "../../../"] {
            #expect(ItemCache.substitute(text, root: root) == text.replacingOccurrences(of: "\u{1A}", with: root))
        }
    }

    @Test func itemsAreRenderedOnce() {
        let renders = Mutex(0)
        let cache = ItemCache(count: 2) { index in
            renders.withLock { $0 += 1 }
            return "<a href=\"\u{1A}\(index).html\">"
        }
        #expect(cache.html(1, root: "../") == "<a href=\"../1.html\">")
        #expect(cache.html(1, root: "./") == "<a href=\"./1.html\">")
        #expect(renders.withLock { $0 } == 1)
    }

    @Test func tagLinksAreRenderedOncePerTag() {
        let renders = Mutex(0)
        let links = TagLinks { tag in
            renders.withLock { $0 += 1 }
            return "<a href=\"\u{1A}tags/\(tag.slug)/\">\(tag.name)</a>"
        }
        let flood = Tag(name: "Flood", slug: "flood"), rain = Tag(name: "Rain", slug: "rain")
        #expect(links.html(flood, root: "../../../") == "<a href=\"../../../tags/flood/\">Flood</a>")
        #expect(links.html(flood, root: "./") == "<a href=\"./tags/flood/\">Flood</a>")
        #expect(links.html(rain, root: "../") == "<a href=\"../tags/rain/\">Rain</a>")
        #expect(renders.withLock { $0 } == 2)
    }

    @Test func relatedLinesTakeEachPagesLinkAndRenderOnesEscapingWouldChange() {
        let renders = Mutex<[String]>([])
        let lines = RelatedLines(count: 1) { index, url in
            renders.withLock { $0.append(url) }
            return "<li><a href=\"\(url)\">Story \(index)</a></li>"
        }
        #expect(lines.html(0, url: "../../../2020/01/01/a.html") == "<li><a href=\"../../../2020/01/01/a.html\">Story 0</a></li>")
        #expect(lines.html(0, url: "b.html") == "<li><a href=\"b.html\">Story 0</a></li>")
        #expect(lines.html(0, url: "a&b.html") == "<li><a href=\"a&b.html\">Story 0</a></li>")
        #expect(renders.withLock { $0 } == ["\u{1A}", "a&b.html"])
    }
}
