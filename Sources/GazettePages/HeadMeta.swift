import GazetteRender

/// The `<head>` metadata of a page, rendered as HTML: canonical link and description here;
/// OpenGraph and JSON-LD for articles in `HeadMeta+Article.swift`.
enum HeadMeta {
    static func basic(canonical: String, description: String) -> String {
        var html = "<link rel=\"canonical\" href=\"\(HTML.escape(canonical))\">\n"
        if !description.isEmpty {
            html += "<meta name=\"description\" content=\"\(HTML.escape(description))\">\n"
        }
        return html
    }
}
