import Foundation

extension ArticleDate {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The English name of `month` (1-12).
    public static func monthName(_ month: Int) -> String { monthNames[month - 1] }

    /// RFC 3339 with the written offset, e.g. `2019-03-07T09:30:00+01:00` (feeds, `datetime`).
    public var rfc3339: String {
        // Pages, feeds and JSON-LD ask for it many times per article: written as bytes when
        // every field fits its digits (always, for a date that parsed), as below otherwise.
        let offsetMinutes = abs(utcOffset) / 60
        if fitsDigits, offsetMinutes / 60 < 100 {
            return String(unsafeUninitializedCapacity: 25) { bytes in
                _ = writeDay(into: bytes)
                let index = 19
                bytes[10] = UInt8(ascii: "T")
                Self.put(hour, 2, into: bytes, at: 11)
                bytes[13] = UInt8(ascii: ":")
                Self.put(minute, 2, into: bytes, at: 14)
                bytes[16] = UInt8(ascii: ":")
                Self.put(second, 2, into: bytes, at: 17)
                if utcOffset == 0 {
                    bytes[index] = UInt8(ascii: "Z")
                    return index + 1
                }
                bytes[index] = utcOffset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
                Self.put(offsetMinutes / 60, 2, into: bytes, at: index + 1)
                bytes[index + 3] = UInt8(ascii: ":")
                Self.put(offsetMinutes % 60, 2, into: bytes, at: index + 4)
                return index + 6
            }
        }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText(separator: ":"))"
    }

    /// RFC 822 as RSS 2.0 wants it, e.g. `Thu, 07 Mar 2019 09:30:00 +0100`.
    public var rfc822: String {
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let days = ArticleDate.daysFromCivil(year: year, month: month, day: day)
        let weekday = weekdays[((days % 7) + 7) % 7]
        let monthShort = String(ArticleDate.monthName(month).prefix(3))
        return "\(weekday), \(pad(day)) \(monthShort) \(pad(year, 4)) \(pad(hour)):\(pad(minute)):\(pad(second)) \(offsetText(separator: ""))"
    }

    /// `2019-03-07`, the local calendar date.
    public var isoDay: String {
        if fitsDigits { return String(unsafeUninitializedCapacity: 10) { writeDay(into: $0) } }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    /// Whether the year fits four digits and the other fields two, so that padding never
    /// meets a longer or negative number.
    private var fitsDigits: Bool {
        (0...9999).contains(year) && (0...99).contains(month) && (0...99).contains(day)
            && (0...99).contains(hour) && (0...99).contains(minute) && (0...99).contains(second)
    }

    /// `2019-03-07` at the start of `bytes`; returns the count written.
    private func writeDay(into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        Self.put(year, 4, into: bytes, at: 0)
        bytes[4] = UInt8(ascii: "-")
        Self.put(month, 2, into: bytes, at: 5)
        bytes[7] = UInt8(ascii: "-")
        Self.put(day, 2, into: bytes, at: 8)
        return 10
    }

    /// `value` (fitting) as `width` decimal digits, zeros first.
    private static func put(_ value: Int, _ width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var value = value
        for position in stride(from: start + width - 1, through: start, by: -1) {
            bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
    }

    /// `7 March 2019`, the form readers see.
    public var humanDate: String { "\(day) \(ArticleDate.monthName(month)) \(year)" }

    private func offsetText(separator: String) -> String {
        if utcOffset == 0 && separator == ":" { return "Z" }
        let sign = utcOffset < 0 ? "-" : "+"
        let minutes = abs(utcOffset) / 60
        return "\(sign)\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
