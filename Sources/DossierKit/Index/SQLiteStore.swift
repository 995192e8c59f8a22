// The only CorpusStore: every call reads what it needs from SQLite, nothing is held in memory. The
// database is an index file (a WAL pool) or, for `--no-index` and tests, an in-memory database
// written by the same `IndexWriter`; both are read by this code alone.

import Foundation
import GRDB

public final class SQLiteStore: CorpusStore, @unchecked Sendable {
    // Both GRDB writers are thread-safe: a DatabasePool reads in WAL snapshots, so a writer never
    // blocks them; an in-memory DatabaseQueue serialises its readers (no other process can write it).
    let db: any DatabaseWriter
    /// The index file, or `SQLiteStore.memoryPath` for an in-memory database.
    public let path: String

    public static let memoryPath = ":memory:"

    /// The ordinals of the rows' storage ids (`StorageIDs`) as of the last write a read saw.
    private let ordinalCache = OrdinalCache()

    init(db: any DatabaseWriter, path: String) {
        self.db = db
        self.path = path
    }

    /// Opens an existing index for reading (no checks; `CorpusIndex` decides whether it is current).
    public convenience init(path: String) throws {
        var config = Configuration()
        config.readonly = false
        self.init(db: try DatabasePool(path: path, configuration: config), path: path)
    }

    /// An in-memory store holding an already analysed model (fixtures, benchmarks of synthetic
    /// corpora), written and read by the same code as an index. It has no per-file cache, so
    /// `recognizedMentions` is empty; `CorpusIndex.openInMemory` analyses a folder with one.
    public static func inMemory(_ corpus: Corpus) throws -> SQLiteStore {
        let queue = try CorpusIndex.memoryQueue()
        _ = try queue.write { db in try IndexWriter.writeModel(corpus, in: db) }
        return SQLiteStore(db: queue, path: memoryPath)
    }

    // MARK: - rows to model

    static func date(_ row: Row, _ prefix: String = "date_") -> DateInfo? {
        guard let basis: String = row[prefix + "basis"] else { return nil }
        let g: String? = row[prefix + "granularity"]
        // events have no lower bound column
        let after: String? = row.hasColumn(prefix + "after") ? row[prefix + "after"] : nil
        return DateInfo(value: row[prefix + "value"], granularity: g.flatMap(Granularity.init(rawValue:)),
                        expression: row[prefix + "expression"], basis: basis, conflict: row[prefix + "conflict"], after: after)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The columns `mention(_:)` reads, by position (decoding by name looked each name up per row, which
    /// showed in profiles of `lookup` on entities with hundreds of mentions).
    static let mentionColumns = "article, start, \"end\", text, kind, role, entity, confidence"
    /// An article's mentions by offset; at one span, linked ones by entity, then unlinked ones (the
    /// order of a fresh model's entity-then-unlinked lists, sorted by span). Rows carry no sequence
    /// number, so that an update rewrites only the mentions that changed.
    static let mentionOrderInArticle = "start, \"end\", entity IS NULL, (SELECT ord FROM entities WHERE id = entity), text, kind, role, confidence"

    static func mention(_ row: Row, _ o: Ordinals) throws -> Mention {
        let kind: String = row[4]
        let entity: Int? = row[6]
        return Mention(article: try o.article(row[0]), span: TextSpan(row[1], row[2]),
                       text: row[3], kind: EntityKind(rawValue: kind) ?? .organization, role: row[5],
                       entity: try entity.map(o.entity), confidence: row[7])
    }

    static func summary(_ row: Row, aliases: [String], _ o: Ordinals) throws -> EntitySummary {
        let kind: String = row["kind"]
        return EntitySummary(id: try o.entity(row["id"]), kind: EntityKind(rawValue: kind) ?? .organization,
                             name: row["name"], aliases: aliases, mentionCount: row["mention_count"],
                             articleCount: row["article_count"])
    }

    static let summaryColumns = "id, source, title, display_title, byline, publisher, url, date_value, date_granularity, date_expression, date_basis, date_conflict, word_count, people, organizations, places, date_after"

    /// A row of `summaryColumns`, read by position (name lookups cost more than the rest here).
    static func articleSummary(_ row: Row, _ o: Ordinals) throws -> ArticleSummary {
        var date: DateInfo? = nil
        if let basis: String = row[10] {
            let g: String? = row[8]
            date = DateInfo(value: row[7], granularity: g.flatMap(Granularity.init(rawValue:)), expression: row[9],
                            basis: basis, conflict: row[11], after: row[16])
        }
        return ArticleSummary(id: try o.article(row[0]), source: row[1], title: row[2], displayTitle: row[3],
                              byline: row[4], publisher: row[5], url: row[6], date: date, wordCount: row[12],
                              people: row[13], organizations: row[14], places: row[15])
    }

    /// Rows turned into values as they are read. `Row.fetchAll(...).map` copies every row first and so
    /// holds a large answer twice; the cursor's row is reused, so `transform` must not keep it.
    static func rows<T>(_ db: Database, _ sql: String, _ arguments: StatementArguments = [],
                        _ transform: (Row) throws -> T) throws -> [T] {
        var out: [T] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { out.append(try transform(row)) }
        return out
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try db.read(body)
    }

    /// A read that turns storage ids into ordinals and back (`Ordinals`).
    func read<T>(_ body: (Database, Ordinals) throws -> T) throws -> T {
        try db.read { db in try body(db, try ordinalCache.ordinals(db)) }
    }

    // MARK: - CorpusStore

    public func articleSummaries() throws -> [ArticleSummary] {
        try read { db, o in
            var byArticle: [ArticleID: [ArticleID]] = [:]
            for group in try Self.versions(db, o) { for id in group { byArticle[id] = group } }
            return try Self.rows(db, "SELECT \(Self.summaryColumns) FROM articles ORDER BY id") { row in
                var s = try Self.articleSummary(row, o)
                s.versions = byArticle[s.id] ?? []
                return s
            }
        }
    }

    public func articleSummary(_ id: ArticleID) throws -> ArticleSummary? {
        try read { db, o in
            let row = try o.row(id)
            guard var s = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM articles WHERE id = ?", arguments: [row])
                .map({ try Self.articleSummary($0, o) }) else { return nil }
            s.versions = try Int.fetchAll(db, sql: """
                SELECT v.article FROM article_versions v JOIN article_versions me ON me.story = v.story
                WHERE me.article = ? ORDER BY v.ord
                """, arguments: [row]).map(o.article)
            return s
        }
    }

    /// Groups of versions of one story, each newest first, in the order of their newest article.
    static func versions(_ db: Database, _ o: Ordinals) throws -> [[ArticleID]] {
        var groups: [[ArticleID]] = []
        var last: Int?
        for row in try Row.fetchAll(db, sql: "SELECT article, story FROM article_versions ORDER BY story, ord") {
            let story: Int = row["story"]
            if story != last { groups.append([]); last = story }
            groups[groups.count - 1].append(try o.article(row["article"]))
        }
        return groups
    }

    public func article(_ id: ArticleID) throws -> Article? {
        try read { db, o in try Self.article(id, db, o) }
    }

    static func article(_ id: ArticleID, _ db: Database, _ o: Ordinals) throws -> Article? {
        let key = try o.row(id)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE id = ?"), arguments: [key]) else {
            return nil
        }
        let spans = try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, start, \"end\" FROM spans WHERE article = ? ORDER BY kind, ord"),
                                     arguments: [key]).map { s -> (String, TextSpan) in (s["kind"], TextSpan(s["start"], s["end"])) }
        return article(row, id: id, spans: spans)
    }

    /// Every stored article by its source, in two reads (an update takes unchanged files' articles
    /// from here: one query per article was most of the time an update spent reading its cache).
    static func articlesBySource(_ db: Database) throws -> [String: Article] {
        var spans: [Int: [(String, TextSpan)]] = [:]
        // (the primary key's order: by article, kind, then ord)
        let spanRows = try Row.fetchCursor(db, sql: "SELECT article, kind, start, \"end\" FROM spans")
        while let s = try spanRows.next() { spans[s["article"], default: []].append((s["kind"], TextSpan(s["start"], s["end"]))) }
        var out: [String: Article] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM articles")
        while let row = try rows.next() {
            // (numbered by the caller, which knows the article's place in its file)
            let a = article(row, id: ArticleID(ordinal: 0), spans: spans[row["id"]] ?? [])
            out[a.source] = a
        }
        return out
    }

    /// An article from its row and its spans (kind "p" a paragraph, else a sentence), in order.
    private static func article(_ row: Row, id: ArticleID, spans: [(String, TextSpan)]) -> Article {
        var paragraphs: [TextSpan] = [], sentences: [TextSpan] = []
        for (kind, span) in spans {
            if kind == "p" { paragraphs.append(span) } else { sentences.append(span) }
        }
        let header = StoryHeader(title: row["title"], byline: row["byline"], publisher: row["publisher"], url: row["url"],
                                 date: date(row), dateline: row["dateline"])
        return Article(id: id, source: row["source"], header: header, text: row["text"], paragraphs: paragraphs,
                       sentences: sentences, captions: decode([String].self, row["captions"]) ?? [],
                       metadata: decode([String: String].self, row["metadata"]) ?? [:])
    }

    public func mentions(in id: ArticleID) throws -> [Mention] {
        try read { db, o in
            try Row.fetchAll(db, sql: "SELECT \(Self.mentionColumns) FROM mentions WHERE article = ? ORDER BY \(Self.mentionOrderInArticle)",
                             arguments: [try o.row(id)]).map { try Self.mention($0, o) }
        }
    }

    public func timexes(in id: ArticleID) throws -> [TimeExpression] {
        try read { db, o in
            guard let r = try Row.fetchOne(db, sql: "SELECT t.record, a.text FROM timexes t JOIN articles a ON a.id = t.article WHERE t.article = ?",
                                           arguments: [try o.row(id)]) else { return [] }
            return TimexRecord.decode(r["record"], text: ScalarText(r["text"])) ?? []
        }
    }

    public func events(in id: ArticleID) throws -> [Event] {
        try read { db, o in
            try Self.events(db, o, where: "WHERE e.article = ?", arguments: [try o.row(id)])
        }
    }

    /// Events matching `clause` (on `events e`), by id. Rows are turned into events as they are read
    /// (a cursor, not `fetchAll`): copying every row first held each event twice, which was the
    /// browser's peak of memory when the timeline read all 40,000 events of a large corpus.
    static func events(_ db: Database, _ o: Ordinals, where clause: String, arguments: StatementArguments) throws -> [Event] {
        var events: [Event] = []
        // storage id → place in `events`
        var index: [Int: Int] = [:]
        // The sentence is the article's text at the event's span (SQLite's substr counts characters,
        // that is Unicode scalars, as the span does); an empty summary is the sentence (`eventTables`).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.*, substr(a.text, e.start + 1, e."end" - e.start) AS sentence
            FROM events e JOIN articles a ON a.id = e.article \(clause) ORDER BY e.id
            """, arguments: arguments)
        while let r = try rows.next() {
            let id: Int = r["id"]
            let sentence: String = r["sentence"], summary: String = r["summary"]
            let triggerStart: Int? = r["trigger_start"], triggerEnd: Int? = r["trigger_end"]
            let speaker: Int? = r["speaker"]
            let kind: String = r["kind"]
            index[id] = events.count
            events.append(Event(id: try o.event(id), kind: EventKind(rawValue: kind) ?? .event, article: try o.article(r["article"]),
                                sentence: sentence, span: TextSpan(r["start"], r["end"]),
                                trigger: triggerStart.flatMap { s in triggerEnd.map { TextSpan(s, $0) } }, triggerText: r["trigger_text"],
                                summary: summary.isEmpty ? sentence : summary, date: date(r), participants: [],
                                speaker: try speaker.map(o.entity), alsoReportedIn: [], salience: r["salience"]))
        }
        guard !events.isEmpty else { return [] }
        // Small sets are read by id; large ones by the same filter (all rows when there is none), so
        // that a selection of a large corpus's events does not read every participant and source.
        var filter = "", filterArguments = StatementArguments()
        if events.count <= 500 {
            filter = "WHERE event IN (\(index.keys.sorted().map(String.init).joined(separator: ",")))"
        } else if !clause.isEmpty {
            filter = "WHERE event IN (SELECT e.id FROM events e \(clause))"
            filterArguments = arguments
        }
        let participants = try Row.fetchCursor(db, sql: "SELECT event, entity, role FROM event_participants \(filter) ORDER BY event, ord",
                                               arguments: filterArguments)
        while let r = try participants.next() {
            guard let i = index[r["event"]] else { continue }
            let role: String? = r["role"]
            events[i].participants.append(EventParticipant(entity: try o.entity(r["entity"]),
                                                           role: role.flatMap(ParticipantRole.init(rawValue:))))
        }
        let sources = try Row.fetchCursor(db, sql: "SELECT event, article, start, \"end\", source_event, why FROM event_sources \(filter) ORDER BY event, ord",
                                          arguments: filterArguments)
        while let r = try sources.next() {
            guard let i = index[r["event"]] else { continue }
            events[i].alsoReportedIn.append(EventSource(article: try o.article(r["article"]), span: TextSpan(r["start"], r["end"]),
                                                        event: try o.event(r["source_event"]), why: r["why"]))
        }
        return events
    }

    public func entitySummaries(kind: EntityKind?) throws -> [EntitySummary] {
        try read { db, o in
            var aliases: [Int: [String]] = [:]
            let names = try Row.fetchCursor(db, sql: "SELECT entity, name FROM aliases ORDER BY entity, ord")
            while let r = try names.next() {
                aliases[r["entity"], default: []].append(r["name"])
            }
            let sql = "SELECT * FROM entities" + (kind == nil ? "" : " WHERE kind = ?") + " ORDER BY ord"
            return try Self.rows(db, sql, StatementArguments(kind.map { [$0.rawValue] } ?? [])) {
                try Self.summary($0, aliases: aliases[$0["id"]] ?? [], o)
            }
        }
    }

    /// Summaries of the entities with storage ids `ids`, by storage id.
    func summaries(_ ids: [Int], _ db: Database, _ o: Ordinals) throws -> [Int: EntitySummary] {
        guard !ids.isEmpty else { return [:] }
        let list = Set(ids).map(String.init).joined(separator: ",")
        var aliases: [Int: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT entity, name FROM aliases WHERE entity IN (\(list)) ORDER BY entity, ord") {
            aliases[r["entity"], default: []].append(r["name"])
        }
        var out: [Int: EntitySummary] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT * FROM entities WHERE id IN (\(list))") {
            out[r["id"]] = try Self.summary(r, aliases: aliases[r["id"]] ?? [], o)
        }
        return out
    }

    public func entity(_ id: EntityID) throws -> Entity? {
        try read { db, o in try Self.entity(id, db, o) }
    }

    static func entity(_ id: EntityID, _ db: Database, _ o: Ordinals) throws -> Entity? {
        let key = try o.row(id)
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE id = ?", arguments: [key]) else { return nil }
        let kind: String = row["kind"]
        let aliases = try Row.fetchAll(db, sql: "SELECT name, reason FROM aliases WHERE entity = ? ORDER BY ord", arguments: [key])
            .map { Alias(name: $0["name"], reason: $0["reason"]) }
        let roles = try Row.fetchAll(db, sql: "SELECT title, article, date FROM roles WHERE entity = ? ORDER BY ord", arguments: [key])
            .map { Role(title: $0["title"], article: try o.article($0["article"]), date: $0["date"]) }
        let links = try Row.fetchAll(db, sql: "SELECT target, relation, evidence FROM links WHERE entity = ? ORDER BY ord", arguments: [key])
            .map { EntityLink(entity: try o.entity($0["target"]), relation: $0["relation"], evidence: try o.article($0["evidence"])) }
        let mentions = try Row.fetchAll(db, sql: "SELECT \(Self.mentionColumns) FROM mentions WHERE entity = ? ORDER BY article, start, \"end\", text, kind, role, confidence", arguments: [key])
            .map { try mention($0, o) }
        let credits = try Row.fetchAll(db, sql: "SELECT article, field, text FROM credits WHERE entity = ? ORDER BY ord", arguments: [key])
            .map { Credit(article: try o.article($0["article"]), field: $0["field"], text: $0["text"]) }
        return Entity(id: id, kind: EntityKind(rawValue: kind) ?? .organization, name: row["name"], aliases: aliases,
                      roles: roles, mentions: mentions, links: links, credits: credits, kindReason: row["kind_reason"])
    }

    public func related(to id: EntityID, limit: Int) throws -> [RelatedEntity] {
        try read { db, o in
            guard let entity = try Self.entity(id, db, o) else { return [] }
            let incoming = try Row.fetchAll(db, sql: "SELECT entity, target, relation, evidence FROM links WHERE target = ? ORDER BY (SELECT e.ord FROM entities e WHERE e.id = links.entity), ord",
                                            arguments: [try o.row(id)]).map { r -> (EntityID, EntityLink) in
                (try o.entity(r["entity"]), EntityLink(entity: try o.entity(r["target"]), relation: r["relation"],
                                                       evidence: try o.article(r["evidence"])))
            }
            return try EntityQueries.related(
                to: entity,
                mentionsIn: { a in
                    try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.mentionColumns) FROM mentions WHERE article = ? ORDER BY \(Self.mentionOrderInArticle)"),
                                     arguments: [try o.row(a)]).map { try Self.mention($0, o) }
                },
                sentencesIn: { a in
                    try Row.fetchAll(db.cachedStatement(sql: "SELECT start, \"end\" FROM spans WHERE article = ? AND kind = 's' ORDER BY ord"),
                                     arguments: [try o.row(a)]).map { TextSpan($0["start"], $0["end"]) }
                },
                incoming: incoming, summary: { e in let key = try o.row(e); return try summaries([key], db, o)[key] }, limit: limit)
        }
    }

    /// Variant-aware (`NameMatcher` scores, then mention count, then id). The name index
    /// finds every entity that can score 40 or more; the rest (substrings, one-letter typos) are
    /// scanned only when those do not fill `limit`.
    public func lookup(_ name: String, limit: Int) throws -> [EntitySummary] {
        try lookup(name, limit: limit, substringsAndTypos: true)
    }

    /// `substringsAndTypos: false` answers from the name index alone (words, variants, prefixes):
    /// what search shows beside its articles, where a scan for typos is not worth its time.
    func lookup(_ name: String, limit: Int, substringsAndTypos: Bool) throws -> [EntitySummary] {
        try read { db, o in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let id = EntityID(trimmed), name.lowercased().hasPrefix("e") {
                let key = try o.row(id)
                return try summaries([key], db, o)[key].map { [$0] } ?? []
            }
            guard !NameKey.plain(name).isEmpty, limit > 0 else { return [] }
            var names: [Int: [String]] = [:]
            var counts: [Int: Int] = [:]
            func load(_ sql: String, _ args: StatementArguments) throws {
                for r in try Row.fetchAll(db, sql: sql, arguments: args) {
                    let id: Int = r["id"]
                    if names[id] == nil { names[id] = [r["name"]]; counts[id] = r["mention_count"] }
                    if let alias: String = r["alias"] { names[id, default: []].append(alias) }
                }
            }
            let select = "SELECT e.id, e.name, e.mention_count, a.name AS alias FROM entities e LEFT JOIN aliases a ON a.entity = e.id"
            if let match = Self.nameMatch(name) {
                try load("\(select) WHERE e.id IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?) ORDER BY e.id, a.ord", [match])
            }
            // Ties go to the entity that comes first in the model's order.
            let entityOrder = try o.list(.entities)
            func ranked() -> [(score: Int, id: Int)] {
                names.compactMap { id, ns in
                    let s = ns.reduce(0) { max($0, NameMatcher.score(query: name, name: $1)) }
                    return s > 0 ? (s, id) : nil
                }.sorted {
                    ($0.score, counts[$0.id] ?? 0, -entityOrder.ordinal($0.id)) > ($1.score, counts[$1.id] ?? 0, -entityOrder.ordinal($1.id))
                }
            }
            var scored = ranked()
            if substringsAndTypos, scored.filter({ $0.score > 30 }).count < limit {
                // Substrings (score 20) through trigrams, one-letter typos (score 30) through keys of
                // about the same length; every entity that can score is then among the candidates.
                var extra = Set<Int>()
                let qp = NameKey.plain(name)
                if qp.count >= 3 {
                    let phrase = "\"" + qp.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    for id in try Int.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM name_trigrams WHERE name_trigrams MATCH ?"),
                                               arguments: [phrase]) { extra.insert(id) }
                }
                let qc = Array(NameKey.compact(name))
                if qc.count >= 5 {
                    let d = qc.count >= 9 ? 2 : 1
                    // Pigeonhole: within d edits, one of d + 1 pieces of the query survives intact, so
                    // only keys containing a piece can match (SQLite filters; Swift measures the rest).
                    var pieces: [String] = []
                    let size = qc.count / (d + 1)
                    for k in 0...d {
                        let end = k == d ? qc.count : (k + 1) * size
                        pieces.append(String(qc[(k * size)..<end]))
                    }
                    let filter = pieces.map { _ in "instr(key, ?) > 0" }.joined(separator: " OR ")
                    for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT entity, key FROM name_keys WHERE length BETWEEN ? AND ? AND (\(filter))"),
                                              arguments: StatementArguments([qc.count - d, qc.count + d] + pieces.map { $0 as (any DatabaseValueConvertible) })) {
                        let key: String = r["key"]
                        if NameMatcher.editDistance(qc, Array(key), limit: d) <= d { extra.insert(r["entity"]) }
                    }
                }
                let missing = extra.subtracting(names.keys)
                if !missing.isEmpty {
                    try load("\(select) WHERE e.id IN (\(missing.map(String.init).joined(separator: ","))) ORDER BY e.id, a.ord", [])
                    scored = ranked()
                }
            }
            let top = scored.prefix(limit).map(\.id)
            let sums = try summaries(top, db, o)
            return top.compactMap { sums[$0] }
        }
    }

    /// An FTS5 query finding every name that shares the query's words, their variant or loose keys,
    /// or a word prefix; nil when the query has no words.
    static func nameMatch(_ query: String) -> String? {
        let words = NameKey.words(query)
        guard !words.isEmpty else { return nil }
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let perWord = words.map { w -> String in
            var alts = ["names:\(quoted(w))*", "keys:\(quoted(Transliteration.skeleton(w)))"]
            let loose = Transliteration.consonants(w)
            if !loose.isEmpty { alts.append("keys:\(quoted(loose))") }
            return "(" + alts.joined(separator: " OR ") + ")"
        }
        let compact = NameKey.compact(query)
        return "(" + perWord.joined(separator: " AND ") + ")" + (compact.isEmpty ? "" : " OR keys:\(quoted(compact))")
    }

    public func timeline(_ query: TimelineQuery) throws -> [TimelineItem] {
        let events = try read { db, o in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let entity = query.entity {
                conditions.append("(e.id IN (SELECT event FROM event_participants WHERE entity = ?) OR e.speaker = ?)")
                let key = try o.row(entity)
                arguments += [key, key]
            }
            // The kind and key filters of `TimelineQuery.admits`, so that only the events it can list
            // are read (the corpus timeline lists 1,472 key events of 40,422 on newswire plus BBC);
            // `Timeline.items` still applies the whole query.
            if let kinds = query.kinds {
                let sorted = kinds.map(\.rawValue).sorted()
                conditions.append("e.kind IN (\(sorted.map { _ in "?" }.joined(separator: ",")))")
                arguments += StatementArguments(sorted)
            } else if !query.all {
                conditions.append("e.kind = ? AND e.salience >= ?")
                arguments += [EventKind.event.rawValue, EventMerger.keyThreshold]
            }
            return try Self.events(db, o, where: conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "),
                                   arguments: arguments)
        }
        return Timeline.items(events, query: query)
    }

    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try IndexSearch.search(query, limit: limit, store: self)
    }

    public func entities(named name: String) throws -> [EntityID] {
        try IndexSearch.entities(named: name, store: self)
    }

    public func corpus() throws -> Corpus {
        try read { db, o in
            var articles: [Article] = []
            for n in 0..<(try o.count(.articles)) {
                if let a = try Self.article(ArticleID(ordinal: n + 1), db, o) { articles.append(a) }
            }
            var entities: [Entity] = []
            for n in 0..<(try o.count(.entities)) {
                if let e = try Self.entity(EntityID(ordinal: n + 1), db, o) { entities.append(e) }
            }
            let events = try Self.events(db, o, where: "", arguments: [])
            var timexes = [[TimeExpression]](repeating: [], count: articles.count)
            for r in try Row.fetchAll(db, sql: "SELECT article, record FROM timexes") {
                let i = try o.article(r["article"]).ordinal
                if timexes.indices.contains(i - 1) { timexes[i - 1] = TimexRecord.decode(r["record"], text: ScalarText(articles[i - 1].text)) ?? [] }
            }
            let unlinked = try Row.fetchAll(db, sql: "SELECT \(Self.mentionColumns) FROM mentions WHERE entity IS NULL ORDER BY article, start, \"end\", text, kind, role, confidence").map { try Self.mention($0, o) }
            let diagnostics = try Self.diagnostics(db)
            return Corpus(articles: articles, entities: entities, events: events, timexes: timexes,
                          unlinkedMentions: unlinked, diagnostics: diagnostics, versions: try Self.versions(db, o))
        }
    }

    static func diagnostics(_ db: Database) throws -> [Diagnostic] {
        try Row.fetchAll(db, sql: "SELECT * FROM diagnostics ORDER BY ord").map { r in
            let s: String = r["severity"]
            return Diagnostic(Diagnostic.Severity(rawValue: s) ?? .warning, file: r["file"], line: r["line"], message: r["message"])
        }
    }

    /// Warnings and notes of the last analysis (read, linking).
    public func diagnostics() throws -> [Diagnostic] {
        try read { db in try Self.diagnostics(db) }
    }
}

extension SQLiteStore {
    /// The recognizer's mentions before linking, per article in corpus order (from the per-file
    /// cache, renumbered as `Analyzer.concatenate` numbers articles).
    public func recognizedMentions() throws -> [[Mention]] {
        try read { db in
            var out: [[Mention]] = []
            for blob in try Data.fetchAll(db, sql: "SELECT analysis FROM files ORDER BY ord") {
                let offset = out.count
                for a in try FileCache.decode(blob).articles {
                    out.append(a.mentions.map { m in
                        var m = m
                        m.article = ArticleID(ordinal: m.article.ordinal + offset)
                        return m
                    })
                }
            }
            return out
        }
    }

    public func articleCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// Figures for `dossier index --status`.
    public func status() throws -> IndexStatus {
        try read { db in
            // The file with its write-ahead log; an in-memory database by its pages.
            var size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            if path == Self.memoryPath {
                size = (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
            }
            return IndexStatus(
                path: path, corpus: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'corpus'") ?? "",
                files: try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0,
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
                entities: try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0,
                words: try Int.fetchOne(db, sql: "SELECT sum(word_count) FROM articles") ?? 0,
                bytes: size + wal, schemaVersion: IndexSchema.schemaVersion,
                analysisVersion: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analysis_version'") ?? "")
        }
    }
}

/// Ordinals of storage ids (`StorageIDs`) for the reads of one store: each table's ids are read once
/// per write of the index (`meta` row `ids`, which every write changes) and when first needed.
final class OrdinalCache: @unchecked Sendable {
    enum Table: String { case articles, entities, events }

    /// The id lists of one write, each read when first asked for.
    final class Lists: @unchecked Sendable {
        let generation: String?
        private var lists: [Table: IDList] = [:]
        private let lock = NSLock()

        init(generation: String?) { self.generation = generation }

        func list(_ table: Table, _ db: Database) throws -> IDList {
            lock.lock()
            defer { lock.unlock() }
            if let l = lists[table] { return l }
            // (an entity's place is its `ord`; articles and events are in the order of their ids)
            let l = IDList(ids: try Int.fetchAll(db, sql: "SELECT id FROM \(table.rawValue) ORDER BY \(table == .entities ? "ord" : "id")"))
            lists[table] = l
            return l
        }
    }

    private var current: Lists?
    private let lock = NSLock()

    /// The ordinals as of the snapshot `db` reads.
    func ordinals(_ db: Database) throws -> Ordinals {
        let generation = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'ids'"))
        lock.lock()
        defer { lock.unlock() }
        if let c = current, c.generation == generation { return Ordinals(db: db, lists: c) }
        let fresh = Lists(generation: generation)
        current = fresh
        return Ordinals(db: db, lists: fresh)
    }
}

/// Storage ids to the model's ids and back, within one read (`SQLiteStore.read`).
struct Ordinals {
    let db: Database
    let lists: OrdinalCache.Lists

    func article(_ id: Int) throws -> ArticleID { ArticleID(ordinal: try lists.list(.articles, db).ordinal(id)) }
    func entity(_ id: Int) throws -> EntityID { EntityID(ordinal: try lists.list(.entities, db).ordinal(id)) }
    func event(_ id: Int) throws -> EventID { EventID(ordinal: try lists.list(.events, db).ordinal(id)) }

    /// The storage id of an item (-1, which no row has, for an ordinal out of range).
    func row(_ id: ArticleID) throws -> Int { try lists.list(.articles, db).id(id.ordinal) }
    func row(_ id: EntityID) throws -> Int { try lists.list(.entities, db).id(id.ordinal) }
    func row(_ id: EventID) throws -> Int { try lists.list(.events, db).id(id.ordinal) }

    func count(_ table: OrdinalCache.Table) throws -> Int { try list(table).ids.count }
    func list(_ table: OrdinalCache.Table) throws -> IDList { try lists.list(table, db) }
}

public struct IndexStatus: Codable, Sendable, Hashable {
    public var path: String
    public var corpus: String
    public var files: Int
    public var articles: Int
    public var entities: Int
    public var mentions: Int
    public var events: Int
    /// Whitespace-separated words of all article texts.
    public var words: Int
    public var bytes: Int
    public var schemaVersion: String
    public var analysisVersion: String
    /// Whether the index matched the corpus files when the status was taken.
    public var upToDate = true
}
