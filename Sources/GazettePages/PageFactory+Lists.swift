import GazetteContent
import GazettePlan
import GazetteRender

extension PageFactory {
    /// Every paginated list of the site, in a fixed order.
    func lists(_ index: SiteIndex, articleCount: Int) -> [ListPage] {
        var lists = [ListPage(base: "", template: "home", kind: "Latest", heading: "", members: Array(0..<articleCount))]
        lists += index.sections.map { group in
            ListPage(base: "section/\(group.term.slug)/", template: "list", kind: "Section", heading: group.term.name,
                     members: group.members, currentSection: group.term.slug, feedKind: .section)
        }
        lists += index.tags.map { ListPage(base: "tags/\($0.term.slug)/", template: "list", kind: "Tag", heading: $0.term.name, members: $0.members, feedKind: .tag) }
        lists += index.authors.map { ListPage(base: "authors/\($0.term.slug)/", template: "list", kind: "Author", heading: $0.term.name, members: $0.members, feedKind: .author) }
        lists += yearLists(index) + monthLists(index) + (config.dayArchives ? dayLists(index) : [])
        return lists
    }

    private func yearLists(_ index: SiteIndex) -> [ListPage] {
        let years = index.years
        return years.enumerated().map { position, year in
            let months = index.calendar[year, default: [:]].keys.sorted().map { month in
                (month, index.members(year: year, month: month).count)
            }
            var list = ListPage(base: "\(year)/", template: "list", kind: "Year", heading: String(year), members: index.members(year: year))
            list.extraKey = Self.key([position > 0 ? years[position - 1] : -1, position + 1 < years.count ? years[position + 1] : -1]
                + months.flatMap { [$0.0, $0.1] })
            list.extra = { link in
                var extra: [String: Any] = ["months": months.map { month, count -> [String: Any] in
                    ["label": TemplateText(ArticleDate.monthName(month)), "url": TemplateText(link(Self.monthURL(year, month))), "count": count]
                }]
                extra["period_nav"] = Self.periodNav(
                    prev: position > 0 ? (String(years[position - 1]), "\(years[position - 1])/") : nil,
                    up: ("All years", "archive/"),
                    next: position + 1 < years.count ? (String(years[position + 1]), "\(years[position + 1])/") : nil,
                    link: link)
                return extra
            }
            return list
        }
    }

    private func monthLists(_ index: SiteIndex) -> [ListPage] {
        let months = index.months
        return months.enumerated().map { position, period in
            var list = ListPage(base: Self.monthURL(period.year, period.month), template: "list", kind: "Month",
                                heading: Self.monthLabel(period.year, period.month), members: index.members(year: period.year, month: period.month))
            let prev = position > 0 ? months[position - 1] : nil
            let next = position + 1 < months.count ? months[position + 1] : nil
            list.extraKey = Self.key([prev?.year ?? -1, prev?.month ?? -1, next?.year ?? -1, next?.month ?? -1])
            list.extra = { link in
                ["period_nav": Self.periodNav(
                    prev: prev.map { (Self.monthLabel($0.year, $0.month), Self.monthURL($0.year, $0.month)) },
                    up: (String(period.year), "\(period.year)/"),
                    next: next.map { (Self.monthLabel($0.year, $0.month), Self.monthURL($0.year, $0.month)) },
                    link: link)]
            }
            return list
        }
    }

    private func dayLists(_ index: SiteIndex) -> [ListPage] {
        let days = index.days
        return days.enumerated().map { position, day in
            let members = index.calendar[day.year, default: [:]][day.month, default: [:]][day.day, default: []].sorted()
            var list = ListPage(base: Self.dayURL(day.year, day.month, day.day), template: "list", kind: "Day",
                                heading: Self.dayLabel(day), members: members)
            let prev = position > 0 ? days[position - 1] : nil
            let next = position + 1 < days.count ? days[position + 1] : nil
            list.extraKey = Self.key([prev?.year ?? -1, prev?.month ?? -1, prev?.day ?? -1, next?.year ?? -1, next?.month ?? -1, next?.day ?? -1])
            // The heading's date for machines.
            let iso = String(Self.dayURL(day.year, day.month, day.day).dropLast()).replacingOccurrences(of: "/", with: "-")
            list.extra = { link in
                ["heading_datetime": TemplateText(iso), "period_nav": Self.periodNav(
                    prev: prev.map { (Self.dayLabel($0), Self.dayURL($0.year, $0.month, $0.day)) },
                    up: ("\(ArticleDate.monthName(day.month)) \(day.year)", Self.monthURL(day.year, day.month)),
                    next: next.map { (Self.dayLabel($0), Self.dayURL($0.year, $0.month, $0.day)) },
                    link: link)]
            }
            return list
        }
    }

    /// A fingerprint of the numbers a list's extra context is built from.
    private static func key(_ numbers: [Int]) -> UInt64 {
        var hash = StableHash()
        for number in numbers { hash.add(number) }
        return hash.value
    }

    private static func monthLabel(_ year: Int, _ month: Int) -> String {
        "\(ArticleDate.monthName(month)) \(year)"
    }

    private static func dayLabel(_ day: (year: Int, month: Int, day: Int)) -> String {
        "\(day.day) \(ArticleDate.monthName(day.month)) \(day.year)"
    }

    private static func periodNav(
        prev: (String, String)?, up: (String, String), next: (String, String)?, link: (String) -> String
    ) -> [String: Any] {
        func entry(_ label: String, _ url: String) -> [String: Any] { ["label": TemplateText(label), "url": TemplateText(link(url))] }
        var nav: [String: Any] = ["up": entry(up.0, up.1)]
        if let prev { nav["prev"] = entry(prev.0, prev.1) }
        if let next { nav["next"] = entry(next.0, next.1) }
        return nav
    }
}
