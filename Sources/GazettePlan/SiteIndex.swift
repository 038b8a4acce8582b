import GazetteContent

/// What list pages need, computed once from the articles sorted oldest first: taxonomies,
/// date archives and neighbours. Lists hold indices into that ascending order.
package struct SiteIndex: Sendable {
    /// A term and the ascending indices of its articles.
    package struct Group<Kind: TermKind>: Sendable {
        package var term: Term<Kind>
        package var members: [Int]
    }

    package let sections: [Group<SectionKind>]
    package let tags: [Group<TagKind>]
    package let authors: [Group<AuthorKind>]
    /// Year -> month -> day -> ascending article indices.
    package let calendar: [Int: [Int: [Int: [Int]]]]

    /// The index of the first `count` of `articles` (all of them when nil).
    package init(articles: [Article], count: Int? = nil, knownSections: [Section]) {
        let count = count ?? articles.count
        // Tags take as long as the rest together: made on another core meanwhile.
        let (others, tags) = Parallel.pair({
            let sections = Self.group(articles, count, knownOrder: knownSections) { $0.section.map { [$0] } ?? [] }
            let authors = Self.group(articles, count, knownOrder: []) { $0.authors }
            var calendar: [Int: [Int: [Int: [Int]]]] = [:]
            for index in 0..<count {
                let date = articles[index].date
                calendar[date.year, default: [:]][date.month, default: [:]][date.day, default: []].append(index)
            }
            return (sections, authors, calendar)
        }, { Self.group(articles, count, knownOrder: []) { $0.tags } })
        (sections, authors, calendar) = others
        self.tags = tags
    }

    /// Groups by slug. The display name is the one the earliest article uses, or the known
    /// one from `site.yml`. Order: known terms first as listed, then by slug.
    private static func group<Kind>(
        _ articles: [Article], _ count: Int, knownOrder: [Term<Kind>], terms: (Article) -> [Term<Kind>]
    ) -> [Group<Kind>] {
        var bySlug: [String: Group<Kind>] = [:]
        for known in knownOrder { bySlug[known.slug] = Group(term: known, members: []) }
        // By index, not `enumerated()`: that would copy every article.
        for index in 0..<count {
            let terms = terms(articles[index])
            var seen = Set<String>()
            for term in terms where terms.count == 1 || seen.insert(term.slug).inserted {
                bySlug[term.slug, default: Group(term: term, members: [])].members.append(index)
            }
        }
        let rank = Dictionary(knownOrder.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return bySlug.values.filter { !$0.members.isEmpty }.sorted { lhs, rhs in
            let left = rank[lhs.term.slug] ?? Int.max, right = rank[rhs.term.slug] ?? Int.max
            return left != right ? left < right : lhs.term.slug < rhs.term.slug
        }
    }

    /// Years with articles, ascending.
    package var years: [Int] { calendar.keys.sorted() }

    /// Every (year, month) with articles, ascending.
    package var months: [(year: Int, month: Int)] {
        years.flatMap { year in calendar[year, default: [:]].keys.sorted().map { (year, $0) } }
    }

    /// Every (year, month, day) with articles, ascending.
    package var days: [(year: Int, month: Int, day: Int)] {
        months.flatMap { year, month in
            calendar[year, default: [:]][month, default: [:]].keys.sorted().map { (year, month, $0) }
        }
    }

    /// Ascending indices of a year's or a month's articles.
    package func members(year: Int, month: Int? = nil) -> [Int] {
        let monthsOfYear = calendar[year, default: [:]]
        let chosen = month.map { [$0] } ?? monthsOfYear.keys.sorted()
        // Local dates written in different offsets need not follow instant order: re-sort.
        return chosen.flatMap { month in monthsOfYear[month, default: [:]].values.joined() }.sorted()
    }
}
