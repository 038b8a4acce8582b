import GazetteContent

/// What search knows of one article, besides its body: the fields it indexes and the ones a
/// result shows. The build makes one per published article, oldest first.
package struct SearchDocument: Sendable {
    /// Root-relative URL of the article's page.
    package var url: String
    package var title: String
    package var subtitle: String?
    /// The summary shown as the excerpt (front matter, or the body's first sentences).
    package var summary: String
    package var date: ArticleDate
    package var section: Section?
    package var authors: [Author]
    package var tags: [Tag]

    package init(url: String, title: String, subtitle: String? = nil, summary: String, date: ArticleDate,
                 section: Section? = nil, authors: [Author] = [], tags: [Tag] = []) {
        self.url = url
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.date = date
        self.section = section
        self.authors = authors
        self.tags = tags
    }
}

/// One file of the search index, relative to the output root.
package struct SearchFile: Sendable, Equatable {
    package var path: String
    package var bytes: [UInt8]
}
