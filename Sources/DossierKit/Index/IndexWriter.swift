// Writes an analysed corpus into the index's tables (inside the caller's transaction).

import Foundation
import GRDB
import GRDBSQLite

enum IndexWriter {
    static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Whitespace-separated words (`split(whereSeparator: isWhitespace)`), without building the pieces.
    static func wordCount(_ text: String) -> Int {
        var n = 0
        ASCIIScan.forEachRun(text, joins: { !ASCIIScan.isSpace($0) }, ascii: { _ in n += 1 }, general: { n += generalWordCount($0) })
        return n
    }

    /// `wordCount` by Character properties, for any text.
    static func generalWordCount(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for c in text {
            if c.isWhitespace { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// The rows of one table as the model gives them, and how a row is found again to delete it.
    struct TableRows {
        var table: String
        var columns: [String]
        /// Columns that identify a row (its primary key); nil: the table's rowid.
        var key: [String]?
        var rows: [[DatabaseValue]] = []
        /// For a table whose rows follow from cheaper ones (an entity's name-index rows from its names):
        /// `rows` then hold those sources, first column the id, and are what buckets are digested from;
        /// `derive` turns some of them into the table's rows, so that an update builds the rows of the
        /// buckets whose sources changed only.
        var derive: (@Sendable ([[DatabaseValue]]) -> [[DatabaseValue]])?

        init(_ table: String, _ columns: [String], key: [String]? = nil,
             derive: (@Sendable ([[DatabaseValue]]) -> [[DatabaseValue]])? = nil) {
            self.table = table
            self.columns = columns
            self.key = key
            self.derive = derive
        }

        /// The table's rows for `sources` (some of `rows`).
        func built(_ sources: [[DatabaseValue]]) -> [[DatabaseValue]] { derive?(sources) ?? sources }

        mutating func add(_ values: [(any DatabaseValueConvertible)?]) {
            rows.append(values.map { $0?.databaseValue ?? .null })
        }
    }

    /// Brings the model tables to `corpus`, writing only the rows that differ from what they hold:
    /// an update that changes a few articles rewrites their rows (and the rows of entities and events
    /// whose ids or contents moved), not the whole model. On empty tables (a first build, an in-memory
    /// store) this inserts every row. The caller runs it inside one write transaction.
    @discardableResult
    static func writeModel(_ corpus: Corpus, in db: Database, bucketWidth: Int64 = Buckets.width) throws -> WriteCount {
        var count = WriteCount()
        let ids = try storageMapping(corpus, in: db)
        // One group of tables at a time, each freed once written: all rows at once held about a
        // hundred MiB more at the peak of a full build of 4,677 stories.
        for build in tableGroups(of: corpus, ids: ids) {
            for t in build() { try write(t, in: db, count: &count, bucketWidth: bucketWidth * Int64(StorageIDs.spacing)) }
        }
        // Readers cache ordinals (`SQLiteStore.ordinals`) under this number.
        try db.execute(sql: """
            INSERT OR REPLACE INTO meta (key, value)
            VALUES ('ids', CAST(coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'ids'), 0) + 1 AS TEXT))
            """)
        return count
    }

    /// Brings one table to `t`'s rows.
    static func write(_ t: TableRows, in db: Database, count: inout WriteCount, bucketWidth: Int64 = Buckets.width) throws {
        // The article text index has external content: its entries go with the old row's values,
        // before the row itself changes, and come back from the new rows.
        let isArticles = t.table == "articles"
        let idAt = t.columns.firstIndex(of: "id"), titleAt = t.columns.firstIndex(of: "title"), textAt = t.columns.firstIndex(of: "text")
        func ftsValues(_ row: [DatabaseValue]) throws -> [DatabaseValue] {
            guard let idAt, let titleAt, let textAt else {
                throw DossierError.index(path: "", message: "the article table's columns are missing")
            }
            return [row[idAt], row[titleAt].isNull ? "".databaseValue : row[titleAt], row[textAt]]
        }
        // A derived table's rows are counted once written (they are built for changed buckets only).
        defer { if t.derive != nil { count.rows += (try? Int.fetchOne(db, sql: "SELECT count(*) FROM \(t.table)")) ?? 0 } }
        if t.derive == nil { count.rows += t.rows.count }
        // Rows are compared by bucket (`Buckets`): a bucket whose rows hash as what was last written
        // there is left alone without reading it back, so an update that touches a few articles reads
        // and diffs a few buckets of each table, not the whole model. (A derived table's digests are
        // of its sources, under a key of their own.)
        let digestKey = (t.derive == nil ? "rows:" : "sources:") + t.table
        let buckets = Buckets(t, width: bucketWidth)
        let digests = buckets.digests
        let stored = Buckets.parse(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [digestKey]))
        let changed: [Int64] = buckets.isWhole
            ? (stored == digests ? [] : [0])
            : Set(digests.keys).union(stored.keys).filter { digests[$0] != stored[$0] }.sorted()
        if changed.isEmpty { return }
        // An empty table (a first build, an in-memory store) takes every row without a comparison.
        let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(t.table))") ?? false
        // When most buckets of a large table changed (ids renumbered by files that sort early), reading
        // them all back to compare costs more than writing every row again (50 stories added before
        // the rest of 4,677: most of the update's 9.7 s of writing). A few buckets are compared, so
        // that the rows that stayed are left alone.
        let rewrite = !empty && !buckets.isWhole && changed.count >= Buckets.rewriteAtLeast
            && changed.count * 2 > max(digests.count, stored.count)
        // Every row (and the text index's entries) goes at once, counted as deleted.
        func emptyTable() throws {
            if isArticles { try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('delete-all')") }
            count.deleted += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t.table)") ?? 0
            try db.execute(sql: "DELETE FROM \(t.table)")
        }
        var removed: [([DatabaseValue], [DatabaseValue])] = [], added: [[DatabaseValue]] = []
        // The rows built for each compared bucket, not built twice if every row is written again.
        var builtRows: [Int64: [[DatabaseValue]]] = [:]
        if empty {
            added = t.built(t.rows)
        } else if rewrite {
            try emptyTable()
            added = t.built(t.rows)
        } else {
            for b in changed {
                let rows = t.built(buckets.rows[b] ?? [])
                if t.derive != nil { builtRows[b] = rows }
                let d = try diff(t, rows: rows, range: buckets.isWhole ? nil : buckets.range(b), in: db)
                removed += d.removed
                added += d.added
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [digestKey, Buckets.format(digests)])
        // When most old rows go (ids renumbered by a file that sorts early), emptying the table and
        // inserting every row is faster than deleting row by row.
        let kept = removed.isEmpty ? 0 : (try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t.table)") ?? 0) - removed.count
        let replaceAll = !removed.isEmpty && removed.count > kept
        if replaceAll {
            try emptyTable()
            removed = []
            added = t.derive == nil ? t.rows
                : buckets.rows.keys.sorted().flatMap { b in builtRows[b] ?? t.built(buckets.rows[b] ?? []) }
        } else {
            count.deleted += removed.count
        }
        count.inserted += added.count
        if isArticles {
            let unindex = try db.makeStatement(sql: "INSERT INTO article_fts(article_fts, rowid, title, text) VALUES('delete', ?, ?, ?)")
            for (_, old) in removed { try run(unindex, ftsValues(old)) }
        }
        let keyColumns = t.key ?? ["rowid"]
        let delete = try db.makeStatement(sql: "DELETE FROM \(t.table) WHERE " + keyColumns.map { "\(quoted($0)) = ?" }.joined(separator: " AND "))
        for (key, _) in removed { try run(delete, key) }
        let insert = try db.makeStatement(sql: "INSERT INTO \(t.table) (\(t.columns.map(quoted).joined(separator: ", "))) VALUES (\(t.columns.map { _ in "?" }.joined(separator: ",")))")
        for row in added { try run(insert, row) }
        if isArticles {
            let index = try db.makeStatement(sql: "INSERT INTO article_fts (rowid, title, text) VALUES (?,?,?)")
            for row in added { try run(index, ftsValues(row)) }
        }
    }

    /// Runs a statement that returns no rows once, with `values` bound to its parameters in order,
    /// through SQLite's own interface: GRDB's `StatementArguments`, built for each row from values
    /// of any type, was 45% of the writer's time when every row of 4,677 stories was written again
    /// (its per-value type checks), more than SQLite's own work.
    static func run(_ statement: Statement, _ values: [DatabaseValue]) throws {
        let handle = statement.sqliteStatement
        guard Int(sqlite3_bind_parameter_count(handle)) == values.count else {
            throw DossierError.index(path: "", message: "\(values.count) values for a statement with \(sqlite3_bind_parameter_count(handle)) parameters: \(statement.sql)")
        }
        func failure(_ code: CInt) -> DatabaseError {
            DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                          sql: statement.sql)
        }
        sqlite3_reset(handle)
        for (i, v) in values.enumerated() {
            let code = v.bind(to: handle, at: CInt(i + 1))
            if code != SQLITE_OK { throw failure(code) }
        }
        let code = sqlite3_step(handle)
        let error = code == SQLITE_DONE ? nil : failure(code)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        if let error { throw error }
    }

    /// A table's rows split by their first column (an article, entity or event id, or an ordinal):
    /// ids `b * width ..< (b + 1) * width` make bucket `b`. Each bucket's digest is kept in `meta`,
    /// so a write reads back only the buckets whose rows changed. A table whose first column is not
    /// an integer in every row is one bucket (`isWhole`).
    struct Buckets {
        static let width: Int64 = 256
        /// Changed buckets from which a table that changed mostly is written again whole, not compared.
        static let rewriteAtLeast = 16
        let width: Int64
        var rows: [Int64: [[DatabaseValue]]] = [:]
        var isWhole = false

        init(_ t: TableRows, width: Int64 = Buckets.width) {
            self.width = max(1, width)
            for row in t.rows {
                guard case .int64(let id)? = row.first?.storage else {
                    rows = [0: t.rows]
                    isWhole = true
                    return
                }
                rows[bucket(id), default: []].append(row)
            }
        }

        func bucket(_ id: Int64) -> Int64 { id >= 0 ? id / width : -((-id - 1) / width) - 1 }

        /// The ids of bucket `b`.
        func range(_ b: Int64) -> Range<Int64> { b * width ..< (b + 1) * width }

        var digests: [Int64: String] {
            var out: [Int64: String] = [:]
            for (b, r) in rows { out[b] = IndexWriter.digest(r) }
            if isWhole { out = [0: "whole-" + (out[0] ?? "")] }
            return out
        }

        /// "bucket=digest" pairs in bucket order, for `meta`.
        static func format(_ digests: [Int64: String]) -> String {
            digests.keys.sorted().map { "\($0)=\(digests[$0] ?? "")" }.joined(separator: ",")
        }

        /// What `format` wrote; anything else (an index written before buckets) reads as no digests,
        /// so every bucket is compared.
        static func parse(_ text: String?) -> [Int64: String] {
            guard let text, !text.isEmpty else { return [:] }
            var out: [Int64: String] = [:]
            for pair in text.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let b = Int64(parts[0]) else { return [:] }
                out[b] = String(parts[1])
            }
            return out
        }
    }

    /// How many rows the model has and how many a write deleted and inserted.
    struct WriteCount {
        var rows = 0, deleted = 0, inserted = 0
    }

    /// A 128-bit digest of the rows as a multiset: each row hashed alone (`DigestHasher`: type, length
    /// and bytes of each value), the rows' hashes mixed and summed. Rows built in another order digest
    /// the same: mentions are listed entity by entity, so a new entity that sorts first reorders the
    /// mentions of every article that names the entities after it, and an ordered digest then marked
    /// nearly every bucket of the mentions table changed (and the table was written again whole).
    static func digest(_ rows: [[DatabaseValue]]) -> String {
        var sumA: UInt64 = 0, sumB: UInt64 = 0
        let h = DigestHasher()
        for row in rows {
            h.reset()
            func feed(_ tag: UInt8, _ n: UInt64) {
                h.feed(UInt64(tag))
                h.feed(n)
            }
            feed(9, UInt64(row.count))
            for v in row {
                switch v.storage {
                case .null: feed(0, 0)
                case .int64(let i): feed(1, UInt64(bitPattern: i))
                case .double(let d): feed(2, d.bitPattern)
                case .string(var text):
                    feed(3, UInt64(text.utf8.count))
                    text.withUTF8 { h.feed(UnsafeRawBufferPointer($0)) }
                case .blob(let data):
                    feed(4, UInt64(data.count))
                    data.withUnsafeBytes { h.feed($0) }
                }
            }
            sumA &+= mix(h.a)
            sumB &+= mix(h.b)
        }
        return String(sumA, radix: 16) + "-" + String(sumB, radix: 16) + "-\(rows.count)"
    }

    /// SplitMix64's finaliser: every bit of a row's hash moves every bit of what is summed.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func quoted(_ column: String) -> String { column == "end" ? "\"end\"" : column }

    /// Rows of `t` in the database (those whose first column is in `range`, or all when it is nil) that
    /// the model no longer has (with their keys), and the model's `rows` the database lacks. Rows are
    /// compared whole; a table holding the same row twice keeps both.
    static func diff(_ t: TableRows, rows: [[DatabaseValue]], range: Range<Int64>?, in db: Database) throws
        -> (removed: [([DatabaseValue], [DatabaseValue])], added: [[DatabaseValue]]) {
        var wanted: [[DatabaseValue]: Int] = [:]
        for r in rows { wanted[r, default: 0] += 1 }
        let keyColumns = t.key ?? ["rowid"]
        let keyAt = t.key.map { k in k.compactMap { t.columns.firstIndex(of: $0) } }
        let select = (t.key == nil ? ["rowid"] : []) + t.columns.map(quoted)
        var sql = "SELECT \(select.joined(separator: ", ")) FROM \(t.table)"
        var arguments: StatementArguments = []
        if let range, let first = t.columns.first {
            sql += " WHERE \(quoted(first)) >= ? AND \(quoted(first)) < ?"
            arguments = [range.lowerBound, range.upperBound]
        }
        var removed: [([DatabaseValue], [DatabaseValue])] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let r = try cursor.next() {
            let values = Array(r.databaseValues)
            let row = t.key == nil ? Array(values.dropFirst()) : values
            if let n = wanted[row], n > 0 {
                wanted[row] = n - 1
                continue
            }
            let key = keyAt.map { $0.map { row[$0] } } ?? [values[0]]
            guard key.count == keyColumns.count else { continue }
            removed.append((key, row))
        }
        var added: [[DatabaseValue]] = []
        for r in rows {
            guard let n = wanted[r], n > 0 else { continue }
            wanted[r] = n - 1
            added.append(r)
        }
        return (removed, added)
    }

    /// Every model table's rows for `corpus`, in groups built one after another (so that a group's
    /// rows can be written and freed before the next is built); articles first.
    static func tableGroups(of corpus: Corpus, ids: StorageMapping) -> [() -> [TableRows]] {
        [{ articleTables(corpus, ids) }, { [spanRows(corpus, ids)] }, { [mentionRows(corpus, ids)] }, { entityTables(corpus, ids) },
         { eventTables(corpus, ids) }, { otherTables(corpus, ids) }]
    }

    /// The storage ids of the model's items (`StorageIDs`): the ids the tables give the same items,
    /// new ones in the gaps. An article is found again by its source; an entity by its first mention
    /// (where it sorts), else by its kind and name; an event by its article, span, trigger and kind.
    static func storageMapping(_ corpus: Corpus, in db: Database) throws -> StorageMapping {
        func take(_ table: [String: Int], _ key: String, _ used: inout Set<Int>) -> Int? {
            guard let id = table[key], used.insert(id).inserted else { return nil }
            return id
        }
        var used = Set<Int>()
        // (cursors read by position: this runs on every update, over every stored item)
        var bySource: [String: Int] = [:]
        let articleRows = try Row.fetchCursor(db, sql: "SELECT id, source FROM articles")
        while let r = try articleRows.next() { bySource[r[1]] = r[0] }
        var mapping = StorageMapping(articles: StorageIDs.assign(corpus.articles.map { take(bySource, $0.source, &used) }),
                                     entities: [], events: [])

        var byAnchor: [String: Int] = [:], byName: [String: Int] = [:]
        var storedMax = 0
        let entityRows = try Row.fetchCursor(db, sql: "SELECT id, kind, name, anchor FROM entities ORDER BY ord")
        while let r = try entityRows.next() {
            let id: Int = r[0], kind: String = r[1], name: String = r[2]
            byAnchor[r[3]] = id
            if byName[kind + "|" + name] == nil { byName[kind + "|" + name] = id }
            storedMax = max(storedMax, id)
        }
        used = []
        var entityStored = corpus.entities.map { take(byAnchor, anchor(of: $0, mapping.article), &used) }
        for (i, e) in corpus.entities.enumerated() where entityStored[i] == nil {
            entityStored[i] = take(byName, e.kind.rawValue + "|" + e.name, &used)
        }
        mapping.entities = StorageIDs.keep(entityStored, storedMax: storedMax)

        struct Place: Hashable { var article, start, end, trigger: Int, kind: String }
        var byPlace: [Place: Int] = [:]
        let eventRows = try Row.fetchCursor(db, sql: "SELECT id, article, start, \"end\", trigger_start, kind FROM events ORDER BY id")
        while let r = try eventRows.next() {
            let trigger: Int? = r[4]
            let key = Place(article: r[1], start: r[2], end: r[3], trigger: trigger ?? -1, kind: r[5])
            if byPlace[key] == nil { byPlace[key] = r[0] }
        }
        used = []
        mapping.events = StorageIDs.assign(corpus.events.map { v in
            let key = Place(article: mapping.article(v.article), start: v.span.start, end: v.span.end, trigger: v.trigger?.start ?? -1,
                            kind: v.kind.rawValue)
            guard let id = byPlace[key], used.insert(id).inserted else { return nil }
            return id
        })
        return mapping
    }

    /// Where an entity sorts (`EntityLinker.assemble` orders entities by their first mention): that
    /// mention's article (storage id) and offset.
    static func anchor(of e: Entity, _ articleID: (ArticleID) -> Int) -> String {
        guard let first = e.mentions.min(by: { ($0.article.ordinal, $0.span.start) < ($1.article.ordinal, $1.span.start) }) else { return "" }
        return "\(articleID(first.article)):\(first.span.start)"
    }

    /// Articles and their time expressions.
    static func articleTables(_ corpus: Corpus, _ ids: StorageMapping) -> [TableRows] {
        // Per article: distinct linked entities of each kind.
        var kindsByArticle = [[EntityKind: Set<Int>]](repeating: [:], count: corpus.articles.count)
        for e in corpus.entities {
            for m in e.mentions where kindsByArticle.indices.contains(m.article.ordinal - 1) {
                kindsByArticle[m.article.ordinal - 1][m.kind, default: []].insert(e.id.ordinal)
            }
        }
        var articles = TableRows("articles", ["id", "source", "title", "display_title", "byline", "publisher", "url", "date_value",
                                              "date_granularity", "date_expression", "date_basis", "date_conflict", "date_after",
                                              "dateline", "text", "captions", "metadata", "word_count", "people", "organizations", "places"])
        var timexes = TableRows("timexes", ["article", "record"])
        // An untitled version of a story (a refile whose title field was a desk note) is listed under
        // the headline another version gives, the newest first; other untitled articles by their first words.
        var storyTitle: [Int: String] = [:]
        for group in corpus.versions {
            guard let title = group.lazy.compactMap({ id in
                corpus.articles.indices.contains(id.ordinal - 1) ? corpus.articles[id.ordinal - 1].title : nil
            }).first else { continue }
            for id in group { storyTitle[id.ordinal - 1] = title }
        }
        // Per article in parallel into fixed slots (JSON of captions, metadata and time expressions is
        // most of the work), then appended in article order.
        let frozenKinds = kindsByArticle, frozenStoryTitle = storyTitle
        var perArticle = [(article: [DatabaseValue], timexes: [DatabaseValue]?)](repeating: ([], nil), count: corpus.articles.count)
        perArticle.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: corpus.articles.count) { i in
                let a = corpus.articles[i]
                let kinds = frozenKinds[i]
                let d = a.date
                let values: [(any DatabaseValueConvertible)?] = [
                    ids.article(a.id), a.source, a.title, (a.title ?? "").isEmpty ? frozenStoryTitle[i] ?? a.displayTitle() : a.displayTitle(), a.byline, a.publisher, a.url,
                    d?.value, d?.granularity?.rawValue, d?.expression, d?.basis, d?.conflict, d?.after, a.dateline, a.text,
                    (try? encodeJSON(a.captions)) ?? "[]", (try? encodeJSON(a.metadata)) ?? "{}",
                    wordCount(a.text),
                    kinds[.person]?.count ?? 0, kinds[.organization]?.count ?? 0, kinds[.place]?.count ?? 0,
                ]
                let tx = corpus.timexes.indices.contains(i) ? corpus.timexes[i] : []
                let txRow: [DatabaseValue]? = tx.isEmpty ? nil
                    : [ids.article(a.id).databaseValue, TimexRecord.encode(tx, text: ScalarText(a.text)).databaseValue]
                slots.buffer[i] = (values.map { $0?.databaseValue ?? .null }, txRow)
            }
        }
        articles.rows.reserveCapacity(perArticle.count)
        for p in perArticle {
            articles.rows.append(p.article)
            if let t = p.timexes { timexes.rows.append(t) }
        }
        return [articles, timexes]
    }

    /// Paragraph and sentence spans of every article.
    static func spanRows(_ corpus: Corpus, _ ids: StorageMapping) -> TableRows {
        var spans = TableRows("spans", ["article", "kind", "ord", "start", "end"], key: ["article", "kind", "ord"])
        for a in corpus.articles {
            let id = ids.article(a.id).databaseValue
            for (k, p) in a.paragraphs.enumerated() { spans.rows.append([id, "p".databaseValue, k.databaseValue, p.start.databaseValue, p.end.databaseValue]) }
            for (k, s) in a.sentences.enumerated() { spans.rows.append([id, "s".databaseValue, k.databaseValue, s.start.databaseValue, s.end.databaseValue]) }
        }
        return spans
    }

    /// Mentions are found by article or entity and ordered by their values (SQLiteStore), so a
    /// mention's row does not depend on how many mentions come before it.
    static func mentionRows(_ corpus: Corpus, _ ids: StorageMapping) -> TableRows {
        var mentions = TableRows("mentions", ["article", "start", "end", "text", "kind", "role", "entity", "confidence"])
        func add(_ m: Mention) {
            mentions.add([ids.article(m.article), m.span.start, m.span.end, m.text, m.kind.rawValue, m.role, m.entity.map(ids.entity), m.confidence])
        }
        for e in corpus.entities { for m in e.mentions { add(m) } }
        for m in corpus.unlinkedMentions { add(m) }
        return mentions
    }

    /// Entities, their aliases, roles, links and credits, and the name indexes.
    static func entityTables(_ corpus: Corpus, _ ids: StorageMapping) -> [TableRows] {
        var entities = TableRows("entities", ["id", "kind", "name", "mention_count", "article_count", "kind_reason", "anchor", "ord"])
        var aliases = TableRows("aliases", ["entity", "ord", "name", "reason"], key: ["entity", "ord"])
        var roles = TableRows("roles", ["entity", "ord", "title", "article", "date"], key: ["entity", "ord"])
        var links = TableRows("links", ["entity", "ord", "target", "relation", "evidence"], key: ["entity", "ord"])
        var credits = TableRows("credits", ["entity", "ord", "article", "field", "text"], key: ["entity", "ord"])
        // The name indexes follow from an entity's names (folding and transliterating every name is most
        // of this group's work): their rows are built from [id, name, alias ...] for the buckets that changed.
        var names = TableRows("entity_fts", ["rowid", "names", "keys"]) { nameRows($0) { id, all in
            var keys: [String] = []
            var seen = Set<String>()
            for n in all { for k in NameKey.indexKeys(n) + [NameKey.compact(n)] where seen.insert(k).inserted { keys.append(k) } }
            return [[id, all.joined(separator: " | ").databaseValue, keys.joined(separator: " ").databaseValue]]
        } }
        var trigrams = TableRows("name_trigrams", ["rowid", "plain"]) { nameRows($0) { id, all in
            [[id, all.map(NameKey.plain).joined(separator: " | ").databaseValue]]
        } }
        var typos = TableRows("name_keys", ["entity", "key", "length"]) { nameRows($0) { id, all in
            var typoKeys = Set<String>()
            for n in all {
                typoKeys.insert(NameKey.compact(n))
                for w in NameKey.variant(n).split(separator: " ") { typoKeys.insert(String(w)) }
            }
            return typoKeys.sorted().filter { !$0.isEmpty }.map { [id, $0.databaseValue, $0.count.databaseValue] }
        } }
        for e in corpus.entities {
            let id = ids.entity(e.id)
            entities.add([id, e.kind.rawValue, e.name, e.mentions.count, e.articleIDs.count, e.kindReason, anchor(of: e, ids.article), e.id.ordinal])
            for (k, a) in e.aliases.enumerated() { aliases.add([id, k, a.name, a.reason]) }
            for (k, r) in e.roles.enumerated() { roles.add([id, k, r.title, ids.article(r.article), r.date]) }
            for (k, l) in e.links.enumerated() { links.add([id, k, ids.entity(l.entity), l.relation, ids.article(l.evidence)]) }
            for (k, c) in e.credits.enumerated() { credits.add([id, k, ids.article(c.article), c.field, c.text]) }
            let sources = [id.databaseValue] + ([e.name] + e.aliases.map(\.name)).map(\.databaseValue)
            names.rows.append(sources)
            trigrams.rows.append(sources)
            typos.rows.append(sources)
        }
        return [entities, aliases, roles, links, credits, names, trigrams, typos]
    }

    /// The rows `make` gives for each entity of `sources` ([id, name, alias ...]), built in parallel
    /// and kept in the sources' order.
    static func nameRows(_ sources: [[DatabaseValue]],
                         _ make: @Sendable (DatabaseValue, [String]) -> [[DatabaseValue]]) -> [[DatabaseValue]] {
        var out = [[[DatabaseValue]]](repeating: [], count: sources.count)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: sources.count) { i in
                let row = sources[i]
                slots.buffer[i] = make(row[0], row.dropFirst().compactMap { String.fromDatabaseValue($0) })
            }
        }
        return out.flatMap { $0 }
    }

    /// Events, their participants and their sources. An event's sentence is its article's text at its
    /// span, and most summaries are that sentence: neither is stored twice (`SQLiteStore.events` reads
    /// the sentence from the text, and an empty summary as the sentence).
    static func eventTables(_ corpus: Corpus, _ ids: StorageMapping) -> [TableRows] {
        var events = TableRows("events", ["id", "article", "start", "end", "date_value", "date_granularity", "date_expression",
                                          "date_basis", "date_conflict", "kind", "trigger_start", "trigger_end", "trigger_text", "summary",
                                          "speaker", "salience"])
        var participants = TableRows("event_participants", ["event", "ord", "entity", "role"], key: ["event", "ord"])
        var sources = TableRows("event_sources", ["event", "ord", "article", "start", "end", "source_event", "why"], key: ["event", "ord"])
        for v in corpus.events {
            let d = v.date
            let id = ids.event(v.id)
            events.add([id, ids.article(v.article), v.span.start, v.span.end,
                        d?.value, d?.granularity?.rawValue, d?.expression, d?.basis, d?.conflict,
                        v.kind.rawValue, v.trigger?.start, v.trigger?.end, v.triggerText, v.summary == v.sentence ? "" : v.summary,
                        v.speaker.map(ids.entity), v.salience])
            for (k, p) in v.participants.enumerated() { participants.add([id, k, ids.entity(p.entity), p.role?.rawValue]) }
            for (k, s) in v.alsoReportedIn.enumerated() {
                sources.add([id, k, ids.article(s.article), s.span.start, s.span.end, ids.event(s.event), s.why])
            }
        }
        return [events, participants, sources]
    }

    /// Versions of stories and the corpus's diagnostics.
    static func otherTables(_ corpus: Corpus, _ ids: StorageMapping) -> [TableRows] {
        var versions = TableRows("article_versions", ["article", "story", "ord"])
        for group in corpus.versions {
            for (k, id) in group.enumerated() { versions.add([ids.article(id), ids.article(group[0]), k]) }
        }
        var diagnostics = TableRows("diagnostics", ["ord", "severity", "file", "line", "message"])
        for (k, d) in corpus.diagnostics.enumerated() { diagnostics.add([k, d.severity.rawValue, d.file, d.line, d.message]) }
        return [versions, diagnostics]
    }
}
