/// A named grouping of articles (an author, a tag or a section): a display name and a
/// URL-safe slug. `Kind` only keeps the three sorts apart in the type system.
public struct Term<Kind: TermKind>: Sendable, Hashable, Comparable {
    /// The name as the archive writes it, for display.
    public let name: String
    /// The ASCII, lower-case form used in URLs.
    public let slug: String

    /// A term named `name`, its slug derived with ``Slug/make(_:)``.
    public init(name: String) {
        self.name = name
        self.slug = Slug.make(name)
    }

    /// A term with an explicit slug.
    public init(name: String, slug: String) {
        self.name = name
        self.slug = slug
    }

    /// Orders by slug, then name, so sorting is total and independent of case.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.slug, lhs.name) < (rhs.slug, rhs.name)
    }
}

/// The sort of a ``Term``; it names the URL folder of the term's pages.
public protocol TermKind: Sendable {
    /// The folder under which the term's pages live, such as `tags`.
    static var folder: String { get }
}

/// Marker for authors.
public enum AuthorKind: TermKind { public static let folder = "authors" }
/// Marker for tags.
public enum TagKind: TermKind { public static let folder = "tags" }
/// Marker for sections.
public enum SectionKind: TermKind { public static let folder = "section" }

/// A writer credited on an article.
public typealias Author = Term<AuthorKind>
/// A free-form label shared between articles.
public typealias Tag = Term<TagKind>
/// The desk or department an article belongs to.
public typealias Section = Term<SectionKind>
