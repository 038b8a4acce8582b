import Foundation

// One file found under `Content/`, before it is read.
struct ArticleSource: Sendable, Hashable {
    // Path relative to the site folder, `/`-separated: `Content/2019/03/bridge.md`.
    var relativePath: String
    // The file's path on disk.
    var filePath: String
    var format: Article.BodyFormat
    // The file name without extension, or the folder name of a page bundle.
    var baseName: String
    // A page bundle's other files, relative to its folder, sorted.
    var bundleFiles: [String] = []
}

extension ArticleSource {
    // The source of a file named `name` when the name is an article's: `.md` or `.markdown`
    // (Markdown), `.txt` (plain text), and not a dotfile. Nil for any other file.
    init?(fileName name: String, relativePath: String, filePath: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let format: Article.BodyFormat
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": format = .markdown
        case "txt": format = .plainText
        default: return nil
        }
        self.init(relativePath: relativePath, filePath: filePath, format: format, baseName: String(name[..<dot]))
    }
}

// What reading one file gave: the article, or the diagnostics that say why there is none.
struct ParsedFile: Sendable {
    var article: Article?
    var diagnostics: [Diagnostic]
    // The file's size and modification time when it was read.
    var stamp: FileStamp?
}

// Turns one source file into an article. Each worker of ``ArchiveLoader`` makes one and uses it
// for all its files: it holds the settings and the known sections prepared for bylines.
struct ArticleParser {
    let config: SiteConfig
    // The known sections as lower-cased words, the longest names first, for matching bylines.
    let sectionWords: [(words: [String], section: Section)]

    init(config: SiteConfig) {
        self.config = config
        sectionWords = config.sections
            .map { (words: ArticleParser.words($0.name), section: $0) }
            .sorted { $0.words.count > $1.words.count }
    }

    func parse(_ source: ArticleSource) -> ParsedFile {
        guard let data = FileManager.default.contents(atPath: source.filePath) else {
            // Opened again only to say why (permission, a folder, gone since the walk).
            let descriptor = open(source.filePath, O_RDONLY)
            let reason = descriptor < 0 ? ": " + String(cString: strerror(errno)) : ""
            if descriptor >= 0 { close(descriptor) }
            return ParsedFile(article: nil, diagnostics: [Diagnostic(path: source.relativePath, "cannot read the file\(reason)")])
        }
        return parse(data: data, source: source)
    }

    func parse(data: Data, source: ArticleSource) -> ParsedFile {
        var reader = FieldReader(path: source.relativePath, config: config)
        let text: SourceText
        do {
            text = try SourceText(data: data, path: source.relativePath)
        } catch {
            return ParsedFile(article: nil, diagnostics: [error])
        }
        if let warning = text.controlWarning { reader.fail(warning) }
        var draft = ArticleDraft()
        switch source.format {
        case .markdown:
            guard readMarkdown(text, into: &draft, reader: &reader) else {
                return ParsedFile(article: nil, diagnostics: reader.diagnostics)
            }
        case .plainText:
            readPlainText(text, into: &draft, reader: &reader)
        }
        let article = draft.finish(source: source, fileName: ArticleFileName(source.baseName), reader: &reader)
        return ParsedFile(article: article, diagnostics: reader.diagnostics)
    }

    // Front matter (YAML or TOML) and a Markdown body. False when the front matter cannot be
    // parsed at all, so no "missing title" follows the parser's own message.
    private func readMarkdown(_ text: SourceText, into draft: inout ArticleDraft, reader: inout FieldReader) -> Bool {
        let split: (block: SourceText.FrontMatter?, bodyStart: Int)
        do {
            split = try text.frontMatter()
        } catch {
            reader.fail(error)
            return false
        }
        if let block = split.block {
            let root: FrontMatterNode?
            do {
                switch block.syntax {
                case .yaml:
                    root = try FrontMatterNode.parseYAML(block.text, path: text.path, firstLine: block.firstLine)
                case .toml:
                    // TOMLKit cuts strings at a NUL: escapes of control characters go first.
                    let toml = ControlCharacters.removingTOMLEscapes(block.text)
                    if let first = toml.first {
                        reader.fail(Diagnostic(path: text.path, line: block.firstLine + first.line - 1, column: first.column,
                                               severity: .warning, "control character \(first.escape) removed from the front matter"))
                    }
                    root = try FrontMatterNode.parseTOML(toml.text, path: text.path, firstLine: block.firstLine,
                                                         config: config)
                }
            } catch {
                reader.fail(error)
                return false
            }
            if let root {
                guard let entries = root.entries else {
                    reader.fail(root, "front matter must be 'key: value' settings, found \(root.kindName)")
                    return false
                }
                interpret(entries, into: &draft, reader: &reader)
            }
        }
        let body = text.body(from: split.bodyStart)
        draft.body = body.text
        draft.bodyLine = body.line
        draft.bodyFormat = .markdown
        return true
    }

    // Lower-cased words of `text`, split at white space.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    }
}
