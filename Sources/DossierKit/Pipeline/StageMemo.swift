// Steps of the corpus-wide stage that are pure functions of a small input are memoised across runs of
// the index: an update takes the earlier result when the input's digest is the same, and computes the
// rest. Two steps use it: event extraction per article (a third of an update's work), whose input is
// the article (text, spans, final date), its linked mentions, every recognized name and its time
// expressions; and dating per dating unit (a page's stories together, or one record of a collection),
// whose input is those articles as the per-file stage left them. Inputs are put in a form that does
// not depend on where they sit in the corpus: article ids become a1, a2, ... within the unit and
// entity ids are numbered by first appearance among the article's mentions, so that a file added
// before them, which renumbers articles and entities, does not make the results stale. Both steps use
// ids only as labels (equality), so relabelling the input and the output the same way gives exactly
// what computing again would give.

import Foundation

/// Results of one step by input digest: those of earlier runs (from the index) and those of this run,
/// to be stored for the next. Values are stored by their `MemoCodec` and compressed with zlib (`Deflate`).
public final class StageMemo<Value>: StoredMemo, @unchecked Sendable {
    /// The step's name in the index's `memo` table.
    public let stage: String
    /// Digest → stored value; from the index.
    let previous: [String: Data]
    private var found: [Int: Entry] = [:]
    private let lock = NSLock()
    /// Units whose value came from `previous` (for the update report).
    public private(set) var reused = 0

    struct Entry {
        var unit: String
        var digest: String
        /// Nil when the value cannot be stored.
        var data: Data?
    }

    /// How values are turned into stored bytes and back.
    let codec: MemoCodec<Value>

    public init(stage: String, previous: [String: Data] = [:], codec: MemoCodec<Value>) {
        self.stage = stage
        self.previous = previous
        self.codec = codec
    }

    /// (unit, digest, stored value) of every unit of this run that has one.
    public var fresh: [(unit: String, digest: String, data: Data)] {
        lock.lock()
        defer { lock.unlock() }
        return found.keys.sorted().compactMap { k in
            guard let e = found[k], let d = e.data else { return nil }
            return (e.unit, e.digest, d)
        }
    }

    /// Every unit's digest in this run.
    public var digests: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        var out: [String: String] = [:]
        for e in found.values { out[e.unit] = e.digest }
        return out
    }

    /// The stored value for `digest`, if an earlier run computed one.
    func stored(_ digest: String) -> Value? {
        guard let blob = previous[digest], let data = Deflate.decompress(blob) else { return nil }
        return codec.decode(data)
    }

    /// Notes unit number `index` (its name and digest); `value` is what to store, nil when it was reused.
    func record(_ index: Int, unit: String, digest: String, value: Value?, reused r: Bool) {
        // A reused value keeps its stored blob: the unit may not have a row of its own yet (a copy of
        // another story has the same input), and the writer skips rows that are already right.
        let data = r ? previous[digest] : value.flatMap(codec.encode).map(Deflate.compress)
        lock.lock()
        found[index] = Entry(unit: unit, digest: digest, data: data)
        if r { reused += 1 }
        lock.unlock()
    }

    /// The 128-bit digest of the input's encoding (`DigestEncoder`) and of `texts`, hashed as bytes
    /// (article texts are most of the input). An input that cannot be encoded gets a digest of its
    /// own, so that it is computed again rather than matched with another.
    static func digest<T: Encodable>(_ input: T, texts: [String] = []) -> String {
        (try? DigestEncoder.digest(input, texts: texts)) ?? "unencodable-" + UUID().uuidString
    }

    /// The article without its text (which `digest` takes as one of `texts`).
    static func withoutText(_ a: Article) -> Article {
        var a = a
        a.text = ""
        return a
    }

}

/// How a memoised step's values are stored: bytes (compressed by `StageMemo`), and back; nil from
/// `decode` makes the step compute the value again.
public struct MemoCodec<Value>: Sendable {
    let encode: @Sendable (Value) -> Data?
    let decode: @Sendable (Data) -> Value?
}

extension MemoCodec where Value: Codable {
    /// JSON with sorted keys: for small values (a dating unit's dates).
    public static var json: MemoCodec {
        MemoCodec(encode: { value in
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys]
            return try? e.encode(value)
        }, decode: { data in try? JSONDecoder().decode(Value.self, from: data) })
    }
}

/// What the index reads and writes of a memo, whatever its values.
public protocol StoredMemo: Sendable {
    var stage: String { get }
    var reused: Int { get }
    var fresh: [(unit: String, digest: String, data: Data)] { get }
    var digests: [String: String] { get }
}

extension StageMemo where Value: Codable {
    /// A memo whose values are stored as JSON.
    public convenience init(stage: String, previous: [String: Data] = [:]) {
        self.init(stage: stage, previous: previous, codec: .json)
    }
}

/// Event drafts of each article (`Analyzer.analyzeCorpus`), keyed by the extractor's input.
public typealias EventMemo = StageMemo<[EventDraft]>

extension StageMemo where Value == [EventDraft] {
    /// The article's drafts: reused when an earlier run saw the same input, else from `extract`.
    func drafts(index: Int, article: Article, mentions: [Mention], names: [TextSpan], timexes: [TimeExpression],
                extract: () -> [EventDraft]) -> [EventDraft] {
        let input = EventInput(article: article, mentions: mentions)
        let digest = Self.digest(EventInput.Digested(article: Self.withoutText(input.article), mentions: input.mentions, names: names,
                                                     timexes: timexes), texts: [article.text])
        if let stored = stored(digest) {
            let restored = stored.compactMap { input.restore($0) }
            if restored.count == stored.count {
                record(index, unit: article.source, digest: digest, value: nil, reused: true)
                return restored
            }
        }
        let drafts = extract()
        // Stored only when every id maps; otherwise the next run extracts this article again.
        let canonical = drafts.compactMap { input.canonical($0) }
        record(index, unit: article.source, digest: digest, value: canonical.count == drafts.count ? canonical : nil, reused: false)
        return drafts
    }
}

/// The position-free form of one article's input to the event extractor.
struct EventInput {
    var article: Article
    var mentions: [Mention]
    /// Real entity id → label (a1-relative numbering), and back.
    var label: [EntityID: EntityID] = [:]
    var real: [EntityID: EntityID] = [:]
    let articleID: ArticleID

    let text: ScalarText

    init(article a: Article, mentions ms: [Mention]) {
        articleID = a.id
        text = ScalarText(a.text)
        article = a
        article.id = ArticleID(ordinal: 1)
        mentions = ms
        for (k, m) in ms.enumerated() {
            mentions[k].article = article.id
            guard let id = m.entity else { continue }
            if label[id] == nil {
                let l = EntityID(ordinal: label.count + 1)
                label[id] = l
                real[l] = id
            }
            mentions[k].entity = label[id]
        }
    }

    struct Digested: Encodable {
        var article: Article
        var mentions: [Mention]
        var names: [TextSpan]
        var timexes: [TimeExpression]
    }

    /// Nil when the draft names an entity that is not among the input's mentions. The sentence
    /// (and a summary that is the whole sentence) is left out when the article's text at the
    /// draft's span gives it back: the index holds the text already.
    func canonical(_ d: EventDraft) -> EventDraft? {
        guard var d = relabel(d, label) else { return nil }
        if d.span.end <= text.count, !d.sentence.isEmpty, !d.summary.isEmpty, text[d.span] == d.sentence {
            if d.summary == d.sentence { d.summary = "" }
            d.sentence = ""
        }
        return d
    }

    func restore(_ d: EventDraft) -> EventDraft? {
        guard var d = relabel(d, real) else { return nil }
        d.article = articleID
        if d.sentence.isEmpty {
            guard d.span.end <= text.count else { return nil }
            d.sentence = text[d.span]
            if d.summary.isEmpty { d.summary = d.sentence }
        }
        return d
    }

    private func relabel(_ d: EventDraft, _ map: [EntityID: EntityID]) -> EventDraft? {
        var d = d
        d.article = ArticleID(ordinal: 1)
        var participants: [EventParticipant] = []
        for p in d.participants {
            guard let id = map[p.entity] else { return nil }
            participants.append(EventParticipant(entity: id, role: p.role))
        }
        d.participants = participants
        if let s = d.speaker {
            guard let id = map[s] else { return nil }
            d.speaker = id
        }
        return d
    }
}
