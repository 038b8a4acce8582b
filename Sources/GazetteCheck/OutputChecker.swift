import Foundation
import GazetteContent

/// Checks a built output folder the way a reader's browser would walk it: every internal
/// `href`, `src` and `srcset` leads to a file (a folder URL to its `index.html`), every
/// `#fragment` names an `id` of its target page, no page repeats an `id`, and no two files
/// differ only in letter case (one would hide the other on a case-insensitive host).
/// Absolute URLs under `base_url` are followed too, but a miss there is a warning: the site
/// may share its domain with files it does not build.
public struct OutputChecker: Sendable {
    /// The outcome: errors and warnings located in the output files, and what was looked at.
    public struct Report: Sendable {
        /// Errors and warnings, sorted by path and position.
        public var diagnostics: [Diagnostic]
        /// HTML pages read.
        public var pages: Int
        /// Internal links and asset references followed.
        public var links: Int
    }

    /// The built site's folder.
    public let output: URL
    /// Put before each output path in messages, e.g. `_site/`.
    public let displayPrefix: String
    /// The site's `base_url`: absolute links under it are checked as internal ones.
    public let baseURL: String?

    public init(output: URL, displayPrefix: String, baseURL: String? = nil) {
        self.output = output.standardizedFileURL
        self.displayPrefix = displayPrefix.isEmpty || displayPrefix.hasSuffix("/") ? displayPrefix : displayPrefix + "/"
        self.baseURL = baseURL
    }

    /// Reads every page and follows every internal link. Errors are sorted.
    public func check() -> Report {
        let files = listFiles()
        let pages = files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        let scans = Parallel.map(pages.count) { scan(pages[$0]) }
        var ids: [String: Set<String>] = [:]
        for (page, scan) in zip(pages, scans) { ids[page] = scan.ids }
        let resolver = LinkResolver(basePath: baseURL.flatMap { URL(string: $0)?.path } ?? "/", baseURL: baseURL)
        var errors = scans.flatMap(\.errors)
        var links = 0
        for (page, scan) in zip(pages, scans) {
            for reference in scan.references {
                guard let target = resolver.resolve(reference.value, fromPage: page) else { continue }
                links += 1
                errors += problems(with: target, reference: reference, page: page, files: files, ids: ids)
            }
        }
        errors += caseCollisions(files)
        return Report(diagnostics: errors.sorted(), pages: pages.count, links: links)
    }

    private func problems(
        with target: LinkResolver.Target, reference: HTMLAttribute, page: String, files: Set<String>, ids: [String: Set<String>]
    ) -> [Diagnostic] {
        let severity: Diagnostic.Severity = target.isAbsolute ? .warning : .error
        let at = { (message: String) in
            [Diagnostic(path: displayPrefix + page, line: reference.line, column: reference.column, severity: severity, message)]
        }
        guard var file = target.file else { return at("link '\(reference.value)' leads above the site's root") }
        if !files.contains(file) {
            // A folder URL without its slash: servers redirect it to the folder's index.
            guard files.contains(file + "/index.html") else {
                return at(reference.name == "href" ? "broken link '\(reference.value)'" : "missing file '\(reference.value)'")
            }
            file += "/index.html"
        }
        if let fragment = target.fragment, !fragment.isEmpty, let targetIDs = ids[file], !targetIDs.contains(fragment) {
            return at("link '\(reference.value)' names '#\(fragment)', but \(file) has no element with that id")
        }
        return []
    }

    private struct Scan: Sendable {
        var ids: Set<String> = []
        var references: [HTMLAttribute] = []
        var errors: [Diagnostic] = []
    }

    private func scan(_ page: String) -> Scan {
        var scan = Scan()
        guard let data = FileManager.default.contents(atPath: output.appending(path: page).path) else {
            scan.errors.append(Diagnostic(path: displayPrefix + page, "cannot read this file"))
            return scan
        }
        let attributes = HTMLScanner.attributes(in: String(decoding: data, as: UTF8.self), named: ["id", "name", "href", "src", "srcset"])
        var firstLine: [String: Int] = [:]
        for attribute in attributes {
            switch attribute.name {
            case "id":
                if let line = firstLine[attribute.value] {
                    scan.errors.append(Diagnostic(
                        path: displayPrefix + page, line: attribute.line, column: attribute.column,
                        "duplicate id '\(attribute.value)' (first on line \(line))"))
                } else {
                    firstLine[attribute.value] = attribute.line
                }
                scan.ids.insert(attribute.value)
            case "name" where attribute.tag == "a":
                scan.ids.insert(attribute.value)
            case "srcset":
                for candidate in attribute.value.split(separator: ",") {
                    guard let url = candidate.split(whereSeparator: \.isWhitespace).first else { continue }
                    var reference = attribute
                    reference.name = "src"
                    reference.value = String(url)
                    scan.references.append(reference)
                }
            case "href", "src":
                scan.references.append(attribute)
            default:
                break
            }
        }
        return scan
    }

    private func listFiles() -> Set<String> {
        var files: Set<String> = []
        let base = output.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files.insert(relative)
            }
        }
        return files
    }

    private func caseCollisions(_ files: Set<String>) -> [Diagnostic] {
        let groups = Dictionary(grouping: files) { $0.lowercased() }.values.filter { $0.count > 1 }
        return groups.map { group in
            let sorted = group.sorted()
            return Diagnostic(
                path: displayPrefix + sorted[0],
                "also written as \(sorted.dropFirst().map { "'\($0)'" }.joined(separator: ", ")): the names differ only in case, so one hides the other on a case-insensitive host")
        }
    }
}
