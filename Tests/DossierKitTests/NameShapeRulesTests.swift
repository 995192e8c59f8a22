// Names that are names, round three: particles inside foreign names, a body's name running on past "of
// the", a body glued to its head's name, a body's common noun alone, adjectives made from names,
// acronyms of things, a paper's noun after its name, kingdoms as places, cities in their short forms.

@testable import DossierKit
import Testing

@Suite struct NameShapeRulesTests: MentionRulesFixture {
    var lex: RuleLexicon {
        var l = RuleLexicon(demonyms: ["velmari", "briton"], countries: ["velmar"], organizations: [],
                            agencies: RuleLexicon.agencyNames, firstNames: ["jane", "tom", "della"])
        l.places = ["ostra", "brelin"]
        return l
    }

    func offsets(_ words: [Substring]) -> [TextSpan] {
        var p = 0
        return words.map { t in defer { p += t.count + 1 }; return TextSpan(p, p + t.count) }
    }

    @Test func aParticleDoesNotOpenAForeignName() {
        #expect(spans(["the", "Tarvo", "Della", "Sera", "daily", "said", "."], [o, o, b(.per), i(.per), o, o, o])
            .contains { $0.0 == "Tarvo Della Sera" && $0.1 == .org })
        #expect(spans(["at", "Banca", "do", "Tarn", "."], [o, b(.org), b(.loc), i(.loc), o]).map(\.0) == ["Banca do Tarn"])
        // The kind is the particle's name's, not the tagger's for the word before it; a paper printed in a
        // known place is no paper's name.
        #expect(spans(["Roe", ",", "CA", "del", "Vane", "."], [b(.per), o, b(.org), b(.per), i(.per), o]).contains { $0.0 == "CA del Vane" && $0.1 == .per })
        #expect(spans(["a", "Ostra", "newspaper", "said", "."], [o, b(.loc), o, o, o]).contains { $0.0 == "Ostra" && $0.1 == .loc })
        // A sentence's first word, a title or a known place before the particle opens no name.
        #expect(spans(["Yesterday", "de", "Vane", "said", "."], [o, b(.per), i(.per), o, o]).contains { $0.0 == "de Vane" })
        #expect(spans(["said", "Minister", "de", "Vane", "."], [o, o, b(.per), i(.per), o]).allSatisfy { $0.0 != "Minister de Vane" })
        #expect(spans(["in", "Ostra", "de", "Vane", "."], [o, b(.loc), b(.per), i(.per), o]).contains { $0.0 == "de Vane" })
    }

    @Test func aBodysNameGoesOnOverOfTheAfterItsHead() {
        #expect(spans(["by", "Tarvo", "National", "Council", "of", "the", "Arts", "."], [o, b(.org), i(.org), i(.org), o, o, o, o])
            .contains { $0.0 == "Tarvo National Council of the Arts" && $0.1 == .org })
        // Another name after "of" is another body.
        #expect(spans(["the", "Tarvo", "Arts", "Foundation", "of", "Brelin", "League", "met", "."],
                      [o, b(.org), i(.org), i(.org), o, b(.org), i(.org), o, o]).map(\.0) == ["Tarvo Arts Foundation", "Brelin League"])
    }

    @Test func aBodyGluedToItsHeadIsTwoNames() {
        let found = spans(["the", "troubled", "Velden", "Support", "Agency", "Jane", "Roe", "retired", "."],
                          [o, o, b(.org), i(.org), i(.org), i(.org), i(.org), o, o])
        #expect(found.contains { $0.0 == "Velden Support Agency" && $0.1 == .org })
        #expect(found.contains { $0.0 == "Jane Roe" && $0.1 == .per })
        // No first name after the head: one name.
        #expect(spans(["the", "Velden", "Support", "Agency", "Tarn", "Branch", "."], [o, b(.org), i(.org), i(.org), i(.org), i(.org), o])
            .contains { $0.0 == "Velden Support Agency Tarn Branch" })
    }

    @Test func aBodysCommonNounAloneIsNoName() {
        #expect(spans(["the", "Government", "said", "."], [o, b(.org), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["the", "Cabinet", "met", "."], [o, b(.org), o, o]).allSatisfy { $0.1 == .misc })
        // With its name it is a body, and so is one parliament's own name.
        #expect(spans(["the", "University", "of", "Tarnby", "said", "."], [o, b(.org), o, o, o, o])
            .contains { $0.0 == "University of Tarnby" && $0.1 == .org })
        #expect(spans(["the", "Duma", "voted", "."], [o, b(.org), o, o]).contains { $0.0 == "Duma" && $0.1 == .org })
    }

    @Test func anAdjectiveMadeFromANameIsNoName() {
        #expect(spans(["a", "Vanelian", "response", "."], [o, b(.loc), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["an", "Ostraesque", "plot", "."], [o, b(.org), o, o]).allSatisfy { $0.1 == .misc })
        // Not before a capitalised word, nor without the article.
        #expect(spans(["Vanelian", "said", "."], [b(.per), o, o]).contains { $0.1 == .per })
    }

    @Test func aBandMemberAfterTheBandsNameMakesItABand() {
        #expect(spans(["the", "widow", "of", "Tarnwire", "frontman", "Jo", "Vane", "."], [o, o, o, b(.loc), o, b(.per), i(.per), o])
            .contains { $0.0 == "Tarnwire" && $0.1 == .org })
    }

    @Test func aKingdomOrAnEmpireIsAPlace() {
        #expect(spans(["the", "ancient", "Tarvo", "Kingdom", "."], [o, o, b(.per), i(.per), o]).contains { $0.0 == "Tarvo Kingdom" && $0.1 == .loc })
    }

    @Test func aPartysMembersAreNoBody() {
        #expect(spans(["rebellion", "by", "34", "Tarvo", "MPs", "."], [o, o, o, b(.org), i(.org), o]).allSatisfy { $0.1 == .misc })
    }

    @Test func aPeoplesNounIsNoPlace() {
        #expect(spans(["aimed", "at", "Britons", "."], [o, o, b(.loc), o]).allSatisfy { $0.1 == .misc })
    }

    @Test func anAcronymSpelledOutInLowerCaseIsAThing() {
        let words = [["sales", "of", "high-definition", "TV", "(", "HDTV", ")", "sets", "."], ["HDTV", "is", "taking", "off", "."],
                     ["the", "national", "executive", "committee", "(", "NEC", ")", "met", "."]]
            .map { $0.map { Substring($0) } }
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 5, end: 6, type: .org)], [RecognizedSpan(start: 0, end: 1, type: .org)],
                                         [RecognizedSpan(start: 5, end: 6, type: .org)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: lex)
        #expect(spans[0].allSatisfy { $0.type == .misc })
        #expect(spans[1].allSatisfy { $0.type == .misc })
        // A body written in lower case is still a body.
        #expect(spans[2].contains { $0.type == .org })
    }

    @Test func aWordOfTheSpelledOutThingMayGiveTwoLetters() {
        // "television" gives "TV": closed-circuit television is a thing, not the broadcaster of that name.
        let words = [["seen", "on", "closed", "circuit", "television", "(", "CCTV", ")", "."], ["the", "CCTV", "footage", "."]]
            .map { $0.map { Substring($0) } }
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 6, end: 7, type: .org)], [RecognizedSpan(start: 1, end: 2, type: .org)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: lex)
        #expect(spans.joined().allSatisfy { $0.type == .misc })
        #expect(DocumentRules.spells("cctv", [["tv", "te"], ["c"], ["c"]]))
        #expect(!DocumentRules.spells("cctv", [["t"], ["c"], ["c"]]))
    }

    @Test func aStormsGivenNameIsNoPersonInItsStory() {
        #expect(spans(["Hurricane", "Vorna", "hit", "the", "coast", "."], [b(.per), i(.per), o, o, o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["tropical", "depression", "\"", "Quella", "\"", "moved", "."], [o, o, o, b(.per), o, o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["Tropical", "Storm", "Arlen", "weakened", "."], [b(.per), i(.per), i(.per), o, o]).allSatisfy { $0.1 == .misc })
        // "storm" alone is a figure of speech before a name, and "Storm" may be a name
        #expect(spans(["the", "storm", "Jo", "Vane", "faced", "."], [o, o, b(.per), i(.per), o, o]).contains { $0.1 == .per })
        // the given name alone later in the story is the storm too
        let words = [["Hurricane", "Vorna", "hit", "."], ["Vorna", "weakened", "."]].map { $0.map { Substring($0) } }
        var storm = RecognizedSpan(start: 0, end: 2, type: .misc)
        storm.rule = "storm"
        var spans: [[RecognizedSpan]] = [[storm], [RecognizedSpan(start: 0, end: 1, type: .per)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: lex)
        #expect(spans[1].allSatisfy { $0.type == .misc })
    }

    @Test func eventAndProgrammeNamesAreNoBodies() {
        #expect(spans(["the", "Velden", "Motor", "Show", "opened", "."], [o, b(.org), i(.org), i(.org), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["the", "Clean", "Air", "Mechanism", "."], [o, b(.org), i(.org), i(.org), o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["the", "upcoming", "Brelin", "Summit", "."], [o, o, b(.loc), i(.loc), o]).allSatisfy { $0.1 == .misc })
    }

    @Test func citiesAreKnownInTheirShortAndUnaccentedForms() {
        #expect(RuleLexicon.cityShortForm("velden am main") == "velden")
        #expect(RuleLexicon.cityShortForm("tarnby upon tyne") == "tarnby")
        #expect(RuleLexicon.cityShortForm("halle (saale)") == "halle")
        #expect(RuleLexicon.cityShortForm("rostov-on-don") == "rostov")
        #expect(RuleLexicon.cityShortForm("ostra") == nil)
        #expect(RuleLexicon.cityShortForm("rio de janeiro") == nil)
    }
}
