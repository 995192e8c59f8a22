// The recognizer on invented news: names, roles kept apart, demonyms, described bodies, acronyms, boilerplate.

@testable import DossierKit
import Foundation
import Testing

@Suite struct NERRulesTests {
    let recognizer = EntityRecognizer()

    func mentions(_ text: String) -> [Mention] {
        let article = Article(id: ArticleID(ordinal: 1), source: "test.txt", text: text,
                              sentences: SentenceSplitter.split(text))
        let found = recognizer.recognize(article)
        for m in found { #expect(text.scalarSlice(m.span) == m.text) }
        #expect(found == found.sorted { $0.span < $1.span })
        return found
    }

    func find(_ ms: [Mention], _ text: String) -> Mention? { ms.first { $0.text == text } }

    @Test func militaryRankIsARoleNotPartOfTheName() throws {
        let ms = mentions("Lieutenant-General Marcus Hale, the deputy commander of the Canadian Army, arrived in Ottawa on Monday.")
        let hale = try #require(find(ms, "Marcus Hale"))
        #expect(hale.kind == .person)
        #expect(hale.role == "Lieutenant-General")
        #expect(find(ms, "Ottawa")?.kind == .place)
    }

    @Test func ministerTitlesBecomeRoles() throws {
        let ms = mentions("Defense Minister Karl Jansen met Prime Minister Helen Ward in Copenhagen. Later, Deputy Defense Minister Peter Olsen joined them.")
        #expect(find(ms, "Karl Jansen")?.role == "Defense Minister")
        #expect(find(ms, "Helen Ward")?.role == "Prime Minister")
        #expect(find(ms, "Peter Olsen")?.role == "Deputy Defense Minister")
    }

    @Test func nationalityBeforeATitleStaysInTheRoleAndIsNoPlace() throws {
        let ms = mentions("Norwegian Foreign Minister Anna Lindqvist said on Friday that talks would resume.")
        let anna = try #require(find(ms, "Anna Lindqvist"))
        #expect(anna.role == "Norwegian Foreign Minister")
        #expect(!ms.contains { $0.text.contains("Norwegian") && $0.kind != .person })
    }

    @Test func longOfficeTitlesAreRoles() throws {
        let ms = mentions("U.S. Assistant Secretary of State for African Affairs Linda Moore visited Nairobi on Tuesday.")
        #expect(find(ms, "Linda Moore")?.role == "U.S. Assistant Secretary of State for African Affairs")
    }

    @Test func appositiveRolesBeforeAndAfterTheName() throws {
        let ms = mentions("The British ambassador in Lima, John Carver, said the embassy would stay open. Maria Lopez, the Chilean trade minister, agreed.")
        #expect(find(ms, "John Carver")?.role == "British ambassador in Lima")
        #expect(find(ms, "Maria Lopez")?.role == "Chilean trade minister")
    }

    @Test func demonymsAreNeitherPlacesNorPeople() {
        let ms = mentions("Canadian and Mexican officials met in Toronto. Peruvians voted on Sunday while Bolivian-Chilean talks stalled.")
        for word in ["Canadian", "Mexican", "Peruvians", "Bolivian-Chilean"] {
            #expect(!ms.contains { $0.text == word }, "\(word)")
        }
        #expect(find(ms, "Toronto")?.kind == .place)
    }

    @Test func governmentBodiesNamedByDescriptionAreOrganizations() throws {
        let ms = mentions("""
            The Swedish Defense Ministry confirmed the exercise. Germany's Foreign Ministry called it routine, \
            and the Finnish Interior Ministry said nothing. The Supreme Court will rule next week.
            """)
        #expect(find(ms, "Swedish Defense Ministry")?.kind == .organization)
        #expect(find(ms, "Germany's Foreign Ministry")?.kind == .organization)
        #expect(find(ms, "Finnish Interior Ministry")?.kind == .organization)
        #expect(find(ms, "Supreme Court")?.kind == .organization)
    }

    @Test func wellKnownSeatsOfGovernmentAreOrganizations() {
        let ms = mentions("The Kremlin denied the report, and the State Department said it was studying it. The White House declined to comment.")
        #expect(find(ms, "Kremlin")?.kind == .organization)
        #expect(find(ms, "State Department")?.kind == .organization)
        #expect(find(ms, "White House")?.kind == .organization)
    }

    @Test func wellKnownCompaniesAndIndicesAreOrganizations() {
        let ms = mentions("Shares of Boeing rose after Airbus delayed its jet, while the Nasdaq fell. Later Yahoo said it would buy a start-up run by Carla Reyes.")
        for name in ["Boeing", "Airbus", "Nasdaq", "Yahoo"] {
            #expect(find(ms, name)?.kind == .organization, "\(name)")
        }
        #expect(find(ms, "Carla Reyes")?.kind == .person)
        // A listed name inside a longer capitalised name is not cut out of it.
        let street = mentions("Protesters gathered on Boeing Field Road in the evening.")
        #expect(!street.contains { $0.text == "Boeing" && $0.kind == .organization })
    }

    @Test func acronymsOfNamedBodiesAreOrganizations() {
        let ms = mentions("""
            Ministers of the Association of Southeast Asian Nations (ASEAN) met in Jakarta. \
            Judges of the International Court of Justice heard the case, and the ICJ will rule in May. NATO was not invited.
            """)
        #expect(find(ms, "ASEAN")?.kind == .organization)
        #expect(find(ms, "ICJ")?.kind == .organization)
        #expect(find(ms, "NATO")?.kind == .organization)
    }

    @Test func boilerplateYieldsNoEntities() {
        let lines = [
            "Sign up for the Morning Ledger newsletter in your inbox.",
            "Copyright (c) 2024 Example Media Group, Inc. All rights reserved.",
            "Jane Doe / Harbor Photo Agency / Reuters",
            "1600 Example Ave., N.W. Washington DC 20500",
            "Reposted on Example News with permission from Harbor Radio",
            "By Reuters",
        ]
        for line in lines {
            #expect(mentions(line).isEmpty, "\(line)")
        }
        let ms = mentions("Senator Paul Grant spoke in Denver.\n\nGet the Morning Ledger in your inbox:\n\nGrant later left for Boise.")
        #expect(ms.map(\.text) == ["Paul Grant", "Denver", "Grant", "Boise"])
    }

    @Test func newsAgenciesAreNeverPeople() {
        let ms = mentions("TASS and Reuters reported the blast, citing police in Vilnius.")
        #expect(!ms.contains { $0.kind == .person })
    }

    @Test func datelinesArePlaces() {
        let ms = mentions("ROTTERDAM (Reuters) — Port workers went on strike on Monday.")
        #expect(find(ms, "ROTTERDAM")?.kind == .place)
        #expect(find(ms, "Reuters")?.kind == .organization)
    }

    @Test func aSurnameLaterInTheStoryIsStillAPerson() {
        let ms = mentions("Finance Minister Oskar Brandt presented the budget. Opposition leaders attacked Brandt on Wednesday.")
        #expect(ms.filter { $0.kind == .person }.map(\.text) == ["Oskar Brandt", "Brandt"])
    }

    @Test func recognitionIsTheSameInParallel() {
        let texts = (0..<16).map { "Mayor Lena Novak of Graz met Chancellor Otto Weiss in Vienna on day \($0)." }
        let articles = texts.enumerated().map { Article(id: ArticleID(ordinal: $0.offset + 1), source: "t", text: $0.element) }
        let serial = articles.map { recognizer.recognize($0) }
        nonisolated(unsafe) var parallel = [[Mention]](repeating: [], count: articles.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            let r = recognizer.recognize(articles[i])
            lock.lock(); parallel[i] = r; lock.unlock()
        }
        #expect(serial == parallel)
    }
}

/// A name never runs across a bracket ("(Labour leader Tony) Blair": the insertion closes between them).
@Suite struct BracketSplitTests {
    @Test func aSpanIsCutAtBracketTokens() {
        let tokens = ["(", "Labour", "leader", "Tony", ")", "Blair", "would", "go"]
        let span = RecognizedSpan(start: 3, end: 6, type: .per, role: 1..<3)
        let parts = ArticleRecognizer.splitAtBrackets(span, tokens: tokens)
        #expect(parts.map { $0.start..<$0.end } == [3..<4, 5..<6])
        #expect(parts.allSatisfy { $0.type == .per })
    }

    @Test func aSpanWithoutBracketsIsKept() {
        let span = RecognizedSpan(start: 0, end: 2, type: .org)
        #expect(ArticleRecognizer.splitAtBrackets(span, tokens: ["Harbor", "Authority", "said"]) == [span])
    }

    @Test func aSpanThatIsOnlyABracketVanishes() {
        let span = RecognizedSpan(start: 1, end: 2, type: .loc)
        #expect(ArticleRecognizer.splitAtBrackets(span, tokens: ["in", ")", "Paris"]).isEmpty)
    }
}
