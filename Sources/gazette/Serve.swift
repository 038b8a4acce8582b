import ArgumentParser
import FlyingSocks
import Foundation
import GazettePreview
import GazetteSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on this machine, and rebuild and reload pages on every change.")

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: "Output folder (default: _site/ in the site folder, as for build).")
    var output: String?

    @Option(name: .long, help: "Port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Address to listen on (IPv4 or IPv6 literal, or localhost).")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Include articles marked as drafts.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    /// One build of the preview, reported in the terminal as `gazette build` does; its errors
    /// when it failed.
    private static func build(_ options: BuildOptions, changed: [String], outputOptions: OutputOptions) -> [Diagnostic]? {
        if !changed.isEmpty && !outputOptions.quiet {
            Terminal.line(changed.count == 1 ? "Changed \(changed[0])" : "Changed \(changed.count) files: \(changed.prefix(3).joined(separator: ", "))…")
        }
        let console = BuildConsole(outputOptions)
        var options = options
        console.attach(to: &options)
        do {
            let summary = try SiteBuilder(options: options).build()
            console.finish(succeeded: true)
            if !summary.skipped.isEmpty || !summary.warnings.isEmpty { Report.diagnostics(summary.warnings + summary.skipped) }
            if !outputOptions.quiet { Terminal.line(Terminal.green(summary.line)) }
            return nil
        } catch {
            console.finish(succeeded: false)
            Report.diagnostics(error.diagnostics)
            Terminal.error("The build failed; the browser shows these errors until a build succeeds.")
            return error.diagnostics
        }
    }

    func run() async throws {
        let address = try listeningAddress()
        var options = BuildOptions(siteDirectory: siteOptions.siteURL)
        options.outputDirectory = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        options.includeDrafts = drafts
        options.includeFuture = future
        // A `gazette build` of the same output running meanwhile: wait for it, do not fail.
        options.waitForLock = true
        let live = LiveSite(options: options) { [outputOptions] options, changed in
            Self.build(options, changed: changed, outputOptions: outputOptions)
        }
        live.build()
        let handler = ServeHandler(files: StaticFiles(root: options.resolvedOutput), live: live)
        // A client gets `clientTimeout` seconds to send its next bytes (GAZETTE_CLIENT_TIMEOUT for tests).
        let clientTimeout = ProcessInfo.processInfo.environment["GAZETTE_CLIENT_TIMEOUT"].flatMap(Double.init) ?? 15
        let server: PreviewServer
        do {
            server = try PreviewServer(address: address, pool: PatientPool(limit: clientTimeout), handler: handler)
        } catch {
            Terminal.error("error: cannot listen on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        var shownHost = host.contains(":") ? "[\(host)]" : host
        var shownPort = port
        if case let .ip4(ip, actual)? = server.address { shownHost = ip; shownPort = actual }
        if case let .ip6(ip, actual)? = server.address { shownHost = "[\(ip)]"; shownPort = actual }
        let folder = output ?? (siteOptions.site == "." ? "_site" : (siteOptions.site as NSString).appendingPathComponent("_site"))
        // Before the address is shown: a signal sent by whoever read it must find the handlers.
        let signals = stopCleanly(output: options.resolvedOutput)
        Terminal.line("Serving \(folder) at http://\(shownHost):\(shownPort)/ (Ctrl-C to stop)")
        if !(shownHost.hasPrefix("127.") || shownHost == "[::1]") {
            Terminal.error("warning: \(shownHost) is not a loopback address: other machines may reach this preview server")
        }
        Terminal.line("Watching \(SiteWatcher.watched.joined(separator: ", ")) for changes")
        Thread.detachNewThread { live.watch() }
        do {
            try await server.run()
            Terminal.error("error: the server stopped")
        } catch {
            Terminal.error("error: \(error)")
        }
        withExtendedLifetime(signals) {}
        throw ExitCode.failure
    }

    /// On Ctrl-C or SIGTERM, removes this process's staging folder (a build may be half
    /// written) and exits with status 0. The sources must be kept alive by the caller.
    private func stopCleanly(output: URL) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { (number: Int32) -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let staging = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).gazette-tmp-\(getpid())")
                try? FileManager.default.removeItem(at: staging)
                Terminal.line("")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
    }

    /// The socket address for `--host` and `--port`, bound explicitly (FlyingSocks'
    /// `.loopback` would listen on IPv6 only).
    private func listeningAddress() throws -> any SocketAddress {
        let literal = host == "localhost" ? "127.0.0.1" : host
        do {
            if literal.contains(":") {
                return try sockaddr_in6.inet6(ip6: literal.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port)
            }
            return try sockaddr_in.inet(ip4: literal, port: port)
        } catch {
            throw ValidationError("--host must be an IP address such as 127.0.0.1 or ::1, or localhost; got '\(host)'")
        }
    }
}
