import Foundation
import GazetteContent
import GazetteRender

extension ArticleFileWriter {
    // Points the article's upload URLs (body and featured image) at copies beside it, making
    // it a page bundle: returns the files to copy. URLs whose file is not under `uploads`
    // stay as they were and are listed as missing.
    func bundleUploads(of article: inout ImportedArticle, from uploads: URL,
                       summary: inout ImportSummary) -> [(from: URL, name: String)] {
        var copies: [(from: URL, name: String)] = []
        var nameOf: [String: String] = [:]
        var missing: [String] = []
        let local = { (url: String) -> String? in
            guard let relative = Self.uploadPath(url) else { return nil }
            if let name = nameOf[relative] { return name }
            let source = uploads.appending(path: relative)
            guard FileManager.default.fileExists(atPath: source.path) else {
                missing.append(relative)
                return nil
            }
            var name = String(relative.split(separator: "/").last ?? "")
            if name == "index.html" || copies.contains(where: { $0.name == name }) {
                name = relative.replacing("/", with: "-")
            }
            nameOf[relative] = name
            copies.append((source, name))
            return name
        }
        if article.body.utf8Contains("/wp-content/uploads/") {
            article.body = HTMLSanitizer(allowUnsafeHTML: true).render(article.body, rewriteURL: local).html + "\n"
        }
        if let image = article.imageURL, let name = local(image),
           let index = article.frontMatter.firstIndex(where: { $0.key == "image" }) {
            article.frontMatter[index].value = YAMLText.quoted(name)
        }
        summary.missingUploads.formUnion(missing)
        return copies
    }

    // The path under `wp-content/uploads/` of a URL pointing there (`2019/03/bank.jpg`),
    // decoded; nil for other URLs and for paths that would climb out.
    static func uploadPath(_ url: String) -> String? {
        guard let range = url.range(of: "/wp-content/uploads/") else { return nil }
        let rest = url[range.upperBound...].prefix { $0 != "?" && $0 != "#" }
        let path = rest.removingPercentEncoding ?? String(rest)
        let parts = path.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }), !path.hasSuffix("/") else { return nil }
        return parts.joined(separator: "/")
    }
}
