import Foundation
import GazetteContent
import GazettePlan

/// What a build leaves beside its manifest so that the next one can rebuild an edited
/// article without planning the whole site again (``QuickRebuild``): every input file's
/// stamp, and for every published article its keys, its related articles, the feeds it is
/// in and where the content cache keeps it.
struct QuickState: Sendable {
    /// A published article, by its position in date order.
    struct Entry: Sendable {
        var shapeKey: UInt64
        var contentKey: UInt64
        /// Where ``ContentCache`` keeps the article, in the cache file written with this state.
        var record: Range<Int>
        /// Positions of its related articles, best first.
        var related: [Int]
        /// Numbers of the feeds (in ``QuickState/feeds``) it is in.
        var feeds: [Int]
    }

    static let fileName = "quick"
    private static let magic = "gazette-quick-2"

    /// ``BuildKeys/global(settingsKey:theme:siteDirectory:)`` of the build that wrote it.
    var globalKey: UInt64
    /// ``ContentCache/key(for:)`` of that build.
    var cacheKey: UInt64
    /// The inputs key of the manifest written with it: the two belong together.
    var inputsKey: UInt64
    var siteKey: UInt64
    var navSections: [Section]
    /// Every file under `Content/`, in path order.
    var inputs: [InputStamp]
    /// For each input, the position of the article it is, or -1 (not published, not an article).
    var positions: [Int]
    var entries: [Entry]
    /// Every feed, its members as positions.
    var feeds: [Feeds.Feed]

    /// The state of a site just planned; `records` are the cache's records by source path.
    init(plan: SitePlan, inputs: [InputStamp], records: [String: Range<Int>], globalKey: UInt64, cacheKey: UInt64, inputsKey: UInt64) {
        self.globalKey = globalKey
        self.cacheKey = cacheKey
        self.inputsKey = inputsKey
        siteKey = plan.siteKey
        navSections = plan.navSections
        self.inputs = inputs
        var positionOfPath: [String: Int] = [:]
        positionOfPath.reserveCapacity(plan.entries.count)
        // By index, not `enumerated()`: that would copy every entry's article.
        for position in plan.entries.indices { positionOfPath[plan.entries[position].article.sourcePath] = position }
        let prefix = ArchiveLoader.contentFolder + "/"
        positions = inputs.map { positionOfPath[prefix + $0.path] ?? -1 }
        feeds = Feeds(config: plan.config, index: plan.index, articleCount: plan.listedCount).all
        var feedsOf = [[Int]](repeating: [], count: plan.entries.count)
        for (number, feed) in feeds.enumerated() {
            for member in feed.members { feedsOf[member].append(number) }
        }
        entries = plan.entries.indices.map { position in
            Entry(shapeKey: plan.shapeKeys[position], contentKey: plan.contentKeys[position],
                  record: records[plan.entries[position].article.sourcePath] ?? 0..<0,
                  related: plan.related[position], feeds: feedsOf[position])
        }
    }

    /// Reads a state file; a missing or damaged one gives nil.
    init?(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var input = ByteReader([UInt8](data))
        do {
            guard try input.string() == Self.magic else { return nil }
            globalKey = try input.uint64()
            cacheKey = try input.uint64()
            inputsKey = try input.uint64()
            siteKey = try input.uint64()
            navSections = []
            for _ in 0..<(try input.count()) { navSections.append(Section(name: try input.string(), slug: try input.string())) }
            let inputCount = try input.count()
            inputs = []
            positions = []
            inputs.reserveCapacity(inputCount)
            positions.reserveCapacity(inputCount)
            for _ in 0..<inputCount {
                inputs.append(InputStamp(path: try input.string(), size: try input.int(), modified: try input.int()))
                positions.append(try input.int())
            }
            let entryCount = try input.count()
            entries = []
            entries.reserveCapacity(entryCount)
            for _ in 0..<entryCount {
                let shapeKey = try input.uint64(), contentKey = try input.uint64()
                let start = try input.int(), end = try input.int()
                guard start <= end else { return nil }
                entries.append(Entry(shapeKey: shapeKey, contentKey: contentKey, record: start..<end,
                                     related: try Self.numbers(&input, below: entryCount), feeds: try Self.numbers(&input, below: .max)))
            }
            feeds = []
            for _ in 0..<(try input.count()) {
                feeds.append(Feeds.Feed(base: try input.string(), title: try input.string(), description: try input.string(),
                                        members: try Self.numbers(&input, below: entryCount)))
            }
            guard input.isAtEnd, positions.allSatisfy({ $0 < entryCount }),
                  entries.allSatisfy({ $0.feeds.allSatisfy { $0 < feeds.count } })
            else { return nil }
        } catch {
            return nil
        }
    }

    func encoded() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.magic)
        for key in [globalKey, cacheKey, inputsKey, siteKey] { out.uint64(key) }
        out.int(navSections.count)
        for section in navSections { out.string(section.name); out.string(section.slug) }
        out.int(inputs.count)
        for (input, position) in zip(inputs, positions) {
            out.string(input.path)
            out.int(input.size)
            out.int(input.modified)
            out.int(position)
        }
        out.int(entries.count)
        for entry in entries {
            out.uint64(entry.shapeKey)
            out.uint64(entry.contentKey)
            out.int(entry.record.lowerBound)
            out.int(entry.record.upperBound)
            Self.write(entry.related, into: &out)
            Self.write(entry.feeds, into: &out)
        }
        out.int(feeds.count)
        for feed in feeds {
            out.string(feed.base)
            out.string(feed.title)
            out.string(feed.description)
            Self.write(feed.members, into: &out)
        }
        return out.bytes
    }

    private static func write(_ numbers: [Int], into out: inout ByteWriter) {
        out.int(numbers.count)
        for number in numbers { out.int(number) }
    }

    private static func numbers(_ input: inout ByteReader, below limit: Int) throws(ByteReader.Damaged) -> [Int] {
        let count = try input.count()
        var numbers: [Int] = []
        numbers.reserveCapacity(count)
        for _ in 0..<count {
            let number = try input.int()
            guard number >= 0, number < limit else { throw ByteReader.Damaged() }
            numbers.append(number)
        }
        return numbers
    }
}
