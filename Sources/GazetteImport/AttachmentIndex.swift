// The export's attachments by post ID, gathered in a first pass over the file so that posts
// can name their featured image and galleries wherever the attachment item comes. Holds a
// few short strings per attachment, never a body.
struct AttachmentIndex: Sendable {
    private var byID: [String: WXRAttachment] = [:]
    private var childrenOf: [String: [String]] = [:]

    var count: Int { byID.count }

    subscript(id: String) -> WXRAttachment? { byID[id] }

    // Attachments uploaded to `postID`, in file order (a `[gallery]` without `ids` shows them).
    func children(of postID: String) -> [String] { childrenOf[postID] ?? [] }

    mutating func add(_ item: WXRItem) {
        let url = item.attachmentURL.isEmpty ? item.link : item.attachmentURL
        let credit = item.meta("_wp_attachment_metadata").flatMap { PHPSerialized.string(after: "credit", in: $0) } ?? ""
        byID[item.postID] = WXRAttachment(
            url: url, caption: item.excerpt, credit: credit,
            alt: item.meta("_wp_attachment_image_alt") ?? "", parent: item.parent)
        if !item.parent.isEmpty && item.parent != "0" { childrenOf[item.parent, default: []].append(item.postID) }
    }
}
