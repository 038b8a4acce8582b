import Foundation

/// A point in time as the archive wrote it: the local wall-clock fields plus the UTC offset
/// they were written in. Date archives use the local date; feeds use the exact instant.
public struct ArticleDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Seconds east of UTC.
    public let utcOffset: Int
    /// The instant this local time denotes.
    public let instant: Date

    /// Validates the fields; returns nil for impossible dates such as `2019-02-30` or `24:00`.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffset: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ArticleDate.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              abs(utcOffset) <= 18 * 3600
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = min(second, 59)
        self.utcOffset = utcOffset
        let days = ArticleDate.daysFromCivil(year: year, month: month, day: day)
        let local = Double(days * 86_400 + hour * 3600 + minute * 60 + self.second)
        self.instant = Date(timeIntervalSince1970: local - Double(utcOffset))
    }

    /// The same instant expressed in another offset (used to place `now` in the site's zone).
    public init(instant: Date, utcOffset: Int) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + utcOffset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let (y, m, d) = ArticleDate.civilFromDays(days)
        self.init(year: y, month: m, day: d, hour: seconds / 3600, minute: seconds % 3600 / 60,
                  second: seconds % 60, utcOffset: utcOffset)!
    }

    /// Orders by instant, then by offset, so equal instants written differently still sort totally.
    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.instant, lhs.utcOffset) < (rhs.instant, rhs.utcOffset)
    }

    /// Number of days in `month` of `year` (proleptic Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (era-based arithmetic).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01, as (year, month, day).
    public static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
