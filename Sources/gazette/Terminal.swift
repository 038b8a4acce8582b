import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the standard streams are connected to, and writing to them unbuffered so lines reach
/// a pipe (a test, `tee`) as soon as they are printed.
enum Terminal {
    /// Standard output is a terminal: progress bars may be drawn on it.
    static let isInteractive = isatty(1) == 1
    /// Standard error is a terminal that takes colour (`NO_COLOR` and `TERM=dumb` turn it off).
    static let colours: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }()

    /// Prints a line to standard output and flushes it.
    static func line(_ text: String) {
        write(1, text + "\n")
    }

    /// Prints a line to standard error.
    static func error(_ text: String) {
        write(2, text + "\n")
    }

    /// Writes raw text (escape sequences included) to a descriptor.
    static func write(_ descriptor: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }

    /// `text` in bold red (errors) on a colour terminal, plain otherwise.
    static func red(_ text: String) -> String { paint(text, "1;31") }
    /// `text` in bold magenta (warnings).
    static func magenta(_ text: String) -> String { paint(text, "1;35") }
    /// `text` in bold.
    static func bold(_ text: String) -> String { paint(text, "1") }
    /// `text` in green (success lines on standard output, when it is a terminal).
    static func green(_ text: String) -> String { isInteractive && colours ? "\u{1B}[32m\(text)\u{1B}[0m" : text }

    private static func paint(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
