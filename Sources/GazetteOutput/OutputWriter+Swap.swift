import CRename
import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
    /// `.<output name>.gazette-<kind>-<pid>` beside the output: a build's staging folder
    /// (`tmp`), or the old output on its way out (`old`).
    static func leftoverName(of output: URL, kind: String, pid: pid_t) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).gazette-\(kind)-\(pid)")
    }

    /// Removes staging and retired folders of this output left by builds whose process is gone
    /// (killed, or the machine stopped). The build lock keeps live builds of this output out.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).gazette-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.hasPrefix("tmp-") || rest.hasPrefix("old-"), let pid = pid_t(rest.dropFirst(4)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(at: parent.appending(path: name)) }
        }
    }

    /// Starts the second copy of a first build: removes the record and any old copy, and
    /// creates and opens an empty one, which ``linkIntoShadow(_:)`` fills as files are
    /// written. Nil when it cannot: the commit then makes the copy from the whole folder.
    static func startShadow(_ state: StateFolder) -> (url: URL, descriptor: Int32)? {
        let fileManager = FileManager.default
        let shadow = state.shadow
        try? fileManager.removeItem(at: state.file(SwapRecord.fileName))
        try? fileManager.removeItem(at: shadow)
        guard mkdir(shadow.path, 0o755) == 0 else { return nil }
        let descriptor = open(shadow.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor < 0 ? nil : (shadow, descriptor)
    }

    /// First build: the complete staging folder takes the output's place in one step, and the
    /// copy linked while writing (or, where that failed, a linked copy of the whole staging
    /// folder) becomes the second copy for the next build's swap.
    func swapInWhole() throws {
        let fileManager = FileManager.default
        let shadow = stateFolder.shadow
        let record = stateFolder.file(SwapRecord.fileName)
        let linked: Bool
        if linkedShadow?.url == shadow {
            linkIntoShadow(Self.marker)
            linked = shadowIsComplete || (try? Self.linkTree(from: staging.path, to: shadow.path)) != nil
        } else {
            if let linkedShadow { try? fileManager.removeItem(at: linkedShadow.url) }
            try? fileManager.removeItem(at: record)
            try? fileManager.removeItem(at: shadow)
            linked = (try? Self.linkTree(from: staging.path, to: shadow.path)) != nil
        }
        if fileManager.fileExists(atPath: output.path) {
            let retired = Self.leftoverName(of: output, kind: "old", pid: getpid())
            try Self.exchange(staging, output, retiring: retired)
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: retired)
        } else {
            try fileManager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.moveItem(at: staging, to: output)
        }
        guard linked, let outputID = StateFolder.identity(of: output.path), let shadowID = StateFolder.identity(of: shadow.path) else { return }
        try SwapRecord(output: outputID, shadow: shadowID, lag: []).write(to: record)
    }

    /// The second copy of the site, made equal to the output: the files the last build
    /// changed are linked over from the output; without a valid record it is made afresh.
    func prepareShadow() throws -> URL {
        let fileManager = FileManager.default
        let shadow = stateFolder.shadow
        let recordURL = stateFolder.file(SwapRecord.fileName)
        let record = SwapRecord(contentsOf: recordURL)
        try? fileManager.removeItem(at: recordURL)
        if let record, record.output == StateFolder.identity(of: output.path), record.shadow == StateFolder.identity(of: shadow.path) {
            var gone: [String] = []
            for path in record.lag {
                let target = shadow.path + "/" + path
                unlink(target)
                var info = stat()
                if lstat(output.path + "/" + path, &info) == 0 {
                    try fileManager.createDirectory(at: shadow.appending(path: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Self.linkFile(output.path + "/" + path, target)
                } else {
                    gone.append(path)
                }
            }
            Self.removeEmptyFolders(of: gone, in: shadow.path)
            return shadow
        }
        try? fileManager.removeItem(at: shadow)
        try Self.linkTree(from: output.path, to: shadow.path)
        return shadow
    }

    /// Exchanges the brought-up-to-date copy with the output, then records that the old
    /// output is now the copy, behind by `lag`.
    func exchange(_ shadow: URL, lag: [String]) throws {
        try Self.exchange(shadow, output, retiring: Self.leftoverName(of: output, kind: "old", pid: getpid()))
        guard let outputID = StateFolder.identity(of: output.path), let shadowID = StateFolder.identity(of: shadow.path) else { return }
        try SwapRecord(output: outputID, shadow: shadowID, lag: lag).write(to: stateFolder.file(SwapRecord.fileName))
    }

    /// Swaps two folders with `renameat2(RENAME_EXCHANGE)`, one atomic step. Where the file
    /// system cannot (not Linux, or an old kernel), falls back to renaming `second` away, `first`
    /// into its place and the old one to `first`'s name: never a mixed site, but for a moment none.
    static func exchange(_ first: URL, _ second: URL, retiring retired: URL) throws {
        if gazette_exchange(first.path, second.path) == 0 { return }
        let reason = errno
        guard reason == EINVAL || reason == ENOSYS || reason == ENOTSUP || reason == EXDEV else {
            throw DiagnosticsError([Diagnostic(path: second.path, "cannot swap the new site into place: \(String(cString: strerror(reason)))")])
        }
        let fileManager = FileManager.default
        try fileManager.moveItem(at: second, to: retired)
        try fileManager.moveItem(at: first, to: second)
        try fileManager.moveItem(at: retired, to: first)
    }

    /// Makes `destination` a copy of the folder `source` whose files are hard links to the
    /// same bytes (copies where the file system cannot link).
    static func linkTree(from source: String, to destination: String) throws {
        if mkdir(destination, 0o755) != 0 && errno != EEXIST {
            throw DiagnosticsError([Diagnostic(path: destination, "cannot create the folder: \(String(cString: strerror(errno)))")])
        }
        guard let directory = opendir(source) else {
            throw DiagnosticsError([Diagnostic(path: source, "cannot read the folder: \(String(cString: strerror(errno)))")])
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(source + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                try linkTree(from: source + "/" + name, to: destination + "/" + name)
            } else {
                try linkFile(source + "/" + name, destination + "/" + name)
            }
        }
    }

    static func linkFile(_ source: String, _ destination: String) throws {
        if link(source, destination) == 0 { return }
        if errno == EEXIST { unlink(destination); if link(source, destination) == 0 { return } }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }
}
