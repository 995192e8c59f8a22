// Search that knows names: when the words of a plain query are also a known name ("pashinyan"),
// articles that write the name another way ("Pashinian") are found too, as `entity:` would find
// them, and the answer says so. `dossier search` and the browser's `/` both use it.

public struct NameAwareSearch: Sendable {
    /// Text hits first (ranked), then the articles only the name's variants found.
    public var hits: [SearchHit]
    /// The entities the query's words name, when their variants were searched too.
    public var names: [EntitySummary] = []
    /// How many articles the variants added.
    public var added = 0

    /// "also 3 articles that write Nikol Pashinyan another way (Pashinian, Пашинян)"; nil when the
    /// variants added nothing.
    public var note: String? {
        guard added > 0, let first = names.first else { return nil }
        let others = first.aliases.prefix(3)
        let also = others.isEmpty ? "" : " (\(others.joined(separator: ", ")))"
        let who = names.count > 1 ? "\(first.name) and \(names.count - 1) more" : first.name
        return "also \(added) article\(added == 1 ? "" : "s") that write\(added == 1 ? "s" : "") \(who) another way\(also)"
    }

    /// Runs `query`; when it is plain words (or a phrase) with no `title:` or `entity:` field and
    /// those words are an entity's name, an alias, or one word of them, runs it again as `entity:ID`
    /// for each such entity, with the query's other filters kept.
    public static func run(_ query: String, limit: Int, store: any CorpusStore) throws -> NameAwareSearch {
        let hits = try store.search(query, limit: limit)
        let parsed = try SearchQuery.parse(query)
        let names = try names(parsed, store: store)
        guard !names.isEmpty else { return NameAwareSearch(hits: hits) }
        // By id, so the articles are those of exactly these entities (`entity:NAME` would match
        // names as loosely as `lookup` does).
        var rest: [String] = []
        for t in parsed.excluded {
            switch t {
            case .word(let w): rest.append("-" + w)
            case .prefix(let p): rest.append("-" + p + "*")
            case .phrase(let ws): rest.append("-\"" + ws.joined(separator: " ") + "\"")
            }
        }
        if let from = parsed.from { rest.append("from:\(from)") }
        if let to = parsed.to { rest.append("to:\(to)") }
        var seen = Set(hits.compactMap(\.article))
        let found = hits.filter { $0.kind == .article }.count
        var out = hits
        var added = 0
        for entity in names {
            let query = (["entity:\(entity.id)"] + rest).joined(separator: " ")
            for hit in try store.search(query, limit: limit) where hit.kind == .article && found + added < limit {
                guard let id = hit.article, seen.insert(id).inserted else { continue }
                out.append(hit)
                added += 1
            }
        }
        return NameAwareSearch(hits: out, names: names, added: added)
    }

    /// The entities a plain query (words or a phrase, no `title:`, `entity:` or prefix) names: their
    /// name, an alias or a word of one is the query in plain spelling. Empty for other queries.
    public static func names(_ parsed: SearchQuery, store: any CorpusStore) throws -> [EntitySummary] {
        let plain = parsed.titleTerms.isEmpty && parsed.entities.isEmpty && !parsed.terms.isEmpty
            && parsed.terms.allSatisfy { if case .prefix = $0 { return false } else { return true } }
        guard plain else { return [] }
        let words = parsed.freeText
        // The query must BE the name, an alias or a word of one (plain spelling): the variants added
        // are the ones the linker joined to that entity. Looser matching (NameMatcher's transliteration
        // and typo tolerance) let "roddick" pull in Mike Ruddock's articles on BBC news.
        let key = NameKey.plain(words)
        return try store.lookup(words, limit: 5).filter { e in
            ([e.name] + e.aliases).contains { name in
                let plain = NameKey.plain(name)
                return plain == key || plain.split(separator: " ").contains { $0 == key }
            }
        }
    }
}
