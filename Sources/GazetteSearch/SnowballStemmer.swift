import CStemmer

/// English stemming with the Snowball C library (libstemmer): `floods`, `flooded` and
/// `flooding` all give `flood`. One instance per thread: the C stemmer keeps state between calls.
package final class SnowballStemmer {
    private let stemmer: OpaquePointer?
    private var cache: [String: String] = [:]

    /// A stemmer for `language` (a Snowball algorithm name such as `english`); nil when the
    /// library has no such algorithm.
    package init?(language: String = "english") {
        guard let stemmer = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of a folded word. Words with digits and one-letter words are kept as they are.
    package func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var stem = word
        if word.utf8.count > 2, !word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            var bytes = Array(word.utf8)
            let count = Int32(bytes.count)
            bytes.withUnsafeMutableBufferPointer { buffer in
                if let result = sb_stemmer_stem(stemmer, buffer.baseAddress, count) {
                    let length = Int(sb_stemmer_length(stemmer))
                    stem = String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
                }
            }
            if stem.isEmpty { stem = word }
        }
        cache[word] = stem
        return stem
    }
}
