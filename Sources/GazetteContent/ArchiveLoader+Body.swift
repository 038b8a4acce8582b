import Foundation

extension ArchiveLoader {
    /// Reads the body of `article` again from its file, as the loader gave it when it kept
    /// bodies. Nil when the file can no longer be read.
    public func body(of article: Article) -> String? {
        // A path of strings: building a URL for every article cost more than reading it.
        let folder = siteDirectory.path
        let path = folder.hasSuffix("/") ? folder + article.sourcePath : folder + "/" + article.sourcePath
        guard let data = FileManager.default.contents(atPath: path),
              let text = try? SourceText(data: data, path: article.sourcePath)
        else { return nil }
        let body = text.body(from: article.bodyLine).text
        return article.bodyFormat == .plainText ? ArticleParser.paragraphs(body) : body
    }
}
