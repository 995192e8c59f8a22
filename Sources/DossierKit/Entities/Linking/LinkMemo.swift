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

/// The memoised steps of linking: each article's names, its own linking, the relations it states, and
/// the joins across articles of each component (`ComponentMemo`).
struct LinkerMemos: Sendable {
    var links: LinkMemo?
    var names: NameMemo?
    var relations: RelationMemo?
    var components: ComponentMemo?

    init(links: LinkMemo? = nil, names: NameMemo? = nil, relations: RelationMemo? = nil, components: ComponentMemo? = nil) {
        self.links = links
        self.names = names
        self.relations = relations
        self.components = components
    }

    /// Every step, with `previous[stage]` (digest → stored value) from the index.
    init(previous: [String: [String: Data]]) {
        links = LinkMemo(stage: "links", previous: previous["links"] ?? [:], codec: .linkedArticle)
        names = NameMemo(stage: "names", previous: previous["names"] ?? [:], codec: .nameForms)
        relations = RelationMemo(stage: "relations", previous: previous["relations"] ?? [:], codec: .storedRelations)
        components = ComponentMemo(stage: "components", previous: previous["components"] ?? [:], codec: .linkedComponent)
    }

    var all: [any StoredMemo] {
        var out: [any StoredMemo] = []
        if let links { out.append(links) }
        if let names { out.append(names) }
        if let relations { out.append(relations) }
        if let components { out.append(components) }
        return out
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

    /// The linking as `article` (number `index` of the corpus) uses it, made in place: the stored form
    /// is used once, and a copy of every article's linking at the linking stage's memory peak is what
    /// the full build's peak cannot afford.
    mutating func restore(article: ArticleID, index: Int, known: [String: NameForm]) -> (ArticleLinking, [Int: PersonContext]) {
        linking.articleIndex = index
        let label = article.description
        for k in linking.mentions.indices { linking.mentions[k].article = article }
        for k in linking.reason.indices {
            guard let r = linking.reason[k], r.utf8.contains(2) else { continue }
            linking.reason[k] = r.replacingOccurrences(of: Self.placeholder, with: label)
        }
        for k in linking.refused.indices where linking.refused[k].utf8.contains(2) {
            linking.refused[k] = linking.refused[k].replacingOccurrences(of: Self.placeholder, with: label)
        }
        if linking.forms.count != linking.mentions.count {
            linking.forms = linking.mentions.map { known[ArticleLinker.formKey($0)] ?? NameForm(text: $0.text, kind: $0.kind) }
        }
        return (linking, contexts)
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
        if var stored = stored(digest), stored.reads.allSatisfy(facts.holds) {
            record(index, unit: article.source, digest: digest, value: nil, reused: true)
            return stored.restore(article: article.id, index: index, known: facts.known)
        }
        let reads = LinkReads()
        // Built in a closure, so that `value` holds the only reference to the linking's arrays.
        var value = { () -> LinkedArticle in
            let (al, contexts) = link(input, ms, reads)
            return LinkedArticle(linking: al, contexts: contexts, reads: reads.all)
        }()
        record(index, unit: article.source, digest: digest, value: value, reused: false)
        return value.restore(article: article.id, index: index, known: facts.known)
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
    static let format: UInt8 = 4
    /// The stored fields of the structs this record writes; tests compare them with the structs, so
    /// that a field added later cannot be silently dropped (an update would differ from a fresh run).
    static let linkingFields = 11, entityFields = 4, contextFields = 4, mentionFields = 7

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
            w.mentionAfterStart(m)
            w.byte(UInt8(al.status[i].rawValue))
            w.optional(al.reason[i])
            w.double(al.linkConfidence[i])
            w.varint(al.local[i].map { $0 + 1 } ?? 0)
        }
        w.varint(al.entities.count)
        for e in al.entities {
            w.kind(e.kind)
            w.varint(e.members.count)
            for m in e.members { w.varint(m) }
            w.byte(e.isLoneName ? 1 : 0)
            let acronyms = e.explicitAcronyms.sorted()
            w.varint(acronyms.count)
            for a in acronyms { w.string(a) }
        }
        w.varint(al.refused.count)
        for r in al.refused { w.string(r) }
        w.optional(al.country)
        w.varint(al.tiedCountries.count)
        for c in al.tiedCountries { w.string(c) }
        w.varint(v.contexts.count)
        for (e, c) in v.contexts.sorted(by: { $0.key < $1.key }) {
            w.varint(e)
            for map in [c.nationalities, c.fields, c.roles, c.sports] {
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
            al.mentions.append(try r.mention(article: LinkedArticle.storedID, start: try r.varint()))
            guard let status = NameStatus(rawValue: Int(try r.byte())) else { throw BinaryRecord.Reader.damaged }
            al.status.append(status)
            al.reason.append(try r.optional())
            al.linkConfidence.append(try r.double())
            let local = try r.varint()
            al.local.append(local == 0 ? nil : local - 1)
        }
        for _ in 0..<(try r.count()) {
            let kind = try r.kind()
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
        al.country = try r.optional()
        for _ in 0..<(try r.count()) { al.tiedCountries.append(try r.string()) }
        var contexts: [Int: PersonContext] = [:]
        for _ in 0..<(try r.count()) {
            let e = try r.varint()
            var c = PersonContext()
            for part in 0..<4 {
                for _ in 0..<(try r.count()) {
                    let k = try r.string(), text = try r.string()
                    switch part {
                    case 0: c.nationalities[k] = text
                    case 1: c.fields[k] = text
                    case 2: c.roles[k] = text
                    default: c.sports[k] = text
                    }
                }
            }
            contexts[e] = c
        }
        guard r.at == r.bytes.count else { throw BinaryRecord.Reader.damaged }
        return LinkedArticle(linking: al, contexts: contexts, reads: reads)
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
    /// In parallel: encoding and compressing every article's forms is a full build's work.
    func store(_ keysOf: [[String]], lookups: [(digest: String, forms: [NameForm]?)], units: [String], known: [String: NameForm]) {
        let n = min(keysOf.count, lookups.count, units.count)
        DispatchQueue.concurrentPerform(iterations: n) { i in
            if lookups[i].forms != nil {
                record(i, unit: units[i], digest: lookups[i].digest, value: nil, reused: true)
            } else {
                let keys = keysOf[i]
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

/// The relations one article states (`RelationFinder`), in a position-free form: entities are
/// numbered by first appearance among the article's mentions, and a country's place entity that the
/// article does not mention gets a number after those. The finder asks the corpus one question,
/// which place entity is a country's; the answers are stored and must still hold for reuse.
struct StoredRelations: Sendable, Equatable {
    /// Country key → the number the answer got (0: no place entity for it).
    var reads: [Read]
    var roles: [StoredRole]
    var links: [StoredLink]

    struct Read: Sendable, Equatable { var country: String; var label: Int }
    struct StoredRole: Sendable, Equatable { var entity: Int; var title: String; var date: String? }
    struct StoredLink: Sendable, Equatable { var entity: Int; var target: Int; var relation: String }
}

typealias RelationMemo = StageMemo<StoredRelations>

/// The answers one finder got (one finder, one thread), and the numbers given to places the article
/// does not mention.
final class RelationAnswers {
    var reads: [StoredRelations.Read] = []
    var external: [EntityID: Int] = [:]
}

extension StageMemo where Value == StoredRelations {
    /// The relations article number `index` states, given its linked mentions in offset order: stored
    /// ones when an earlier run read the same input and got the same answers, else found again.
    func relations(index: Int, article: Article, mentions: [Mention], placeByCountry: [String: EntityID]) -> StatedRelations {
        var label: [EntityID: Int] = [:]
        var real: [Int: EntityID] = [:]
        var ms = mentions
        for k in ms.indices {
            ms[k].article = LinkedArticle.storedID
            guard let id = ms[k].entity else { continue }
            if label[id] == nil {
                let next = label.count + 1
                label[id] = next
                real[next] = id
            }
            ms[k].entity = EntityID(ordinal: label[id] ?? 0)
        }
        var input = article
        input.id = LinkedArticle.storedID
        let digest = Self.digest(LinkInput(article: Self.withoutText(input), mentions: ms), texts: [article.text])
        if let stored = stored(digest),
           let out = Self.restore(stored, article: article, real: real, label: label, placeByCountry: placeByCountry) {
            record(index, unit: article.source, digest: digest, value: nil, reused: true)
            return out
        }
        let answers = RelationAnswers()
        let local = label.count
        let frozenLabel = label
        let found = RelationFinder(article: input, mentions: ms, placeByCountry: { country in
            guard let pid = placeByCountry[country] else {
                answers.reads.append(StoredRelations.Read(country: country, label: 0))
                return nil
            }
            let l: Int
            if let own = frozenLabel[pid] { l = own }
            else if let e = answers.external[pid] { l = e }
            else { l = local + answers.external.count + 1; answers.external[pid] = l }
            answers.reads.append(StoredRelations.Read(country: country, label: l))
            return EntityID(ordinal: l)
        }).find()
        var seen = Set<String>()
        let value = StoredRelations(
            reads: answers.reads.filter { seen.insert($0.country).inserted },
            roles: found.roles.map { StoredRelations.StoredRole(entity: $0.0.ordinal, title: $0.1.title, date: $0.1.date) },
            links: found.links.map { StoredRelations.StoredLink(entity: $0.0.ordinal, target: $0.1.entity.ordinal, relation: $0.1.relation) })
        record(index, unit: article.source, digest: digest, value: value, reused: false)
        // The answers were just read from `placeByCountry`, so they hold.
        return Self.restore(value, article: article, real: real, label: label, placeByCountry: placeByCountry) ?? StatedRelations()
    }

    /// The stored relations with the article's ids, or nil when an answer no longer holds.
    static func restore(_ v: StoredRelations, article: Article, real: [Int: EntityID], label: [EntityID: Int],
                        placeByCountry: [String: EntityID]) -> StatedRelations? {
        var ids = real
        for r in v.reads {
            let now = placeByCountry[r.country]
            if r.label == 0 {
                guard now == nil else { return nil }
                continue
            }
            guard let now else { return nil }
            if r.label <= real.count {
                guard real[r.label] == now else { return nil }
            } else if let had = ids[r.label] {
                guard had == now else { return nil }
            } else {
                // Another entity of the article now would have got its own number.
                guard label[now] == nil else { return nil }
                ids[r.label] = now
            }
        }
        var out = StatedRelations()
        for r in v.roles {
            guard let id = ids[r.entity] else { return nil }
            out.roles.append((id, Role(title: r.title, article: article.id, date: r.date)))
        }
        for l in v.links {
            guard let id = ids[l.entity], let target = ids[l.target] else { return nil }
            out.links.append((id, EntityLink(entity: target, relation: l.relation, evidence: article.id)))
        }
        return out
    }
}

extension MemoCodec where Value == StoredRelations {
    static var storedRelations: MemoCodec {
        MemoCodec(encode: { v in
            var w = BinaryRecord.Writer()
            w.byte(StoredRelationsRecord.format)
            w.varint(v.reads.count)
            for r in v.reads { w.string(r.country); w.varint(r.label) }
            w.varint(v.roles.count)
            for r in v.roles {
                w.varint(r.entity)
                w.string(r.title)
                w.optional(r.date)
            }
            w.varint(v.links.count)
            for l in v.links { w.varint(l.entity); w.varint(l.target); w.string(l.relation) }
            return w.data
        }, decode: { data in try? StoredRelationsRecord.decode(data) })
    }
}

enum StoredRelationsRecord {
    /// Bumped with the layout.
    static let format: UInt8 = 1

    static func decode(_ data: Data) throws -> StoredRelations {
        var r = BinaryRecord.Reader(data)
        guard try r.byte() == format else { throw BinaryRecord.Reader.damaged }
        var v = StoredRelations(reads: [], roles: [], links: [])
        for _ in 0..<(try r.count()) { v.reads.append(.init(country: try r.string(), label: try r.varint())) }
        for _ in 0..<(try r.count()) {
            let entity = try r.varint(), title = try r.string()
            v.roles.append(.init(entity: entity, title: title, date: try r.optional()))
        }
        for _ in 0..<(try r.count()) {
            let entity = try r.varint(), target = try r.varint()
            v.links.append(.init(entity: entity, target: target, relation: try r.string()))
        }
        guard r.at == r.bytes.count else { throw BinaryRecord.Reader.damaged }
        return v
    }
}
