// Names that are one entity but were written otherwise across stories (invented names): a first name
// spelt otherwise, a surname with a letter doubled and another moved, a name in the singular and the
// plural, a body every country has in a story that names its country only through the capital or its
// publisher, a name the tagger gives two kinds.

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
            // A venue written as a place more often is a place: a body in one story is the tagger's slip.
            LinkDoc(4, "Crowds filled Orvel Centre.", [("Orvel Centre", .place)]),
            LinkDoc(5, "They met at Orvel Centre.", [("Orvel Centre", .place)]),
            LinkDoc(6, "Orvel Centre said it would close.", [("Orvel Centre", .organization)]),
        ])
        let center = try #require(r.entities(mentioning: "Tarvel Center").first)
        #expect(r.entities(mentioning: "Tarvel Center").count == 1)
        #expect(center.kind == .organization)
        #expect(center.kindReason.contains("ends in \"center\", a word of organizations' names"))
        #expect(r.entities(mentioning: "Orvel Centre").count == 1)
        #expect(holder(r, "Orvel Centre")?.kind == .place)
    }

    @Test func aBuildingThreeStoriesToOneCallABodyIsThatBody() throws {
        let r = link([
            LinkDoc(1, "Marlow Palace declined to comment.", [("Marlow Palace", .organization)]),
            LinkDoc(2, "Marlow Palace issued a statement.", [("Marlow Palace", .organization)]),
            LinkDoc(3, "Marlow Palace said the visit was private.", [("Marlow Palace", .organization)]),
            LinkDoc(4, "A dinner was held at Marlow Palace.", [("Marlow Palace", .place)]),
            // One to one: one thing, a body unless the name ends in a street's or a venue's word.
            LinkDoc(5, "Dern House said so.", [("Dern House", .organization)]),
            LinkDoc(6, "Dern House staff were at pains to say so.", [("Dern House", .place)]),
            LinkDoc(7, "Harlow Square said the market would stay.", [("Harlow Square", .organization)]),
            LinkDoc(8, "Crowds filled Harlow Square.", [("Harlow Square", .place)]),
            // Five stories to three: as often the ground or the town as the club, two things.
            LinkDoc(9, "Westerby Vale won.", [("Westerby Vale", .organization)]),
            LinkDoc(10, "Westerby Vale lost.", [("Westerby Vale", .organization)]),
            LinkDoc(11, "Westerby Vale drew.", [("Westerby Vale", .organization)]),
            LinkDoc(12, "Rain fell on Westerby Vale.", [("Westerby Vale", .place)]),
            LinkDoc(13, "Fog at Westerby Vale.", [("Westerby Vale", .place)]),
            LinkDoc(14, "Snow at Westerby Vale.", [("Westerby Vale", .place)]),
            LinkDoc(15, "Floods at Westerby Vale.", [("Westerby Vale", .place)]),
            LinkDoc(16, "Wind at Westerby Vale.", [("Westerby Vale", .place)]),
            // A tie with the place written "in" it: the town and its club, two things.
            LinkDoc(17, "Vernay Cross won the derby.", [("Vernay Cross", .organization)]),
            LinkDoc(18, "The championships in Vernay Cross open today.", [("Vernay Cross", .place)]),
        ])
        #expect(r.entities(mentioning: "Marlow Palace").count == 1)
        #expect(r.entities(mentioning: "Marlow Palace").first?.kind == .organization)
        let house = try #require(holder(r, "Dern House"))
        #expect(r.entities(mentioning: "Dern House").count == 1)
        #expect(house.kind == .organization)
        #expect(house.kindReason.contains("a tie; no street's or venue's word at its end, no place"))
        #expect(r.entities(mentioning: "Harlow Square").count == 1)
        #expect(holder(r, "Harlow Square")?.kind == .place)
        #expect(r.entities(mentioning: "Westerby Vale").count == 2)
        #expect(r.entities(mentioning: "Vernay Cross").count == 2)
    }

    @Test func aShrineTaggedAPersonOnceAndAPlaceOnceIsOneBody() throws {
        let r = link([
            LinkDoc(1, "Pilgrims visited Torvane Shrine.", [("Torvane Shrine", .organization)]),
            LinkDoc(2, "Torvane Shrine honours the dead.", [("Torvane Shrine", .organization)]),
            LinkDoc(3, "Leaders went to Torvane Shrine again.", [("Torvane Shrine", .organization)]),
            LinkDoc(4, "A visit to Torvane Shrine angered them.", [("Torvane Shrine", .person)]),
            LinkDoc(5, "Protests at Torvane Shrine grew.", [("Torvane Shrine", .place)]),
        ])
        let shrine = try #require(holder(r, "Torvane Shrine"))
        #expect(r.entities(mentioning: "Torvane Shrine").count == 1)
        #expect(shrine.kind == .organization)
    }

    @Test func aDoubledLetterInAFirstNameIsRomanisationsWhenTheStoriesShareSomeone() throws {
        let r = link([
            LinkDoc(1, "Federation boss Vassilli Dernakis said Kostas Merivos would not race.",
                    [("Vassilli Dernakis", .person), ("Kostas Merivos", .person)]),
            LinkDoc(2, "Kostas Merivos was cleared, said chairman Vassilis Dernakis.",
                    [("Vassilis Dernakis", .person), ("Kostas Merivos", .person)]),
            // Stories that share nobody: two people.
            LinkDoc(3, "Painter Vassilli Holvik exhibited.", [("Vassilli Holvik", .person)]),
            LinkDoc(4, "Runner Vassilis Holvik won.", [("Vassilis Holvik", .person)]),
        ])
        let boss = try #require(holder(r, "Vassilli Dernakis"))
        #expect(boss.mentions.contains { $0.text == "Vassilis Dernakis" })
        #expect(boss.aliases.contains { $0.reason.contains("first-name spelling variant") && $0.reason.contains("Kostas Merivos") })
        #expect(holder(r, "Vassilli Holvik")?.mentions.contains { $0.text == "Vassilis Holvik" } == false)
    }

    @Test func aDoubledLetterInASurnameIsRomanisationsWhenTheStoriesShareSomeone() throws {
        let r = link([
            LinkDoc(1, "Radin Mohammed met Ola Fenwick in Lagos.", [("Radin Mohammed", .person), ("Ola Fenwick", .person)]),
            LinkDoc(2, "Ola Fenwick thanked Radin Mohamad.", [("Radin Mohamad", .person), ("Ola Fenwick", .person)]),
        ])
        #expect(holder(r, "Radin Mohammed")?.mentions.contains { $0.text == "Radin Mohamad" } == true)
    }

    @Test func aTitledNameThreeStoriesToOneAPersonIsThatPerson() throws {
        let r = link([
            LinkDoc(1, "Winger Arno Vandrecht scored.", [("Arno Vandrecht", .person)], roles: ["Arno Vandrecht": "Winger"]),
            LinkDoc(2, "Arno Vandrecht was injured.", [("Arno Vandrecht", .person)]),
            LinkDoc(3, "Arno Vandrecht returned.", [("Arno Vandrecht", .person)]),
            LinkDoc(4, "In Arno Vandrecht he has a star.", [("Arno Vandrecht", .place)]),
        ])
        #expect(r.entities(mentioning: "Arno Vandrecht").count == 1)
        #expect(holder(r, "Arno Vandrecht")?.kind == .person)
    }

    @Test func aStoryAboutTwoCountriesEquallyTakesItsPublishersCountryForABody() throws {
        // Twenty stories of one agency about China, five about France: the agency's stories are Chinese.
        var docs = (1...20).map { LinkDoc($0, "China grew.", publisher: "Orient Wire", [("China", .place)]) }
        docs += (21...25).map { LinkDoc($0, "France grew.", publisher: "Orient Wire", [("France", .place)]) }
        docs += [
            LinkDoc(26, "China and France signed. The State Council approved.", publisher: "Orient Wire",
                    [("China", .place), ("France", .place), ("State Council", .organization)]),
            LinkDoc(27, "The State Council met on France and China.", publisher: "Orient Wire",
                    [("China", .place), ("France", .place), ("State Council", .organization)]),
            // A tie between two countries neither of which is the agency's: no country.
            LinkDoc(28, "France and Spain signed. The State Council approved.", publisher: "Orient Wire",
                    [("France", .place), ("Spain", .place), ("State Council", .organization)]),
            // Another publisher with no country of its own: no country.
            LinkDoc(29, "China and France signed. The State Council approved.", publisher: "Globe Wire",
                    [("China", .place), ("France", .place), ("State Council", .organization)]),
        ]
        let r = link(docs)
        let council = try #require(r.entities.first { e in e.mentions.contains { $0.article == ArticleID(ordinal: 26) } && e.name == "State Council" })
        #expect(Set(council.mentions.map(\.article)) == [ArticleID(ordinal: 26), ArticleID(ordinal: 27)])
        #expect(r.entities.filter { $0.name == "State Council" }.count == 3)
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
