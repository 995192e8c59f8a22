// Event extraction of an article is a pure function of what it reads: the article (text, spans, final
// date), its linked mentions, every recognized name and its time expressions. An update of the index
// reuses the drafts an earlier run found for the same input instead of extracting again (a third of
// the corpus-wide stage). The input is put in a form that does not depend on where the article sits
// in the corpus: the article id becomes a1 and entity ids are numbered by first appearance among the
// article's mentions, so that a file added before it, which renumbers articles and entities, does not
// make its drafts stale. The extractor uses ids only as labels (equality), so relabelling the input
// and the output the same way gives exactly what extracting again would give.

import Foundation

/// Drafts of earlier runs by input digest, and what this run found, to be stored for the next.
public final class EventMemo: @unchecked Sendable {
    /// Digest → canonical drafts, encoded; from the index.
    let previous: [String: Data]
    private var found: [Int: Entry] = [:]
    private let lock = NSLock()
    /// Articles whose drafts came from `previous` (for the update report).
    public private(set) var reused = 0

    struct Entry {
        var source: String
        var digest: String
        /// Nil when the drafts were reused (the stored row is already right).
        var data: Data?
    }

    public init(previous: [String: Data] = [:]) { self.previous = previous }

    /// (source, digest, encoded drafts) of every article extracted anew in this run.
    var fresh: [(source: String, digest: String, data: Data)] {
        lock.lock()
        defer { lock.unlock() }
        return found.keys.sorted().compactMap { k in
            guard let e = found[k], let d = e.data else { return nil }
            return (e.source, e.digest, d)
        }
    }

    /// Every article's (source, digest) in this run.
    var digests: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        var out: [String: String] = [:]
        for e in found.values { out[e.source] = e.digest }
        return out
    }

    /// The article's drafts: reused when an earlier run saw the same input, else from `extract`.
    func drafts(index: Int, article: Article, mentions: [Mention], names: [TextSpan], timexes: [TimeExpression],
                extract: () -> [EventDraft]) -> [EventDraft] {
        let input = Canonical(article: article, mentions: mentions)
        let digest = input.digest(names: names, timexes: timexes)
        if let data = previous[digest], let stored = try? JSONDecoder().decode([EventDraft].self, from: data) {
            let restored = stored.compactMap { input.restore($0) }
            if restored.count == stored.count {
                record(index, Entry(source: article.source, digest: digest, data: nil), reused: true)
                return restored
            }
        }
        let drafts = extract()
        // Stored only when every id maps; otherwise the next run extracts this article again.
        let canonical = drafts.compactMap { input.canonical($0) }
        let data = canonical.count == drafts.count ? try? Self.encoder.encode(canonical) : nil
        record(index, Entry(source: article.source, digest: digest, data: data), reused: false)
        return drafts
    }

    private func record(_ index: Int, _ entry: Entry, reused r: Bool) {
        lock.lock()
        found[index] = entry
        if r { reused += 1 }
        lock.unlock()
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// The position-free form of one article's input.
    struct Canonical {
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

        struct Input: Encodable {
            var article: Article
            var mentions: [Mention]
            var names: [TextSpan]
            var timexes: [TimeExpression]
        }

        /// Two FNV-1a hashes (128 bits) of the canonical input's JSON with sorted keys.
        func digest(names: [TextSpan], timexes: [TimeExpression]) -> String {
            let data = (try? EventMemo.encoder.encode(Input(article: article, mentions: mentions, names: names, timexes: timexes))) ?? Data()
            return data.withUnsafeBytes { b in
                String(Fingerprint.fnv1a(b), radix: 16) + "-" + String(Fingerprint.fnv1a(b, seed: 0x84222325cbf29ce4), radix: 16)
            }
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
}
