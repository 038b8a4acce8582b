import Foundation
import GazetteContent
import GazetteRender

/// Hashes that tell a build what changed since the last one.
enum BuildKeys {
    /// Bumped whenever Gazette's output for the same input changes.
    static let formatVersion = "gazette-output-5"

    /// What every page depends on whatever its template: settings file and build options.
    static func settings(options: BuildOptions) -> UInt64 {
        var hash = StableHash()
        hash.add(formatVersion)
        let settings = FileManager.default.contents(atPath: options.siteDirectory.appending(path: SiteConfig.fileName).path) ?? Data()
        settings.withUnsafeBytes { hash.add($0) }
        hash.add(options.baseURL ?? "")
        hash.add(options.includeDrafts ? 1 : 0)
        hash.add(options.includeFuture ? 1 : 0)
        hash.add(options.skipInvalid ? 1 : 0)
        return hash.value
    }

    /// Per template, a hash of its source and of every template it draws on: the layouts and
    /// partials it names (`{{<base}}`, `{{> pager}}`, and theirs), and the header, footer and
    /// list item every page is given. A page's fingerprint holds its template's key, so an
    /// edited template re-renders the pages made with it and no others.
    static func templates(_ theme: Theme) -> [String: UInt64] {
        let sources = theme.templateSources
        let always = ["header", "footer", "item"]
        return sources.keys.reduce(into: [:]) { keys, name in
            var used: Set<String> = [name]
            var pending = [name] + always
            while let next = pending.popLast() {
                used.insert(next)
                for named in references(in: sources[next] ?? "") where !used.contains(named) { pending.append(named) }
            }
            var hash = StableHash()
            for template in used.sorted() {
                hash.add(template)
                hash.add(sources[template] ?? "")
            }
            keys[name] = hash.value
        }
    }

    /// The templates a Mustache source names as parent or partial, and the partials whose
    /// output it writes from the page (`{{{pager_html}}}` is the `pager` partial's).
    static func references(in source: String) -> [String] {
        source.matches(of: #/\{\{\s*[<>]\s*([^\s}]+)\s*\}\}/#).map { String($0.output.1) }
            + renderedPartials.filter { source.contains($0.key) }.map(\.value).sorted()
    }

    /// The keys holding a partial rendered for the page, and the partial.
    static let renderedPartials = ["feeds_html": "feeds", "pager_html": "pager", "related_html": "related", "tags_html": "tag"]

    /// Everything global: `settingsKey` (``settings(options:)``), templates, static assets and
    /// the stamp of the URL ledger (an edited ledger needs a full build; pages do not depend on it).
    static func global(settingsKey: UInt64, theme: Theme, siteDirectory: URL) -> UInt64 {
        var hash = StableHash()
        hash.add(settingsKey)
        let ledger = FileStamp(path: siteDirectory.appending(path: URLLedger.fileName).path)
        hash.add(ledger?.size ?? -1)
        hash.add(ledger?.modified ?? -1)
        for (name, source) in theme.templateSources.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(source)
        }
        for asset in theme.assets {
            hash.add(asset.path)
            switch asset.source {
            case .builtIn(let data): data.withUnsafeBytes { hash.add($0) }
            case .file(let url):
                let stamp = FileStamp(path: url.path)
                hash.add(stamp?.size ?? -1)
                hash.add(stamp?.modified ?? -1)
            }
        }
        return hash.value
    }

    /// The size and modification time of every file under `Content/`, by path relative to
    /// it, in path order.
    static func inputStamps(siteDirectory: URL) -> [InputStamp] {
        var stamps: [InputStamp] = []
        var visited: Set<String> = []
        walk(siteDirectory.appending(path: ArchiveLoader.contentFolder).path, relative: "", into: &stamps, visited: &visited)
        stamps.sort { $0.path < $1.path }
        return stamps
    }

    /// `global` plus the path, size and modification time of every file under `Content/`.
    static func inputs(_ stamps: [InputStamp], globalKey: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.add(globalKey)
        for stamp in stamps {
            hash.add(stamp.path)
            hash.add(stamp.size)
            hash.add(stamp.modified)
        }
        return hash.value
    }

    /// Stamps every file under `folder` as the loader lists it (dotfiles skipped, each real
    /// folder once, links followed).
    private static func walk(
        _ folder: String, relative: String, into stamps: inout [InputStamp], visited: inout Set<String>
    ) {
        guard visited.insert(FolderListing.realPath(folder)).inserted else { return }
        for entry in FolderListing.stampedEntries(of: folder) {
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder {
                walk(folder + "/" + entry.name, relative: child, into: &stamps, visited: &visited)
            } else if let stamp = entry.stamp {
                stamps.append(InputStamp(path: child, size: stamp.size, modified: stamp.modified))
            }
        }
    }
}

/// One file under `Content/` as a build saw it.
struct InputStamp: Sendable, Equatable {
    /// Relative to `Content/`, `/`-separated.
    var path: String
    var size: Int
    var modified: Int
}
