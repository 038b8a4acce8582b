import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteContent

// Streams a WordPress export (WXR: RSS 2.0 with the `wp:`, `content:`, `excerpt:` and `dc:`
// namespaces) through Foundation's `XMLParser`, reading the file in chunks: each item is
// handed over when its end tag is read and then forgotten, so memory does not grow with the
// file. Elements are matched by namespace, not by prefix.
final class WXRReader: NSObject, XMLParserDelegate {
    // Called for each `<item>`, in file order.
    var onItem: (WXRItem) -> Void = { _ in }
    // Called for each `wp:author` of the channel.
    var onAuthor: (WXRAuthor) -> Void = { _ in }
    // Whether `content:encoded` is read; the first pass, which needs no bodies, skips them.
    var readsBodies = true
    // `wp:base_site_url` (or the channel's `<link>`), once read.
    private(set) var siteURL = ""

    private var path: [String] = []  // qualified names (`wp:post_id`) of the open elements
    private var text = ""
    private var item: WXRItem?
    private var author: WXRAuthor?
    private var categoryDomain = ""
    private var metaKey = ""
    private var metaValue = ""

    // Reads the whole file; throws the first XML error as `file:line:col: error: ...`.
    func read(_ url: URL, displayPath: String) throws(DiagnosticsError) {
        guard FileManager.default.isReadableFile(atPath: url.path), let stream = InputStream(url: url) else {
            throw DiagnosticsError([Diagnostic(path: displayPath, "cannot read the file")])
        }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let (line, column) = errorPosition ?? (parser.lineNumber, parser.columnNumber)
            throw DiagnosticsError([Diagnostic(path: displayPath, line: max(line, 1), column: max(column, 1),
                                               WXRReader.message(code))])
        }
        if !sawChannel {
            throw DiagnosticsError([Diagnostic(path: displayPath, line: 1, column: 1,
                                               "not a WordPress export (no <rss><channel>)")])
        }
    }

    private var sawChannel = false
    private var errorPosition: (Int, Int)?

    // The parser's position when it reports the error, before it reads on to the chunk's end.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = WXRReader.name(elementName, namespace: namespaceURI)
        path.append(name)
        text = ""
        switch name {
        case "channel": sawChannel = true
        case "item" where item == nil: item = WXRItem()
        case "wp:author" where item == nil: author = WXRAuthor()
        case "category": categoryDomain = attributes["domain"] ?? ""
        case "wp:postmeta": metaKey = ""; metaValue = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if readsBodies || path.last != "content:encoded" { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if readsBodies || path.last != "content:encoded" { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = path.removeLast()
        let value = text
        text = ""
        if var current = item {
            if path.contains("wp:comment") || name == "wp:comment" {
                if name == "wp:comment" { current.commentCount += 1; item = current }
                return
            }
            switch name {
            case "item":
                item = nil
                onItem(current)
                return
            case "wp:meta_key": metaKey = value
            case "wp:meta_value": metaValue = value
            case "wp:postmeta": current.meta.append((metaKey, metaValue))
            default: WXRReader.set(name, value, domain: categoryDomain, on: &current)
            }
            item = current
        } else if var current = author {
            switch name {
            case "wp:author_login": current.login = value
            case "wp:author_display_name": current.displayName = value
            case "wp:author_email": current.email = value
            case "wp:author_first_name": current.firstName = value
            case "wp:author_last_name": current.lastName = value
            case "wp:author":
                author = nil
                onAuthor(current)
                return
            default: break
            }
            author = current
        } else if name == "wp:base_site_url" || (name == "link" && path.last == "channel" && siteURL.isEmpty) {
            siteURL = String(value.trimmingASCIISpace)
        }
    }

    // Stores one field of an item.
    private static func set(_ name: String, _ value: String, domain: String, on item: inout WXRItem) {
        let trimmed = { String(value.trimmingASCIISpace) }
        switch name {
        case "title": item.title = trimmed()
        case "link": item.link = trimmed()
        case "dc:creator": item.creator = trimmed()
        case "content:encoded": item.content = value
        case "excerpt:encoded": item.excerpt = trimmed()
        case "wp:post_id": item.postID = trimmed()
        case "wp:post_date": item.postDate = trimmed()
        case "wp:post_date_gmt": item.postDateGMT = trimmed()
        case "wp:post_modified_gmt": item.modifiedGMT = trimmed()
        case "wp:post_name": item.postName = trimmed()
        case "wp:status": item.status = trimmed()
        case "wp:post_type": item.postType = trimmed()
        case "wp:post_parent": item.parent = trimmed()
        case "wp:attachment_url": item.attachmentURL = trimmed()
        case "category" where domain == "category": item.categories.append(trimmed())
        case "category" where domain == "post_tag": item.tags.append(trimmed())
        default: break
        }
    }

    // `wp:post_id` for an element of WordPress's namespace (any WXR version), `content:encoded`,
    // `excerpt:encoded`, `dc:creator`; RSS's own elements keep their bare names.
    private static func name(_ local: String, namespace: String?) -> String {
        guard let namespace, !namespace.isEmpty else { return local }
        if namespace.hasPrefix("http://wordpress.org/export/") {
            return (namespace.hasSuffix("/excerpt/") ? "excerpt:" : "wp:") + local
        }
        if namespace == "http://purl.org/rss/1.0/modules/content/" { return "content:" + local }
        if namespace == "http://purl.org/dc/elements/1.1/" { return "dc:" + local }
        return "{" + namespace + "}" + local
    }

    // What libxml2's error number (the parser error's code) means, in a few words.
    static func message(_ code: Int) -> String {
        let known: [Int: String] = [
            4: "the file is empty", 5: "extra content after the document's end",
            9: "a character XML does not allow", 23: "an entity reference without ';'",
            26: "an undeclared entity (only &amp; &lt; &gt; &quot; &apos; and numeric ones exist in XML)",
            38: "'<' inside an attribute value", 39: "an attribute value without quotes",
            41: "an attribute without a value", 42: "an attribute given twice", 45: "a comment that is not closed",
            63: "a CDATA section that is not closed", 68: "a name was expected (write a bare '&' as &amp; and '<' as &lt;)", 73: "'>' expected",
            74: "'</' expected", 76: "an end tag that does not match its start tag",
            77: "a tag that is not closed before the end of the file", 81: "text that is not valid UTF-8",
            85: "elements that are not properly nested", 86: "extra content after the document's end",
            201: "an undeclared namespace prefix",
        ]
        return "malformed XML: " + (known[code] ?? "libxml2 error \(code)")
    }
}
