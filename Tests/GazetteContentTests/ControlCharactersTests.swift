@testable import GazetteContent
import Testing

/// The scan reads eight bytes at a time; a control character is found wherever it sits in
/// its word, and tabs, line ends and other UTF-8 (`é` is `C3 A9`, `Ā` is `C4 80`) are not one.
@Suite struct ControlCharactersTests {
    @Test(arguments: ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{1}"])
    func foundAtEveryOffset(control: String) {
        for offset in 0..<20 {
            let text = String(repeating: "a", count: offset) + control + String(repeating: "é\n", count: 3)
            #expect(ControlCharacters.occur(in: text), "at \(offset)")
        }
    }

    @Test func plainTextHasNone() {
        let texts = ["", "a", "Straße\tnach\r\nŁódź\n", "Ā ā \u{A0}\u{C2}", String(repeating: "river crossing é ü ✓\n", count: 40), "\u{C2}"]
        for text in texts {
            #expect(!ControlCharacters.occur(in: text), "\(text)")
        }
    }
}
