import Dispatch
import GazetteContent

// Converts and writes posts on a queue of its own while the parser reads on, so reading the
// XML and writing the articles use two cores. At most `limit` items wait at a time, so memory
// stays flat however large the export; the queue is serial, so files and the summary come out
// in the export's order on every run.
final class PostPipeline: @unchecked Sendable {
    // Touched only on `queue` (and read after `finish()`).
    private var summary: ImportSummary
    private var usedPaths: Set<String> = []
    private var failure: DiagnosticsError?
    private let converter: PostConverter
    private let body: WordPressBody
    private let writer: ArticleFileWriter
    private let queue = DispatchQueue(label: "gazette.import.posts")
    private let slots: DispatchSemaphore

    init(summary: ImportSummary, converter: PostConverter, body: WordPressBody, writer: ArticleFileWriter,
         limit: Int = 64) {
        self.summary = summary
        self.converter = converter
        self.body = body
        self.writer = writer
        slots = DispatchSemaphore(value: limit)
    }

    // Hands `item` over; waits while `limit` items are queued.
    func submit(_ item: WXRItem) {
        slots.wait()
        queue.async {
            self.handle(item)
            self.slots.signal()
        }
    }

    // Waits for every submitted item; the summary, or the first write error.
    func finish() throws(DiagnosticsError) -> ImportSummary {
        queue.sync {}
        if let failure { throw failure }
        return summary
    }

    private func handle(_ item: WXRItem) {
        guard failure == nil else { return }
        summary.comments += item.commentCount
        if let reason = PostConverter.skipReason(item) {
            if item.postType != "attachment" { summary.skipped[reason, default: 0] += 1 }
            return
        }
        let html = body.convert(item.content, postID: item.postID, unknown: &summary.unknownShortcodes)
        guard let article = converter.convert(item, body: html, usedPaths: &usedPaths) else {
            summary.skipped["\(item.postType)s without a date", default: 0] += 1
            return
        }
        if article.isPage { summary.pages += 1 } else { summary.posts += 1 }
        if article.isDraft && !article.isPage { summary.drafts += 1 }
        do throws(DiagnosticsError) {
            try writer.write(article, summary: &summary)
        } catch {
            failure = error
        }
    }
}
