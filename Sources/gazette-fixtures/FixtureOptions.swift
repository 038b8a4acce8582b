import Foundation

/// The command line: `--count N --seed S --output DIR [--jobs K]`. Parsed by hand, since
/// the tool depends on nothing but Foundation; `--name value` and `--name=value` both work.
struct FixtureOptions {
    /// How many articles to write.
    var count = 0
    /// The run's seed: the same seed and count give the same bytes.
    var seed: UInt64 = 42
    /// The site folder to write (`site.yml`, `Content/`).
    var output = ""
    /// How many files are written at once. Does not change the output.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// `--help` was given.
    var wantsHelp = false

    static let usage = """
        usage: gazette-fixtures --count N --seed S --output DIR [--jobs K]

        Writes a synthetic news archive for benchmarks: DIR/site.yml and
        DIR/Content/YYYY/MM/<slug>.md, N articles over 2001-2025. The same seed and
        count give byte-identical files whatever --jobs.

          --count N     articles to write (1 or more)
          --seed S      seed, an unsigned 64-bit integer (default 42)
          --output DIR  site folder; replaced if an earlier run made it, else it must be
                        empty or missing
          --jobs K      files written at once (default: the number of cores)
        """

    /// Reads the arguments after the program name.
    init(arguments: [String]) throws(GazetteFixtures.Failure) {
        var remaining = arguments[...]
        var sawCount = false
        while let argument = remaining.popFirst() {
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
                return
            }
            guard argument.hasPrefix("--") else {
                throw .usage("unexpected argument '\(argument)'")
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                value = remaining.popFirst()
            }
            guard let value else { throw .usage("missing value for \(name)") }
            switch name {
            case "--count":
                count = try Self.integer(value, name: name, atLeast: 1)
                sawCount = true
            case "--seed":
                guard let parsed = UInt64(value) else {
                    throw .usage("--seed expects an unsigned 64-bit integer, found '\(value)'")
                }
                seed = parsed
            case "--output":
                guard !value.isEmpty else { throw .usage("--output expects a folder") }
                output = value
            case "--jobs":
                jobs = try Self.integer(value, name: name, atLeast: 1)
            default:
                throw .usage("unknown option '\(name)'")
            }
        }
        guard sawCount else { throw .usage("--count is required") }
        guard !output.isEmpty else { throw .usage("--output is required") }
    }

    private static func integer(_ text: String, name: String, atLeast minimum: Int) throws(GazetteFixtures.Failure) -> Int {
        guard let value = Int(text), value >= minimum else {
            throw .usage("\(name) expects an integer of at least \(minimum), found '\(text)'")
        }
        return value
    }
}
