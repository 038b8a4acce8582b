import GazetteContent

/// A publication time as a newsroom writes it: local wall-clock time plus the UTC offset of
/// the bureau, such as `2019-03-01T09:08:39+01:00`. The article's folder uses the local
/// date. Calendar arithmetic is ArticleDate's integer arithmetic (days since 1970 to year,
/// month, day), so no time zone database or locale can change the output.
struct LocalDateTime: Sendable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int
    /// Minutes east of UTC.
    let offsetMinutes: Int

    /// The bureaus' offsets: New York, London in winter, Paris, Mumbai, Tokyo.
    private static let offsets = [-300, 0, 60, 330, 540]
    private static let offsetTable = WeightedTable(weights: [15, 40, 25, 10, 10])
    /// The archive's span: 2001-01-01 to 2025-12-31, in days since 1970-01-01.
    private static let firstDay = ArticleDate.daysFromCivil(year: 2001, month: 1, day: 1)
    private static let lastDay = ArticleDate.daysFromCivil(year: 2025, month: 12, day: 31)

    /// A time spread evenly over the 25 years, mostly in working hours.
    static func random(_ rng: inout SplitMix64) -> LocalDateTime {
        let days = rng.int(in: firstDay...lastDay)
        let (year, month, day) = ArticleDate.civilFromDays(days)
        let hour = rng.chance(85) ? rng.int(in: 6...22) : rng.int(in: 0...23)
        return LocalDateTime(
            year: year, month: month, day: day,
            hour: hour, minute: rng.int(in: 0...59), second: rng.int(in: 0...59),
            offsetMinutes: offsets[offsetTable.draw(&rng)])
    }

    /// ISO 8601 with seconds and a numeric offset, as YAML front matter carries it.
    var iso8601: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))"
            + "\(sign)\(Self.two(offset / 60)):\(Self.two(offset % 60))"
    }

    /// The article's folder below `Content/`: `YYYY/MM`.
    var folder: String {
        "\(year)/\(Self.two(month))"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
