import Foundation

/// `gazette-fixtures`: writes a deterministic synthetic news archive for the speed
/// benchmark (see Benchmarks/README.md). Exit status 0 on success, 1 on a write error,
/// 64 on a bad command line.
@main
struct GazetteFixtures {
    /// Why a run stopped, printed like a compiler message.
    enum Failure: Error, CustomStringConvertible {
        /// A bad command line.
        case usage(String)
        /// A file or folder that could not be read, written or removed.
        case file(path: String, message: String)

        var description: String {
            switch self {
            case .usage(let message): "error: \(message)"
            case .file(let path, let message): "\(path): error: \(message)"
            }
        }
    }

    static func main() {
        let options: FixtureOptions
        do {
            options = try FixtureOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            fail(error, status: 64, showUsage: true)
        }
        if options.wantsHelp {
            print(FixtureOptions.usage)
            return
        }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let written = try ArchiveWriter(options: options).run()
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let megabytes = Double(written.bytes) / 1_000_000
            print("wrote \(written.files) articles, \(String(format: "%.1f", megabytes)) MB, to \(options.output)"
                + " in \(String(format: "%.2f", seconds)) s (seed \(options.seed), \(options.jobs) jobs)")
        } catch {
            fail(error, status: 1, showUsage: false)
        }
    }

    private static func fail(_ failure: Failure, status: Int32, showUsage: Bool) -> Never {
        var message = "gazette-fixtures: \(failure)\n"
        if showUsage { message += FixtureOptions.usage + "\n" }
        FileHandle.standardError.write(Data(message.utf8))
        exit(status)
    }
}
