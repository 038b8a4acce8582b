import Foundation

/// Case and diacritic folding, the same as `search.js` does in the browser: decompose (NFD),
/// drop the combining diacritical marks (U+0300-036F and the other blocks in
/// ``isDiacritic(_:)``), compose again (NFC), lower-case, and spell the few letters in
/// ``letters`` as plain ones.
/// `Erdoğan` and `ERDOGAN` both fold to `erdogan`. Other marks (Japanese voicing marks,
/// Indic vowel signs) carry meaning and are kept as part of words.
package struct SearchFolding {
    private var cache: [UInt32: [Unicode.Scalar]] = [:]

    package init() {}

    /// The scalars `scalar` folds to: none for a combining mark, usually one.
    package mutating func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let cached = cache[scalar.value] { return cached }
        let folded = Self.computeFold(scalar)
        cache[scalar.value] = folded
        return folded
    }

    /// Folds a whole string (for tests and queries).
    package mutating func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(Unicode.Scalar(UInt8(ascii: scalar) | (isUpperASCII(scalar) ? 0x20 : 0)))
            } else {
                scalars.append(contentsOf: fold(scalar))
            }
        }
        return String(scalars)
    }

    private static func computeFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        // Hangul syllables decompose into jamo under NFD and recompose under NFC: left as they are.
        if (0xAC00...0xD7A3).contains(scalar.value) { return [scalar] }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        var kept = String.UnicodeScalarView()
        for part in decomposed where !isDiacritic(part) { kept.append(part) }
        var result: [Unicode.Scalar] = []
        for part in String(kept).precomposedStringWithCanonicalMapping.unicodeScalars {
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                if let letters = letters[lower] { result += letters.unicodeScalars } else { result.append(lower) }
            }
        }
        return result
    }

    /// Letters without a decomposition that readers still type as plain Latin letters (and
    /// the final sigma): `Łódź` is found by `lodz`, `Straße` by `strasse`.
    static let letters: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ς": "σ",
    ]

    /// The combining marks folding drops: the diacritical mark blocks (accents, cedillas,
    /// breves, umlauts...).
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }

    private func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 65 && scalar.value <= 90 }
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
}
