import GazetteContent
import Testing

/// Liquid and shortcode tags in bodies, and the references a body holds.
struct TemplateTagTests {
    @Test(arguments: [
        ("{% post_url 2019-03-18-some-post %}", InternalReference(kind: .postName, target: "2019-03-18-some-post")),
        ("{%- post_url news/2019-03-18-x -%}", InternalReference(kind: .postName, target: "news/2019-03-18-x")),
        ("{% link _posts/2019-03-18-x.md %}", InternalReference(kind: .sourcePath, target: "_posts/2019-03-18-x.md")),
        ("{{< ref \"other-post\" >}}", InternalReference(kind: .pageReference, target: "other-post")),
        ("{{% relref \"/blog/x.md#part\" %}}", InternalReference(kind: .pageReference, target: "/blog/x.md", fragment: "part")),
        ("{{<relref path=\"x\">}}", InternalReference(kind: .pageReference, target: "x")),
    ])
    func linkingTags(written: String, reference: InternalReference) {
        let tags = TemplateTag.find(in: "Before\nSee [it](\(written)) now.")
        #expect(tags.map(\.reference) == [reference])
        #expect(tags.first?.position == SourcePosition(line: 2, column: 10))
        #expect(tags.first?.text == written)
    }

    @Test func otherTagsRawBlocksAndCommentsAreLeftAlone() {
        let text = "{% include note.html %} {{< youtube id >}}\n{% raw %}{% post_url x %}{% endraw %} {{</* ref \"x\" */>}}"
        let tags = TemplateTag.find(in: text)
        #expect(tags.map(\.text) == ["{% include note.html %}", "{{< youtube id >}}"])
        #expect(tags.allSatisfy { $0.reference == nil })
        #expect(TemplateTag.replacing(in: text, tags) { _ in "X" } == text)
    }

    @Test func replacingKeepsTheRestOfTheText() {
        let text = "a {% post_url p %} b {% post_url q %} c"
        let tags = TemplateTag.find(in: text)
        #expect(TemplateTag.replacing(in: text, tags) { $0.reference?.target.uppercased() } == "a P b Q c")
    }

    @Test func scanFindsEveryKindOnce() {
        let body = """
        [a](@/blog/a.md#x) [b](../2019/b.md) [c](/2019/03/07/c.html) [d](https://example.org/d.md)
        [e]: /tags/e/
        [f](<@/blog/a.md>) {% post_url 2019-01-01-g %} [h](h.png) [i](mailto:i@example.org)
        """
        #expect(InternalReference.scan(body) == [
            InternalReference(kind: .postName, target: "2019-01-01-g"),
            InternalReference(kind: .contentPath, target: "blog/a.md", fragment: "x"),
            InternalReference(kind: .relativeSource, target: "../2019/b.md"),
            InternalReference(kind: .rootPath, target: "/2019/03/07/c.html"),
            InternalReference(kind: .rootPath, target: "/tags/e/"),
        ])
        #expect(InternalReference.scan("No links here.").isEmpty)
    }
}
