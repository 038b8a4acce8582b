import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a run of the built `gazette` printed, and how it ended.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the `gazette` executable that `swift build` put beside this test bundle.
enum GazetteBinary {
    /// `.build/<triple>/debug/gazette`, found next to the test bundle, or from the source tree.
    static let url: URL = {
        if let override = ProcessInfo.processInfo.environment["GAZETTE_BINARY"] { return URL(fileURLWithPath: override) }
        let candidates = [Bundle.main.executableURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0?.deletingLastPathComponent().appending(path: "gazette") }
            + [repositoryRoot.appending(path: ".build/debug/gazette")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// The repository root, which is itself the sample site.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `gazette arguments` in `folder` and waits at most `timeout` seconds.
    /// `executable` runs something else (a shell that sets limits, then runs `gazette`).
    static func run(_ arguments: [String], in folder: URL? = nil, timeout: TimeInterval = 60, executable: String? = nil) throws -> CommandResult {
        let logs = TemporaryFolder()
        defer { logs.remove() }
        let process = try start(arguments, in: folder, stdout: logs.url.appending(path: "out"), stderr: logs.url.appending(path: "err"),
                                executable: executable)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        return CommandResult(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: logs.url.appending(path: "out"), encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: logs.url.appending(path: "err"), encoding: .utf8)) ?? "")
    }

    /// Starts `gazette arguments` with its output going to the two files.
    static func start(
        _ arguments: [String], in folder: URL?, stdout: URL, stderr: URL, executable: String? = nil, environment: [String: String] = [:]
    ) throws -> Process {
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? url
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return process
    }
}

/// A fresh folder under the system's temporary folder, filled from `[path: contents]`.
struct TemporaryFolder {
    let url: URL

    init(_ files: [String: String] = [:]) {
        url = FileManager.default.temporaryDirectory.appending(path: "gazette-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, contents) in files { write(path, contents) }
    }

    func write(_ path: String, _ contents: String) {
        let file = url.appending(path: path)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(contents.utf8).write(to: file)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: url.appending(path: path), encoding: .utf8)
    }

    /// Relative paths of every file under `folder`.
    func files(under folder: String = "") -> [String] {
        let root = url.appending(path: folder).path
        return (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
