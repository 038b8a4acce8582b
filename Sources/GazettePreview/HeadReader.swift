import FlyingFox
import FlyingSocks
import Foundation

/// Reads each request's head (request line and header fields) from a connection in one pass
/// over its bytes, never past the limits. FlyingFox's own reader has no limit and compares
/// the whole line read so far for every byte it adds (`Sequence.suffix`), so a long line
/// costs time quadratic in its length; this one looks at each byte once.
struct HeadReader {
    /// The longest request line, without its line end; past it, `414 URI Too Long`.
    static let requestLineLimit = 8 * 1024
    /// The longest header block (every field line and the empty line that ends it); past it,
    /// `431 Request Header Fields Too Large`.
    static let headerLimit = 32 * 1024

    enum Head {
        /// A request, and whether the connection may carry another one after it.
        case request(HTTPRequest, keepAlive: Bool)
        /// A head that is answered with `status` and the connection closed.
        case refused(HTTPStatusCode, String)
    }

    let socket: AsyncSocket
    /// Bytes read and not yet used; a pipelined next request may follow a head.
    private var buffer: [UInt8] = []

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    /// The next request's head; nil when the client closed the connection before sending one.
    mutating func next() async throws -> Head? {
        var lineStart = 0
        var scanned = 0
        var requestLine: Range<Int>?
        var headerStart = 0
        var fields: [Range<Int>] = []
        while true {
            while scanned < buffer.count {
                let byte = buffer[scanned]
                scanned += 1
                if byte == UInt8(ascii: "\n") {
                    var end = scanned - 1
                    if end > lineStart && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                    let line = lineStart..<end
                    lineStart = scanned
                    if let requestLine {
                        guard line.isEmpty else { fields.append(line); continue }
                        let head = parse(requestLine, fields)
                        buffer.removeFirst(scanned)
                        return head
                    }
                    // Empty lines before a request line are allowed (RFC 9112 §2.2).
                    if !line.isEmpty { (requestLine, headerStart) = (line, scanned) }
                }
                if requestLine == nil, scanned - lineStart > Self.requestLineLimit + 2 || scanned > 4 * Self.requestLineLimit {
                    return .refused(.uriTooLong, "The request line is longer than \(Self.requestLineLimit) bytes.\n")
                }
                if let requestLine, requestLine.count > Self.requestLineLimit {
                    return .refused(.uriTooLong, "The request line is longer than \(Self.requestLineLimit) bytes.\n")
                }
                if requestLine != nil, scanned - headerStart > Self.headerLimit {
                    return .refused(.requestHeaderFieldsTooLarge, "The header fields are longer than \(Self.headerLimit) bytes.\n")
                }
            }
            do {
                buffer += try await socket.read(atMost: 4096)
            } catch SocketError.disconnected where buffer.isEmpty {
                return nil
            }
        }
    }

    /// The request named by the head's lines, or why it is refused.
    private func parse(_ requestLine: Range<Int>, _ fields: [Range<Int>]) -> Head {
        let parts = buffer[requestLine].split(separator: UInt8(ascii: " "))
        guard parts.count == 3, parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return .refused(.badRequest, "Bad request: the request line is not METHOD TARGET HTTP/1.x.\n")
        }
        let version = HTTPVersion(String(decoding: parts[2], as: UTF8.self))
        guard version.rawValue == "HTTP/1.1" || version.rawValue == "HTTP/1.0" else {
            return .refused(.badRequest, "Bad request: only HTTP/1.0 and HTTP/1.1 are spoken.\n")
        }
        var headers = HTTPHeaders()
        for field in fields {
            let line = buffer[field]
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  !line[..<colon].contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            else {
                return .refused(.badRequest, "Bad request: a header line is not NAME: VALUE.\n")
            }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            headers.addValue(String(decoding: trimmed, as: UTF8.self), for: HTTPHeader(String(decoding: line[..<colon], as: UTF8.self)))
        }
        let target = String(decoding: parts[1], as: UTF8.self)
        let query = target.firstIndex(of: "?")
        let request = HTTPRequest(
            method: HTTPMethod(String(decoding: parts[0], as: UTF8.self)),
            version: version,
            target: .init(path: String(target[..<(query ?? target.endIndex)]), query: query.map { String(target[target.index(after: $0)...]) } ?? ""),
            headers: headers,
            body: HTTPBodySequence())
        return .request(request, keepAlive: Self.keepsAlive(request))
    }

    /// HTTP/1.1 keeps the connection unless `Connection: close`, HTTP/1.0 only with
    /// `keep-alive`; a request with a body never does, as the body is not read.
    private static func keepsAlive(_ request: HTTPRequest) -> Bool {
        let length = request.headers[.contentLength]
        if request.headers[.transferEncoding] != nil || (length != nil && length != "0") { return false }
        let tokens = (request.headers[.connection] ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return request.version == .http11 ? !tokens.contains("close") : tokens.contains("keep-alive")
    }
}
