extension Article {
    /// Writes every field but the body, for the build cache.
    public func encodeWithoutBody(into out: inout ByteWriter) {
        out.string(sourcePath)
        out.strings(bundleFiles)
        out.string(slug)
        out.string(title)
        out.optional(subtitle)
        date.encode(into: &out)
        out.bool(updated != nil)
        updated?.encode(into: &out)
        out.int(authors.count)
        for author in authors { out.string(author.name); out.string(author.slug) }
        out.bool(section != nil)
        if let section { out.string(section.name); out.string(section.slug) }
        out.int(tags.count)
        for tag in tags { out.string(tag.name); out.string(tag.slug) }
        out.optional(summary)
        out.bool(image != nil)
        if let image { out.optional(image.path); out.optional(image.caption); out.optional(image.credit) }
        out.optional(dateline)
        out.optional(language)
        out.bool(isDraft)
        out.strings(aliases)
        out.optional(canonicalURL)
        out.int(bodyFormat.code)
        out.bool(isPage)
        out.int(bodyLine)
        out.string(bodyStart)
        ParamValue.table(params).encode(into: &out)
        out.int(aliasPositions.count)
        for position in aliasPositions { out.int(position.line); out.int(position.column) }
        out.optional(url)
        out.int(urlPosition?.line ?? 0)
        out.int(urlPosition?.column ?? 0)
        out.strings(categories)
        out.int(references.count)
        for reference in references {
            out.int(reference.kind.rawValue)
            out.string(reference.target)
            out.optional(reference.fragment)
        }
    }

    /// Reads what ``encodeWithoutBody(into:)`` wrote; the body is left empty.
    public init(withoutBodyFrom input: inout ByteReader) throws(ByteReader.Damaged) {
        let sourcePath = try input.string(), bundleFiles = try input.strings()
        let slug = try input.string(), title = try input.string(), subtitle = try input.optional()
        let date = try ArticleDate(from: &input)
        let updated = try input.bool() ? try ArticleDate(from: &input) : nil
        var authors: [Author] = []
        for _ in 0..<(try input.count()) { authors.append(Author(name: try input.string(), slug: try input.string())) }
        let section = try input.bool() ? Section(name: try input.string(), slug: try input.string()) : nil
        var tags: [Tag] = []
        for _ in 0..<(try input.count()) { tags.append(Tag(name: try input.string(), slug: try input.string())) }
        let summary = try input.optional()
        let image = try input.bool()
            ? ArticleImage(path: try input.optional(), caption: try input.optional(), credit: try input.optional()) : nil
        let dateline = try input.optional(), language = try input.optional(), isDraft = try input.bool()
        let aliases = try input.strings(), canonicalURL = try input.optional()
        guard let format = BodyFormat(code: try input.int()) else { throw ByteReader.Damaged() }
        let isPage = try input.bool()
        let bodyLine = try input.int(), bodyStart = try input.string()
        guard case .table(let params) = try ParamValue(from: &input) else { throw ByteReader.Damaged() }
        self.init(
            sourcePath: sourcePath, bundleFiles: bundleFiles, slug: slug, title: title, subtitle: subtitle,
            date: date, updated: updated, authors: authors, section: section, tags: tags, summary: summary,
            image: image, dateline: dateline, language: language, isDraft: isDraft, aliases: aliases,
            canonicalURL: canonicalURL, body: "", bodyFormat: format, bodyLine: bodyLine, params: params)
        self.bodyStart = bodyStart
        self.isPage = isPage
        for _ in 0..<(try input.count()) { aliasPositions.append(SourcePosition(line: try input.int(), column: try input.int())) }
        url = try input.optional()
        let urlLine = try input.int(), urlColumn = try input.int()
        urlPosition = urlLine > 0 ? SourcePosition(line: urlLine, column: urlColumn) : nil
        categories = try input.strings()
        for _ in 0..<(try input.count()) {
            guard let kind = InternalReference.Kind(rawValue: try input.int()) else { throw ByteReader.Damaged() }
            references.append(InternalReference(kind: kind, target: try input.string(), fragment: try input.optional()))
        }
    }
}

extension Article.BodyFormat {
    // The number the build cache stores.
    var code: Int {
        switch self {
        case .markdown: 0
        case .plainText: 1
        case .html: 2
        }
    }

    init?(code: Int) {
        switch code {
        case 0: self = .markdown
        case 1: self = .plainText
        case 2: self = .html
        default: return nil
        }
    }
}

extension ArticleDate {
    func encode(into out: inout ByteWriter) {
        for field in [year, month, day, hour, minute, second, utcOffset] { out.int(field) }
    }

    init(from input: inout ByteReader) throws(ByteReader.Damaged) {
        let fields = try (0..<7).map { _ throws(ByteReader.Damaged) in try input.int() }
        guard let date = ArticleDate(year: fields[0], month: fields[1], day: fields[2], hour: fields[3],
                                     minute: fields[4], second: fields[5], utcOffset: fields[6])
        else { throw ByteReader.Damaged() }
        self = date
    }
}

extension ParamValue {
    func encode(into out: inout ByteWriter) {
        switch self {
        case .string(let value): out.int(0); out.string(value)
        case .int(let value): out.int(1); out.int(value)
        case .double(let value): out.int(2); out.uint64(value.bitPattern)
        case .bool(let value): out.int(3); out.bool(value)
        case .date(let value): out.int(4); value.encode(into: &out)
        case .array(let values):
            out.int(5); out.int(values.count)
            for value in values { value.encode(into: &out) }
        case .table(let table):
            out.int(6); out.int(table.count)
            for (key, value) in table.sorted(by: { $0.key < $1.key }) { out.string(key); value.encode(into: &out) }
        }
    }

    init(from input: inout ByteReader) throws(ByteReader.Damaged) {
        switch try input.int() {
        case 0: self = .string(try input.string())
        case 1: self = .int(try input.int())
        case 2: self = .double(Double(bitPattern: try input.uint64()))
        case 3: self = .bool(try input.bool())
        case 4: self = .date(try ArticleDate(from: &input))
        case 5:
            var values: [ParamValue] = []
            for _ in 0..<(try input.count()) { values.append(try ParamValue(from: &input)) }
            self = .array(values)
        case 6:
            var table: [String: ParamValue] = [:]
            for _ in 0..<(try input.count()) { table[try input.string()] = try ParamValue(from: &input) }
            self = .table(table)
        default: throw ByteReader.Damaged()
        }
    }
}
