import GazetteContent
import Testing
@testable import GazetteImport

@Suite struct WordPressBodyTests {
    static var attachments: AttachmentIndex {
        var index = AttachmentIndex()
        for (id, file, caption) in [("5", "a.jpg", "First"), ("6", "b.jpg", "")] {
            var item = WXRItem()
            item.postID = id
            item.parent = "1"
            item.postType = "attachment"
            item.excerpt = caption
            item.attachmentURL = "https://paper.example/wp-content/uploads/2019/03/" + file
            item.meta = [("_wp_attachment_image_alt", "alt " + id)]
            index.add(item)
        }
        return index
    }

    func convert(_ text: String) -> (html: String, unknown: [String: Int]) {
        var unknown: [String: Int] = [:]
        let html = WordPressBody(attachments: Self.attachments).convert(text, postID: "1", unknown: &unknown)
        return (html, unknown)
    }

    @Test func blankLinesMakeParagraphsAndSingleBreaksBr() {
        #expect(convert("One\ntwo.\n\nThree.").html == "<p>One<br>\ntwo.</p>\n<p>Three.</p>\n")
    }

    @Test func blockElementsAreNotWrappedAndPreKeepsItsLines() {
        let html = convert("Intro.\n<ul>\n<li>a</li>\n</ul>\n<pre>x\n\ny</pre>\nAfter.").html
        #expect(html.contains("<p>Intro.</p>"))
        #expect(!html.contains("<p><ul>") && !html.contains("<p><li>"))
        #expect(html.contains("<pre>x\n\ny</pre>"))
        #expect(html.contains("<p>After.</p>"))
    }

    @Test func captionBecomesAFigure() {
        let html = convert("[caption id=\"attachment_5\" align=\"aligncenter\" width=\"300\"]<img src=\"a.jpg\" alt=\"x\" /> The <em>bank</em>[/caption]").html
        #expect(html == "<figure class=\"wp-caption aligncenter\"><img src=\"a.jpg\" alt=\"x\" />\n<figcaption>The <em>bank</em></figcaption>\n</figure>\n")
        #expect(convert("[caption caption=\"Old style\"]<img src=\"b.jpg\">[/caption]").html.contains("<figcaption>Old style</figcaption>"))
    }

    @Test func galleryShowsItsImagesOrThePostsUploads() {
        let listed = convert("[gallery ids=\"6,5,99\"]").html
        #expect(listed.contains("<img src=\"https://paper.example/wp-content/uploads/2019/03/b.jpg\" alt=\"alt 6\">"))
        #expect(listed.range(of: "b.jpg")!.lowerBound < listed.range(of: "a.jpg")!.lowerBound)
        #expect(listed.contains("<figcaption>First</figcaption>"))
        let uploaded = convert("[gallery columns=\"2\"]").html
        #expect(uploaded.contains("a.jpg") && uploaded.contains("b.jpg"))
    }

    @Test func embedsBecomeLinksAndMediaBecomePlayers() {
        let html = convert("""
            [embed]https://www.youtube.com/watch?v=abc[/embed]

            https://vimeo.com/42

            [video mp4="https://x.example/v.mp4"][/video]

            [audio src="https://x.example/a.mp3"]
            """).html
        #expect(html.contains("<p><a class=\"embed\" href=\"https://www.youtube.com/watch?v=abc\">https://www.youtube.com/watch?v=abc</a></p>"))
        #expect(html.contains("<a class=\"embed\" href=\"https://vimeo.com/42\">"))
        #expect(html.contains("<video src=\"https://x.example/v.mp4\" controls preload=\"metadata\"></video>"))
        #expect(html.contains("<figcaption><a href=\"https://x.example/v.mp4\">v.mp4</a></figcaption>"))
        #expect(html.contains("<audio src=\"https://x.example/a.mp3\" controls"))
    }

    @Test func blockCommentsGoAndBlockHTMLIsKept() {
        let html = convert("<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:separator --><hr/><!-- /wp:separator --><!-- other -->").html
        #expect(html == "<p>Hi</p>\n\n<hr/><!-- other -->\n")
    }

    @Test func unknownShortcodesStayVisibleAndAreCounted() {
        let (html, unknown) = convert("Call [contact-form-7 id=\"3\"] or [ad_slot] now [sic]. [[caption]] is how you write it.")
        #expect(html.contains("[contact-form-7 id=\"3\"]") && html.contains("[ad_slot]") && html.contains("[sic]"))
        #expect(html.contains("[caption] is how"))
        #expect(unknown == ["contact-form-7": 1, "ad_slot": 1])
    }

    @Test func creditComesFromSerialisedImageMetadata() {
        let meta = #"a:2:{s:5:"width";i:10;s:10:"image_meta";a:2:{s:6:"credit";s:11:"Ana "A"; Bo";s:5:"title";s:1:"t";}}"#
        #expect(PHPSerialized.string(after: "credit", in: meta) == "Ana \"A\"; Bo")
        #expect(PHPSerialized.string(after: "credit", in: "a:0:{}") == nil)
        #expect(PHPSerialized.string(after: "credit", in: #"s:6:"credit";s:99:"short";"#) == nil)
    }

    @Test func entitiesInTitlesAreDecoded() {
        #expect(HTMLEntities.decode("Rock &amp; roll &#8211; it&#8217;s &hellip; &#x263A; &bogus; &") == "Rock & roll – it’s … ☺ &bogus; &")
    }
}
