import Foundation

/// What a request's `Range` header (RFC 9110 §14.2) asks of a file of `length` bytes, as
/// `gazette serve` answers it: one range of bytes, `bytes=a-b`, `bytes=a-` or `bytes=-n`.
/// A header it does not understand, or one asking for several ranges, is ignored, as the
/// RFC allows, and the whole file sent; the search page's script reads either answer.
package enum ByteRange: Equatable, Sendable {
    /// No usable header: the whole file, `200 OK`.
    case whole
    /// These bytes of the file, `206 Partial Content`.
    case partial(Range<Int>)
    /// A range starting past the end (or a suffix of none): `416 Range Not Satisfiable`.
    case unsatisfiable

    package init(header: String?, length: Int) {
        guard let header, let equals = header.firstIndex(of: "="),
              header[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == "bytes" else { self = .whole; return }
        let spec = header[header.index(after: equals)...].trimmingCharacters(in: .whitespaces)[...]
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !spec.contains(",") else { self = .whole; return }
        let first = Self.number(parts[0]), last = Self.number(parts[1])
        switch (parts[0].isEmpty, parts[1].isEmpty) {
        case (false, _):
            guard let first, parts[1].isEmpty || (last != nil && last! >= first) else { self = .whole; return }
            guard first < length else { self = .unsatisfiable; return }
            self = .partial(first..<(last.map { min($0, length - 1) } ?? (length - 1)) + 1)
        case (true, false):
            guard let last else { self = .whole; return }
            guard last > 0, length > 0 else { self = .unsatisfiable; return }
            self = .partial(max(0, length - last)..<length)
        case (true, true):
            self = .whole
        }
    }

    /// A run of ASCII digits as a number; nil for anything else or one too large.
    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }
}
