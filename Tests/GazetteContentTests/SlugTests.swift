import GazetteContent
import Testing

struct SlugTests {
    @Test(arguments: [
        ("", ""), ("'''", ""), ("A'B", "ab"), ("x--", "x"), ("9 Lives", "9-lives"), ("\t\u{7F}a", "a"), ("-", ""),
        ("a-b_c.d", "a-b-c-d"), ("ALL CAPS 2024", "all-caps-2024"), ("a'-'b", "a-b"), ("~!@#", ""),
    ])
    func asciiTextByItsBytes(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test(arguments: [
        ("Önal", "onal"),
        ("Erdoğan", "erdogan"),
        ("Straße", "strasse"),
        ("Çağlar Önal", "caglar-onal"),
        ("Łódź", "lodz"),
        ("Rock & Roll!", "rock-roll"),
        ("  --Hello,   World--  ", "hello-world"),
        ("O'Brien", "obrien"),
        ("World News", "world-news"),
        ("2019: A Year", "2019-a-year"),
        ("!!!", ""),
    ])
    func makesASCIISlugs(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }
}
