// The memo of each article's own linking (`LinkMemo`): a reused linking gives exactly what linking
// again gives, wherever the article now sits; a stored answer to a corpus-wide question that no longer
// holds makes the article be linked again; the stored record keeps every field.

@testable import DossierKit
import Foundation
import Testing

@Suite struct LinkMemoTests {
    /// A story whose linking asks whether "Marlow" is written as a place elsewhere (a leading part of
    /// an organization's name is its short form only when it is not), with a person described by role.
    static func paper(_ ordinal: Int) -> LinkDoc {
        named("paper.txt", LinkDoc(ordinal, "The Marlow Echo printed the letter on Monday. Marlow said it would not apologise. "
                + "Swedish coach Karin Vollmer was angry. Vollmer called the Eastern Rowing Federation (ERF), and the ERF agreed.",
                [("Marlow Echo", .organization), ("Marlow", .organization), ("Karin Vollmer", .person), ("Vollmer", .person),
                 ("Eastern Rowing Federation", .organization), ("ERF", .organization)]))
    }

    static func flood(_ ordinal: Int) -> LinkDoc {
        named("flood.txt", LinkDoc(ordinal, "Floods hit Marlow on Tuesday. Karin Vollmer helped.", [("Marlow", .place), ("Karin Vollmer", .person)]))
    }

    static func other(_ ordinal: Int) -> LinkDoc {
        named("other.txt", LinkDoc(ordinal, "Talks opened in Brenner Pass between Olaf Dunst and Dunst's deputy.",
                [("Brenner Pass", .place), ("Olaf Dunst", .person), ("Dunst", .person)]))
    }

    /// The story as file `source` holds it (a file keeps its name when others are added).
    static func named(_ source: String, _ doc: LinkDoc) -> LinkDoc {
        var doc = doc
        doc.article.source = source
        return doc
    }

    /// Links with a memo that holds `previous`; the result and what the memo would store.
    static func linked(_ docs: [LinkDoc], previous: [String: Data] = [:]) -> (LinkResult, LinkMemo) {
        let memo = LinkMemo(stage: "links", previous: previous, codec: .linkedArticle)
        let result = EntityLinker().link(articles: docs.map(\.article), mentions: docs.map(\.mentions),
                                         memos: LinkerMemos(links: memo))
        return (result, memo)
    }

    static func stored<V>(_ memo: StageMemo<V>) -> [String: Data] {
        Dictionary(memo.fresh.map { ($0.digest, $0.data) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aReusedLinkingEqualsLinkingAgainWhereverTheStorySits() {
        let first = [Self.paper(1), Self.flood(2)]
        let (r1, m1) = Self.linked(first)
        #expect(m1.reused == 0)
        #expect(r1.entities == link(first).entities)
        #expect(r1.unlinked == link(first).unlinked)
        // The same stories after a new one: their ids shift, their stored linking is reused and names
        // them by their new ids.
        let moved = [Self.other(1), Self.paper(2), Self.flood(3)]
        let (r2, m2) = Self.linked(moved, previous: Self.stored(m1))
        #expect(m2.reused == 2)
        let plain = link(moved)
        #expect(r2.entities == plain.entities)
        #expect(r2.unlinked == plain.unlinked)
        #expect(r2.entities.flatMap(\.aliases).contains { $0.reason.contains("a2") })
        #expect(!r2.entities.flatMap(\.aliases).contains { $0.reason.contains(LinkedArticle.placeholder) })
    }

    @Test func anAnswerThatNoLongerHoldsLinksTheStoryAgain() throws {
        let (_, m1) = Self.linked([Self.paper(1), Self.flood(2)])
        // The paper's linking read that "Marlow" is written as a place (in the flood story).
        let records = try m1.fresh.map { try LinkedArticleRecord.decode(#require(Deflate.decompress($0.data))) }
        #expect(records.contains { $0.reads.contains(.place(EntityKind.place.rawValue + "\u{1}Marlow", true)) })
        // Without the flood story the answer is no: the paper is linked again, and "Marlow" is now the
        // paper's short form, as linking from scratch makes it.
        let alone = [Self.paper(1)]
        let (r2, m2) = Self.linked(alone, previous: Self.stored(m1))
        #expect(m2.reused == 0)
        let plain = link(alone)
        #expect(r2.entities == plain.entities)
        #expect(plain.entities.contains { e in e.name == "Marlow Echo" && e.mentions.contains { $0.text == "Marlow" } })
    }

    @Test func theRecordKeepsEveryField() throws {
        let (_, memo) = Self.linked([Self.paper(1), Self.flood(2), Self.other(3)])
        #expect(memo.fresh.count == 3)
        for entry in memo.fresh {
            let blob = try #require(Deflate.decompress(entry.data))
            let value = try LinkedArticleRecord.decode(blob)
            #expect(LinkedArticleRecord.encode(value) == blob)
            #expect(!value.linking.mentions.isEmpty)
        }
        let paper = try LinkedArticleRecord.decode(#require(Deflate.decompress(memo.fresh[0].data)))
        #expect(paper.contexts.values.contains { !$0.nationalities.isEmpty || !$0.fields.isEmpty })
        #expect(paper.linking.entities.contains { !$0.explicitAcronyms.isEmpty })
        #expect(paper.linking.reason.contains { $0?.contains(LinkedArticle.placeholder) == true })
        // If one of these fails, a field was added to the struct: write and read it in
        // LinkedArticleRecord, then update the count (and the format byte).
        #expect(Mirror(reflecting: paper.linking).children.count == LinkedArticleRecord.linkingFields)
        #expect(Mirror(reflecting: paper.linking.entities[0]).children.count == LinkedArticleRecord.entityFields)
        #expect(Mirror(reflecting: PersonContext()).children.count == LinkedArticleRecord.contextFields)
        #expect(Mirror(reflecting: paper.linking.mentions[0]).children.count == LinkedArticleRecord.mentionFields)
    }

    @Test func aDamagedOrForeignRecordIsAMiss() throws {
        let (_, memo) = Self.linked([Self.paper(1)])
        let blob = try #require(memo.fresh.first.flatMap { Deflate.decompress($0.data) })
        let codec = MemoCodec<LinkedArticle>.linkedArticle
        #expect(codec.decode(blob) != nil)
        for cut in [1, 5, blob.count / 2, blob.count - 1] { #expect(codec.decode(blob.prefix(cut)) == nil) }
        var other = blob
        other[0] = LinkedArticleRecord.format &+ 1
        #expect(codec.decode(other) == nil)
        #expect(codec.decode(blob + Data([0])) == nil)
    }
}

@Suite struct NameMemoTests {
    static let names: [(String, EntityKind)] = [
        ("Senator John Q. Public Jr.", .person), ("the Prime Minister", .person), ("General Motors (GM)", .organization),
        ("Russia's Foreign Ministry", .organization), ("U.S.", .place), ("Collective Security Treaty Organization", .organization),
        ("Nagorno-Karabakh", .place), ("Jean-Marie Le Pen", .person), ("Banque du Caire", .organization),
    ]

    @Test func aStoredFormIsTheFormReadAgain() throws {
        let forms = Self.names.map { NameForm(text: $0.0, kind: $0.1) }
        let codec = MemoCodec<[NameForm]>.nameForms
        let blob = try #require(codec.encode(forms))
        let back = try #require(codec.decode(blob))
        #expect(back.count == forms.count)
        for (a, b) in zip(forms, back) {
            // Every stored property (the record writes all of them, as the count below checks).
            var wa = BinaryRecord.Writer(), wb = BinaryRecord.Writer()
            a.write(&wa)
            b.write(&wb)
            #expect(wa.data == wb.data)
            #expect(a.display == b.display && a.kind == b.kind && a.orgKey == b.orgKey && a.derivedAcronyms == b.derivedAcronyms)
        }
        // If this fails, a property was added to NameForm: write and read it, then update the count
        // (and `recordFormat`).
        #expect(Mirror(reflecting: forms[0]).children.count == NameForm.storedFields)
        for cut in [1, blob.count / 2, blob.count - 1] { #expect(codec.decode(blob.prefix(cut)) == nil) }
        #expect(codec.decode(blob + Data([0])) == nil)
    }

    @Test func linkingWithStoredNamesEqualsLinkingAgain() {
        let docs = [LinkMemoTests.paper(1), LinkMemoTests.flood(2), LinkMemoTests.other(3)]
        let first = NameMemo(stage: "names", codec: .nameForms)
        let r1 = EntityLinker().link(articles: docs.map(\.article), mentions: docs.map(\.mentions), memos: LinkerMemos(names: first))
        #expect(first.reused == 0 && first.fresh.count == 3)
        let second = NameMemo(stage: "names", previous: Dictionary(first.fresh.map { ($0.digest, $0.data) }, uniquingKeysWith: { a, _ in a }),
                              codec: .nameForms)
        let r2 = EntityLinker().link(articles: docs.map(\.article), mentions: docs.map(\.mentions), memos: LinkerMemos(names: second))
        #expect(second.reused == 3)
        #expect(r1.entities == r2.entities)
        #expect(r2.entities == link(docs).entities)
    }
}

@Suite struct RelationMemoTests {
    /// A story that states a role and a country ("Russian Foreign Minister"), and one that names the country.
    static func minister(_ ordinal: Int) -> LinkDoc {
        LinkMemoTests.named("minister.txt", LinkDoc(ordinal, "Russian Foreign Minister Ivo Brandt met Karl Osten, head of the Baltic Line, on Monday.",
                                                    [("Ivo Brandt", .person), ("Karl Osten", .person), ("Baltic Line", .organization)]))
    }

    static func country(_ ordinal: Int) -> LinkDoc {
        LinkMemoTests.named("country.txt", LinkDoc(ordinal, "Russia said on Tuesday that Ivo Brandt would travel.",
                                                   [("Russia", .place), ("Ivo Brandt", .person)]))
    }

    static func linked(_ docs: [LinkDoc], previous: [String: Data] = [:]) -> (LinkResult, RelationMemo) {
        let memo = RelationMemo(stage: "relations", previous: previous, codec: .storedRelations)
        return (EntityLinker().link(articles: docs.map(\.article), mentions: docs.map(\.mentions), memos: LinkerMemos(relations: memo)), memo)
    }

    @Test func storedRelationsComeBackWithTheArticlesNewIds() throws {
        let first = [Self.minister(1), Self.country(2)]
        let (r1, m1) = Self.linked(first)
        #expect(r1.entities == link(first).entities)
        let brandt = try #require(r1.entity(named: "Ivo Brandt"))
        #expect(brandt.roles.contains { $0.title.contains("Foreign Minister") })
        #expect(brandt.links.contains { $0.relation == "affiliated-with" && r1.entities[$0.entity.ordinal - 1].name == "Russia" })
        // Shifted by a story before them: both earlier stories' relations are reused, with the new ids.
        let moved = [LinkMemoTests.other(1), Self.minister(2), Self.country(3)]
        let (r2, m2) = Self.linked(moved, previous: LinkMemoTests.stored(m1))
        #expect(m2.reused == 2)
        #expect(r2.entities == link(moved).entities)
    }

    @Test func aCountryWithoutItsPlaceNowFindsTheRelationsAgain() {
        let (_, m1) = Self.linked([Self.minister(1), Self.country(2)])
        let alone = [Self.minister(1)]
        let (r2, m2) = Self.linked(alone, previous: LinkMemoTests.stored(m1))
        #expect(m2.reused == 0)
        #expect(r2.entities == link(alone).entities)
        #expect(!(r2.entity(named: "Ivo Brandt")?.links.contains { $0.relation == "affiliated-with" } ?? true))
    }

    @Test func theRecordComesBackExactly() {
        let v = StoredRelations(reads: [.init(country: "russia", label: 3), .init(country: "peru", label: 0)],
                                roles: [.init(entity: 1, title: "Foreign Minister", date: "2021-04-12"), .init(entity: 2, title: "head", date: nil)],
                                links: [.init(entity: 1, target: 3, relation: "affiliated-with")])
        let codec = MemoCodec<StoredRelations>.storedRelations
        let blob = codec.encode(v) ?? Data()
        #expect(codec.decode(blob) == v)
        for cut in [1, blob.count / 2, blob.count - 1] { #expect(codec.decode(blob.prefix(cut)) == nil) }
        #expect(codec.decode(blob + Data([0])) == nil)
    }
}
