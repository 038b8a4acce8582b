import GazetteFeeds
import GazettePlan
import Synchronization

/// Each article's summary feed item and Atom entries, made once for all the feeds that show
/// them (an article sits in the feeds of its section, tags and authors) and dropped when the
/// last of those feeds is written, so they are not all held at once.
final class FeedEntries: Sendable {
    private struct Slot: Sendable {
        var item: FeedItem?
        var atom: String?
        /// Feeds still to be written that show this entry.
        var uses = 0
    }

    /// Two slots per article: its full entry, then its summary one.
    private let slots: Mutex<[Slot]>

    /// `feeds` are the feeds to write, each as its articles and whether it shows summaries.
    init(count: Int, feeds: [(members: [Int], summary: Bool)]) {
        var slots = Array(repeating: Slot(), count: count * 2)
        for feed in feeds {
            for index in feed.members { slots[Self.slot(index, summary: feed.summary)].uses += 1 }
        }
        self.slots = Mutex(slots)
    }

    private static func slot(_ index: Int, summary: Bool) -> Int { index * 2 + (summary ? 1 : 0) }

    /// The summary item of article `index`, made by `make` the first time.
    func summary(_ index: Int, make: () -> FeedItem) -> FeedItem {
        let slot = Self.slot(index, summary: true)
        if let cached = slots.withLock({ $0[slot].item }) { return cached }
        let item = make()
        slots.withLock { if $0[slot].uses > 0 { $0[slot].item = item } }
        return item
    }

    /// The Atom entry of `item`, the full or summary item of article `index`.
    func atomEntry(_ index: Int, item: FeedItem, urls: AbsoluteURLs) -> String {
        let slot = Self.slot(index, summary: item.isSummary)
        if let cached = slots.withLock({ $0[slot].atom }) { return cached }
        let text = AtomFeed.entryText(item, urls: urls)
        slots.withLock { if $0[slot].uses > 0 { $0[slot].atom = text } }
        return text
    }

    /// One feed showing `indices` is written: entries no other feed will show are dropped.
    func done(_ indices: [Int], summary: Bool) {
        slots.withLock { slots in
            for index in indices {
                let slot = Self.slot(index, summary: summary)
                slots[slot].uses -= 1
                if slots[slot].uses <= 0 { slots[slot] = Slot() }
            }
        }
    }
}
