import GazetteContent
import GazetteRender

/// The pieces of `gazette serve`'s live reload: the script added to HTML responses (never to
/// files on disk), and the page shown in place of the site while the last build failed.
///
/// Every build, good or bad, gets a new generation number. A page carries the generation it
/// was served from; the server sends the current one over Server-Sent Events when the page
/// connects and after each build, and the page reloads when they differ. A build that ends
/// while a page is still loading is therefore not missed.
public enum LiveReload {
    /// The Server-Sent Events stream the script listens to.
    public static let eventsPath = "/__gazette/events"

    /// The `<script>` for a page served from build `generation`.
    public static func script(generation: Int) -> String {
        """
        <script>/* gazette serve: live reload */(function () {
          var served = "\(generation)";
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("build", function (event) { if (event.data !== served) { location.reload(); } });
        })();</script>

        """
    }

    /// `html` with the script inserted before the last `</body>`, or appended when there is none.
    public static func inject(into html: String, generation: Int) -> String {
        let script = script(generation: generation)
        guard let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + script }
        return html[..<end.lowerBound] + script + html[end.lowerBound...]
    }

    /// One Server-Sent Events message announcing build `generation`.
    public static func event(generation: Int) -> String {
        "event: build\ndata: \(generation)\n\n"
    }

    /// A page listing a failed build's diagnostics as the terminal shows them; it reloads
    /// itself when a later build succeeds.
    public static func errorPage(_ diagnostics: [Diagnostic], generation: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let lines = diagnostics.map { HTML.escape($0.description) }.joined(separator: "\n")
        let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · gazette serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
        h1 { color: #b00020; font-size: 1.4rem; }
        pre { background: #fff4f4; border-left: 4px solid #b00020; padding: 1rem; overflow-x: auto; white-space: pre-wrap; }
        @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } pre { background: #2a1414; } }
        </style>
        </head>
        <body>
        <h1>The site did not build: \(errors) error\(errors == 1 ? "" : "s")</h1>
        <pre id="diagnostics">\(lines)</pre>
        <p>Fix the file and save it: this page reloads on its own once the site builds again.</p>
        </body>
        </html>

        """
        return inject(into: html, generation: generation)
    }
}
