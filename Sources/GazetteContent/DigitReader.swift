// A cursor over UTF-8 bytes for the hand-written date parser: reads digits, ASCII letters,
// spaces and UTC offsets, and never traps on any input.
struct DigitReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }

    // Consumes `byte` when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    // Consumes spaces and tabs; returns how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return position - start
    }

    // Between one and `maxCount` ASCII digits, with how many were read.
    mutating func digits(maxCount: Int) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while count < maxCount, position < bytes.count, (0x30...0x39).contains(bytes[position]) {
            value = value &* 10 &+ Int(bytes[position] - 0x30)
            count += 1
            position += 1
        }
        return count == 0 ? nil : (value, count)
    }

    // Exactly `count` ASCII digits.
    mutating func digits(exactCount count: Int) -> Int? {
        let start = position
        guard let read = digits(maxCount: count), read.count == count else {
            position = start
            return nil
        }
        return read.value
    }

    // One or more ASCII letters.
    mutating func letters() -> String? {
        let start = position
        while position < bytes.count, isLetter(bytes[position]) { position += 1 }
        guard position > start else { return nil }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    // `Z`, `+HH:MM`, `+HHMM` or `+HH` (also `-`), as seconds east of UTC.
    mutating func utcOffset() -> Int? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) || take(0xE2) && take(0x88) && take(0x92) {  // '-' or U+2212
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(exactCount: 2) else { return nil }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let read = digits(exactCount: 2) else { return nil }
            minutes = read
        } else if let read = digits(exactCount: 2) {
            minutes = read
        }
        guard minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
