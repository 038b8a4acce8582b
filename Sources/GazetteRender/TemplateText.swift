import Mustache

/// A string in a template context. It renders, tests and transforms in a template exactly as
/// the `String` it holds, but swift-mustache takes it in with fewer dynamic casts (a `String`
/// is printed through `String(describing:)` after four failed casts) and finds no names
/// inside it without reflecting on it, which matters for the dozens of values of every page.
package struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    package let string: String

    package init(_ string: String) {
        self.string = string
    }

    package var renderText: String { string }

    /// Present, even when empty, as a `String` is.
    package var isNull: Bool { false }

    /// A `String` has no children either.
    package func child(named: String) -> Any? { nil }

    /// The transforms of a `String` (`lowercased`, `empty`...).
    package func transform(_ name: String) -> Any? { string.transform(name) }
}
