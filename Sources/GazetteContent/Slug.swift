import Foundation

/// Turns names into stable, ASCII, lower-case URL slugs.
public enum Slug {
    /// `Önal` -> `onal`, `Erdoğan` -> `erdogan`, `Rock & Roll!` -> `rock-roll`.
    /// Letters are transliterated to ASCII, anything else collapses to single hyphens.
    public static func make(_ text: String) -> String {
        if let slug = text.utf8.withContiguousStorageIfAvailable(asciiSlug) ?? nil { return slug }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in ascii(text).unicodeScalars {
            let value = scalar.value
            let isDigit = value >= 48 && value <= 57
            let isUpper = value >= 65 && value <= 90
            let isLower = value >= 97 && value <= 122
            if isDigit || isUpper || isLower {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "O'Brien" -> "obrien", as newsrooms write it
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// ``make(_:)`` of ASCII text, byte by byte (every tag and author of every article is
    /// made a slug while loading); nil for other text.
    private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0, pendingHyphen = false
            for byte in bytes {
                let isDigit = byte >= 48 && byte <= 57, isUpper = byte >= 65 && byte <= 90, isLower = byte >= 97 && byte <= 122
                if isDigit || isUpper || isLower {
                    // A hyphen only ever follows a kept byte, so it never outgrows the text.
                    if pendingHyphen && count > 0 { out[count] = UInt8(ascii: "-"); count += 1 }
                    pendingHyphen = false
                    out[count] = isUpper ? byte + 32 : byte
                    count += 1
                } else if byte != UInt8(ascii: "'") {
                    pendingHyphen = true
                }
            }
            return count
        }
    }

    /// Whether `slug` is a single safe path component made of slug characters.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug != "." && slug != ".."
            && slug.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == "."
            }
    }

    private static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return text }
        var mapped = ""
        for scalar in text.unicodeScalars {
            if let special = specialLetters[scalar] {
                mapped += special
            } else {
                mapped.unicodeScalars.append(scalar)
            }
        }
        // Latin-ASCII transliteration, then drop what is left of combining marks.
        let latin = mapped.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? mapped
        return latin.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// Letters that ICU's Latin-ASCII does not map the way newsrooms spell them.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe",
        "Þ": "TH", "þ": "th", "Ð": "D", "ð": "d", "Ł": "L", "ł": "l", "ı": "i", "İ": "I",
    ]
}
