import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw HTTP/1.1 exchange over a loopback socket. Raw so that paths such as `/../x` and
/// `/%2e%2e/x` reach the server exactly as written (clients tidy them away).
struct HTTPProbe {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    let port: UInt16

    /// Sends one request (with `fields`, `Name: value` each) and reads the response until the
    /// server closes the connection or `until` holds for what has arrived (for endless event streams).
    func send(_ method: String, _ path: String, fields: [String] = [], timeout: TimeInterval = 10,
              until: ((String) -> Bool)? = nil) throws -> Response {
        let extra = fields.map { $0 + "\r\n" }.joined()
        let request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(extra)Connection: close\r\n\r\n"
        let (received, _) = try exchange(request, timeout: timeout, until: until)
        return try Self.parse(received)
    }

    /// Sends `bytes` as they are (a request cut short, say) and reads until the server closes
    /// the connection (`closed`) or `timeout` passes.
    func exchange(_ bytes: String, timeout: TimeInterval, until: ((String) -> Bool)? = nil) throws -> (received: String, closed: Bool) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ProbeError("socket: \(errno)") }
        defer { close(socket) }
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        // A server that stops reading must not leave a large request blocked in `send` forever.
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ProbeError("connect to port \(port): \(errno)") }
        _ = bytes.withCString { Glibc.send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        var closed = false
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { closed = true }
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            if let until, until(String(decoding: received, as: UTF8.self)) { break }
        }
        return (String(decoding: received, as: UTF8.self), closed)
    }

    func get(_ path: String) throws -> Response { try send("GET", path) }

    private static func parse(_ text: String) throws -> Response {
        guard let split = text.range(of: "\r\n\r\n") else { throw ProbeError("no complete response: \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw ProbeError("bad status line: \(lines.first ?? "")")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}

struct ProbeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 100 ms until it holds or `timeout` seconds pass.
func eventually(timeout: TimeInterval = 15, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return true }
        usleep(100_000)
    }
    return try condition()
}
