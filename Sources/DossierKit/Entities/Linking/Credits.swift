// The agency or publisher a story is credited to ("By AFP", "YEREVAN (RFE/RL) —", the source's own
// field) sits in the article's header fields, not in its text, so no mention can hold it. It is kept on
// the organization's entity as a credit instead, so that the agency's page lists the stories it filed.

enum Credits {
    /// Adds a credit for each article's byline and publisher that name an organization: a news agency,
    /// or a name the corpus links as an organization. A web address ("example.com", the publisher when
    /// nothing better is known) and a person's byline are no organization. An agency the texts never
    /// name becomes an organization of its own, with credits only. Deterministic: articles in order.
    static func attach(to entities: inout [Entity], articles: [Article]) {
        var byName: [String: [Int]] = [:]
        var people = Set<String>()
        for (i, e) in entities.enumerated() {
            let names = Set(([e.name] + e.aliases.map(\.name)).map(NameKey.plain))
            if e.kind == .person { people.formUnion(names); continue }
            guard e.kind == .organization else { continue }
            for n in names.sorted() { byName[n, default: []].append(i) }
        }
        for a in articles {
            var credited = Set<Int>()
            for (field, value) in [("byline", a.byline), ("publisher", a.publisher)] {
                guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty, !text.contains(".") else { continue }
                let key = NameKey.plain(text)
                guard !key.isEmpty, !people.contains(key) else { continue }
                let candidates = byName[key] ?? []
                guard RuleLexicon.agencyNames.contains(RuleLexicon.key(text)) || !candidates.isEmpty else { continue }
                // The organization this story names under that name, else the one the corpus names most.
                let here = candidates.filter { entities[$0].mentions.contains { $0.article == a.id } }
                let pool = here.isEmpty ? candidates : here
                let target: Int
                if let best = pool.max(by: { (entities[$0].mentions.count, -$0) < (entities[$1].mentions.count, -$1) }) {
                    target = best
                } else {
                    target = entities.count
                    entities.append(Entity(id: EntityID(ordinal: target + 1), kind: .organization, name: text))
                    byName[key] = [target]
                }
                entities[target].credits.append(Credit(article: a.id, field: field, text: text))
                credited.insert(target)
            }
        }
    }
}
