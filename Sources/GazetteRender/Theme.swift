import Foundation
import GazetteContent
import Mustache

/// The layouts and static assets a site is rendered with: the built-in theme, with any file of
/// the site's own `Templates/` or `Public/` replacing the built-in one of the same name.
public struct Theme: Sendable {
    /// A static file to copy into the output.
    public struct Asset: Sendable, Hashable {
        /// Path relative to `Public/` and to the output root.
        public var path: String
        /// Where the bytes come from.
        public var source: Source
    }

    /// The origin of an asset's bytes.
    public enum Source: Sendable, Hashable {
        case builtIn(Data)
        case file(URL)
    }

    /// Template names (file names without `.mustache`) to their source text.
    public let templateSources: [String: String]
    /// Static assets, sorted by path.
    public let assets: [Asset]
    let library: MustacheLibrary

    /// Loads the theme for the site in `siteDirectory`. Template syntax errors are reported
    /// as diagnostics located in the template file.
    public init(siteDirectory: URL) throws(DiagnosticsError) {
        var sources: [String: String] = [:]
        var origins: [String: String] = [:]
        var assets: [String: Source] = [:]
        for (path, base64) in EmbeddedTheme.files {
            guard let data = Data(base64Encoded: base64) else { continue }
            Self.place(path: path, data: data, origin: "(built-in) " + path, into: &sources, &origins, &assets)
        }
        let fileManager = FileManager.default
        var diagnostics: [Diagnostic] = []
        let siteRoot = SymbolicLinks.realRoot(of: siteDirectory.path)
        for folder in ["Templates", "Public"] {
            for relative in Self.files(in: siteDirectory.path, folder, siteRoot: siteRoot, diagnostics: &diagnostics) {
                let url = siteDirectory.appending(path: relative)
                if folder == "Public" {
                    assets[String(relative.dropFirst("Public/".count))] = .file(url)
                } else if let data = fileManager.contents(atPath: url.path) {
                    Self.place(path: relative, data: data, origin: relative, into: &sources, &origins, &assets)
                }
            }
        }
        var library = MustacheLibrary()
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                // The pragma swaps swift-mustache's per-Character escaper for ours. On a line of
                // its own it adds no output; reported line numbers are shifted back by one.
                let source = "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}\n" + text
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    path: origins[name] ?? name, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                    "template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(path: origins[name] ?? name, "template does not parse: \(error)"))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        self.templateSources = sources
        self.library = library
        self.assets = assets.map { Asset(path: $0.key, source: $0.value) }.sorted { $0.path < $1.path }
    }

    private static func place(
        path: String, data: Data, origin: String,
        into sources: inout [String: String], _ origins: inout [String: String], _ assets: inout [String: Source]
    ) {
        if path.hasPrefix("Templates/"), path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            sources[name] = String(decoding: data, as: UTF8.self)
            origins[name] = origin
        } else if path.hasPrefix("Public/") {
            assets[String(path.dropFirst("Public/".count))] = .builtIn(data)
        }
    }

    /// The same escaping as swift-mustache's HTML content type (`& < > " '`), on UTF-8 bytes.
    struct FastHTMLContentType: MustacheContentType {
        static let name = "GAZETTE_HTML"
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }

    /// Whether a template of this name exists.
    public func has(_ template: String) -> Bool { templateSources[template] != nil }

    /// Renders `template` with `context` (dictionaries, arrays, strings, numbers, booleans).
    /// Returns nil when there is no such template.
    public func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }

    /// Renders a partial for insertion into a page with `{{{…}}}` on a line of its own: the
    /// partial's last line break is dropped, as the page's line brings one.
    public func renderFragment(_ template: String, _ context: [String: Any]) -> String {
        var html = render(template, context) ?? ""
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }
}
