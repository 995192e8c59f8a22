// Names of institutions and firms the tagger cuts or gives a person's or a place's kind (invented names
// only): a head word cut before "of", a name cut at "and", acronyms no gazetteer knows as places, firms
// named like people, facilities named after a person.

@testable import DossierKit
import Testing

@Suite struct InstitutionNamesRulesTests: MentionRulesFixture {
    let lex: RuleLexicon = {
        var l = RuleLexicon(demonyms: ["velmari"], countries: ["velmar"], organizations: [], agencies: RuleLexicon.agencyNames,
                            firstNames: ["jo", "ruth"], dateWords: ["monday", "friday"])
        l.places = ["tarnby", "springfield"]
        return l
    }()

    @Test func aHeadWordKeptAloneGoesOnOverOfToItsName() {
        let u = spans(["She", "studied", "at", "the", "University", "of", "Orvel", "Heights", "."],
                      [o, o, o, o, b(.org), o, b(.loc), i(.loc), o])
        #expect(u.map(\.0) == ["University of Orvel Heights"])
        #expect(u.first?.1 == .org)
        let c = spans(["the", "Council", "on", "Velden", "Relations", "met", "."], [o, b(.org), o, o, o, o, o])
        #expect(c.contains { $0.0 == "Council on Velden Relations" && $0.1 == .org })
        // "of" and "the" inside the name, before more of its words.
        let i = spans(["the", "Institute", "for", "the", "Study", "of", "Orvel", "Work", "said", "."],
                      [o, b(.org), o, o, b(.org), i(.org), i(.org), i(.org), o, o])
        #expect(i.map(\.0) == ["Institute for the Study of Orvel Work"])
    }

    @Test func aHeadWordStopsAtADayATitleOrAPerson() {
        let day = spans(["The", "Council", "on", "Monday", "agreed", "."], [o, b(.org), o, o, o, o])
        #expect(day.map(\.0) == ["Council"])
        let people = spans(["the", "Organization", "of", "Velmari", "states", "."], [o, b(.org), o, b(.misc), o, o])
        #expect(!people.contains { $0.0.hasPrefix("Organization of") })
        let governor = spans(["the", "Bank", "of", "Orvel", "Governor", "Jo", "Vane", "spoke", "."],
                             [o, b(.org), o, b(.loc), o, b(.per), i(.per), o, o])
        #expect(governor.contains { $0.0 == "Bank of Orvel" && $0.1 == .org })
        #expect(governor.contains { $0.0 == "Jo Vane" && $0.1 == .per })
    }

    @Test func aNameCutAtAndIsOneInstitutionWhenItsFirstHalfIsNoNameOfItsOwn() {
        // A body without a head before "and", and untagged words before it, join the part that ends in a head.
        let m = spans(["at", "the", "Orvel", "Machinery", "and", "Equipment", "Export", "Corporation", "."],
                      [o, o, b(.org), i(.org), o, b(.org), i(.org), i(.org), o])
        #expect(m.map(\.0) == ["Orvel Machinery and Equipment Export Corporation"])
        let e = spans(["of", "the", "Leisure", "and", "Garden", "Traders", "Association", "."],
                      [o, o, o, o, b(.org), i(.org), i(.org), o])
        #expect(e.map(\.0) == ["Leisure and Garden Traders Association"])
        // A place before the words qualifies the name; the part after "and" was tagged a place.
        let p = spans(["the", "Tarnby", "Motor", "Technology", "and", "Research", "Centre", "."],
                      [o, b(.loc), b(.org), i(.org), o, b(.loc), i(.loc), o])
        #expect(p.contains { $0.0 == "Tarnby Motor Technology and Research Centre" && $0.1 == .org })
    }

    @Test func twoNamesJoinedByAndStayTwo() {
        // Each half a name of its own: one ends in a head, one is a single word, one is a place.
        let banks = spans(["The", "Orvel", "Bank", "and", "Tarn", "Savings", "Bank", "."],
                          [o, b(.org), i(.org), o, b(.org), i(.org), i(.org), o])
        #expect(banks.map(\.0) == ["Orvel Bank", "Tarn Savings Bank"])
        let firm = spans(["Velcom", "and", "Orvel", "Research", "Centre", "agreed", "."], [b(.org), o, b(.org), i(.org), i(.org), o, o])
        #expect(firm.map(\.0) == ["Velcom", "Orvel Research Centre"])
        let place = spans(["Tarnby", "and", "Orvel", "Research", "Centre", "."], [b(.loc), o, b(.org), i(.org), i(.org), o])
        #expect(place.map(\.0) == ["Tarnby", "Orvel Research Centre"])
        // A first half with its own head, or lower-case words (a list of agreements), is a name of its own.
        let bank = spans(["the", "Bank", "of", "Orvel", "and", "Tarn", "Military", "Bank", "."],
                         [o, b(.org), i(.org), i(.org), o, b(.org), i(.org), i(.org), o])
        #expect(bank.map(\.0) == ["Bank of Orvel", "Tarn Military Bank"])
        // ...and so when the tagger made one name of them, each ending in a head or a legal form.
        let glued = spans(["The", "Orvel", "Bank", "and", "Tarn", "Credit", "Group", "merged", "."],
                          [o, b(.org), i(.org), i(.org), i(.org), i(.org), i(.org), o, o])
        #expect(glued.map(\.0) == ["Orvel Bank", "Tarn Credit Group"])
        let ofPlace = spans(["the", "United", "Bank", "of", "Orvel", "and", "Tarn", "Savings", "Bank", "."],
                            [o, b(.org), i(.org), i(.org), i(.org), i(.org), i(.org), i(.org), i(.org), o])
        #expect(ofPlace.map(\.0) == ["United Bank of Orvel", "Tarn Savings Bank"])
        let trust = spans(["the", "Orvel", "Savings", "Bank", "and", "Trust", "Company", "."],
                          [o, b(.org), i(.org), i(.org), i(.org), i(.org), i(.org), o])
        #expect(trust.map(\.0) == ["Orvel Savings Bank and Trust Company"])
        let ministry = spans(["the", "Ministry", "of", "Orvel", "Trade", "and", "Velden", "Development", "."],
                             [o, b(.org), i(.org), i(.org), i(.org), i(.org), i(.org), i(.org), o])
        #expect(ministry.count == 1)
        let pact = spans(["Easing", "of", "Visa", "Rules", "and", "Orvel", "Arbitration", "Council", "."],
                         [b(.org), i(.org), i(.org), i(.org), o, b(.org), i(.org), i(.org), o])
        #expect(pact.count == 2)
    }

    @Test func anAcronymNoGazetteerKnowsAsAPlaceIsABody() {
        let s = spans(["VTX", "has", "moved", "to", "split", "."], [b(.loc), o, o, o, o, o])
        #expect(s.first?.1 == .org)
        // Two letters are a country's or a state's code as often ("HK stocks", "A Vane (NZ)").
        #expect(spans(["VX", "stocks", "fell", "."], [b(.loc), o, o, o]).first?.1 == .loc)
        // Where something is, or a state's code after its town, stays a place.
        #expect(spans(["a", "paper", "in", "VLX", "said", "."], [o, o, o, b(.loc), o, o]).first?.1 == .loc)
        let code = spans(["born", "in", "Springfield", ",", "QXT", "."], [o, o, b(.loc), o, b(.loc), o])
        #expect(code.allSatisfy { $0.1 == .loc })
        let town = spans(["VELDA", ",", "Velmar", ":", "Pilgrims", "gathered", "."], [b(.loc), o, b(.loc), o, o, o, o])
        #expect(town.allSatisfy { $0.1 == .loc })
    }

    @Test func aFirmNamedLikeAPersonIsAFirmAfterItsNounOrBeforeItsShares() {
        let giant = spans(["Mortgage", "giant", "Ruth", "Caldor", "reported", "."], [o, o, b(.per), i(.per), o, o])
        #expect(giant.contains { $0.0 == "Ruth Caldor" && $0.1 == .org })
        let shares = spans(["Orvelix", "'s", "shares", "tumbled", "."], [b(.per), o, o, o, o])
        #expect(shares.first?.1 == .org)
        let moved = spans(["Velcorp", "shares", "fell", "."], [b(.loc), o, o, o])
        #expect(moved.first?.1 == .org)
        // A person's craft, a person who shares a view, and a known place's market stay as they are.
        let maker = spans(["the", "film", "maker", "Jo", "Vane", "."], [o, o, o, b(.per), i(.per), o])
        #expect(maker.contains { $0.0 == "Jo Vane" && $0.1 == .per })
        let view = spans(["Jo", "Vane", "shares", "his", "view", "."], [b(.per), i(.per), o, o, o, o])
        #expect(view.first?.1 == .per)
        let market = spans(["Tarnby", "shares", "rose", "."], [b(.loc), o, o, o])
        #expect(market.first?.1 == .loc)
    }

    @Test func aFacilityNamedAfterAPersonIsTheFacility() {
        let ground = spans(["a", "tribute", "at", "Orvanu", "stadium", "on", "Friday", "."], [o, o, o, b(.per), o, o, o, o])
        #expect(ground.map(\.0) == ["Orvanu stadium"])
        #expect(ground.first?.1 == .loc)
        let ward = spans(["said", "Velden", "hospital", "."], [o, b(.per), o, o])
        #expect(ward.contains { $0.0 == "Velden hospital" && $0.1 == .org })
        let centre = spans(["the", "Jo", "Vane", "Center", "said", "."], [o, b(.per), i(.per), i(.per), o, o])
        #expect(centre.contains { $0.0 == "Jo Vane Center" && $0.1 == .org })
        // A ground named after somewhere unknown is the ground; a known place before a noun stays the place.
        let unknown = spans(["at", "Orvanu", "airport", "."], [o, b(.loc), o, o])
        #expect(unknown.map(\.0) == ["Orvanu airport"])
        let town = spans(["in", "a", "Tarnby", "hospital", "."], [o, o, b(.loc), o, o])
        #expect(town.map(\.0) == ["Tarnby"])
        #expect(spans(["at", "Tarnby", "stadium", "."], [o, b(.loc), o, o]).map(\.0) == ["Tarnby"])
    }

    @Test func aFaithOrDoctrineIsNoName() {
        let s = spans(["between", "Islam", "and", "Velmarism", "."], [o, b(.loc), o, b(.loc), o])
        #expect(!s.contains { $0.1 != .misc })
    }

    @Test func aBodyOrPersonEndingInAGeographicFeatureIsAPlace() {
        let s = spans(["across", "the", "Velden", "Straits", "."], [o, o, b(.org), i(.org), o])
        #expect(s.contains { $0.0 == "Velden Straits" && $0.1 == .loc })
        // A known place before a plural feature is no team with a nickname.
        let t = spans(["across", "the", "Tarnby", "Straits", "."], [o, o, b(.loc), b(.org), o])
        #expect(t.contains { $0.0 == "Tarnby Straits" && $0.1 == .loc })
        // An institution's name may end in one ("the University of the Velden Islands").
        let u = spans(["the", "University", "of", "the", "Velden", "Islands", "said", "."], [o, b(.org), i(.org), i(.org), i(.org), i(.org), o, o])
        #expect(u.first?.1 == .org)
        let p = spans(["Jo", "Lake", "sang", "."], [b(.per), i(.per), o, o])
        #expect(p.first?.1 == .per)
    }
}

@Suite struct FirmsNamedLikePeopleLinkingTests {
    @Test func aFacilityNamedAfterAPersonIsNoMentionOfThePerson() throws {
        let doc = LinkDoc(1, "Ferko Varady scored twice. Varady died in May. A tribute was held at Varady stadium.",
                          [("Ferko Varady", .person), ("Varady stadium", .place), ("Varady", .person)])
        let r = link([doc])
        let person = try #require(r.entity(named: "Ferko Varady"))
        #expect(!person.mentions.contains { $0.text == "Varady stadium" })
        #expect(r.entities(mentioning: "Varady stadium").first?.kind == .place)
    }

    @Test func aNameCalledABusinessInOneStoryIsNoPersonElsewhere() throws {
        // "mortgage giant Ruth Caldor" in one story; the tagger calls it a person in two others, with no title.
        let r = link([
            LinkDoc(1, "Mortgage giant Ruth Caldor reported losses.", [("Ruth Caldor", .organization)]),
            LinkDoc(2, "Ruth Caldor raised rates again.", [("Ruth Caldor", .person)]),
            LinkDoc(3, "Investors sold Ruth Caldor on Monday.", [("Ruth Caldor", .person)]),
        ])
        let all = r.entities(mentioning: "Ruth Caldor")
        #expect(all.count == 1)
        #expect(all.first?.kind == .organization)
        #expect(all.first?.mentions.count == 3)
    }

    @Test func aTitledPersonOrAFullNamedPersonsSurnameKeepsThePersonTags() throws {
        let titled = link([
            LinkDoc(1, "The club Ruth Orvane founded grew.", [("Ruth Orvane", .organization)]),
            LinkDoc(2, "Ruth Orvane spoke.", [("Ruth Orvane", .person)], roles: ["Ruth Orvane": "Minister"]),
        ])
        #expect(titled.entities(mentioning: "Ruth Orvane").contains { $0.kind == .person })
        // "Tarvell" the surname of a person named in full, and once a firm: the person stays.
        let surname = link([
            LinkDoc(1, "John Tarvell spoke. Tarvell left.", [("John Tarvell", .person), ("Tarvell", .person)]),
            LinkDoc(2, "The firm Tarvell cut jobs.", [("Tarvell", .organization)]),
        ])
        #expect(surname.entities(mentioning: "Tarvell").contains { $0.kind == .person })
    }
}
