/// Splits a list into pages numbered from the OLDEST end, so a published `/page/N/` keeps its
/// articles when new ones arrive: page 1 holds the oldest `size` articles, page N the newest
/// ones (possibly fewer). The list's own URL shows the newest `size` articles.
package struct Pagination {
    /// One page: the ascending index range it holds and its URL (root-relative).
    package struct Page {
        package var number: Int
        package var range: Range<Int>
        package var url: String
        package var file: String
    }

    let base: String
    let count: Int
    let size: Int

    /// `base` is the list's folder URL (`tags/flood/`, or `` for the home page).
    package init(base: String, count: Int, size: Int) {
        self.base = base
        self.count = count
        self.size = max(1, size)
    }

    package var pageCount: Int { max(1, (count + size - 1) / size) }

    /// The numbered pages; none when everything fits on the list's own page.
    package var numberedPages: [Page] {
        guard pageCount > 1 else { return [] }
        return (1...pageCount).map { page($0) }
    }

    package func page(_ number: Int) -> Page {
        let url = base + "page/\(number)/"
        return Page(number: number, range: (number - 1) * size ..< min(number * size, count), url: url, file: url + "index.html")
    }

    /// The list's own page: the newest `size` items.
    package var front: Page {
        Page(number: pageCount, range: max(0, count - size) ..< count, url: base, file: base + "index.html")
    }

    /// Pager links for the page at `file` showing page `current` (nil: the front page).
    package func pager(current: Int?, file: String) -> [String: Any]? {
        guard pageCount > 1 else { return nil }
        let link = { (url: String) in SitePath.relative(fromFile: file, to: url) }
        var pager: [String: Any] = [:]
        if let current {
            pager["newer_url"] = link(current < pageCount ? page(current + 1).url : base)
            if current > 1 { pager["older_url"] = link(page(current - 1).url) }
        } else {
            pager["older_url"] = link(page(pageCount - 1).url)
        }
        // Numbered pages link to their neighbours and page 1, never to the last page, so
        // that adding articles at the newest end does not change them.
        let focus = current ?? pageCount
        var shown: Set<Int> = current == nil ? [1, pageCount] : [1]
        for number in (focus - 2)...(focus + 2) where (1...pageCount).contains(number) { shown.insert(number) }
        var pages: [[String: Any]] = []
        var previous: Int?
        for number in shown.sorted(by: >) {
            if let previous, previous - number > 1 { pages.append(["gap": true]) }
            var entry: [String: Any] = ["number": number, "url": link(page(number).url)]
            if number == current { entry["current"] = true }
            pages.append(entry)
            previous = number
        }
        pager["pages"] = pages
        return pager
    }
}
