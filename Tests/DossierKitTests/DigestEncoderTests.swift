// The memo digest tells inputs apart exactly where their encodings differ: nesting, nil against a
// missing key, where one string ends and the next begins, every field of an article; and a
// dictionary's digest does not depend on its hash order.

@testable import DossierKit
import Foundation
import Testing

@Suite struct DigestEncoderTests {
    struct Probe: Codable {
        var name: String
        var note: String?
        var values: [[Int]]
        var flag = false
        var ratio = 0.5
        var small: UInt8 = 0
    }

    func digest<T: Encodable>(_ v: T, texts: [String] = []) throws -> String { try DigestEncoder.digest(v, texts: texts) }

    @Test func sameEncodingSameDigest() throws {
        let p = Probe(name: "Pashinyan", note: nil, values: [[1, 2], [3]])
        #expect(try digest(p) == digest(p))
        #expect(try digest(p, texts: ["text"]) == digest(p, texts: ["text"]))
    }

    @Test func differentEncodingsDifferentDigests() throws {
        let base = Probe(name: "Pashinyan", note: nil, values: [[1, 2], [3]])
        var variants: [Probe] = []
        var v = base; v.values = [[1], [2, 3]]; variants.append(v)
        v = base; v.values = [[1, 2, 3]]; variants.append(v)
        v = base; v.values = [[1, 2], [3], []]; variants.append(v)
        v = base; v.note = ""; variants.append(v)
        v = base; v.name = "Pashinian"; variants.append(v)
        v = base; v.flag = true; variants.append(v)
        v = base; v.ratio = 0.25; variants.append(v)
        v = base; v.small = 1; variants.append(v)
        let digests = try ([base] + variants).map { try digest($0) }
        #expect(Set(digests).count == digests.count)
        // Where one text ends and the next begins counts.
        #expect(try digest(base, texts: ["ab", "c"]) != digest(base, texts: ["a", "bc"]))
        #expect(try digest(base, texts: ["abc"]) != digest(base))
    }

    @Test func dictionariesHashTheSameInAnyOrder() throws {
        var small: [String: String] = [:]
        var large: [String: String] = [:]
        large.reserveCapacity(1000)
        let pairs = (0..<40).map { ("key\($0)", "value \($0)") }
        for (k, value) in pairs { small[k] = value }
        for (k, value) in pairs.reversed() { large[k] = value }
        #expect(Array(small.keys) != Array(large.keys))  // different hash orders, else this proves nothing
        #expect(try digest(small) == digest(large))
        large["key0"] = "changed"
        #expect(try digest(small) != digest(large))
    }

    @Test func everyArticleFieldCounts() throws {
        let a = Article(id: ArticleID(ordinal: 1), source: "a.txt", header: StoryHeader(title: "Talks"), text: "", paragraphs: [TextSpan(0, 5)], sentences: [TextSpan(0, 5)],
                        captions: [], metadata: ["section": "world"])
        var changed: [Article] = []
        var b = a; b.byline = "A Reporter"; changed.append(b)
        b = a; b.sentences = [TextSpan(0, 4)]; changed.append(b)
        b = a; b.metadata["section"] = "politics"; changed.append(b)
        b = a; b.date = DateInfo(value: "2021-04-14", granularity: .day, expression: "14 April", basis: "dateline", conflict: nil, after: nil)
        changed.append(b)
        for c in changed { #expect(try digest(a) != digest(c)) }
    }

    /// The shortcuts hash exactly the nodes the values' encodings give: a field added to Mention or a
    /// change to TextSpan's encoding makes this fail until `DigestShortcut` follows it.
    @Test func shortcutsHashWhatTheEncodingGives() throws {
        func viaEncoder<T: Encodable>(_ v: T) throws -> String {
            let h = DigestHasher()
            try v.encode(to: DigestEncoder(hasher: h, depth: 3))
            return h.hex
        }
        func viaShortcut(_ v: any DigestShortcut) -> String {
            let h = DigestHasher()
            v.digest(into: h, depth: 3)
            return h.hex
        }
        for span in [TextSpan(0, 0), TextSpan(12, 40), TextSpan(-1, 5)] {
            #expect(try viaEncoder(span) == viaShortcut(span))
        }
        let mentions = [
            Mention(article: ArticleID(ordinal: 3), span: TextSpan(4, 12), text: "Pashinyan", kind: .person),
            Mention(article: ArticleID(ordinal: 1), span: TextSpan(0, 4), text: "CSTO", kind: .organization, role: "bloc",
                    entity: EntityID(ordinal: 7), confidence: 0.8),
            Mention(article: ArticleID(ordinal: 2), span: TextSpan(9, 15), text: "Ереван", kind: .place, entity: EntityID(ordinal: 1)),
        ]
        for m in mentions { #expect(try viaEncoder(m) == viaShortcut(m)) }
    }
}
