// The linking of one article (`ArticleLinker`, and what the story says of its people) memoised across
// runs of the index, like event extraction: a fifth of an update's CPU went to linking every unchanged
// article again (perf, one file changed on the 4,677-story corpus). Unlike extraction, linking an
// article asks the corpus three questions: whether a shorter name stands alone beside a longer one
// (how many stories write each), whether a name is written as a place anywhere, and whether letters are
// written in the plural ("PCs"). The questions asked and the answers got are stored with the result,
// and the result is reused only while every answer is still the same: a stored linking is what
// linking again would give, by construction, however the rest of the corpus changed.
//
// The stored form does not depend on where the article sits in the corpus: the article is linked as
// `a0`, reasons name it by a placeholder, and both are replaced by the real id when the result is
// used, on a fresh run as on a reused one. Name forms are not stored: each is the form of its
// mention's name (`ArticleLinker.formKey`), which the linker reads once per corpus anyway.

import Foundation

/// A corpus-wide question an article's linking asked, with the answer it got.
enum LinkRead: Hashable, Sendable {
    /// Whether the shorter name stands alone beside the longer one (`ArticleLinker.standsAlone`), by
    /// their frequency keys.
    case standsAlone(String, String, Bool)
    /// Whether the corpus writes a name as a place, by its form key.
    case place(String, Bool)
    /// Whether the corpus writes these letters in the plural.
    case countable(String, Bool)
}

/// The questions one article's linking asks, each once, in the order first asked. One linker on one
/// thread writes it.
final class LinkReads {
    private(set) var all: [LinkRead] = []
    private var seen: Set<LinkRead> = []

    func note(_ read: LinkRead) {
        if seen.insert(read).inserted { all.append(read) }
    }
}

/// What the corpus answers now, to check stored answers against.
struct LinkFacts: Sendable {
    let frequency: [String: Int]
    let known: [String: NameForm]
    let countable: Set<String>

    func holds(_ read: LinkRead) -> Bool {
        switch read {
        case .standsAlone(let shorter, let longer, let answer):
            return ArticleLinker.standsAlone(frequency[shorter] ?? 0, frequency[longer] ?? 0) == answer
        case .place(let key, let answer):
            return (known[key] != nil) == answer
        case .countable(let letters, let answer):
            return countable.contains(letters) == answer
        }
    }
}

/// One article's linking in its stored, position-free form.
struct LinkedArticle: Sendable {
    /// Linked as article `a0`, with reasons naming it by `placeholder`; `forms` may be empty (they
    /// are filled in on use).
    var linking: ArticleLinking
    /// What the story says of each of its people, by local entity.
    var contexts: [Int: PersonContext]
    /// The corpus-wide answers the linking depends on.
    var reads: [LinkRead]

    /// How reasons name the article in the stored form (a character no reason otherwise holds).
    static let placeholder = "\u{2}"
    /// The id the article has in the stored form.
    static let storedID = ArticleID(ordinal: 0)

    /// The linking as `article` (number `index` of the corpus) uses it.
    func restored(article: ArticleID, index: Int, known: [String: NameForm]) -> (ArticleLinking, [Int: PersonContext]) {
        var al = linking
        al.articleIndex = index
        let label = article.description
        for k in al.mentions.indices { al.mentions[k].article = article }
        al.reason = al.reason.map { $0.map { $0.replacingOccurrences(of: Self.placeholder, with: label) } }
        al.refused = al.refused.map { $0.replacingOccurrences(of: Self.placeholder, with: label) }
        if al.forms.count != al.mentions.count {
            al.forms = al.mentions.map { known[ArticleLinker.formKey($0)] ?? NameForm(text: $0.text, kind: $0.kind) }
        }
        return (al, contexts)
    }
}

/// Each article's linking, keyed by its input (the article without its id, and its mentions).
typealias LinkMemo = StageMemo<LinkedArticle>

extension StageMemo where Value == LinkedArticle {
    /// The linking of article number `index`: a stored one when an earlier run linked the same input
    /// and every answer it read still holds, else `link`'s, given the stored form of the input and
    /// where to write the answers it reads.
    func linking(index: Int, article: Article, mentions: [Mention], facts: LinkFacts,
                 link: (_ article: Article, _ mentions: [Mention], _ reads: LinkReads) -> (ArticleLinking, [Int: PersonContext]))
        -> (ArticleLinking, [Int: PersonContext]) {
        var input = article
        input.id = LinkedArticle.storedID
        var ms = mentions
        for k in ms.indices { ms[k].article = input.id }
        let digest = Self.digest(LinkInput(article: Self.withoutText(input), mentions: ms), texts: [article.text])
        if let stored = stored(digest), stored.reads.allSatisfy(facts.holds) {
            record(index, unit: article.source, digest: digest, value: nil, reused: true)
            return stored.restored(article: article.id, index: index, known: facts.known)
        }
        let reads = LinkReads()
        let (al, contexts) = link(input, ms, reads)
        let value = LinkedArticle(linking: al, contexts: contexts, reads: reads.all)
        record(index, unit: article.source, digest: digest, value: value, reused: false)
        return value.restored(article: article.id, index: index, known: facts.known)
    }
}

/// The input of one article's linking, for its digest.
struct LinkInput: Encodable {
    var article: Article
    var mentions: [Mention]
}

extension MemoCodec where Value == LinkedArticle {
    static var linkedArticle: MemoCodec {
        MemoCodec(encode: { LinkedArticleRecord.encode($0) }, decode: { try? LinkedArticleRecord.decode($0) })
    }
}

/// `LinkedArticle` as a binary record (as `EventDraftRecord`: JSON decoding of every unchanged
/// article's memo was the largest cost of reusing it).
enum LinkedArticleRecord {
    /// Bumped with the layout: a record of another format is not decoded (the article is linked again).
    static let format: UInt8 = 1
    /// The stored fields of the structs this record writes; tests compare them with the structs, so
    /// that a field added later cannot be silently dropped (an update would differ from a fresh run).
    static let linkingFields = 10, entityFields = 4, contextFields = 2, mentionFields = 7

    static func encode(_ v: LinkedArticle) -> Data {
        var w = BinaryRecord.Writer()
        w.byte(format)
        w.varint(v.reads.count)
        for r in v.reads {
            switch r {
            case .standsAlone(let a, let b, let answer):
                w.byte(answer ? 1 : 0); w.string(a); w.string(b)
            case .place(let k, let answer):
                w.byte(answer ? 3 : 2); w.string(k)
            case .countable(let k, let answer):
                w.byte(answer ? 5 : 4); w.string(k)
            }
        }
        let al = v.linking
        w.varint(al.mentions.count)
        for (i, m) in al.mentions.enumerated() {
            w.varint(m.span.start)
            w.varint(m.span.end - m.span.start)
            w.string(m.text)
            w.byte(kindCode(m.kind))
            w.byte(m.role == nil ? 0 : 1)
            if let r = m.role { w.string(r) }
            w.varint(m.entity.map { $0.ordinal + 1 } ?? 0)
            w.double(m.confidence)
            w.byte(UInt8(al.status[i].rawValue))
            w.byte(al.reason[i] == nil ? 0 : 1)
            if let r = al.reason[i] { w.string(r) }
            w.double(al.linkConfidence[i])
            w.varint(al.local[i].map { $0 + 1 } ?? 0)
        }
        w.varint(al.entities.count)
        for e in al.entities {
            w.byte(kindCode(e.kind))
            w.varint(e.members.count)
            for m in e.members { w.varint(m) }
            w.byte(e.isLoneName ? 1 : 0)
            let acronyms = e.explicitAcronyms.sorted()
            w.varint(acronyms.count)
            for a in acronyms { w.string(a) }
        }
        w.varint(al.refused.count)
        for r in al.refused { w.string(r) }
        w.byte(al.country == nil ? 0 : 1)
        if let c = al.country { w.string(c) }
        w.varint(v.contexts.count)
        for (e, c) in v.contexts.sorted(by: { $0.key < $1.key }) {
            w.varint(e)
            for map in [c.nationalities, c.fields] {
                w.varint(map.count)
                for (k, text) in map.sorted(by: { $0.key < $1.key }) { w.string(k); w.string(text) }
            }
        }
        return w.data
    }

    static func decode(_ data: Data) throws -> LinkedArticle {
        var r = BinaryRecord.Reader(data)
        guard try r.byte() == format else { throw BinaryRecord.Reader.damaged }
        var reads: [LinkRead] = []
        for _ in 0..<(try r.count()) {
            let tag = try r.byte()
            switch tag {
            case 0, 1: reads.append(.standsAlone(try r.string(), try r.string(), tag == 1))
            case 2, 3: reads.append(.place(try r.string(), tag == 3))
            case 4, 5: reads.append(.countable(try r.string(), tag == 5))
            default: throw BinaryRecord.Reader.damaged
            }
        }
        var al = ArticleLinking(articleIndex: 0)
        let n = try r.count()
        al.reserve(n)
        for _ in 0..<n {
            let start = try r.varint()
            let span = TextSpan(start, start + (try r.varint()))
            let text = try r.string()
            let kind = try kindValue(r.byte())
            let role = try r.byte() == 1 ? try r.string() : nil
            let entity = try r.varint()
            let confidence = try r.double()
            var m = Mention(article: LinkedArticle.storedID, span: span, text: text, kind: kind, confidence: confidence)
            m.role = role
            m.entity = entity == 0 ? nil : EntityID(ordinal: entity - 1)
            al.mentions.append(m)
            guard let status = NameStatus(rawValue: Int(try r.byte())) else { throw BinaryRecord.Reader.damaged }
            al.status.append(status)
            al.reason.append(try r.byte() == 1 ? try r.string() : nil)
            al.linkConfidence.append(try r.double())
            let local = try r.varint()
            al.local.append(local == 0 ? nil : local - 1)
        }
        for _ in 0..<(try r.count()) {
            let kind = try kindValue(r.byte())
            var members: [Int] = []
            for _ in 0..<(try r.count()) {
                let m = try r.varint()
                guard m < n else { throw BinaryRecord.Reader.damaged }
                members.append(m)
            }
            var e = LocalEntity(kind: kind, members: members)
            e.isLoneName = try r.byte() == 1
            for _ in 0..<(try r.count()) { e.explicitAcronyms.insert(try r.string()) }
            al.entities.append(e)
        }
        for local in al.local { if let e = local, e >= al.entities.count { throw BinaryRecord.Reader.damaged } }
        for _ in 0..<(try r.count()) { al.refused.append(try r.string()) }
        al.country = try r.byte() == 1 ? try r.string() : nil
        var contexts: [Int: PersonContext] = [:]
        for _ in 0..<(try r.count()) {
            let e = try r.varint()
            var c = PersonContext()
            for part in 0..<2 {
                for _ in 0..<(try r.count()) {
                    let k = try r.string(), text = try r.string()
                    if part == 0 { c.nationalities[k] = text } else { c.fields[k] = text }
                }
            }
            contexts[e] = c
        }
        guard r.at == r.bytes.count else { throw BinaryRecord.Reader.damaged }
        return LinkedArticle(linking: al, contexts: contexts, reads: reads)
    }

    private static func kindCode(_ k: EntityKind) -> UInt8 { UInt8(EntityKind.allCases.firstIndex(of: k) ?? 0) }

    private static func kindValue(_ code: UInt8) throws -> EntityKind {
        guard Int(code) < EntityKind.allCases.count else { throw BinaryRecord.Reader.damaged }
        return EntityKind.allCases[Int(code)]
    }
}

/// The forms of each article's distinct names (`EntityLinker.readNames`), keyed by the names: reading
/// every name of the corpus again was a tenth of a one-file update's CPU.
typealias NameMemo = StageMemo<[NameForm]>

extension StageMemo where Value == [NameForm] {
    /// For each article's list of name keys, its digest and the forms an earlier run stored for it
    /// (nil when none did), decoded in parallel.
    func lookup(_ keysOf: [[String]]) -> [(digest: String, forms: [NameForm]?)] {
        var out = [(digest: String, forms: [NameForm]?)](repeating: ("", nil), count: keysOf.count)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: keysOf.count) { i in
                let digest = Self.digest(keysOf[i])
                let forms = stored(digest)
                slots.buffer[i] = (digest, forms?.count == keysOf[i].count ? forms : nil)
            }
        }
        return out
    }

    /// Notes each article's names for the next run: reused when `lookup` found them, else their forms.
    func store(_ keysOf: [[String]], lookups: [(digest: String, forms: [NameForm]?)], units: [String], known: [String: NameForm]) {
        for (i, keys) in keysOf.enumerated() where i < lookups.count && i < units.count {
            if lookups[i].forms != nil {
                record(i, unit: units[i], digest: lookups[i].digest, value: nil, reused: true)
            } else {
                let forms = keys.compactMap { known[$0] }
                record(i, unit: units[i], digest: lookups[i].digest, value: forms.count == keys.count ? forms : nil, reused: false)
            }
        }
    }
}

extension MemoCodec where Value == [NameForm] {
    static var nameForms: MemoCodec {
        MemoCodec(encode: { forms in
            var w = BinaryRecord.Writer()
            w.byte(NameForm.recordFormat)
            w.varint(forms.count)
            for f in forms { f.write(&w) }
            return w.data
        }, decode: { data in
            var r = BinaryRecord.Reader(data)
            guard (try? r.byte()) == NameForm.recordFormat, let n = try? r.count() else { return nil }
            var forms: [NameForm] = []
            forms.reserveCapacity(n)
            for _ in 0..<n {
                guard let f = try? NameForm(reading: &r) else { return nil }
                forms.append(f)
            }
            return r.at == r.bytes.count ? forms : nil
        })
    }
}
