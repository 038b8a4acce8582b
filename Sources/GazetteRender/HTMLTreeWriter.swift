import CGumbo

// Writes a gumbo tree back as HTML, keeping what ``HTMLSanitizer``'s allowlist allows (or
// everything, when unsafe HTML is allowed), while counting words and collecting the first
// paragraph's text. Walks with its own stack, so deeply nested input cannot exhaust the
// thread's.
struct HTMLTreeWriter {
    let allowUnsafe: Bool
    let rewriteURL: ((String) -> String?)?
    private(set) var html = ""
    private(set) var words = 0
    private(set) var lead = ""
    private var paragraphDepth = 0
    private var leadDone = false

    init(allowUnsafe: Bool, rewriteURL: ((String) -> String?)?) {
        self.allowUnsafe = allowUnsafe
        self.rewriteURL = rewriteURL
    }

    // One step of the walk: a node to write, or the end tag of an element already opened.
    private enum Step {
        case node(UnsafeMutablePointer<GumboNode>, rawText: Bool)
        case close(String, isParagraph: Bool)
    }

    mutating func writeChildren(of root: UnsafeMutablePointer<GumboNode>) {
        var stack: [Step] = []
        push(children: root, rawText: false, onto: &stack)
        while let step = stack.popLast() {
            switch step {
            case .close(let name, let isParagraph):
                html += "</\(name)>"
                if isParagraph {
                    paragraphDepth -= 1
                    if !lead.isEmpty { leadDone = true }
                }
            case .node(let node, let rawText):
                write(node, rawText: rawText, stack: &stack)
            }
        }
    }

    private mutating func write(_ node: UnsafeMutablePointer<GumboNode>, rawText: Bool, stack: inout [Step]) {
        switch node.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA, GUMBO_NODE_WHITESPACE:
            let pointer = node.pointee.v.text.text!
            let text = String(cString: pointer)
            html += rawText ? text : HTML.escape(text)
            if rawText { return }
            words += RenderedBody.countWords(pointer)
            if paragraphDepth > 0 && !leadDone { lead += text.replacing("\n", with: " ") }
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            writeElement(node, stack: &stack)
        default:
            break  // comments (Gutenberg's block markers among them) and the document node
        }
    }

    private mutating func writeElement(_ node: UnsafeMutablePointer<GumboNode>, stack: inout [Step]) {
        let element = node.pointee.v.element
        let name = Self.name(of: element)
        guard allowUnsafe || HTMLSanitizer.keptElements.contains(name) else {
            if name == "iframe" || name == "embed" { writeEmbedLink(element) }
            if !name.isEmpty && HTMLSanitizer.droppedElements.contains(name) { return }
            push(children: node, rawText: false, onto: &stack)  // unknown element: keep its content
            return
        }
        guard !name.isEmpty else {
            push(children: node, rawText: false, onto: &stack)
            return
        }
        html += "<" + name + attributes(of: element, name: name)
        if !allowUnsafe && (name == "audio" || name == "video") { html += " controls" }
        html += ">"
        if HTMLSanitizer.voidElements.contains(name) { return }
        let isParagraph = name == "p"
        if isParagraph { paragraphDepth += 1 }
        stack.append(.close(name, isParagraph: isParagraph))
        push(children: node, rawText: HTMLSanitizer.rawTextElements.contains(name), onto: &stack)
    }

    // The element's attributes as ` name="value"`, each allowed and its URL checked.
    private func attributes(of element: GumboElement, name: String) -> String {
        var result = ""
        let allowed = HTMLSanitizer.elementAttributes[name] ?? []
        for index in 0..<Int(element.attributes.length) {
            let attribute = element.attributes.data[index]!.assumingMemoryBound(to: GumboAttribute.self).pointee
            let key = String(cString: attribute.name)
            var value = String(cString: attribute.value)
            if !allowUnsafe {
                guard HTMLSanitizer.globalAttributes.contains(key) || allowed.contains(key) else { continue }
                if key == "controls" { continue }  // written for every kept player
            }
            if HTMLSanitizer.urlAttributes.contains(key) {
                if !allowUnsafe && !HTMLSanitizer.isAllowed(url: value, element: name, attribute: key) { continue }
                value = rewriteURL?(value) ?? value
            } else if key == "srcset" {
                guard let checked = srcset(value, element: name) else { continue }
                value = checked
            }
            result += " " + key + "=\"" + HTML.escape(value) + "\""
        }
        return result
    }

    // A `srcset` with each candidate's URL checked and rewritten; nil when one is not allowed.
    private func srcset(_ value: String, element: String) -> String? {
        var candidates: [String] = []
        for candidate in value.split(separator: ",") {
            var parts = candidate.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let url = parts.first else { continue }
            if !allowUnsafe && !HTMLSanitizer.isAllowed(url: url, element: element, attribute: "srcset") { return nil }
            parts[0] = rewriteURL?(url) ?? url
            candidates.append(parts.joined(separator: " "))
        }
        return candidates.joined(separator: ", ")
    }

    // An iframe or embed of an http(s) page becomes a link to it, titled as the frame was.
    private mutating func writeEmbedLink(_ element: GumboElement) {
        var attributes = element.attributes
        guard let source = gumbo_get_attribute(&attributes, "src"),
              let link = HTMLSanitizer.embedLink(for: String(cString: source.pointee.value))
        else { return }
        let title = gumbo_get_attribute(&attributes, "title").map { String(cString: $0.pointee.value) }
        let text = (title?.isEmpty ?? true) ? link : title!
        let href = rewriteURL?(link) ?? link
        html += "<a class=\"embed\" href=\"\(HTML.escape(href))\">\(HTML.escape(text))</a>"
    }

    private func push(children node: UnsafeMutablePointer<GumboNode>, rawText: Bool, onto stack: inout [Step]) {
        let children = node.pointee.v.element.children
        for index in stride(from: Int(children.length) - 1, through: 0, by: -1) {
            stack.append(.node(children.data[index]!.assumingMemoryBound(to: GumboNode.self), rawText: rawText))
        }
    }

    // The lower-case tag name; for an element gumbo does not know, its name as written.
    private static func name(of element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN { return String(cString: gumbo_normalized_tagname(element.tag)) }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "" }
        let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
        let name = String(decoding: bytes, as: UTF8.self).lowercased()
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? name : ""
    }
}
