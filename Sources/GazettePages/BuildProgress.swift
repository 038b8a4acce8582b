/// Where a running build is, reported to `BuildOptions.progress` between stages and every
/// few pages, so a terminal can draw phases, counts and a bar.
public struct BuildProgress: Sendable, Hashable {
    /// The stages of a build, in the order they run.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        case loading = "Loading"
        case planning = "Planning"
        case articles = "Articles"
        case lists = "Lists"
        case indexes = "Indexes"
        case search = "Search"
        case feeds = "Feeds"
        case assets = "Assets"
        case committing = "Finishing"
    }

    public var stage: Stage
    /// Items of this stage done so far.
    public var completed: Int
    /// Items of this stage in all, when known.
    public var total: Int?

    public init(stage: Stage, completed: Int = 0, total: Int? = nil) {
        self.stage = stage
        self.completed = completed
        self.total = total
    }
}
