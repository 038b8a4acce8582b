// One `<item>` of a WordPress export: a post, page, attachment, revision or menu item.
struct WXRItem: Sendable {
    var title = ""
    // `<link>`: the item's public URL, whose path the imported article keeps.
    var link = ""
    // `dc:creator`: the author's login.
    var creator = ""
    // `content:encoded`: the body as WordPress stores it.
    var content = ""
    // `excerpt:encoded`: the excerpt (for an attachment, its caption).
    var excerpt = ""
    var postID = ""
    // `wp:post_date`: local wall-clock time; `wp:post_date_gmt`: UTC, `0000-00-00 00:00:00` for drafts.
    var postDate = ""
    var postDateGMT = ""
    var modifiedGMT = ""
    var postName = ""
    var status = ""
    var postType = ""
    var parent = ""
    var attachmentURL = ""
    // `<category domain="category">` names, in order.
    var categories: [String] = []
    // `<category domain="post_tag">` names, in order.
    var tags: [String] = []
    // `wp:postmeta` pairs, in order.
    var meta: [(key: String, value: String)] = []
    // How many `wp:comment` elements the item holds.
    var commentCount = 0

    func meta(_ key: String) -> String? {
        meta.first { $0.key == key }?.value
    }
}

// A `wp:author` of the export's channel.
struct WXRAuthor: Sendable {
    var login = ""
    var displayName = ""
    var email = ""
    var firstName = ""
    var lastName = ""
}

// What the first pass keeps of an attachment: enough for featured images and galleries.
struct WXRAttachment: Sendable {
    var url: String
    var caption: String
    var credit: String
    var alt: String
    // The post the file was uploaded to, for `[gallery]` without `ids`.
    var parent: String
}
