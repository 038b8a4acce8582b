// The fields of an article as read from its file, before the required ones are checked and the
// file name fills in what the file does not say.
struct ArticleDraft {
    var title: String?
    var subtitle: String?
    var date: ArticleDate?
    var updated: ArticleDate?
    var authors: [Author] = []
    var section: Section?
    var tags: [Tag] = []
    var summary: String?
    var image: ArticleImage?
    var dateline: String?
    var language: String?
    var isDraft = false
    // The front matter's `slug`, already checked to stay in its folder.
    var slug: String?
    var aliases: [String] = []
    var canonicalURL: String?
    var body = ""
    var bodyFormat = Article.BodyFormat.markdown
    var bodyLine = 1
    var params: [String: ParamValue] = [:]
    // Where a missing title or date is reported: the front matter, or the line that should hold it.
    var titleLine = 1
    var dateLine = 1
    // Whether the file gave a title, even an unusable one (already reported where it is written).
    var hasTitle = false
    // Whether the file gave a date, even an invalid one (already reported where it is written).
    var hasDate = false
    // Said after "missing date" when the file format has a specific place for it.
    var dateHint = ""

    // Adds `name` unless an author with the same slug is already credited; false when the
    // name has no letters or digits to make a URL from.
    mutating func addAuthor(_ name: String) -> Bool {
        let author = Author(name: name)
        guard !author.slug.isEmpty else { return false }
        if !authors.contains(where: { $0.slug == author.slug }) { authors.append(author) }
        return true
    }

    // Adds `name` unless a tag with the same slug is already there; false as for authors.
    mutating func addTag(_ name: String) -> Bool {
        let tag = Tag(name: name)
        guard !tag.slug.isEmpty else { return false }
        if !tags.contains(where: { $0.slug == tag.slug }) { tags.append(tag) }
        return true
    }

    // The article, or nil after adding to `reader` why it cannot be one: no title, no date (in
    // the file or its name), or a name with no letters or digits for the slug.
    func finish(source: ArticleSource, fileName: ArticleFileName, reader: inout FieldReader) -> Article? {
        let path = source.relativePath
        if title == nil && !hasTitle {
            reader.fail(Diagnostic(path: path, line: titleLine, column: 1, "missing title"))
        }
        var date = self.date
        if date == nil, let fields = fileName.date {
            date = ArticleDate(fields: fields, in: reader.config)
        }
        if date == nil {
            if let impossible = fileName.impossibleDate {
                reader.fail(Diagnostic(path: path, "invalid date '\(impossible)' in the file name"))
            } else if !hasDate {
                reader.fail(Diagnostic(path: path, line: dateLine, column: 1, "missing date\(dateHint)"))
            }
        }
        let slug = Slug.make(self.slug ?? fileName.slugText)
        if slug.isEmpty, self.slug == nil {
            reader.fail(Diagnostic(path: path, "file name '\(fileName.name)' has no letters or digits for a slug; set 'slug'"))
        }
        let failed = reader.diagnostics.contains { $0.severity == .error }
        guard !failed, let title, let date, !slug.isEmpty else {
            if !failed {  // never drop an article without saying why
                reader.fail(Diagnostic(path: path, line: 1, column: 1, "the article could not be read"))
            }
            return nil
        }
        return Article(
            sourcePath: path, bundleFiles: source.bundleFiles, slug: slug, title: title, subtitle: subtitle,
            date: date, updated: updated, authors: authors, section: section, tags: tags, summary: summary,
            image: image, dateline: dateline, language: language, isDraft: isDraft, aliases: aliases,
            canonicalURL: canonicalURL, body: body, bodyFormat: bodyFormat, bodyLine: bodyLine, params: params)
    }
}
