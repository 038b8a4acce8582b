import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `gazette serve --port 0` on a site, running until `stop()`; the port is read from the
/// line it prints once it listens.
final class ServerProcess {
    let process: Process
    let port: UInt16
    private let logs: TemporaryFolder

    init(site: URL, extra: [String] = [], environment: [String: String] = [:]) throws {
        let logs = TemporaryFolder()
        self.logs = logs
        let out = logs.url.appending(path: "out")
        process = try GazetteBinary.start(
            ["serve", "--site", site.path, "--port", "0"] + extra, in: site, stdout: out, stderr: logs.url.appending(path: "err"),
            environment: environment)
        var found: UInt16?
        let deadline = Date().addingTimeInterval(30)
        while found == nil && process.isRunning && Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"at http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                found = UInt16(text[range].dropFirst("at http://127.0.0.1:".count).dropLast())
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            let log = ["out", "err"].compactMap { logs.read($0) }.joined(separator: "\n")
            process.terminate()
            logs.remove()
            throw ProbeError("serve did not start: \(log)")
        }
        port = found
    }

    var probe: HTTPProbe { HTTPProbe(port: port) }

    /// Everything the server printed so far.
    var output: String {
        ["out", "err"].compactMap { logs.read($0) }.joined(separator: "\n")
    }

    /// The processor time (user and system) the server has used so far, from `/proc`.
    var processorSeconds: Double? {
        let stat = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)) ?? ""
        // Fields after the parenthesised command name: state is the first, utime the 12th, stime the 13th.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// SIGTERM, then SIGKILL after 20 s, so that a lost signal cannot hang the tests.
    func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        logs.remove()
    }
}
