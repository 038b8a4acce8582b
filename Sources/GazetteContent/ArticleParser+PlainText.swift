extension ArticleParser {
    // A plain-text article as wire services and old archives write it:
    //
    // ```
    // Council approves new river crossing after two-year delay
    //
    // Local Dana Whitfield 07-Mar-2019
    // Photo 118822 © Jonas Berg | Example Images
    //
    // The city council voted on Tuesday …
    // ```
    //
    // The first line is the title, the next non-blank line the byline (``readByline(_:line:into:reader:)``).
    // A line right after the byline that holds `©` or starts with `Photo` or `ID` is the image
    // credit. The rest is the body: paragraphs separated by blank lines, kept as text.
    func readPlainText(_ text: SourceText, into draft: inout ArticleDraft, reader: inout FieldReader) {
        let lines = text.lines
        var index = 0
        while index < lines.count, SourceText.isBlank(lines[index]) { index += 1 }
        draft.titleLine = index + 1
        guard index < lines.count else { return }
        draft.title = String(lines[index]).trimmingWhitespace
        draft.hasTitle = true
        index += 1
        while index < lines.count, SourceText.isBlank(lines[index]) { index += 1 }
        draft.dateLine = min(index + 1, lines.count)
        draft.dateHint = ": the byline must end with a date such as 07-Mar-2019"
        if index < lines.count {
            readByline(lines[index], line: index + 1, into: &draft, reader: &reader)
            if !draft.hasDate {
                // Even when the file name has a date: a line without one may be body text taken
                // for a byline, and its first words would silently become section and author.
                reader.fail(Diagnostic(path: reader.path, line: index + 1, column: 1, "missing date\(draft.dateHint)"))
                draft.hasDate = true
            }
            index += 1
            if index < lines.count, ArticleParser.isCredit(lines[index]) {
                draft.image = ArticleImage(credit: String(lines[index]).trimmingWhitespace)
                index += 1
            }
        }
        let body = text.body(from: index + 1)
        draft.body = ArticleParser.paragraphs(body.text)
        draft.bodyLine = body.line
        draft.bodyFormat = .plainText
    }

    // `<section> <author…> <date>`: the date ends the line (`07-Mar-2019`, `7 March 2019` or ISO).
    // The section is the longest known section the byline starts with (any case, several words
    // allowed), else its first word; the words between section and date are the author.
    func readByline(_ byline: Substring, line: Int, into draft: inout ArticleDraft, reader: inout FieldReader) {
        var words = ArticleParser.columnedWords(byline)
        for count in [3, 2, 1] where words.count >= count {
            let tail = words[(words.count - count)...]
            let text = tail.map(\.text).joined(separator: " ")
            switch ArticleDate.scan(text) {
            case .date(let fields):
                draft.hasDate = true
                draft.date = ArticleDate(fields: fields, in: config)
                words.removeLast(count)
            case .impossible:
                draft.hasDate = true
                let column = tail.first?.column ?? 1
                reader.fail(Diagnostic(path: reader.path, line: line, column: column, "invalid date '\(text)'"))
                words.removeLast(count)
            case .notADate:
                continue
            }
            break
        }
        guard let first = words.first else { return }
        let lowered = words.map { $0.text.lowercased() }
        var authorStart = 1
        if let known = sectionWords.first(where: { lowered.starts(with: $0.words) && !$0.words.isEmpty }) {
            draft.section = known.section
            authorStart = known.words.count
        } else if let known = config.knownSection(named: first.text) {
            draft.section = known
        } else if Slug.make(first.text).isEmpty {
            reader.fail(Diagnostic(path: reader.path, line: line, column: first.column,
                                   "section '\(first.text)' has no letters or digits for its URL"))
        } else {
            draft.section = Section(name: first.text)
        }
        let author = words[authorStart...].map(\.text).joined(separator: " ")
        if !author.isEmpty, !draft.addAuthor(author) {
            reader.fail(Diagnostic(path: reader.path, line: line, column: words[authorStart].column,
                                   "author '\(author)' has no letters or digits for its URL"))
        }
    }

    // A photo credit line: `Photo 118822 © Jonas Berg`, `Photo: Reuters`, `ID 4411 …`, or any line
    // with `©`. The first word must be `Photo`, `Photos` or `ID` itself, so a paragraph starting
    // "Photographers gathered…" is not taken for a credit.
    static func isCredit(_ line: Substring) -> Bool {
        if line.contains("©") { return true }
        let trimmed = line.drop(while: \.isWhitespace)
        let word = trimmed.prefix(while: { $0.isLetter })
        guard word == "Photo" || word == "Photos" || word == "ID" else { return false }
        let next = trimmed.dropFirst(word.count).first
        return next == nil || next == ":" || next?.isWhitespace == true
    }

    // Paragraphs separated by one blank line; lines keep their text, trailing spaces dropped.
    static func paragraphs(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in SourceText.lines(of: text[...]) {
            if SourceText.isBlank(line) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(SourceText.trimmedTrailing(line))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }

    // The words of `line` with their 1-based columns.
    static func columnedWords(_ line: Substring) -> [(text: String, column: Int)] {
        var words: [(text: String, column: Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { words.append((current, start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append((current, start + 1)) }
        return words
    }
}
