/// Splits text into the terms search indexes and looks up, as `search.js` does: runs of
/// letters, digits and marks after ``SearchFolding``; in scripts written without spaces (Han, kana,
/// Hangul) every pair of neighbouring characters, so `東京都` gives `東京` and `京都` and a
/// query matches wherever its characters stand together. Terms longer than
/// ``maxLength`` characters are skipped (they are not words a reader types).
package struct SearchTokenizer {
    package static let maxLength = 40
    private var folding = SearchFolding()
    private var isWord: [UInt32: Bool] = [:]
    private var run: [Unicode.Scalar] = []
    private var pair: [UInt8] = []

    package init() {}

    /// Calls `emit` with each term of `text` and its position, counting from `position`;
    /// returns the position after the last term.
    @discardableResult
    package mutating func tokenize(_ text: String, from position: Int, _ emit: (String, Int) -> Void) -> Int {
        tokenizeBytes(text, from: position) { bytes, at in emit(String(decoding: bytes, as: UTF8.self), at) }
    }

    /// ``tokenize(_:from:_:)`` with each term as its UTF-8 bytes, valid only during the call:
    /// the indexer looks terms up without making a `String` of each.
    @discardableResult
    mutating func tokenizeBytes(_ text: String, from position: Int, _ emit: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Int {
        // The word being read lives in a buffer of the call: appending each letter to an
        // array checked the array's uniqueness once a letter, every letter of every article.
        // The text's UTF-8 read byte by byte, ASCII on its own path: most articles are mostly
        // ASCII, and decoding every scalar through the string's scalar view cost more than the rest.
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Word.capacity) { storage in
                var word = Word(storage: storage)
                var position = position
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        index += 1
                        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                            if !run.isEmpty { flushRun(&position, emit) }
                            word.append(byte)
                            word.length += 1
                        } else if byte >= 0x41 && byte <= 0x5A {
                            if !run.isEmpty { flushRun(&position, emit) }
                            word.append(byte + 0x20)
                            word.length += 1
                        } else {
                            flushAll(&position, &word, emit)
                        }
                        continue
                    }
                    let scalar = Self.scalar(in: bytes, at: &index)
                    for folded in folding.fold(scalar) {
                        if Self.isCJK(folded) {
                            flushWord(&position, &word, emit)
                            run.append(folded)
                        } else if wordScalar(folded) {
                            flushRun(&position, emit)
                            UTF8.encode(folded) { word.append($0) }
                            word.length += 1
                        } else {
                            flushAll(&position, &word, emit)
                        }
                    }
                }
                flushAll(&position, &word, emit)
                return position
            }
        }
    }

    /// The scalar whose UTF-8 starts with the non-ASCII byte at `index`, moving `index` past
    /// it. A `String`'s UTF-8 is always valid, so the lead byte tells the length.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = lead & 0x1F
            length = 2
        } else if lead < 0xF0 {
            value = lead & 0x0F
            length = 3
        } else {
            value = lead & 0x07
            length = 4
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The UTF-8 bytes of the word being read and its length in scalars. Only a word of at
    /// most ``maxLength`` scalars is emitted, and its bytes always fit; a longer one's bytes
    /// past the capacity are counted, not kept.
    private struct Word {
        static let capacity = 4 * SearchTokenizer.maxLength
        let storage: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var length = 0

        mutating func append(_ byte: UInt8) {
            if count < Self.capacity { storage[count] = byte }
            count += 1
        }
    }

    /// All terms of `text`, in order.
    package mutating func terms(_ text: String) -> [String] {
        var terms: [String] = []
        tokenize(text, from: 0) { term, _ in terms.append(term) }
        return terms
    }

    /// Han ideographs, hiragana, katakana and Hangul: scripts indexed by character pairs.
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
             0x1100...0x11FF, 0x3130...0x318F, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }

    private mutating func wordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if let known = isWord[scalar.value] { return known }
        let result: Bool
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: result = true
        default: result = false
        }
        isWord[scalar.value] = result
        return result
    }

    private mutating func flushAll(_ position: inout Int, _ word: inout Word, _ emit: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        flushWord(&position, &word, emit)
        flushRun(&position, emit)
    }

    private func flushWord(_ position: inout Int, _ word: inout Word, _ emit: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        guard word.length > 0 else { return }
        if word.length <= Self.maxLength {
            emit(UnsafeBufferPointer(rebasing: word.storage[..<word.count]), position)
            position += 1
        }
        word.count = 0
        word.length = 0
    }

    private mutating func flushRun(_ position: inout Int, _ emit: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        guard !run.isEmpty else { return }
        if run.count == 1 {
            pair.removeAll(keepingCapacity: true)
            pair.append(contentsOf: String(run[0]).utf8)
            pair.withUnsafeBufferPointer { emit($0, position) }
            position += 1
        } else {
            for index in 0..<(run.count - 1) {
                pair.removeAll(keepingCapacity: true)
                pair.append(contentsOf: String(run[index]).utf8)
                pair.append(contentsOf: String(run[index + 1]).utf8)
                pair.withUnsafeBufferPointer { emit($0, position) }
                position += 1
            }
        }
        run.removeAll(keepingCapacity: true)
    }
}
