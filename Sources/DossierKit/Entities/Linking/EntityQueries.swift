// Queries over linked entities that every CorpusStore shares: variant-aware name matching, related
// entities, and the reports behind `dossier lookup` and `dossier why`.

import Foundation

/// Scores how well a typed name matches an entity's name or alias, variant-aware: "pashinian" finds
/// "Nikol Pashinyan", "harutiunian" finds "Harutyunyan", a typo within one letter still matches.
public enum NameMatcher {
    /// 0 when there is no match; larger is better (100 = the same name).
    public static func score(query: String, name: String) -> Int {
        let qp = NameKey.plain(query), np = NameKey.plain(name)
        guard !qp.isEmpty, !np.isEmpty else { return 0 }
        if qp == np { return 100 }
        let qv = NameKey.variant(query), nv = NameKey.variant(name)
        if qv == nv { return 90 }
        if qv.replacingOccurrences(of: " ", with: "") == nv.replacingOccurrences(of: " ", with: "") { return 85 }
        let qw = qv.split(separator: " "), nw = nv.split(separator: " ")
        if !qw.isEmpty, qw.allSatisfy({ nw.contains($0) }) { return 70 }
        let ql = NameKey.loose(query).split(separator: " "), nl = NameKey.loose(name).split(separator: " ")
        if !ql.isEmpty, ql.allSatisfy({ nl.contains($0) }), qp.count >= 4 { return 50 }
        if qp.count >= 3, np.split(separator: " ").contains(where: { $0.hasPrefix(qp) }) { return 40 }
        let qc = Array(qv.replacingOccurrences(of: " ", with: "")), nc = Array(nv.replacingOccurrences(of: " ", with: ""))
        if qc.count >= 5 {
            let limit = qc.count >= 9 ? 2 : 1
            if editDistance(qc, nc, limit: limit) <= limit { return 30 }
            // A typo in one word of a longer name.
            for w in nw where editDistance(qc, Array(w), limit: limit) <= limit { return 30 }
        }
        if qp.count >= 3, np.contains(qp) { return 20 }
        return 0
    }

    /// The best score over an entity's name and aliases.
    public static func score(query: String, entity: Entity) -> Int {
        ([entity.name] + entity.aliases.map(\.name)).reduce(0) { max($0, score(query: query, name: $1)) }
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var prev = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var cur = [i] + [Int](repeating: 0, count: b.count)
            var rowMin = cur[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            prev = cur
        }
        return prev[b.count]
    }
}

public enum EntityQueries {
    /// Entities related to `entity`: by sentences mentioning both and by relations stated either way.
    /// `mentionsIn` and `sentencesIn` give an article's linked mentions and sentence spans; `incoming`
    /// are links other entities hold to this one.
    public static func related(to entity: Entity, mentionsIn: (ArticleID) throws -> [Mention],
                               sentencesIn: (ArticleID) throws -> [TextSpan], incoming: [(EntityID, EntityLink)],
                               summary: (EntityID) throws -> EntitySummary?, limit: Int) rethrows -> [RelatedEntity] {
        var counts: [EntityID: Int] = [:]
        for article in entity.articleIDs {
            let sentences = try sentencesIn(article)
            let all = try mentionsIn(article)
            var mine = Set<Int>()
            for m in entity.mentions where m.article == article {
                if let s = sentenceIndex(sentences, m.span.start) { mine.insert(s) }
            }
            var seen = Set<String>()
            for other in all {
                guard let oid = other.entity, oid != entity.id, let s = sentenceIndex(sentences, other.span.start),
                      mine.contains(s), seen.insert("\(oid)|\(s)").inserted else { continue }
                counts[oid, default: 0] += 1
            }
        }
        var relations: [EntityID: [EntityLink]] = [:]
        for link in entity.links { relations[link.entity, default: []].append(link) }
        for (from, link) in incoming where from != entity.id {
            let reverse = EntityLink(entity: from, relation: inverse(link.relation), evidence: link.evidence)
            if !(relations[from] ?? []).contains(reverse) { relations[from, default: []].append(reverse) }
        }
        var out: [RelatedEntity] = []
        for oid in Set(counts.keys).union(relations.keys).sorted() {
            guard let s = try summary(oid) else { continue }
            out.append(RelatedEntity(entity: s, coMentions: counts[oid] ?? 0, relations: relations[oid] ?? []))
        }
        return Array(out.sorted {
            ($0.relations.count, $0.coMentions, -$0.entity.id.ordinal) > ($1.relations.count, $1.coMentions, -$1.entity.id.ordinal)
        }.prefix(limit))
    }

    /// The relation as seen from the other side ("member-of" → "has-member").
    public static func inverse(_ relation: String) -> String {
        switch relation {
        case "member-of": return "has-member"
        case "has-member": return "member-of"
        case "affiliated-with": return "has-affiliate"
        case "has-affiliate": return "affiliated-with"
        default: return relation
        }
    }

    static func sentenceIndex(_ sentences: [TextSpan], _ offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(offset) ? lo : nil
    }
}

/// What `dossier lookup` shows for one entity.
public struct LookupReport: Codable, Sendable {
    public struct Sentence: Codable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
    }

    public struct ArticleMentions: Codable, Sendable {
        public var article: ArticleID
        public var title: String
        public var date: String?
        public var mentions: Int
        /// The sentences that mention the entity, in order.
        public var sentences: [Sentence]
    }

    public var query: String
    public var entity: EntitySummary
    public var aliases: [Alias]
    public var roles: [Role]
    public var links: [EntityLink]
    public var articles: [ArticleMentions]
    public var related: [RelatedEntity]
    /// Other entities the query also matched, best first.
    public var otherMatches: [EntitySummary]

    /// Builds the report for the best match of `query`; nil when nothing matches.
    public static func make(query: String, store: any CorpusStore, related limit: Int = 10,
                            others: Int = 5) throws -> LookupReport? {
        let matches = try store.lookup(query, limit: others + 1)
        guard let first = matches.first, let entity = try store.entity(first.id) else { return nil }
        var articles: [ArticleMentions] = []
        for aid in entity.articleIDs {
            guard let a = try store.article(aid) else { continue }
            let text = ScalarText(a.text)
            var spans: [TextSpan] = []
            for m in entity.mentions where m.article == aid {
                let s = EntityQueries.sentenceIndex(a.sentences, m.span.start).map { a.sentences[$0] } ?? m.span
                if spans.last != s { spans.append(s) }
            }
            articles.append(ArticleMentions(
                article: aid, title: a.displayTitle(), date: a.date?.value,
                mentions: entity.mentions.filter { $0.article == aid }.count,
                sentences: spans.map { Sentence(start: $0.start, end: $0.end, text: text[$0]) }))
        }
        return LookupReport(query: query, entity: EntitySummary(entity), aliases: entity.aliases, roles: entity.roles,
                            links: entity.links, articles: articles, related: try store.related(to: entity.id, limit: limit),
                            otherMatches: Array(matches.dropFirst()))
    }

    /// The report as lines of text for a terminal (callers make them terminal-safe).
    public func lines() -> [String] {
        var out: [String] = []
        let e = entity
        out.append("\(e.name)  (\(e.id), \(e.kind.rawValue); \(e.mentionCount) mention\(e.mentionCount == 1 ? "" : "s") in \(e.articleCount) article\(e.articleCount == 1 ? "" : "s"))")
        if !aliases.isEmpty {
            out.append("aliases:")
            for a in aliases { out.append("  \(a.name) — \(a.reason)") }
        }
        if !roles.isEmpty {
            out.append("roles:")
            // One line per title (RoleGroup), in date order: a title restated in many articles
            // ("British Prime Minister" in 40 reports) is one line with its span of dates.
            for group in RoleGroup.group(roles) {
                guard group.roles.count > 1 else {
                    for r in group.roles { out.append("  \(r.title) (\(r.article)\(r.date.map { ", " + $0 } ?? ""))") }
                    continue
                }
                var ids = group.roles.prefix(5).map(\.article.description).joined(separator: ", ")
                if group.roles.count > 5 { ids += ", …" }
                out.append("  \(group.title) (\(group.roles.count) articles\(group.dateSpan.map { ", " + $0 } ?? ""): \(ids))")
            }
        }
        out.append("mentioned in:")
        for a in articles {
            out.append("  \(a.article)  \(a.date ?? "-")  \(a.title)")
            for s in a.sentences { out.append("      \(s.text.replacingOccurrences(of: "\n", with: " "))") }
        }
        if !related.isEmpty {
            out.append("related:")
            for r in related {
                var parts: [String] = []
                let rels = Set(r.relations.map { "\($0.relation) (\($0.evidence))" }).sorted()
                if !rels.isEmpty { parts.append(rels.joined(separator: ", ")) }
                if r.coMentions > 0 { parts.append("\(r.coMentions) shared sentence\(r.coMentions == 1 ? "" : "s")") }
                out.append("  \(r.entity.id)  \(r.entity.kind.rawValue)  \(r.entity.name) — \(parts.joined(separator: "; "))")
            }
        }
        if !otherMatches.isEmpty {
            out.append("other matches (dossier lookup ID):")
            for o in otherMatches { out.append("  \(o.id)  \(o.kind.rawValue)  \(o.name) (\(o.mentionCount) mentions)") }
        }
        return out
    }
}

/// What `dossier why` shows: why each alias joined an entity, why its name was chosen, and why
/// mentions with that name were left unlinked.
public struct WhyReport: Codable, Sendable {
    public struct Unlinked: Codable, Sendable {
        public var article: ArticleID
        public var start: Int
        public var end: Int
        public var text: String
        public var reason: String
        public var candidates: [EntitySummary]
    }

    public struct EntityWhy: Codable, Sendable {
        public var entity: EntitySummary
        /// Why the canonical name was chosen.
        public var canonical: String
        /// Why it has its kind (how its mentions were tagged, what the kind vote changed).
        public var kind: String = ""
        public var aliases: [Alias]
        /// Why it is not one entity with another that the query found (two people of one name, a
        /// company and another that starts so), as the linker's `LinkTraits` read them.
        public var keptApart: [String] = []
    }

    public var query: String
    public var entities: [EntityWhy]
    public var unlinked: [Unlinked]

    public var isEmpty: Bool { entities.isEmpty && unlinked.isEmpty }

    public static func make(query: String, store: any CorpusStore, limit: Int = 5) throws -> WhyReport {
        let matches = try store.lookup(query, limit: limit)
        let best = matches.first.map { NameMatcher.score(query: query, name: $0.name) } ?? 0
        var whys: [EntityWhy] = []
        var found: [Entity] = []
        for s in matches {
            guard let e = try store.entity(s.id) else { continue }
            // Show every entity the name fits about as well as the best one, so homonyms are visible.
            let score = NameMatcher.score(query: query, entity: e)
            if !whys.isEmpty && score < min(best, 70) { continue }
            whys.append(EntityWhy(entity: s, canonical: canonicalReason(e), kind: e.kindReason, aliases: e.aliases))
            found.append(e)
        }
        if found.count > 1 {
            let apart = try keptApart(found, store: store)
            for i in whys.indices { whys[i].keptApart = apart[whys[i].entity.id] ?? [] }
        }
        // Mentions of that name the linker left alone.
        var unlinked: [Unlinked] = []
        for a in try store.articleSummaries() {
            for m in try store.mentions(in: a.id) where m.entity == nil && NameMatcher.score(query: query, name: m.text) >= 70 {
                let form = NameForm(text: m.text, kind: m.kind)
                var reason: String
                var candidates: [EntitySummary] = []
                if form.isNameless {
                    reason = "names a role only (\(form.title ?? m.text)), not a person"
                } else if m.kind == .person, form.given.isEmpty {
                    candidates = try store.lookup(form.display, limit: 20).filter { c in
                        c.kind == .person && NameMatcher.score(query: form.display, name: c.name) >= 70
                    }
                    reason = candidates.count > 1
                        ? "lone surname that fits \(candidates.count) people; left unlinked rather than guessed"
                        : "lone surname; left unlinked"
                } else {
                    reason = "left unlinked (confidence \(String(format: "%.2f", m.confidence)))"
                }
                unlinked.append(Unlinked(article: m.article, start: m.span.start, end: m.span.end, text: m.text,
                                         reason: reason, candidates: candidates))
            }
        }
        return WhyReport(query: query, entities: whys, unlinked: unlinked)
    }

    /// For each entity, the others of `entities` of its kind that its names or stories contradict, and why.
    static func keptApart(_ entities: [Entity], store: any CorpusStore) throws -> [EntityID: [String]] {
        var texts: [ArticleID: (Article, ScalarText)] = [:]
        var traits: [LinkTraits] = []
        for e in entities {
            if e.kind == .person {
                // Each story's description first (its sport goes with it, `PersonContext.add(storySport:)`).
                var byStory: [ArticleID: PersonContext] = [:]
                var order: [ArticleID] = []
                // The first mentions tell enough; a name in hundreds of stories need not be read whole.
                for m in e.mentions.prefix(300) {
                    if texts[m.article] == nil, let a = try store.article(m.article) { texts[m.article] = (a, ScalarText(a.text)) }
                    guard let (a, text) = texts[m.article] else { continue }
                    if byStory[m.article] == nil { order.append(m.article) }
                    byStory[m.article, default: PersonContext()].merge(
                        PersonContext.read(text, span: m.span, sentence: PersonContext.sentence(of: m.span.start, in: a.sentences),
                                           title: m.role ?? NameForm(text: m.text, kind: m.kind).title))
                }
                var c = PersonContext()
                for id in order {
                    guard var story = byStory[id] else { continue }
                    story.add(storySport: texts[id].flatMap { StorySport.of($0.0.text) })
                    c.merge(story)
                }
                traits.append(LinkTraits(person: c))
            } else {
                var seen = Set<String>()
                let forms = e.mentions.filter { seen.insert($0.text).inserted }.map { NameForm(text: $0.text, kind: $0.kind) }
                traits.append(LinkTraits(profile: LocalProfile(article: 0, articleLabel: "", local: 0, kind: e.kind, forms: forms,
                                                               statuses: forms.map { $0.acronym == nil ? .full : .acronym },
                                                               isLoneName: false, explicitAcronyms: [], mentionCount: forms.count)))
            }
        }
        var out: [EntityID: [String]] = [:]
        for i in entities.indices {
            for j in entities.indices where j != i && entities[j].kind == entities[i].kind {
                if let why = LinkTraits.conflict(traits[i], traits[j]) {
                    out[entities[i].id, default: []].append("kept apart from \(entities[j].name) (\(entities[j].id)): \(why)")
                }
            }
        }
        return out
    }

    /// "the most complete name, 4 of 7 mentions".
    static func canonicalReason(_ e: Entity) -> String {
        if let merge = e.aliases.first(where: { $0.reason.hasPrefix("override `merge \(e.name)") }) {
            return "chosen by \(merge.reason)"
        }
        let forms = e.mentions.map { NameForm(text: $0.text, kind: $0.kind) }
        let same = forms.filter { $0.display == e.name }.count
        let full = e.kind == .person ? "the most complete name (first name and surname)" : "the most complete name"
        return "\(full), then the most frequent: written so in \(same) of \(e.mentions.count) mentions"
    }

    public func lines() -> [String] {
        var out: [String] = []
        for w in entities {
            out.append("\(w.entity.name)  (\(w.entity.id), \(w.entity.kind.rawValue)): \(w.canonical)")
            if !w.kind.isEmpty { out.append("  kind \(w.kind)") }
            if w.aliases.isEmpty { out.append("  no other names") }
            for a in w.aliases { out.append("  \(a.name) — \(a.reason)") }
            for k in w.keptApart { out.append("  \(k)") }
        }
        if !unlinked.isEmpty {
            out.append("unlinked mentions:")
            for u in unlinked {
                out.append("  \(u.article) [\(u.start),\(u.end)) \(u.text) — \(u.reason)")
                for c in u.candidates { out.append("      could be \(c.id) \(c.name)") }
            }
        }
        return out
    }
}
