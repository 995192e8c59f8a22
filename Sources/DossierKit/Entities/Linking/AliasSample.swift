// A seeded random sample of alias links (an entity and one of its other names) with the reason each
// joined and the sentences that show both names, so that linking precision at scale can be judged by
// reading, and the same sample drawn again.

import Foundation

public struct AliasSample: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var article: ArticleID
        public var text: String
    }

    public struct Link: Codable, Sendable {
        public var entity: EntityID
        public var kind: EntityKind
        public var name: String
        public var mentionCount: Int
        public var alias: String
        public var reason: String
        /// Where the alias is used, and where the entity's own name is.
        public var aliasContext: Context?
        public var nameContext: Context?
    }

    public var population: Int
    public var seed: UInt64
    public var links: [Link]

    /// `count` alias links drawn without replacement from every alias of the entities of `kinds`;
    /// the population is listed in entity-id order, so a seed gives the same draw on the same store.
    public static func draw(store: any CorpusStore, kinds: Set<EntityKind>, count: Int, seed: UInt64) throws -> AliasSample {
        var population: [(EntityID, String)] = []
        let summaries = try store.entitySummaries(kind: nil).filter { kinds.contains($0.kind) }
            .sorted { $0.id.ordinal < $1.id.ordinal }
        for s in summaries { for a in s.aliases where a != s.name { population.append((s.id, a)) } }
        var rng = SplitMix64(seed: seed)
        // Partial Fisher-Yates: the first `count` places are the sample.
        var order = Array(population.indices)
        let n = min(count, order.count)
        for i in 0..<n {
            let j = i + Int(rng.next() % UInt64(order.count - i))
            order.swapAt(i, j)
        }
        var links: [Link] = []
        var cache: [EntityID: Entity] = [:]
        var articles: [ArticleID: Article] = [:]
        func context(_ e: Entity, display: String) throws -> Context? {
            guard let m = e.mentions.first(where: { NameForm(text: $0.text, kind: $0.kind).display == display })
                    ?? e.mentions.first(where: { $0.text.contains(display) }) else { return nil }
            if articles[m.article] == nil { articles[m.article] = try store.article(m.article) }
            guard let a = articles[m.article] else { return nil }
            let text = ScalarText(a.text)
            let from = max(0, m.span.start - 160), to = min(text.scalars.count, m.span.end + 160)
            let snippet = text[TextSpan(from, m.span.start)] + "[[" + text[m.span] + "]]" + text[TextSpan(m.span.end, to)]
            return Context(article: m.article, text: snippet.replacingOccurrences(of: "\n", with: " "))
        }
        for k in order.prefix(n) {
            let (id, alias) = population[k]
            if cache[id] == nil { cache[id] = try store.entity(id) }
            guard let e = cache[id] else { continue }
            let reason = e.aliases.first { $0.name == alias }?.reason ?? ""
            links.append(Link(entity: id, kind: e.kind, name: e.name, mentionCount: e.mentions.count, alias: alias,
                              reason: reason, aliasContext: try context(e, display: alias), nameContext: try context(e, display: e.name)))
        }
        return AliasSample(population: population.count, seed: seed, links: links)
    }

    /// Numbered blocks for reading: the link, its reason, and both contexts.
    public func lines() -> [String] {
        var out = ["\(links.count) of \(population) alias links (seed \(seed))"]
        for (i, l) in links.enumerated() {
            out.append("")
            out.append("\(i + 1). \(l.kind.rawValue) \(l.entity) \(l.name) (\(l.mentionCount) mentions) <- \(l.alias)")
            out.append("   why: \(l.reason)")
            if let c = l.aliasContext { out.append("   alias \(c.article): \(c.text)") }
            if let c = l.nameContext { out.append("   name  \(c.article): \(c.text)") }
        }
        return out
    }
}
