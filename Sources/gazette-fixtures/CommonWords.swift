/// The plain English the generated text is mostly made of: about four hundred words chosen
/// for this tool, roughly most frequent first (the order is the Zipf rank). Function words
/// come first, then the nouns, verbs and adjectives of local and national news.
enum CommonWords {
    /// Words that may appear anywhere in a sentence, most frequent first.
    static let all: [String] = words(functionWords + "\n" + contentWords)

    /// The index in `all` where the content words start: titles and tags draw from there.
    static let contentStart: Int = words(functionWords).count

    private static let functionWords = """
        the of and to a in that is was for on it with as said his at by from be have has
        are were had not but this they an which who she her their its or will been would
        more after also one two new than about up out into over when there we all other
        last year them no only can could some people time what you if so do may such our
        him these those while most then before under between since during against three
        four five because where both through many any each down off just much very still
        even well back now like how again however around without another first second
        made make says told according next set several own same few every often already
        """

    private static let contentWords = """
        government council minister police court city state country world report plan
        school hospital market company business bank price money budget tax workers union
        strike election vote party leader president mayor officials committee members
        residents families children community village town river bridge road station water
        power energy health care church museum festival season team match game club
        players coach goal league final cup weather rain storm flood fire emergency service
        public private local national border trade deal talks agreement law rules case
        trial judge jury evidence inquiry scientists research study data university
        students teachers history century building street park land farm farmers food
        housing homes rent project development funding cost million percent week month
        day morning night evening summer winter spring autumn area region north south
        east west centre coast island harbour airport railway port factory office shop
        shops hall library theatre music film book books art artists writer author
        opening plans decision proposal scheme figures number group groups staff
        director chief board chair spokesman spokeswoman campaign campaigners protest
        crowd visitors tourists village hospital doctors nurses patients beds waiting
        list lists ambulance police officers crime court case prison sentence fine
        journey traffic bus buses trains passengers cars drivers cycle lane lanes
        bridge tunnel ferry boat boats fishing fleet catch sea beach cliffs hills valley
        forest trees wildlife birds species survey count record records result results
        growth jobs wages prices inflation interest rates loans savings pension pensions
        industry steel coal wind solar grid network broadband phone internet software
        computer online app site digital system systems security safety risk risks
        warning warnings measures change changes climate carbon emissions pollution waste
        recycling collection collections bins streets lights repairs works contract
        contracts tender firm firms owners owner shopkeepers traders market stalls
        announced expected added called warned believed decided agreed opened closed
        began continued showed found took gave came went left held raised reported
        remained returned received reached built moved passed lost won paid spent asked
        helped started ended planned approved rejected offered included described
        confirmed denied claimed promised launched reviewed supported criticised urged
        welcomed visited named appointed elected resigned joined formed marked celebrated
        new old large small long short high low major key early late recent former
        current big little good strong full free open main young senior general special
        further certain clear difficult important possible likely local regional
        national annual weekly daily historic popular busy quiet empty crowded wet dry
        cold warm heavy light fresh rural urban coastal northern southern eastern western
        """

    /// Splits a block of whitespace-separated words, dropping repeats (first one kept).
    private static func words(_ block: String) -> [String] {
        var seen = Set<String>()
        return block.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .map(String.init)
            .filter { seen.insert($0).inserted }
    }
}
