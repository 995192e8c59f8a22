// Kinds read from the words around a name (invented names only): a settlement noun, a holding, a
// band's singer, a currency; carried through the article; every kind decision explained in `dossier why`;
// a surname before a second namesake is named stands for the person already met.

@testable import DossierKit
import Testing

@Suite struct NameKindCueRulesTests: MentionRulesFixture {
    let lex: RuleLexicon = {
        var l = RuleLexicon(demonyms: ["velmari"], countries: ["velmar"], organizations: [], agencies: RuleLexicon.agencyNames,
                            firstNames: ["jo", "ruth"], dateWords: ["monday", "friday"])
        l.places = ["tarnby"]
        return l
    }()

    @Test func aPersonTagAfterASettlementNounIsThePlace() {
        let resort = spans(["in", "the", "mountain", "resort", "Orsenza", "."], [o, o, o, o, b(.per), o])
        #expect(resort.first?.0 == "Orsenza" && resort.first?.1 == .loc)
        // A title before a name is no settlement noun.
        let mayor = spans(["city", "councillor", "Jo", "Vane", "said", "."], [o, o, b(.per), i(.per), o, o])
        #expect(mayor.contains { $0.0 == "Jo Vane" && $0.1 == .per })
    }

    @Test func aHoldingIsAFirmAndAPartyOrBandNounMakesABody() {
        let stake = spans(["a", "20", "%", "of", "Velgansk", "."], [o, o, o, o, b(.per), o])
        #expect(stake.first?.1 == .org)
        let inFirm = spans(["its", "stake", "in", "Orvelix", "rose", "."], [o, o, o, b(.per), o, o])
        #expect(inFirm.first?.1 == .org)
        let party = spans(["the", "far-right", "party", "Tarvo", "Beyt", "joined", "."], [o, o, o, b(.per), i(.per), o, o])
        #expect(party.first?.1 == .org)
        let band = spans(["Kestrava", "'s", "singer", "Jo", "Vane", "said", "."], [b(.loc), o, o, b(.per), i(.per), o, o])
        #expect(band.contains { $0.0 == "Kestrava" && $0.1 == .org })
        #expect(band.contains { $0.0 == "Jo Vane" && $0.1 == .per })
        // A country keeps its kind.
        let country = spans(["20", "%", "of", "Velmar", "voted", "."], [o, o, o, b(.loc), o, o])
        #expect(country.first?.1 == .loc)
    }

    @Test func namesListedAfterAPlaceNounAndOfArePlaces() {
        let list = spans(["the", "provinces", "of", "Lao", "Vem", ",", "Orsa", "and", "Tuyen", "Quor", "."],
                         [o, o, o, b(.loc), i(.loc), o, b(.loc), o, b(.per), i(.per), o])
        #expect(list.count == 3 && list.allSatisfy { $0.1 == .loc })
        // A list that no "and" closes is no list: the name after the comma is someone else.
        let apposition = spans(["the", "city", "of", "Orsa", ",", "Jo", "Vane", ",", "who", "."], [o, o, o, b(.loc), o, b(.per), i(.per), o, o, o])
        #expect(apposition.contains { $0.0 == "Jo Vane" && $0.1 == .per })
        // The noun as part of a name ("United States of ...") is no cue.
        let name = spans(["the", "Provinces", "of", "Jo", "Vane", "."], [o, o, o, b(.per), i(.per), o])
        #expect(name.first?.1 == .per)
    }

    @Test func aNameWithCapitalisedSmallWordsIsAWorksTitle() {
        let film = spans(["the", "hit", "Velm", "Of", "Orsa", "won", "."], [o, o, b(.org), i(.org), i(.org), o, o])
        #expect(film.allSatisfy { $0.1 == .misc })
        let song = spans(["Tears", "In", "Kestrava", "topped", "it", "."], [b(.per), i(.per), i(.per), o, o, o])
        #expect(song.allSatisfy { $0.1 == .misc })
        // A body's head word, a place after the small word, a name's syllable keep the name.
        let body = spans(["Youth", "Association", "For", "Orsa", "met", "."], [b(.org), i(.org), i(.org), i(.org), o, o])
        #expect(body.first?.1 == .org)
        let transport = spans(["Transport", "For", "Tarnby", "said", "."], [b(.org), i(.org), i(.org), o, o])
        #expect(transport.first?.1 == .org)
        let person = spans(["Hong", "In", "Sun", "said", "."], [b(.per), i(.per), i(.per), o, o])
        #expect(person.first?.1 == .per)
    }

    @Test func anUnknownPlaceBeforeACurrencyIsNoPlace() {
        let currency = spans(["13", "billion", "New", "Orvan", "dollars", "."], [o, o, b(.loc), i(.loc), o, o])
        #expect(currency.allSatisfy { $0.1 == .misc })
        // A known country's currency names the country.
        let known = spans(["13", "billion", "Velmar", "dollars", "."], [o, o, b(.loc), o, o])
        #expect(known.first?.1 == .loc)
        // "Orvan won 2-0": no currency after a verb.
        let won = spans(["Orvan", "won", "2-0", "."], [b(.loc), o, o, o])
        #expect(won.first?.1 == .loc)
    }

    @Test func whatAnAwardCategoryIsWonForIsAWork() {
        let album = spans(["the", "best", "pop", "album", "award", "for", "Stardusk", "."], [o, o, o, o, o, o, b(.loc), o])
        #expect(album.allSatisfy { $0.1 == .misc })
        let actress = spans(["Jo", "Vane", "was", "best", "actress", "for", "Sudden", "Spring", "."],
                            [b(.per), i(.per), o, o, o, o, b(.org), i(.org), o])
        #expect(actress.contains { $0.0 == "Sudden Spring" && $0.1 == .misc })
        #expect(actress.contains { $0.0 == "Jo Vane" && $0.1 == .per })
        // A nomination for a person stays the person's.
        let nominee = spans(["a", "best", "actor", "nomination", "for", "Jo", "Vane", "."], [o, o, o, o, o, b(.per), i(.per), o])
        #expect(nominee.contains { $0.0 == "Jo Vane" && $0.1 == .per })
    }

    @Test func aRegionBeforeItsTownIsAPlaceWhateverWordItEndsOn() {
        let town = spans(["the", "Velmar", "Bank", "town", "of", "Orla", "."], [o, b(.org), i(.org), o, o, b(.loc), o])
        #expect(town.contains { $0.0 == "Velmar Bank" && $0.1 == .loc })
        let occupied = spans(["in", "the", "occupied", "Velmar", "Bank", "."], [o, o, o, b(.org), i(.org), o])
        #expect(occupied.first?.1 == .loc)
        // A club after a town's name keeps its kind ("Orla City" is one name, capitalised).
        let club = spans(["the", "Orla", "City", "of", "old", "."], [o, b(.org), i(.org), o, o, o])
        #expect(club.first?.1 == .org)
    }

    @Test func whereAnAnalystWorksIsAFirm() {
        let firm = spans(["said", "an", "analyst", "with", "Purvo", "."], [o, o, o, o, b(.loc), o])
        #expect(firm.first?.1 == .org)
        let at = spans(["said", "Jo", "Vane", ",", "economist", "at", "Orla", "Kestin", "."], [o, b(.per), i(.per), o, o, o, b(.per), i(.per), o])
        #expect(at.contains { $0.0 == "Orla Kestin" && $0.1 == .org })
        // A known place keeps its kind.
        let city = spans(["an", "analyst", "at", "Tarnby", "."], [o, o, o, b(.loc), o])
        #expect(city.first?.1 == .loc)
    }

    @Test func aKinWordOrAnHonorificBeforeANameMakesAPerson() {
        let son = spans(["his", "son", "Orhan", ",", "a", "businessman", "."], [o, o, b(.loc), o, o, o, o])
        #expect(son.first?.0 == "Orhan" && son.first?.1 == .per)
        let lord = spans(["in", "Lord", "Tarvin", "'s", "words", "."], [o, b(.loc), i(.loc), o, o, o])
        #expect(lord.first?.0 == "Tarvin" && lord.first?.1 == .per)
        // An honorific before a title is part of the title ("the Lord Mayor's banquet").
        let mayor = spans(["at", "the", "Lord", "Mayor", "'s", "banquet", "."], [o, o, b(.loc), i(.loc), o, o, o])
        #expect(!mayor.contains { $0.1 == .per })
        // A known place after a kin word stays a place ("mother Velmar" is the country).
        let country = spans(["their", "mother", "Velmar", "."], [o, o, b(.loc), o])
        #expect(country.first?.1 == .loc)
    }

    @Test func aCuedKindIsCarriedThroughTheArticleButNotOntoAKnownPlace() {
        let first = ["leaders", "arrive", "in", "the", "resort", "Orsenza", "."].map { Substring($0) }
        let second = ["Orsenza", "itself", "is", "in", "deep", "frost", "."].map { Substring($0) }
        let third = ["the", "club", "Tarnby", "beat", "Tarnby", "Rovers", "in", "Tarnby", "."].map { Substring($0) }
        let sentences = [first, second, third]
        var p = 0
        var offsets: [[TextSpan]] = []
        for words in sentences {
            offsets.append(words.map { w in defer { p += w.count + 1 }; return TextSpan(p, p + w.count) })
        }
        var spans = [
            MentionRules.refine(tokens: first, tags: [o, o, o, o, o, b(.per), o], conventions: .dossier, lexicon: lex),
            [RecognizedSpan(start: 0, end: 1, type: .per)],
            MentionRules.refine(tokens: third, tags: [o, o, b(.org), o, b(.org), i(.org), o, b(.loc), o],
                                conventions: .dossier, lexicon: lex),
        ]
        DocumentRules.apply(&spans, sentences: sentences, offsets: offsets, lexicon: lex)
        #expect(spans[1].first?.type == .loc)
        #expect(spans[2].contains { $0.start == 7 && $0.type == .loc })
    }
}

@Suite struct KindReasonTests {
    @Test func aKindTheCorpusVoteChangedKeepsItsReason() throws {
        let r = link([
            LinkDoc(1, "Mortgage giant Ruth Caldor reported losses.", [("Ruth Caldor", .organization)]),
            LinkDoc(2, "Ruth Caldor raised rates again.", [("Ruth Caldor", .person)]),
            LinkDoc(3, "Investors sold Ruth Caldor on Monday.", [("Ruth Caldor", .person)]),
        ])
        let e = try #require(r.entities(mentioning: "Ruth Caldor").first)
        #expect(e.kind == .organization)
        #expect(e.kindReason.hasPrefix("organization: all 3 mentions so after the kind vote, 2 changed by it"))
        #expect(e.kindReason.contains("person → organization by corpus vote (tagged person in 2 stories, organization in 1 story)"))
        #expect(e.kindReason.contains("business words around it in 1 story and no title anywhere (in a2, a3)"))
    }

    @Test func anAcronymsBusinessWordsLeaveAPersonWrittenInSmallLetters() throws {
        let r = link([
            LinkDoc(1, "A survey by the polling group VORI showed Labour ahead.", [("VORI", .organization)]),
            LinkDoc(2, "Research firm VORI said so too.", [("VORI", .organization)]),
            LinkDoc(3, "Vori cleared five metres in the pole vault.", [("Vori", .person)]),
        ])
        #expect(r.entities(mentioning: "Vori").first?.kind == .person)
        #expect(r.entities(mentioning: "VORI").first?.kind == .organization)
    }

    @Test func aRegionTheCorpusWritesBeforeItsTownsIsAPlaceEverywhere() throws {
        let r = link([
            LinkDoc(1, "Troops entered the Velmar Bank town of Orla.", [("Velmar Bank", .place)]),
            LinkDoc(2, "Settlers in the occupied Velmar Bank protested.", [("Velmar Bank", .place)]),
            LinkDoc(3, "Talks on the Velmar Bank resumed.", [("Velmar Bank", .organization)]),
        ])
        let e = try #require(r.entities(mentioning: "Velmar Bank").first)
        #expect(e.kind == .place)
        #expect(e.kindReason.contains("region words around it in 2 stories"))
        // A bank the corpus writes with business words keeps its kind.
        let bank = link([
            LinkDoc(1, "Shares of Tarvo Bank fell.", [("Tarvo Bank", .organization)]),
            LinkDoc(2, "Shares of Tarvo Bank rose.", [("Tarvo Bank", .organization)]),
            LinkDoc(3, "the Tarvo Bank town of Orla", [("Tarvo Bank", .place)]),
            LinkDoc(4, "the Tarvo Bank town of Edda", [("Tarvo Bank", .place)]),
        ])
        #expect(bank.entities(mentioning: "Tarvo Bank").contains { $0.kind == .organization })
    }

    @Test func aKindTheTaggerAloneGaveSaysSo() throws {
        let r = link([LinkDoc(1, "Tarnby hosted the talks.", [("Tarnby", .place)])])
        #expect(r.entities.first?.kindReason == "place: all 1 mention tagged so")
    }

    @Test func whyShowsTheKindReasonFromTheIndex() throws {
        let docs = [
            LinkDoc(1, "Mortgage giant Ruth Caldor reported losses.", [("Ruth Caldor", .organization)]),
            LinkDoc(2, "Ruth Caldor raised rates again.", [("Ruth Caldor", .person)]),
        ]
        let r = link(docs)
        let store = try SQLiteStore.inMemory(Corpus(articles: docs.map(\.article), entities: r.entities, unlinkedMentions: r.unlinked))
        let text = try WhyReport.make(query: "Ruth Caldor", store: store).lines().joined(separator: "\n")
        #expect(text.contains("  kind organization: all 2 mentions so after the kind vote, 1 changed by it; person → organization by corpus vote"))
    }
}

@Suite struct SurnameBeforeANamesakeTests {
    @Test func aSurnameBeforeTheSecondNamesakeIsNamedIsThePersonMet() throws {
        let text = "Former President Corvin Adley died. Adley led the country. His wife Hella Adley survived him. Adley was buried."
        let r = link([LinkDoc(1, text, [("Corvin Adley", .person), ("Adley", .person), ("Hella Adley", .person), ("Adley", .person)])])
        let corvin = try #require(r.entity(named: "Corvin Adley"))
        #expect(corvin.mentions.map(\.text) == ["Corvin Adley", "Adley"])
        // After both are named, the surname stays a lone name.
        #expect(r.unlinked.contains { $0.text == "Adley" })
    }
}
