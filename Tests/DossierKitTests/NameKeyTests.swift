// Name keys, transliteration rules with their labels, and variant-aware lookup.

import DossierKit
import Testing

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Avetisyan", "Avetisian", "-ian/-yan"),
        ("Dmitriy", "Dmitry", "-iy/-y/-i"),
        ("Dmitrii", "Dmitri", "-iy/-y/-i"),
        ("Mikheil", "Miheil", "kh/h"),
        ("Tsvetkov", "Cvetkov", "ts/c"),
        ("Dzhokhar", "Jokhar", "j/zh/dzh"),
        ("Zhvania", "Jvania", "j/zh/dzh"),
        ("Abdoul", "Abdul", "ou/u"),
        ("Fyodorov", "Fedorov", "e/yo"),
        ("Yevgeny", "Evgeny", "e/ye"),
        ("Grigorrian", "Grigorian", "double letters"),
        ("Sergey", "Sergei", "-ey/-ei"),
        ("Lawrow", "Lavrov", "w/v"),
    ])
    func variantsMeetAndSayWhy(a: String, b: String, rule: String) throws {
        #expect(NameKey.variant(a) == NameKey.variant(b))
        let labels = try #require(Transliteration.explain(NameKey.plain(a), NameKey.plain(b)))
        #expect(labels.contains(rule))
    }

    @Test func differentNamesDoNotMeet() {
        #expect(NameKey.variant("Artur") != NameKey.variant("Arayik"))
        #expect(NameKey.variant("Melikyan") != NameKey.variant("Melkonyan"))
        #expect(Transliteration.explain("artur", "araik") == nil)
    }

    @Test func plainKeyIgnoresCaseAccentsAndApostrophes() {
        #expect(NameKey.plain("  Łukasz  O'Brien-Núñez ") == "lukasz obrien nunez")
        #expect(NameKey.compact("Hsien-Loong") == NameKey.compact("Hsien Loong"))
        #expect(Transliteration.describe("Zoë", "Zoe") == ["diacritics"])
    }

    @Test func looseKeyKeepsConsonants() {
        #expect(NameKey.loose("Muhammad") == NameKey.loose("Mohammed"))
    }

    @Test func indexKeysCoverWordsAndVariants() {
        let keys = NameKey.indexKeys("Nikol Pashinyan")
        #expect(keys.contains("nikol pashinian"))
        #expect(keys.contains("pashinian"))
        #expect(keys.contains("nikolpashinian"))
    }
}

@Suite struct NameMatcherTests {
    @Test func variantAwareLookupScores() {
        #expect(NameMatcher.score(query: "Tigran Avetisyan", name: "Tigran Avetisyan") == 100)
        #expect(NameMatcher.score(query: "avetisian", name: "Tigran Avetisyan") == 70)
        #expect(NameMatcher.score(query: "Avetisyan", name: "Tigran Avetisian") == 70)
        #expect(NameMatcher.score(query: "Avetisyn", name: "Tigran Avetisyan") > 0)  // a typo
        #expect(NameMatcher.score(query: "Melikyan", name: "Tigran Avetisyan") == 0)
        #expect(NameMatcher.score(query: "cpc", name: "CPC") == 100)
    }

    @Test func lookupPrefersBetterMatchesThenMoreMentions() throws {
        let r = link([
            LinkDoc(1, "Tigran Avetisyan met Anna Avetisova. Avetisyan spoke.",
                    [("Tigran Avetisyan", .person), ("Anna Avetisova", .person), ("Avetisyan", .person)]),
        ])
        let store = try SQLiteStore.inMemory(Corpus(articles: [], entities: r.entities, unlinkedMentions: r.unlinked))
        let found = try store.lookup("avetisian", limit: 5)
        #expect(found.first?.name == "Tigran Avetisyan")
        #expect(try store.lookup("e2", limit: 5).map(\.name) == ["Anna Avetisova"])
        #expect(try store.lookup("Nobody", limit: 5).isEmpty)
    }
}
