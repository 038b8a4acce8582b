import FlyingFox
import Foundation
import GazetteSite

/// Answers `gazette serve`'s requests from the output folder: files with their content type,
/// `index.html` for folders, the site's `404.html`, HEAD without a body, live-reload events,
/// the error page while the last build failed, and one range of a file for a `Range` header.
/// The script is added to HTML responses only; the files on disk stay as `gazette build`
/// wrote them.
package struct ServeHandler: HTTPHandler {
    let files: StaticFiles
    let live: LiveSite

    package init(files: StaticFiles, live: LiveSite) {
        self.files = files
        self.live = live
    }

    package func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw target, before FlyingFox tidies `..` away, so an escape attempt is refused outright.
        let rawPath = request.target.path(percentEncoded: true)
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Only GET and HEAD are served.\n", request, extra: [.init("Allow"): "GET, HEAD"])
        }
        if rawPath == LiveReload.eventsPath {
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store", .init("X-Accel-Buffering"): "no"],
                body: HTTPBodySequence(from: EventBytes(events: live.listen())))
        }
        let (generation, failure) = live.current
        let resolution = files.resolve(rawPath)
        if let failure, showsPage(resolution) {
            return html(.internalServerError, LiveReload.errorPage(failure, generation: generation), request)
        }
        switch resolution {
        case .badRequest:
            return text(.badRequest, "Bad request: this path is not allowed.\n", request)
        case .redirect(let location):
            let query = request.target.query(percentEncoded: true)
            return text(.movedPermanently, "Moved to \(location)\n", request, extra: [.location: query.isEmpty ? location : location + "?" + query])
        case .notFound:
            guard let page = FileManager.default.contents(atPath: files.root.appending(path: "404.html").path) else {
                return text(.notFound, "Not found.\n", request)
            }
            return html(.notFound, LiveReload.inject(into: String(decoding: page, as: UTF8.self), generation: generation), request)
        case .file(let url, let relativePath):
            guard let data = FileManager.default.contents(atPath: url.path) else { return text(.notFound, "Not found.\n", request) }
            let type = MediaType.forPath(relativePath)
            if type.hasPrefix("text/html") {
                return html(.ok, LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: generation), request)
            }
            return file(type, data, request)
        }
    }

    /// A file other than a page: whole, or the one range of bytes a `Range` header asks for
    /// (`206` with `Content-Range`; `416` when it starts past the end). Pages are always sent
    /// whole, as the live-reload script is added to them.
    private func file(_ type: String, _ data: Data, _ request: HTTPRequest) -> HTTPResponse {
        switch ByteRange(header: request.headers[.range], length: data.count) {
        case .whole:
            return respond(.ok, type: type, data, request, extra: [.acceptRanges: "bytes"])
        case .partial(let range):
            let part = Data(data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)])
            return respond(.partialContent, type: type, part, request, extra: [
                .acceptRanges: "bytes", .contentRange: "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(data.count)",
            ])
        case .unsatisfiable:
            return text(.rangeNotSatisfiable, "Range not satisfiable: the file has \(data.count) bytes.\n", request,
                        extra: [.acceptRanges: "bytes", .contentRange: "bytes */\(data.count)"])
        }
    }

    /// Pages (not assets) are replaced by the error page while the build is broken.
    private func showsPage(_ resolution: StaticFiles.Resolution) -> Bool {
        switch resolution {
        case .file(_, let path): return MediaType.forPath(path).hasPrefix("text/html")
        case .notFound: return true
        case .redirect, .badRequest: return false
        }
    }

    private func html(_ status: HTTPStatusCode, _ page: String, _ request: HTTPRequest) -> HTTPResponse {
        respond(status, type: "text/html; charset=utf-8", Data(page.utf8), request)
    }

    private func text(_ status: HTTPStatusCode, _ message: String, _ request: HTTPRequest, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        respond(status, type: "text/plain; charset=utf-8", Data(message.utf8), request, extra: extra)
    }

    /// A response with its length; for HEAD, the same headers and no body.
    private func respond(_ status: HTTPStatusCode, type: String, _ body: Data, _ request: HTTPRequest, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store", .contentLength: String(body.count)]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : body)
    }
}
