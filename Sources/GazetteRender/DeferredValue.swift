import Mustache

/// A template value made only when a template looks it up: swift-mustache takes a
/// `MustacheCustomRepresentation` as the value it represents, so a theme sees exactly what
/// `make` returns, and a page whose templates never name the value never pays for it (the
/// built-in article writes `related_html`, not the `related[]` entries and their item HTML).
/// It is made again at each lookup, so it suits values looked up once a page or not at all.
package struct DeferredValue: MustacheCustomRepresentation, @unchecked Sendable {
    private let make: () -> Any?

    package init(_ make: @escaping () -> Any?) {
        self.make = make
    }

    package var representation: Any? { make() }
}
