import FlyingFox
import Foundation

extension HTTPResponse {
    /// The status line and header fields as bytes, with `Content-Length` when the body's
    /// length is known and chunked transfer coding otherwise (FlyingFox's body sequence then
    /// yields the chunks ready encoded). FlyingFox's own encoder is internal to it.
    var encodedHead: Data {
        var headers = self.headers
        if case .httpBody(let body) = payload {
            if let count = body.count {
                if headers[.contentLength] == nil { headers[.contentLength] = String(count) }
            } else {
                headers[.transferEncoding] = "chunked"
            }
        }
        var lines = ["\(version.rawValue) \(statusCode.code) \(statusCode.phrase)"]
        for name in headers.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for value in headers.values(for: name) { lines.append("\(name.rawValue): \(value)") }
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// A short plain-text answer that ends the connection.
    static func closing(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status,
            headers: [.contentType: "text/plain; charset=utf-8", .connection: "close", .cacheControl: "no-store"],
            body: Data(message.utf8))
    }
}
