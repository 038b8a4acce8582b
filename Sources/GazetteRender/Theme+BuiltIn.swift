import Foundation

extension Theme {
    /// The files of the built-in theme, `Templates/*.mustache` and `Public/*`, with their
    /// bytes, sorted by path. `gazette init --with-theme` writes them out for editing.
    public static var builtInFiles: [(path: String, data: Data)] {
        EmbeddedTheme.files
            .compactMap { path, base64 in Data(base64Encoded: base64).map { (path: path, data: $0) } }
            .sorted { $0.path < $1.path }
    }
}
