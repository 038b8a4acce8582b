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
        "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText(separator: ":"))"
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
    public var isoDay: String { "\(pad(year, 4))-\(pad(month))-\(pad(day))" }

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
