/// Paths inside the output tree. Pages are identified by the file they are written to
/// (`tags/flood/index.html`, `2019/03/07/bridge.html`); links point at URL paths relative to
/// the site root (`tags/flood/`, `2019/03/07/bridge.html`, `` for the home page).
package enum SitePath {
    /// The prefix from the folder of `file` back to the site root: `../../` or `./`.
    package static func rootPrefix(ofFile file: String) -> String {
        let depth = file.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The shortest relative URL from the page written at `file` to the root-relative URL `target`.
    /// Every page asks this for dozens of links, so ASCII paths (all the site's own) are
    /// compared as bytes; others go component by component as `String`s compare them.
    package static func relative(fromFile file: String, to target: String) -> String {
        var file = file
        var target = target
        let fast = file.withUTF8 { from in target.withUTF8 { to in asciiRelative(from, to) } }
        return fast ?? relativeByComponents(fromFile: file, to: target)
    }

    /// ``relative(fromFile:to:)`` on UTF-8 bytes; nil unless both paths are ASCII. The target's
    /// folders are its parts before a slash; the rest, after the folders it shares with the
    /// file's, is kept as it is written.
    private static func asciiRelative(_ file: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/")
        var fileFolders = 0
        for byte in file {
            if byte >= 0x80 { return nil }
            if byte == slash { fileFolders += 1 }
        }
        var targetFolders = 0
        for byte in target {
            if byte >= 0x80 { return nil }
            if byte == slash { targetFolders += 1 }
        }
        var common = 0
        var fileStart = 0
        var targetStart = 0
        while common < fileFolders, common < targetFolders {
            var fileEnd = fileStart
            while file[fileEnd] != slash { fileEnd += 1 }
            var targetEnd = targetStart
            while target[targetEnd] != slash { targetEnd += 1 }
            guard fileEnd - fileStart == targetEnd - targetStart,
                  (0..<(fileEnd - fileStart)).allSatisfy({ file[fileStart + $0] == target[targetStart + $0] }) else { break }
            common += 1
            fileStart = fileEnd + 1
            targetStart = targetEnd + 1
        }
        let ups = fileFolders - common
        let rest = target.count - targetStart
        // A folder's rest ends with its slash; a lone slash is an empty last part (`a//`).
        if rest == 0 || (rest == 1 && target[targetStart] == slash) { return ups == 0 ? "./" : String(repeating: "../", count: ups) }
        return String(unsafeUninitializedCapacity: 3 * ups + rest) { output in
            var index = 0
            for _ in 0..<ups {
                output[index] = UInt8(ascii: "."); output[index + 1] = UInt8(ascii: "."); output[index + 2] = slash
                index += 3
            }
            for position in targetStart..<target.count {
                output[index] = target[position]
                index += 1
            }
            return index
        }
    }

    /// ``relative(fromFile:to:)`` on `String` components, for paths that are not ASCII.
    package static func relativeByComponents(fromFile file: String, to target: String) -> String {
        let fromDirs = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var targetParts = target.split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = target.isEmpty || target.hasSuffix("/")
        if isFolder { targetParts = Array(targetParts.dropLast()) }
        var common = 0
        while common < fromDirs.count, common < targetParts.count - (isFolder ? 0 : 1),
              fromDirs[fromDirs.startIndex + common] == targetParts[common] {
            common += 1
        }
        let ups = String(repeating: "../", count: fromDirs.count - common)
        let rest = targetParts[common...].joined(separator: "/")
        if rest.isEmpty { return ups.isEmpty ? "./" : ups }
        return ups + rest + (isFolder ? "/" : "")
    }

    /// The file that serves the URL path `url`: `tags/x/` -> `tags/x/index.html`.
    package static func file(forURL url: String) -> String {
        url.isEmpty || url.hasSuffix("/") ? url + "index.html" : url
    }

    /// Whether `url` is relative to the current page (no scheme, not absolute, not a fragment).
    package static func isRelativeReference(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        for character in url {
            if character == ":" { return false }
            if character == "/" || character == "?" || character == "#" { break }
        }
        return true
    }
}
