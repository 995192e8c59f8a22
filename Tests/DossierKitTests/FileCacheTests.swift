// The per-file cache's binary record: what it keeps comes back exactly, and a damaged blob is an
// error, never a crash or a huge allocation.

@testable import DossierKit
import Foundation
import Testing

@Suite struct FileCacheTests {
    static let analysis: FileAnalysis = {
        let text = "Ереван, 14 апреля — Nikol Pashinyan met Sergei Shoigu. The Harbor Board agreed."
        let date = DateInfo(value: "2021-04-14", granularity: .day, expression: "14 апреля", basis: "dateline",
                            conflict: "metadata says 2021-04-15", after: nil)
        let a1 = Article(id: ArticleID(ordinal: 1), source: "news/a.jsonl", header: StoryHeader(title: "Talks", date: date, dateline: "Ереван"), text: text, paragraphs: [TextSpan(0, 80)],
                         sentences: [TextSpan(0, 54), TextSpan(55, 80)], captions: [], metadata: [:])
        var a2 = a1
        a2.id = ArticleID(ordinal: 2)
        a2.source = "news/a.jsonl#2"
        a2.date = DateInfo(value: nil, granularity: nil, expression: nil, basis: "none found", conflict: nil, after: "1951-02-20")
        let mentions = [
            // Out of offset order on purpose: starts may step backwards.
            Mention(article: a1.id, span: TextSpan(40, 53), text: "Sergei Shoigu", kind: .person, role: nil, confidence: 0.8125),
            Mention(article: a1.id, span: TextSpan(0, 6), text: "Ереван", kind: .place, role: "dateline", confidence: 1),
            Mention(article: a1.id, span: TextSpan(20, 34), text: "Nikol Pashinyan", kind: .person, role: "Prime Minister",
                    entity: EntityID(ordinal: 7), confidence: 0.1 + 0.2),
        ]
        return FileAnalysis(articles: [a1, a2], mentions: [mentions, []],
                            diagnostics: [Diagnostic(.warning, file: "news/a.jsonl", line: 3, message: "line is not JSON; skipped"),
                                          Diagnostic(.note, file: "news", line: nil, message: "über")])
    }()

    @Test func whatTheRecordKeepsComesBackExactly() throws {
        let blob = FileCache.encode(Self.analysis)
        let cached = try FileCache.decode(blob)
        #expect(cached.diagnostics == Self.analysis.diagnostics)
        #expect(cached.articles.map(\.source) == Self.analysis.articles.map(\.source))
        #expect(cached.articles.map(\.date) == Self.analysis.articles.map(\.date))
        #expect(cached.articles.map(\.mentions) == Self.analysis.mentions)
        // No article text (the model tables hold it): a sentence no mention covers is not in the record.
        #expect(!String(decoding: blob, as: UTF8.self).contains("Harbor Board agreed"))
    }

    @Test func aDamagedRecordIsAnErrorNotACrash() throws {
        let blob = FileCache.encode(Self.analysis)
        // Every truncation, and a record of another format.
        for n in 0..<blob.count {
            #expect(throws: DossierError.self) { try FileCache.decode(blob.prefix(n)) }
        }
        var other = blob
        other[other.startIndex] = FileCache.format &+ 1
        #expect(throws: DossierError.self) { try FileCache.decode(other) }
        // A count far beyond the bytes left must not allocate.
        #expect(throws: DossierError.self) { try FileCache.decode(Data([FileCache.format, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F])) }
    }

    @Test func compressedBlobsComeBackExactlyAndDamageIsNil() throws {
        let json = try JSONEncoder().encode([String](repeating: "Pashinyan met Shoigu in Yerevan on Tuesday", count: 50))
        let packed = Deflate.compress(json)
        #expect(packed.count * 5 < json.count, "repetitive JSON shrinks")
        #expect(Deflate.decompress(packed) == json)
        #expect(Deflate.decompress(Deflate.compress(Data())) == Data())
        #expect(Deflate.decompress(Data([1, 2])) == nil)
        var damaged = packed
        damaged[damaged.count / 2] ^= 0xFF
        #expect(Deflate.decompress(damaged) != json)
        // A length that does not match the stream is refused, not trusted for an allocation.
        var lying = packed
        lying[0] = lying[0] &+ 1
        #expect(Deflate.decompress(lying) == nil)
    }
}
