extension OutputBudget {
    /// Settings that would take `excess` files off the site, biggest savings first.
    func advice(removingFiles excess: Int) -> [String] {
        var advice: [String] = []
        let compressed = self[.compressed].files
        if compressed > 0 {
            advice.append("drop `precompress` (\(Self.count(compressed)) .gz/.br files; this host compresses on its own)")
        }
        let feeds = self[.feeds].files
        if feeds > 0 {
            advice.append("`feeds: {section: none, tag: none, author: none, moved: false}` (up to \(Self.count(feeds)) feed files;"
                + " moved: false drops the URLs of feeds published before, so only for a new site)")
        }
        let lists = self[.lists].files
        if lists > 0 {
            advice.append("`day_archives: false` and a larger `paginate` (lists are \(Self.count(lists)) files; doubling paginate halves their numbered pages)")
        }
        if excess > compressed + feeds + lists {
            advice.append("a host without a file limit (cloudflare-pages-paid, netlify, github-pages) or part of the archive in a second site")
        }
        return advice
    }

    /// Settings that would take `excess` bytes off the site, biggest savings first.
    func advice(removingBytes excess: Int) -> [String] {
        var advice: [(Int, String)] = []
        if self[.compressed].bytes > 0 {
            advice.append((self[.compressed].bytes, "drop `precompress` (\(Self.megabytes(self[.compressed].bytes)) of .gz/.br files)"))
        }
        if self[.feeds].bytes > 0 {
            advice.append((self[.feeds].bytes, "`feeds:` with `content: summary` or `none` for section, tag and author (feeds are \(Self.megabytes(self[.feeds].bytes)))"))
        }
        if self[.lists].bytes > 0 {
            advice.append((self[.lists].bytes, "`day_archives: false` (lists are \(Self.megabytes(self[.lists].bytes)))"))
        }
        if self[.assets].bytes > 0 {
            advice.append((self[.assets].bytes, "smaller images in Public/ and page bundles (assets are \(Self.megabytes(self[.assets].bytes)))"))
        }
        return advice.sorted { $0.0 > $1.0 }.map(\.1)
    }

    /// Settings that would spread the files of `folder` over more folders.
    func advice(crowdedFolder folder: String) -> [String] {
        let first = folder.split(separator: "/").first.map(String.init) ?? ""
        if ["tags", "authors", "section"].contains(first) {
            return ["fewer distinct \(first) (each has its own folder under \(first)/)"]
        }
        return ["a `permalink` with more levels, such as `/:year/:month/:day/:slug.html`"]
    }
}
