// Strings the tagger takes for names that are none: days glued to names, joins of places, page
// headings, "pro-" words and followers' words before a body, plural titles before people.

@testable import DossierKit
import Testing

@Suite struct NonNamesTests: MentionRulesFixture {
    var lex: RuleLexicon {
        var l = RuleLexicon(demonyms: ["velmari", "french"], countries: ["velmar", "dorvia", "guinea"], organizations: [],
                            agencies: RuleLexicon.agencyNames, firstNames: ["jane", "tom"])
        l.places = ["ostra", "brelin", "bissau", "halbeck"]
        return l
    }

    /// Offsets of one sentence's tokens written with single spaces (sentences apart, each from 0).
    func offsets(_ words: [Substring]) -> [TextSpan] {
        var p = 0
        return words.map { t in defer { p += t.count + 1 }; return TextSpan(p, p + t.count) }
    }

    @Test func aWeekdayAfterANameSaysWhenAndIsNoPartOfIt() {
        #expect(spans(["Jane", "Roe", "Sunday", "said", "."], [b(.per), i(.per), i(.per), o, o]).contains { $0.0 == "Jane Roe" && $0.1 == .per })
        #expect(spans(["said", "the", "Ministry", "of", "Ports", "Thursday", "."], [o, o, b(.org), i(.org), i(.org), i(.org), o])
            .contains { $0.0 == "Ministry of Ports" })
        #expect(spans(["at", "the", "Grammys", "on", "Sunday", "."], [o, o, b(.org), i(.org), i(.org), o]).contains { $0.0 == "Grammys" })
        // A paper's Sunday title and a club named by its day keep the day.
        #expect(spans(["the", "Herald", "on", "Sunday", "said", "."], [o, b(.org), i(.org), i(.org), o, o]).contains { $0.0 == "Herald on Sunday" })
        #expect(spans(["Ostra", "Wednesday", "won", "."], [b(.org), i(.org), o, o]).contains { $0.0 == "Ostra Wednesday" })
    }

    @Test func theOnSundayOfADateIsNoPapersTitle() {
        #expect(!spans(["at", "the", "Grammys", "on", "Sunday", "."], [o, o, o, o, o, o]).contains { $0.1 == .org })
        #expect(spans(["told", "the", "Gazette", "on", "Sunday", "."], [o, o, o, o, o, o]).contains { $0.0 == "Gazette on Sunday" && $0.1 == .org })
    }

    @Test func placesJoinedByHyphensModifyANoun() {
        #expect(spans(["the", "Velmar-Dorvia", "border", "."], [o, b(.loc), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["Sino-French", "ties", "."], [b(.loc), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["the", "Ostra-Brelin", "railway", "."], [o, b(.loc), o, o]).allSatisfy { $0.1 == .misc })
        // A country and a town may be a country's name; unknown parts are a name.
        #expect(spans(["in", "Guinea-Bissau", "waters", "."], [o, b(.loc), o, o]).contains { $0.0 == "Guinea-Bissau" && $0.1 == .loc })
        #expect(spans(["in", "Nagorno-Dorvia", "border", "."], [o, b(.loc), o, o]).contains { $0.1 == .loc })
        // With no noun after it the join is a place's name, and regions alone make a region.
        #expect(spans(["part", "of", "Velmar-Dorvia", "."], [o, o, b(.loc), o]).contains { $0.0 == "Velmar-Dorvia" && $0.1 == .loc })
        #expect(spans(["the", "Asia-Pacific", "region", "."], [o, b(.loc), o, o]).contains { $0.0 == "Asia-Pacific" && $0.1 == .loc })
    }

    @Test func aPlacesPeopleIsNoPlace() {
        #expect(spans(["Halbeckers", "queued", "."], [b(.org), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["angry", "Velmaris", "."], [o, b(.loc), o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["North", "Velmaris", "fled", "."], [b(.org), i(.org), o, o]).allSatisfy { $0.1 == .misc })
        #expect(spans(["the", "North", "Velmari", "coast", "."], [o, b(.loc), i(.loc), o, o]).contains { $0.1 == .loc })
        // A team's plural is not a town's people ("Rangers").
        #expect(spans(["Rangers", "won", "."], [b(.org), o, o]).contains { $0.0 == "Rangers" && $0.1 == .org })
    }

    @Test func bothOpeningASentenceIsNoPartOfAName() {
        #expect(spans(["Both", "Labour", "and", "the", "Greens", "agree", "."], [b(.org), i(.org), o, o, b(.org), o, o])
            .contains { $0.0 == "Labour" && $0.1 == .org })
    }

    @Test func headingsBeforeAColonAreNoNames() {
        #expect(spans(["Subs", ":", "Roe", ",", "Doe", "."], [b(.org), o, b(.per), o, b(.per), o]).allSatisfy { $0.1 == .per })
        #expect(spans(["Roundup", ":", "floods", "hit", "Ostra"], [b(.loc), o, o, o, b(.loc)]).map(\.0) == ["Ostra"])
        // A name before a colon stays ("Roe: I will stand").
        #expect(spans(["Roe", ":", "I", "will", "stand"], [b(.per), o, o, o, o]).contains { $0.0 == "Roe" })
    }

    @Test func proAndAntiWordsAndFollowersWordsAreNoPartOfABody() {
        #expect(spans(["the", "pro-Velmari", "Unity", "Party", "won", "."], [o, b(.org), i(.org), i(.org), o, o])
            .contains { $0.0 == "Unity Party" && $0.1 == .org })
        let words = [["the", "Leftist", "Tarnak", "group", "said", "."], ["Tarnak", "denied", "it", "."]].map { $0.map { Substring($0) } }
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 1, end: 3, type: .org)], [RecognizedSpan(start: 0, end: 1, type: .org)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: lex)
        #expect(spans[0].contains { $0.start == 2 && $0.end == 3 && $0.type == .org })
        // Without the bare name in the article, or when the rest is a common head, the word stays.
        var party: [[RecognizedSpan]] = [[RecognizedSpan(start: 1, end: 3, type: .org)]]
        let partyWords = [["the", "Socialist", "Party", "said", "."].map { Substring($0) }]
        DocumentRules.apply(&party, sentences: partyWords, offsets: partyWords.map(offsets), lexicon: lex)
        #expect(party[0].contains { $0.start == 1 && $0.end == 3 })
    }

    @Test func aPluralTitleBeforeNamesIsNoPartOfThem() {
        #expect(spans(["Princes", "Tom", "and", "Ned", "came", "."], [b(.per), i(.per), o, b(.per), o, o]).contains { $0.0 == "Tom" && $0.1 == .per })
        #expect(spans(["Senators", "Roe", "and", "Doe", "."], [b(.per), i(.per), o, b(.per), o]).contains { $0.0 == "Roe" })
    }
}

@Suite struct JoinedNamesTests {
    func offsets(_ words: [Substring]) -> [TextSpan] {
        var p = 0
        return words.map { t in defer { p += t.count + 1 }; return TextSpan(p, p + t.count) }
    }

    @Test func twoNamesJoinedByAndAreTwoWhenTheArticleNamesEach() {
        let words = [["Velcorp", "and", "Tarnwire", "agreed", "."], ["Velcorp", "said", "so", "."], ["Tarnwire", "did", "too", "."]]
            .map { $0.map { Substring($0) } }
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 0, end: 3, type: .org)], [RecognizedSpan(start: 0, end: 1, type: .org)],
                                         [RecognizedSpan(start: 0, end: 1, type: .org)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: RuleLexicon(demonyms: [], countries: [], organizations: [], agencies: []))
        #expect(spans[0].map { [$0.start, $0.end] } == [[0, 1], [2, 3]])
    }

    @Test func commonNounsJoinedByASlashAreNoBody() {
        let words = [["the", "HIV", "/", "Aids", "crisis", "."].map { Substring($0) }]
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 1, end: 2, type: .misc, rule: "not-a-name")]]
        // "the HIV/Aids crisis.", the slash written against both words.
        let written = [[TextSpan(0, 3), TextSpan(4, 7), TextSpan(7, 8), TextSpan(8, 12), TextSpan(13, 19), TextSpan(19, 20)]]
        DocumentRules.apply(&spans, sentences: words, offsets: written, lexicon: RuleLexicon(demonyms: [], countries: [], organizations: [], agencies: []))
        #expect(!spans[0].contains { $0.type == .org })
        // A body's name that runs on past them is one name.
        let named = [["Velmar", "Partners", "HIV", "/", "AIDS", "Group", "."].map { Substring($0) }]
        var whole: [[RecognizedSpan]] = [[RecognizedSpan(start: 0, end: 3, type: .org), RecognizedSpan(start: 4, end: 6, type: .org)]]
        let at = [[TextSpan(0, 6), TextSpan(7, 15), TextSpan(16, 19), TextSpan(19, 20), TextSpan(20, 24), TextSpan(25, 30), TextSpan(30, 31)]]
        DocumentRules.apply(&whole, sentences: named, offsets: at, lexicon: RuleLexicon(demonyms: [], countries: [], organizations: [], agencies: []))
        #expect(whole[0].contains { $0.start == 0 && $0.end == 6 && $0.type == .org })
    }

    @Test func aPortfolioAfterOfStaysOneBody() {
        let words = [["the", "Ministry", "of", "Ports", "and", "Roads", "."], ["Ministry", "of", "Ports", "staff", "."], ["Roads", "closed", "."]]
            .map { $0.map { Substring($0) } }
        var spans: [[RecognizedSpan]] = [[RecognizedSpan(start: 1, end: 6, type: .org)], [RecognizedSpan(start: 0, end: 3, type: .org)],
                                         [RecognizedSpan(start: 0, end: 1, type: .org)]]
        DocumentRules.apply(&spans, sentences: words, offsets: words.map(offsets), lexicon: RuleLexicon(demonyms: [], countries: [], organizations: [], agencies: []))
        #expect(spans[0].contains { $0.start == 1 && $0.end == 6 })
    }
}
