import GazetteContent

/// The documented limits of a static host that `gazette check --host` compares a built site
/// with. Figures as the hosts documented them in 2026; `source` says where.
public struct HostLimits: Sendable {
    public var name: String
    /// Total bytes of the site.
    public var totalBytes: Int?
    /// Files in the site.
    public var files: Int?
    /// Bytes of one file.
    public var fileBytes: Int?
    /// Files directly in one folder.
    public var filesPerFolder: Int?
    /// Where the figures come from.
    public var source: String

    /// Every host by the name `--host` takes.
    public static let all: [String: HostLimits] = [
        "github-pages": HostLimits(
            name: "GitHub Pages", totalBytes: 1_000_000_000, files: nil, fileBytes: 100 * 1_048_576, filesPerFolder: nil,
            source: "GitHub Pages limits: published sites may be no larger than 1 GB; GitHub blocks files over 100 MiB"),
        "cloudflare-pages": HostLimits(
            name: "Cloudflare Pages (free)", totalBytes: nil, files: 20_000, fileBytes: 25 * 1_048_576, filesPerFolder: nil,
            source: "Cloudflare Pages limits: 20,000 files per site on the Free plan, 25 MiB per file"),
        "cloudflare-pages-paid": HostLimits(
            name: "Cloudflare Pages (paid)", totalBytes: nil, files: 100_000, fileBytes: 25 * 1_048_576, filesPerFolder: nil,
            source: "Cloudflare Pages limits: 100,000 files per site on paid plans (since January 2026), 25 MiB per file"),
        "netlify": HostLimits(
            name: "Netlify", totalBytes: nil, files: nil, fileBytes: nil, filesPerFolder: 54_000,
            source: "Netlify deploys: at most 54,000 files in one folder"),
    ]

    /// The names `--host` accepts, sorted.
    public static var names: [String] { all.keys.sorted() }

    /// One error for each limit `budget` crosses, located at `shownOutput`, each followed by
    /// warnings naming settings that would bring it under (see ``OutputBudget+Advice``).
    public func check(_ budget: OutputBudget, shownOutput: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let fail = { (message: String, advice: [String]) in
            problems.append(Diagnostic(path: shownOutput, "\(message) (\(source))"))
            problems += advice.map { Diagnostic(path: shownOutput, severity: .warning, "to fit \(name): \($0)") }
        }
        if let files, budget.total.files > files {
            fail("\(OutputBudget.count(budget.total.files)) files; \(name) allows \(OutputBudget.count(files))",
                 budget.advice(removingFiles: budget.total.files - files))
        }
        if let totalBytes, budget.total.bytes > totalBytes {
            fail("\(OutputBudget.megabytes(budget.total.bytes)) in all; \(name) allows \(OutputBudget.megabytes(totalBytes))",
                 budget.advice(removingBytes: budget.total.bytes - totalBytes))
        }
        if let fileBytes, budget.largest.bytes > fileBytes {
            fail("\(budget.largest.path) is \(OutputBudget.megabytes(budget.largest.bytes)); \(name) allows \(OutputBudget.megabytes(fileBytes)) a file",
                 ["keep \(budget.largest.path) out of the site (host it elsewhere and link to it)"])
        }
        if let filesPerFolder {
            let fullest = budget.fullestFolder
            if fullest.files > filesPerFolder {
                let folder = fullest.path.isEmpty ? "the root folder" : fullest.path
                fail("\(folder) holds \(OutputBudget.count(fullest.files)) files; \(name) allows \(OutputBudget.count(filesPerFolder)) in one folder",
                     budget.advice(crowdedFolder: fullest.path))
            }
        }
        return problems
    }
}
