/// A publication time as a newsroom writes it: local wall-clock time plus the UTC offset of
/// the bureau, such as `2019-03-01T09:08:39+01:00`. The article's folder uses the local
/// date. Calendar arithmetic is done here by hand (days since 1970 to year, month, day),
/// so no time zone database or locale can change the output.
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
    private static let firstDay = daysSinceEpoch(year: 2001, month: 1, day: 1)
    private static let lastDay = daysSinceEpoch(year: 2025, month: 12, day: 31)

    /// A time spread evenly over the 25 years, mostly in working hours.
    static func random(_ rng: inout SplitMix64) -> LocalDateTime {
        let days = rng.int(in: firstDay...lastDay)
        let (year, month, day) = civil(daysSinceEpoch: days)
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

    /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
