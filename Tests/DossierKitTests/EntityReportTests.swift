// What `dossier lookup` and `dossier why` show, on a small invented corpus held in an in-memory store.

@testable import DossierKit
import Testing

@Suite struct EntityReportTests {
    static let docs = [
        LinkDoc(1, "Defense Minister Tigran Avetisyan met Kestrel Dynamics managers in Gyumri. Avetisyan praised the plant.",
                date: "2024-03-01",
                [("Tigran Avetisyan", .person), ("Avetisyan", .person), ("Kestrel Dynamics", .organization), ("Gyumri", .place)],
                roles: ["Tigran Avetisyan": "Defense Minister"]),
        LinkDoc(2, "Tigran Avetisian, the head of the Caspian Pipeline Consortium (CPC), resigned.", date: "2024-05-10",
                [("Tigran Avetisian", .person), ("Caspian Pipeline Consortium", .organization)]),
        LinkDoc(3, "Armen Avetisyan, a lawyer, disagreed. Avetisyan said CPC erred.",
                [("Armen Avetisyan", .person), ("CPC", .organization)]),
        LinkDoc(4, "Avetisyan declined to comment.", [("Avetisyan", .person)]),
    ]

    static func store() throws -> SQLiteStore {
        let r = link(docs)
        return try SQLiteStore.inMemory(Corpus(articles: docs.map(\.article), entities: r.entities, unlinkedMentions: r.unlinked))
    }

    @Test func lookupShowsAliasesRolesSentencesAndRelated() throws {
        let report = try #require(try LookupReport.make(query: "avetisian", store: Self.store()))
        let text = report.lines().joined(separator: "\n")
        #expect(report.entity.name == "Tigran Avetisyan")
        #expect(text.contains("Avetisyan — surname after full name Tigran Avetisyan in a1"))
        #expect(text.contains("Tigran Avetisian — same first name, surname variant -ian/-yan: Tigran Avetisyan (a1) ~ Tigran Avetisian (a2)"))
        #expect(text.contains("Defense Minister (a1, 2024-03-01)"))
        #expect(text.contains("head of the Caspian Pipeline Consortium (a2, 2024-05-10)"))
        #expect(text.contains("Avetisyan praised the plant."))
        #expect(text.contains("Caspian Pipeline Consortium — member-of (a2); 1 shared sentence"))
        #expect(text.contains("other matches (dossier lookup ID):"))
    }

    @Test func whyShowsReasonsAndTheAmbiguousLoneSurname() throws {
        let report = try WhyReport.make(query: "Avetisyan", store: Self.store())
        let text = report.lines().joined(separator: "\n")
        #expect(report.entities.map(\.entity.name) == ["Tigran Avetisyan", "Armen Avetisyan"])
        #expect(report.unlinked.count == 1)
        #expect(report.unlinked.first?.article == ArticleID(ordinal: 4))
        #expect(text.contains("lone surname that fits 2 people; left unlinked rather than guessed"))
        #expect(text.contains("could be e5 Armen Avetisyan"))
    }

    @Test func relatedCountsSharedSentencesAndStatedLinksBothWays() throws {
        let store = try Self.store()
        let cpc = try #require(store.lookup("CPC", limit: 1).first)
        let related = try store.related(to: cpc.id, limit: 5)
        #expect(related.first?.entity.name == "Tigran Avetisyan")
        #expect(related.first?.relations.first?.relation == "has-member")
    }
}

@Suite struct LookupRoleLinesTests {
    @Test func aTitleRestatedInManyArticlesIsOneLineWithItsDates() {
        let roles = (1...7).map { Role(title: "Prime Minister", article: ArticleID(ordinal: $0), date: "2024-03-0\($0)") }
            + [Role(title: "Party leader", article: ArticleID(ordinal: 2), date: "2024-03-02")]
        let report = LookupReport(query: "ward", entity: EntitySummary(id: EntityID(ordinal: 1), kind: .person, name: "Helen Ward",
                                                                      aliases: [], mentionCount: 9, articleCount: 7),
                                  aliases: [], roles: roles, links: [], articles: [], related: [], otherMatches: [])
        let lines = report.lines()
        #expect(lines.contains("  Prime Minister (7 articles, 2024-03-01 to 2024-03-07: a1, a2, a3, a4, a5, …)"))
        #expect(lines.contains("  Party leader (a2, 2024-03-02)"))
        #expect(lines.filter { $0.contains("Prime Minister") }.count == 1)
    }
}
