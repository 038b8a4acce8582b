import GazetteContent
import Testing

struct SlugTests {
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
