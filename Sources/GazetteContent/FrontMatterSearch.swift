import Foundation

/// Finds where a value is written in an article's front matter, for errors found long after
/// parsing (an alias that collides with another output): the article keeps the value, not
/// its position, and looking it up again costs a file read only when there is an error.
package enum FrontMatterSearch {
    /// Line and column of the first place `value` is written in the front matter of `url`.
    package static func position(of value: String, inFile url: URL) -> (line: Int, column: Int)? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = try? SourceText(data: data, path: url.path),
              let block = (try? text.frontMatter())?.block
        else { return nil }
        for (offset, line) in block.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: value) {
                return (block.firstLine + offset, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }
}
