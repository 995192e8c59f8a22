// Clustering scores (B-cubed, cross-document pairs) and the CAT XML reader, on invented data.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct LinkEvaluationTests {
    @Test func perfectClusteringScoresOne() {
        let s = LinkScoring.score(system: ["x", "x", "y"], gold: ["a", "a", "b"], document: [0, 1, 1])
        #expect(s.bcubed == PRF(precision: 1, recall: 1))
        #expect(s.crossDocumentPairs == PRF(precision: 1, recall: 1))
    }

    @Test func bcubedAndPairsByHand() {
        // Gold: {1,2,3} {4}. System: {1,2} {3,4}. Documents: 1,2 in d0; 3,4 in d1.
        let s = LinkScoring.score(system: ["x", "x", "y", "y"], gold: ["a", "a", "a", "b"], document: [0, 0, 1, 1])
        // Precision per mention: 1, 1, 1/2, 1/2 → 0.75. Recall: 2/3, 2/3, 1/3, 1 → 2/3.
        #expect(abs(s.bcubed.precision - 0.75) < 1e-9)
        #expect(abs(s.bcubed.recall - 2.0 / 3.0) < 1e-9)
        // Cross-document pairs: gold (1,3) (2,3); system (3,4) is same-document, so none.
        #expect(s.crossDocumentPairs.recall == 0)
        #expect(s.crossDocumentPairs.precision == 1)
    }

    @Test func readsCATXMLNamedMentionsAndGoldIds() throws {
        let xml = """
            <?xml version="1.0" ?><Document doc_id="9" lang="en">
            <token number="0" sentence="0" t_id="1">Kestrel</token>
            <token number="1" sentence="0" t_id="2">Dynamics</token>
            <token number="2" sentence="0" t_id="3">hires</token>
            <token number="3" sentence="1" t_id="4">Ana</token>
            <token number="4" sentence="1" t_id="5">Lomidze</token>
            <token number="5" sentence="1" t_id="6">&amp;</token>
            <token number="6" sentence="1" t_id="7">it</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/><token_anchor t_id="5"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="7"/></ENTITY_MENTION>
            <ENTITY m_id="10" ent_type="ORG" instance_id="ORG1"/>
            <ENTITY m_id="11" ent_type="PER"/>
            <TIMEX3 m_id="20" functionInDocument="CREATION_TIME" value="2011-03-04"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
            </Relations></Document>
            """
        let doc = try #require(try CATReader.parse(xml, source: "9.xml", ordinal: 1))
        #expect(doc.article.text == "Kestrel Dynamics hires\nAna Lomidze & it")
        #expect(doc.article.date?.value == "2011-03-04")
        #expect(doc.mentions.map(\.text) == ["Kestrel Dynamics", "Ana Lomidze"])
        #expect(doc.mentions.map(\.kind) == [.organization, .person])
        #expect(doc.gold == ["ORG1", "9.xml#11"])
        let lumped = try #require(try CATReader.parse(xml, source: "9.xml", ordinal: 1, missingInstanceAsOne: true))
        #expect(lumped.gold == ["ORG1", "(no instance)"])
        for m in doc.mentions { #expect(doc.article.text.scalarSlice(m.span) == m.text) }
    }

    @Test func systemLabelsFollowTheLinkerAndSingletonsForUnlinked() {
        let docs = [
            LinkDoc(1, "Armen Melikyan spoke.", [("Armen Melikyan", .person)]),
            LinkDoc(2, "Davit Melikian spoke. Melikyan left.", [("Davit Melikian", .person)]),
            LinkDoc(3, "Melikyan refused.", [("Melikyan", .person)]),
        ]
        let gold = docs.map { GoldLinkDocument(article: $0.article, mentions: $0.mentions, gold: $0.mentions.map(\.text)) }
        let labels = LinkScoring.systemLabels(documents: gold, result: link(docs))
        #expect(labels == ["e1", "e2", "unlinked-1"])
    }
}
