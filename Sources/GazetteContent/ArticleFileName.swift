// What an article's file name (or a page bundle's folder name) says: Jekyll names such as
// `2019-03-02-some-title` carry the date, and the rest of the name is the slug.
struct ArticleFileName: Equatable {
    // The name without its extension, as found.
    let name: String
    // The name without a Jekyll date prefix: the slug when front matter sets none.
    let slugText: String
    // The prefix's date, when the name starts with one that exists (`2019-03-02-`).
    let date: ArticleDate.Fields?
    // A prefix shaped like a date that cannot exist (`2019-13-45-`), for the message.
    let impossibleDate: String?

    // `name` is the file name without extension, or the bundle folder's name.
    init(_ name: String) {
        self.name = name
        let bytes = Array(name.utf8)
        // `2019-03-02-title`, or just `2019-03-02` (then the date is the slug too).
        let isPrefixed = bytes.count >= 10 && (bytes.count == 10 || (bytes.count > 11 && bytes[10] == UInt8(ascii: "-")))
            && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(bytes[$0]) }
        guard isPrefixed else {
            slugText = name
            date = nil
            impossibleDate = nil
            return
        }
        let prefix = String(decoding: bytes[0..<10], as: UTF8.self)
        slugText = bytes.count == 10 ? name : String(decoding: bytes[11...], as: UTF8.self)
        switch ArticleDate.scan(prefix) {
        case .date(let fields):
            date = fields
            impossibleDate = nil
        default:
            date = nil
            impossibleDate = prefix
        }
    }
}
