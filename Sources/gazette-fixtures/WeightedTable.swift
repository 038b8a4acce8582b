/// Picks indices with fixed integer weights: a cumulative table searched by bisection.
/// Integer weights keep the draws identical on every platform (no `pow`, no rounding of
/// floating-point sums that could differ between C libraries).
struct WeightedTable: Sendable {
    /// `cumulative[i]` is the sum of the weights of indices `0...i`.
    private let cumulative: [UInt64]

    /// A table with the given weights, each at least 1.
    init(weights: [UInt64]) {
        precondition(!weights.isEmpty, "a weighted table needs at least one weight")
        var running: UInt64 = 0
        cumulative = weights.map { weight in
            running += max(weight, 1)
            return running
        }
    }

    /// Zipf-Mandelbrot-like weights: rank `r` (from 0) weighs `scale / (r + shift)`.
    /// `shift` 1 is plain Zipf; 2 flattens the head a little, as for tags.
    static func zipf(count: Int, shift: Int, scale: UInt64 = 1_000_000_000) -> WeightedTable {
        WeightedTable(weights: (0..<count).map { scale / UInt64($0 + shift) })
    }

    /// How many indices the table draws from.
    var count: Int { cumulative.count }

    /// A random index, each with probability proportional to its weight.
    func draw(_ rng: inout SplitMix64) -> Int {
        let target = rng.below(cumulative[cumulative.count - 1])
        // The first index whose cumulative weight exceeds the target.
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    /// `count` different indices (fewer if the table is smaller), in the order drawn.
    func drawDistinct(_ count: Int, _ rng: inout SplitMix64) -> [Int] {
        let wanted = min(count, self.count)
        var chosen: [Int] = []
        chosen.reserveCapacity(wanted)
        while chosen.count < wanted {
            let candidate = draw(&rng)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        return chosen
    }
}
