import GazetteContent

extension OutputWriter {
    /// The files the previous build wrote under `folder` (`search/`), sorted: what a stage
    /// that writes a whole folder with one fingerprint keeps with ``keepIfCurrent(_:fingerprint:owner:)``.
    package func previousFiles(under folder: String) -> [String] {
        (previous?.outputs.keys.filter { $0.hasPrefix(folder) } ?? []).sorted()
    }

    /// The fingerprint `path` had in the previous build (among the paths this build reads).
    package func previousFingerprint(of path: String) -> UInt64? {
        previous?.outputs[path]?.fingerprint
    }

    /// Whether the previous build wrote `path` from inputs with this fingerprint, as
    /// ``keepIfCurrent(_:fingerprint:owner:)`` would find, without claiming it: a stage asks
    /// this early, to start work it will need only if the file must be made again.
    package func wasBuilt(_ path: String, fingerprint: UInt64) -> Bool {
        fingerprint != 0 && previousFingerprint(of: path) == fingerprint
    }
}
