extension ArticleDate {
    /// Parses a date as archives write it, without `DateFormatter` (no locale, no machine time zone):
    ///
    /// - ISO 8601 / RFC 3339: `2019-03-07T09:30:00+01:00`, `…Z`, fractional seconds (dropped),
    ///   `2019-03-07T09:30`, `2019-03-07`, and the space-separated `2019-03-07 09:30:00`, optionally
    ///   followed by an offset (`+01:00`, `+0100`, `+01`, `Z`, with or without a space before it);
    /// - plain-text bylines: `07-Mar-2019`, `7 March 2019`, `7 Mar 2019` (English month names).
    ///
    /// A time written without an offset is in the site's time zone (``SiteConfig/utcOffset(year:month:day:hour:minute:)``).
    /// Returns nil for text that is not one of these forms and for impossible dates (`2019-02-30`).
    public init?(parsing text: String, in config: SiteConfig) {
        guard case .date(let fields) = ArticleDate.scan(text) else { return nil }
        self.init(fields: fields, in: config)
    }

    // Fields read from text, before the site's time zone is applied.
    struct Fields: Equatable {
        var year, month, day: Int
        var hour = 0, minute = 0, second = 0
        // Seconds east of UTC when the text wrote an offset.
        var utcOffset: Int?
    }

    // What ``scan(_:)`` found: a date, something shaped like a date that cannot exist, or neither.
    enum Scan: Equatable {
        case date(Fields)
        case impossible
        case notADate
    }

    init?(fields: Fields, in config: SiteConfig) {
        let offset = fields.utcOffset
            ?? config.utcOffset(year: fields.year, month: fields.month, day: fields.day,
                                hour: fields.hour, minute: fields.minute)
        self.init(year: fields.year, month: fields.month, day: fields.day, hour: fields.hour,
                  minute: fields.minute, second: fields.second, utcOffset: offset)
    }

    // Recognises the forms listed on ``init(parsing:in:)`` and checks the fields are possible.
    static func scan(_ text: String) -> Scan {
        var reader = DigitReader(Array(text.utf8))
        reader.skipSpaces()
        guard let first = reader.digits(maxCount: 4) else { return .notADate }
        let fields: Fields?
        switch first.count {
        case 4:
            guard reader.take(UInt8(ascii: "-")) else { return .notADate }
            fields = isoRest(year: first.value, &reader)
        case 1, 2:
            fields = bylineRest(day: first.value, &reader)
        default:
            return .notADate
        }
        guard var found = fields else { return .notADate }
        reader.skipSpaces()
        guard reader.isAtEnd else { return .notADate }
        if found.second == 60 { found.second = 59 }
        let possible = ArticleDate(year: found.year, month: found.month, day: found.day, hour: found.hour,
                                   minute: found.minute, second: found.second, utcOffset: found.utcOffset ?? 0)
        return possible == nil ? .impossible : .date(found)
    }

    // `MM-DD` and an optional time and offset, after `YYYY-`.
    private static func isoRest(year: Int, _ reader: inout DigitReader) -> Fields? {
        guard let month = reader.digits(exactCount: 2), reader.take(UInt8(ascii: "-")),
              let day = reader.digits(exactCount: 2)
        else { return nil }
        var fields = Fields(year: year, month: month, day: day)
        let mark = reader.position
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) || reader.take(UInt8(ascii: " "))
        else { return fields }
        guard let hour = reader.digits(exactCount: 2) else {
            reader.position = mark  // `2019-03-07 ` followed by nothing: trailing space only
            return fields
        }
        guard reader.take(UInt8(ascii: ":")), let minute = reader.digits(exactCount: 2) else { return nil }
        fields.hour = hour
        fields.minute = minute
        if reader.take(UInt8(ascii: ":")) {
            guard let second = reader.digits(exactCount: 2) else { return nil }
            fields.second = second
            if reader.take(UInt8(ascii: ".")) || reader.take(UInt8(ascii: ",")) {
                guard reader.digits(maxCount: 18) != nil else { return nil }
            }
        }
        let beforeOffset = reader.position
        reader.skipSpaces()
        if reader.isAtEnd {
            reader.position = beforeOffset
            return fields
        }
        guard let offset = reader.utcOffset() else { return nil }
        fields.utcOffset = offset
        return fields
    }

    // `-Mon-YYYY` or ` Month YYYY`, after the day.
    private static func bylineRest(day: Int, _ reader: inout DigitReader) -> Fields? {
        let dashed = reader.take(UInt8(ascii: "-"))
        if !dashed {
            guard reader.skipSpaces() > 0 else { return nil }
        }
        guard let name = reader.letters() else { return nil }
        if dashed {
            guard reader.take(UInt8(ascii: "-")) else { return nil }
        } else {
            guard reader.skipSpaces() > 0 else { return nil }
        }
        guard let year = reader.digits(exactCount: 4) else { return nil }
        // An unknown month name in a date-shaped text is an impossible date, not prose.
        return Fields(year: year, month: monthNumber(name) ?? 0, day: day)
    }

    // 1-12 for an English month name or its three-letter abbreviation (`Sept` too), any case.
    static func monthNumber(_ name: String) -> Int? {
        let lower = name.lowercased()
        if lower == "sept" { return 9 }
        for month in 1...12 {
            let full = monthName(month).lowercased()
            if lower == full || (lower.count == 3 && full.hasPrefix(lower)) { return month }
        }
        return nil
    }
}
