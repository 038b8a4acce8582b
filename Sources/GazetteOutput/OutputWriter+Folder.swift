import GazetteContent

extension OutputWriter {
    /// The files the previous build wrote under `folder` (`search/`), sorted: what a stage
    /// that writes a whole folder with one fingerprint keeps with ``keepIfCurrent(_:fingerprint:owner:)``.
    package func previousFiles(under folder: String) -> [String] {
        (previous?.outputs.keys.filter { $0.hasPrefix(folder) } ?? []).sorted()
    }
}
