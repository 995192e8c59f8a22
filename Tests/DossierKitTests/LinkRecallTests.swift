// Names that are one entity but were written otherwise across stories (invented names): a first name
// spelt otherwise, a surname with a letter doubled and another moved, a name in the singular and the
// plural, a body every country has in a story that names its country only through the capital.

@testable import DossierKit
import Testing

@Suite struct LinkRecallTests {

    @Test func aFirstNameOneLetterApartJoinsInOneStoryOrWithSharedContext() throws {
        let r = link([
            LinkDoc(1, "Viktar Malenko spoke in court. Later Victar Malenko wept.", [("Viktar Malenko", .person), ("Victar Malenko", .person)]),
            LinkDoc(2, "Owner Malcom Garvey met Orla Bennick at the ground.", [("Malcom Garvey", .person), ("Orla Bennick", .person)]),
            LinkDoc(3, "Orla Bennick said Malcolm Garvey would sell.", [("Malcolm Garvey", .person), ("Orla Bennick", .person)]),
            // Stories that share nobody: two people, as "Larry" and "Barry" of one surname are.
            LinkDoc(4, "Coach Marco Fenwell resigned.", [("Marco Fenwell", .person)]),
            LinkDoc(5, "Singer Marko Fenwell toured.", [("Marko Fenwell", .person)]),
        ])
        let viktar = try #require(holder(r, "Viktar Malenko"))
        #expect(viktar.mentions.contains { $0.text == "Victar Malenko" })
        let owner = try #require(holder(r, "Malcolm Garvey"))
        #expect(owner.mentions.contains { $0.text == "Malcom Garvey" })
        #expect(owner.aliases.contains { $0.reason.contains("same surname, first-name spelling variant") && $0.reason.contains("both stories name Orla Bennick") })
        #expect(holder(r, "Marco Fenwell")?.mentions.contains { $0.text == "Marko Fenwell" } == false)
    }

    @Test func aSurnameWithTheSameLettersTwoEditsApartJoinsOnlyWithSharedContext() throws {
        let r = link([
            LinkDoc(1, "Michal Gaftery met Kofi Annovan. Lena Morisha spoke.", [("Michal Gaftery", .person), ("Kofi Annovan", .person), ("Lena Morisha", .person)]),
            LinkDoc(2, "Kofi Annovan thanked Michal Gafferty and Lena Morhisa.", [("Michal Gafferty", .person), ("Kofi Annovan", .person), ("Lena Morhisa", .person)]),
            // Two edits with other letters make another name, whatever the stories share.
            LinkDoc(3, "Kofi Annovan met Dorian McCabe.", [("Kofi Annovan", .person), ("Dorian McCabe", .person)]),
            LinkDoc(4, "Kofi Annovan met Dorian McCall.", [("Kofi Annovan", .person), ("Dorian McCall", .person)]),
            // The same letters in stories that share nobody: two people.
            LinkDoc(5, "Referee Tomas Verisha sent off two players.", [("Tomas Verisha", .person)]),
            LinkDoc(6, "Painter Tomas Verhisa exhibited.", [("Tomas Verhisa", .person)]),
        ])
        let michal = try #require(holder(r, "Michal Gaftery"))
        #expect(michal.mentions.contains { $0.text == "Michal Gafferty" })
        #expect(michal.aliases.contains { $0.reason.contains("same letters") && $0.reason.contains("both stories name Kofi Annovan") })
        #expect(holder(r, "Lena Morisha")?.mentions.contains { $0.text == "Lena Morhisa" } == true)
        #expect(holder(r, "Dorian McCabe")?.mentions.contains { $0.text == "Dorian McCall" } == false)
        #expect(holder(r, "Tomas Verisha")?.mentions.contains { $0.text == "Tomas Verhisa" } == false)
    }

    @Test func aNameInTheSingularAndThePluralJoinsAcrossStoriesThatShareSomeone() throws {
        let r = link([
            LinkDoc(1, "The Radical Unionists chose Owen Talbeck as leader.", [("Radical Unionists", .organization), ("Owen Talbeck", .person)]),
            LinkDoc(2, "Radical Unionist leader Owen Talbeck spoke.", [("Radical Unionist", .organization), ("Owen Talbeck", .person)]),
            // The band and the magazine named after it share nobody: two names.
            LinkDoc(3, "The Tumbling Rocks played in Leeds.", [("Tumbling Rocks", .organization), ("Leeds", .place)]),
            LinkDoc(4, "He wrote for Tumbling Rock for years.", [("Tumbling Rock", .organization)]),
        ])
        let party = try #require(holder(r, "Radical Unionists"))
        #expect(party.mentions.contains { $0.text == "Radical Unionist" })
        #expect(party.aliases.contains { $0.reason.contains("same name in the singular and the plural") && $0.reason.contains("Owen Talbeck") })
        #expect(holder(r, "Tumbling Rocks")?.mentions.contains { $0.text == "Tumbling Rock" } == false)
    }

    @Test func aCapitalNamesTheCountryOfABodyWhenNothingElseDoes() throws {
        let r = link([
            LinkDoc(1, "Russia recalled its envoy. The Foreign Ministry said talks would go on.",
                    [("Russia", .place), ("Foreign Ministry", .organization)]),
            LinkDoc(2, "MOSCOW, Dec. 5 - The Foreign Ministry summoned the envoy.",
                    [("MOSCOW", .place), ("Foreign Ministry", .organization)]),
            // A capital in the dateline of a story about another country does not make it that country's.
            LinkDoc(3, "PARIS, Dec. 5 - Iran's neighbours met. The Foreign Ministry of Iran said so.",
                    [("PARIS", .place), ("Iran", .place), ("Foreign Ministry", .organization)]),
            // No country and no capital: no country's body.
            LinkDoc(4, "The Foreign Ministry said nothing.", [("Foreign Ministry", .organization)]),
        ])
        let ministry = try #require(r.entities(mentioning: "Foreign Ministry").first { $0.mentions.contains { $0.article == ArticleID(ordinal: 1) } })
        #expect(Set(ministry.mentions.filter { $0.text == "Foreign Ministry" }.map(\.article)).count == 2)
        #expect(r.entities(mentioning: "Foreign Ministry").count == 3)
    }

    @Test func aNameEndingInAnOrganizationWordIsOneOrganizationWhateverElseATagSays() throws {
        let r = link([
            LinkDoc(1, "Observers from the Tarvel Center arrived.", [("Tarvel Center", .organization)]),
            LinkDoc(2, "The Tarvel Center sent a team.", [("Tarvel Center", .organization)]),
            LinkDoc(3, "Monitors went to the Tarvel Center in May.", [("Tarvel Center", .place)]),
            // A venue written as a place more often keeps its place tags; the organization tag stays too.
            LinkDoc(4, "Crowds filled Orvel Centre.", [("Orvel Centre", .place)]),
            LinkDoc(5, "They met at Orvel Centre.", [("Orvel Centre", .place)]),
            LinkDoc(6, "Orvel Centre said it would close.", [("Orvel Centre", .organization)]),
        ])
        let center = try #require(r.entities(mentioning: "Tarvel Center").first)
        #expect(r.entities(mentioning: "Tarvel Center").count == 1)
        #expect(center.kind == .organization)
        #expect(center.kindReason.contains("ends in \"center\", a word of organizations' names"))
        #expect(r.entities(mentioning: "Orvel Centre").count == 2)
    }

    @Test func aBuildingThreeStoriesToOneCallABodyIsThatBody() throws {
        let r = link([
            LinkDoc(1, "Marlow Palace declined to comment.", [("Marlow Palace", .organization)]),
            LinkDoc(2, "Marlow Palace issued a statement.", [("Marlow Palace", .organization)]),
            LinkDoc(3, "Marlow Palace said the visit was private.", [("Marlow Palace", .organization)]),
            LinkDoc(4, "A dinner was held at Marlow Palace.", [("Marlow Palace", .place)]),
            // One to one: each story's own tag decides.
            LinkDoc(5, "Dern House said so.", [("Dern House", .organization)]),
            LinkDoc(6, "They walked to Dern House.", [("Dern House", .place)]),
        ])
        #expect(r.entities(mentioning: "Marlow Palace").count == 1)
        #expect(r.entities(mentioning: "Marlow Palace").first?.kind == .organization)
        #expect(r.entities(mentioning: "Dern House").count == 2)
    }

    @Test func aNameManyStoriesShareDoesNotTieASingularToAPlural() {
        // Two missions of one body: stories that share only a name that many stories write are not evidence.
        var docs = (1...25).map { LinkDoc($0, "The Velnor Union met.", [("Velnor Union", .organization)]) }
        docs.append(LinkDoc(26, "The Velnor Union praised the Velnor Peace Mission in Arland.",
                            [("Velnor Union", .organization), ("Velnor Peace Mission", .organization)]))
        docs.append(LinkDoc(27, "The Velnor Union met the Velnor Peace Missions in the south.",
                            [("Velnor Union", .organization), ("Velnor Peace Missions", .organization)]))
        let r = link(docs)
        #expect(r.entities(mentioning: "Velnor Peace Mission").first?.mentions.contains { $0.text == "Velnor Peace Missions" } == false)
    }
}
