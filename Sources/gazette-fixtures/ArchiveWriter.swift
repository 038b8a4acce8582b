import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole archive: decides every headline, creates each month folder once, then
/// writes the articles in parallel with plain POSIX calls, and `site.yml`. A marker file,
/// written last, records the count and seed; a folder with the marker may be replaced by a
/// later run, any other non-empty folder is left alone.
struct ArchiveWriter {
    /// What a run wrote.
    struct Written: Sendable {
        var files = 0
        var bytes = 0
    }

    let options: FixtureOptions

    /// The marker file's name in the site folder.
    static let markerName = ".gazette-fixtures"
    /// Articles a worker writes before taking its next chunk (chunks go round-robin).
    private static let chunkSize = 256

    func run() throws(GazetteFixtures.Failure) -> Written {
        let root = options.output.hasSuffix("/") ? String(options.output.dropLast()) : options.output
        try prepare(root)

        let lexicon = Lexicon(seed: options.seed)
        let cast = Cast(seed: options.seed, lexicon: lexicon)
        var headlines = (0..<options.count).map { Headline(index: $0, seed: options.seed, lexicon: lexicon) }
        Headline.makeSlugsUnique(&headlines)

        // Every month folder once, in order, before any article is written.
        var folders: [String] = []
        var seenFolders = Set<String>()
        for headline in headlines where seenFolders.insert(headline.date.folder).inserted {
            folders.append(headline.date.folder)
        }
        for folder in folders.sorted() {
            try makeFolder(root + "/Content/" + folder)
        }
        try Self.writeFile(Array(ArchiveTexts.siteYAML(count: options.count, seed: options.seed).utf8), to: root + "/site.yml")

        let texts = ArchiveTexts(lexicon: lexicon, cast: cast, seed: options.seed)
        let written = try writeArticles(headlines, root: root, texts: texts)
        try Self.writeFile(Array(ArchiveTexts.marker(count: options.count, seed: options.seed).utf8), to: root + "/" + Self.markerName)
        return written
    }

    /// Writes the articles with `options.jobs` workers; each takes every `jobs`-th chunk.
    private func writeArticles(_ headlines: [Headline], root: String, texts: ArchiveTexts) throws(GazetteFixtures.Failure) -> Written {
        let jobs = options.jobs
        let chunks = (headlines.count + Self.chunkSize - 1) / Self.chunkSize
        let outcome = Mutex<(written: Written, failures: [GazetteFixtures.Failure])>((Written(), []))
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var written = Written()
            var failure: GazetteFixtures.Failure?
            chunkLoop: for chunk in stride(from: worker, to: chunks, by: jobs) {
                let end = min((chunk + 1) * Self.chunkSize, headlines.count)
                for index in (chunk * Self.chunkSize)..<end {
                    let bytes = texts.article(index: index, headline: headlines[index])
                    do throws(GazetteFixtures.Failure) {
                        try Self.writeFile(bytes, to: root + "/" + headlines[index].path)
                    } catch {
                        failure = error
                        break chunkLoop
                    }
                    written.files += 1
                    written.bytes += bytes.count
                }
            }
            outcome.withLock { total in
                total.written.files += written.files
                total.written.bytes += written.bytes
                if let failure { total.failures.append(failure) }
            }
        }
        let result = outcome.withLock { $0 }
        if let first = result.failures.min(by: { $0.description < $1.description }) { throw first }
        return result.written
    }

    /// Makes sure `root` exists and holds nothing but an earlier run's output, removed here.
    private func prepare(_ root: String) throws(GazetteFixtures.Failure) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: root)
        } catch {
            try makeFolder(root)
            return
        }
        guard !entries.isEmpty else { return }
        guard entries.contains(Self.markerName) else {
            throw .file(path: root, message: "folder is not empty and was not written by gazette-fixtures; not replacing it")
        }
        // The marker goes first, so an interrupted removal never leaves a folder that
        // looks complete.
        for name in [Self.markerName, "site.yml", "Content"] where entries.contains(name) {
            do {
                try FileManager.default.removeItem(atPath: root + "/" + name)
            } catch {
                throw .file(path: root + "/" + name, message: "cannot remove: \(error.localizedDescription)")
            }
        }
    }

    private func makeFolder(_ path: String) throws(GazetteFixtures.Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .file(path: path, message: "cannot create folder: \(error.localizedDescription)")
        }
    }

    /// Creates or truncates the file and writes all the bytes (open, write until done, close).
    private static func writeFile(_ bytes: [UInt8], to path: String) throws(GazetteFixtures.Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .file(path: path, message: "cannot create: " + lastError()) }
        let failedWrite: Int32 = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
        let closed = close(descriptor)
        if failedWrite != 0 { throw .file(path: path, message: "cannot write: " + String(cString: strerror(failedWrite))) }
        if closed != 0 { throw .file(path: path, message: "cannot write: " + lastError()) }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
