/// What a list page already says about every article on it, so that its items leave it out:
/// a section's page names no section on its items, a day's page gives no date, and an
/// author's page names only the co-authors.
struct ItemOmission: Hashable, Sendable {
    /// The list is the section of all its articles.
    var section = false
    /// The list is the day of all its articles.
    var day = false
    /// The slug of the author whose list it is.
    var author: String?

    /// Nothing left out: the home page, years, months and tags.
    static let none = ItemOmission()
}
