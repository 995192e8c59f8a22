// Opens the persistent index of a corpus, bringing it up to date first: fingerprints files, runs the
// per-file stage only for added or changed files, reruns the corpus-wide stage from cached per-file
// outputs, and writes everything in one transaction. Damaged or outdated index files are rebuilt.

import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct IndexOptions: Sendable {
    /// Index file; nil: `CorpusIndex.defaultPath(corpus:environment:)`.
    public var indexPath: String?
    /// Workers for the per-file stage; nil: every core.
    public var jobs: Int?
    /// Throw away the index and analyse everything again.
    public var rebuild = false
    /// Only report whether the index is current; never analyse (for `index --status`).
    public var readOnly = false
    /// Messages for people (rebuilding because ..., waiting for the lock ...).
    public var log: @Sendable (String) -> Void = { _ in }
    /// Progress of each stage: (stage, done, total); per-file work counts files.
    public var progress: StageProgress?
    /// A monotonic clock in nanoseconds for the stage timings of `IndexReport`, given by the caller
    /// (the model layer reads no clock); the default reports zeros.
    public var nanoseconds: @Sendable () -> UInt64 = { 0 }
    /// When another process is updating the index and this one would have to wait for it, open the
    /// index as it was before that update instead (queries never block on a writer). `dossier index`
    /// turns this off: it waits and then finds the index up to date.
    public var staleWhileUpdating = true

    public init(indexPath: String? = nil, jobs: Int? = nil, rebuild: Bool = false) {
        self.indexPath = indexPath
        self.jobs = jobs
        self.rebuild = rebuild
    }
}

/// What opening did.
public struct IndexReport: Sendable, Hashable {
    public var path: String
    public var filesAnalysed = 0
    public var filesRemoved = 0
    public var filesTotal = 0
    /// The corpus-wide stage ran and the model was written.
    public var updated = false
    public var rebuilt = false
    /// Opened as it was because another process was updating it.
    public var stale = false
    /// Seconds spent per stage (for benchmarks): per-file analysis, the file cache (reading the other
    /// files' cached outputs and writing the new files' rows), the corpus-wide stage (with its memos'
    /// rows), writing the model.
    public var perFileSeconds = 0.0
    public var cacheSeconds = 0.0
    public var globalSeconds = 0.0
    public var writeSeconds = 0.0
    /// The corpus-wide stage's steps (`StageClock.steps`, in that order) and their seconds, for benchmarks.
    public var stepSeconds: [String: Double] = [:]
    /// The names of those steps in the order they run.
    public static let stepOrder = CorpusIndex.StageClock.Step.allCases.map(\.rawValue)
    /// Articles whose event drafts an earlier run's memo gave back (not extracted again).
    public var eventsReused = 0
    /// Dating units (a page's stories, a collection's record) whose dates the memo gave back.
    public var datingUnitsReused = 0
    /// Articles whose own linking the memo gave back (every corpus-wide answer it read still held).
    public var linksReused = 0
    /// Components of the cross-article linking whose joins the memo gave back (`ComponentMemo`).
    public var componentsReused = 0
    /// Rows of the model tables, and how many of them the update deleted or inserted (the rest stood).
    public var modelRows = 0
    public var rowsWritten = 0
}



public enum CorpusIndex {
    /// `$XDG_CACHE_HOME/dossier/`, else `~/.cache/dossier/`.
    public static func cacheDirectory(environment: [String: String]) -> String {
        if let x = environment["XDG_CACHE_HOME"], x.hasPrefix("/") { return x + "/dossier" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/dossier"
    }

    /// The corpus's canonical path (symlinks resolved), which names its index.
    public static func canonicalPath(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }

    /// One index per corpus: the file name is a hash of the canonical corpus path.
    public static func defaultPath(corpus: String, environment: [String: String]) -> String {
        let canonical = canonicalPath(corpus)
        let base = (canonical as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return cacheDirectory(environment: environment) + "/\(base.prefix(40))-\(Fingerprint.hex(canonical)).sqlite"
    }

    /// Opens (creating or updating as needed) the index of the corpus at `corpus`.
    public static func open(corpus: String, analyzer: Analyzer, options: IndexOptions,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (SQLiteStore, IndexReport) {
        let indexPath = options.indexPath ?? defaultPath(corpus: corpus, environment: environment)
        let dir = (indexPath as NSString).deletingLastPathComponent
        if !dir.isEmpty {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw DossierError.index(path: indexPath, message: "cannot create the folder for it (\(error.localizedDescription))")
            }
        }
        let listing = try CorpusReader().list(path: corpus)
        let overrides = analyzer.linker.overrides.fingerprint
        var report = IndexReport(path: indexPath)
        report.filesTotal = listing.files.count

        // Fast path: a current index is opened without the lock (readers never wait).
        let existing: (pool: DatabasePool, state: State)? = options.rebuild ? nil : (try? openPool(indexPath, create: false)).flatMap { pool in
            (try? readState(pool)).map { (pool, $0) }
        }
        if let (pool, state) = existing, state.isCurrent(overrides: overrides) {
            let plan = try? pool.read { db in try changes(listing, db) }
            if let plan, plan.isEmpty {
                return (SQLiteStore(db: pool, path: indexPath), report)
            }
        }
        if options.readOnly {
            throw DossierError.index(path: indexPath, message: "not up to date")
        }
        // Writers take the lock, then look again: another process may have done the work meanwhile.
        // A reader that finds the lock taken uses the index as it stands, if it has a current schema
        // (the writer's transaction is invisible until it commits, so what it reads is whole).
        if options.staleWhileUpdating, let (pool, state) = existing, state.schemaOK, state.analysisVersion != nil,
           IndexLock.isHeld(path: indexPath + ".lock") {
            options.log("another dossier is updating the index; showing it as it was before that update")
            report.stale = true
            return (SQLiteStore(db: pool, path: indexPath), report)
        }
        let lock = try IndexLock(path: indexPath + ".lock", log: options.log)
        defer { lock.release() }
        do {
            return try update(corpus: corpus, listing: listing, analyzer: analyzer, options: options, indexPath: indexPath,
                              overrides: overrides, report: report)
        } catch {
            // A failed update rolls back; but a first build that failed (disk full, say) leaves a file
            // without a model, which would read as damaged next time: remove it.
            let complete = (try? openPool(indexPath, create: false)).flatMap { try? readState($0) }.map {
                $0.schemaOK && $0.analysisVersion != nil
            } ?? false
            if !complete { removeIndexFiles(indexPath) }
            throw error
        }
    }

    /// Figures of the existing index and whether it matches the corpus now; nil when there is none
    /// or it cannot be read. Changes nothing.
    public static func status(corpus: String, analyzer: Analyzer, options: IndexOptions,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> IndexStatus? {
        let indexPath = options.indexPath ?? defaultPath(corpus: corpus, environment: environment)
        let listing = try CorpusReader().list(path: corpus)
        guard let pool = try? openPool(indexPath, create: false), let state = try? readState(pool), state.schemaOK else { return nil }
        let store = SQLiteStore(db: pool, path: indexPath)
        guard var s = try? store.status() else { return nil }
        let plan = try? pool.read { db in try changes(listing, db) }
        s.upToDate = state.isCurrent(overrides: analyzer.linker.overrides.fingerprint) && (plan?.isEmpty ?? false)
        return s
    }

    // MARK: - state

    struct State {
        var schemaOK: Bool
        var analysisVersion: String?
        var overrides: String?
        func isCurrent(overrides o: String) -> Bool {
            schemaOK && analysisVersion == IndexSchema.analysisVersion && overrides == o
        }
    }

    static func openPool(_ path: String, create: Bool) throws -> DatabasePool {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw DossierError.index(path: path, message: "no index yet")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        return try DatabasePool(path: path, configuration: config)
    }

    static func readState(_ pool: DatabasePool) throws -> State {
        try pool.read { db in
            let applied = try IndexSchema.migrator.appliedIdentifiers(db)
            let schemaOK = applied == Set(IndexSchema.migrator.migrations) && applied.contains(IndexSchema.schemaVersion)
            guard schemaOK else { return State(schemaOK: false) }
            let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0["key"] as String, $0["value"] as String)
            })
            return State(schemaOK: true, analysisVersion: meta["analysis_version"], overrides: meta["overrides"])
        }
    }

    struct Plan {
        /// Files to run the per-file stage on (new or changed content).
        var analyse: [CorpusFile] = []
        /// Files whose content is unchanged but whose mtime moved (only the fingerprint row changes).
        var touched: [(CorpusFile, FileFingerprint)] = []
        var removed: [String] = []
        /// The files' order changed (renames) or the listing notes changed.
        var reordered = false
        var isEmpty: Bool { analyse.isEmpty && touched.isEmpty && removed.isEmpty && !reordered }
        /// Content fingerprints taken while planning: of touched files, and of changed files (before they are read).
        var fingerprints: [String: FileFingerprint] = [:]
    }

    /// Compares the listing with the stored fingerprints; hashes a file only when size or mtime differ.
    static func changes(_ listing: CorpusListing, _ db: Database) throws -> Plan {
        var stored: [String: (ord: Int, fp: FileFingerprint)] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT path, ord, size, mtime, hash FROM files") {
            stored[r["path"]] = (r["ord"], FileFingerprint(size: r["size"], mtime: r["mtime"], hash: r["hash"]))
        }
        var plan = Plan()
        let listed = Set(listing.files.map(\.relative))
        for (i, f) in listing.files.enumerated() {
            let quick = f.listedSize.flatMap { size in f.listedMtime.map { (size: size, mtime: $0) } } ?? FileFingerprint.quick(f.raw)
            guard let old = stored[f.relative] else {
                plan.analyse.append(f)
                continue
            }
            if old.ord != i { plan.reordered = true }
            if let q = quick, q.size == old.fp.size, q.mtime == old.fp.mtime { continue }
            // Size or mtime moved: the content hash decides.
            let fp = FileFingerprint.of(f.raw)
            if let fp, fp.hash == old.fp.hash, fp.size == old.fp.size {
                plan.touched.append((f, fp))
            } else {
                plan.analyse.append(f)
            }
            if let fp { plan.fingerprints[f.relative] = fp }
        }
        plan.removed = stored.keys.filter { !listed.contains($0) }.sorted()
        let notes = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'listing'")
        if notes != (try? IndexWriter.encodeJSON(listing.diagnostics)) { plan.reordered = true }
        return plan
    }

    // MARK: - update

    static func update(corpus: String, listing: CorpusListing, analyzer: Analyzer, options: IndexOptions,
                       indexPath: String, overrides: String, report: IndexReport) throws -> (SQLiteStore, IndexReport) {
        var report = report
        var pool: DatabasePool? = nil
        if !options.rebuild, FileManager.default.fileExists(atPath: indexPath) {
            do {
                let p = try openPool(indexPath, create: false)
                let state = try readState(p)
                if !state.schemaOK {
                    options.log("index \(indexPath) has another schema version; rebuilding it")
                } else if state.analysisVersion != IndexSchema.analysisVersion {
                    options.log("index \(indexPath) was made by another analysis version; rebuilding it")
                } else if try p.read({ db in try String.fetchOne(db, sql: "PRAGMA quick_check") }) != "ok" {
                    options.log("index \(indexPath) is damaged (quick check failed); rebuilding it")
                } else {
                    pool = p
                }
            } catch {
                options.log("index \(indexPath) is damaged or not an index (\(describe(error))); rebuilding it")
            }
        }
        if pool == nil {
            report.rebuilt = true
            removeIndexFiles(indexPath)
            let p = try createPool(indexPath)
            pool = p
        }
        guard let pool else { throw DossierError.index(path: indexPath, message: "cannot open") }
        return try refresh(corpus: corpus, listing: listing, analyzer: analyzer, options: options, db: pool, path: indexPath,
                           overrides: overrides, report: report)
    }

    /// An in-memory database with the index's tables, for `--no-index` and stores of a finished model.
    static func memoryQueue() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try IndexSchema.migrator.migrate(queue)
        return queue
    }

    /// `--no-index`: analyses the corpus into an in-memory database through the same stages and
    /// writer as an index build (a fresh build, nothing read from or written to disk), so every
    /// command answers from the same store code with or without an index.
    public static func openInMemory(corpus: String, analyzer: Analyzer, options: IndexOptions) throws -> (SQLiteStore, IndexReport) {
        let listing = try CorpusReader().list(path: corpus)
        var report = IndexReport(path: SQLiteStore.memoryPath)
        report.filesTotal = listing.files.count
        report.rebuilt = true
        return try refresh(corpus: corpus, listing: listing, analyzer: analyzer, options: options, db: try memoryQueue(),
                           path: SQLiteStore.memoryPath, overrides: analyzer.linker.overrides.fingerprint, report: report)
    }

    /// Brings the model in `db` up to date with `listing`: the per-file stage for added or changed
    /// files, the corpus-wide stage over every article, one write transaction.
    static func refresh(corpus: String, listing: CorpusListing, analyzer: Analyzer, options: IndexOptions,
                        db pool: any DatabaseWriter, path indexPath: String, overrides: String,
                        report: IndexReport) throws -> (SQLiteStore, IndexReport) {
        var report = report
        let (plan, overridesChanged) = try pool.read { db -> (Plan, Bool) in
            let o = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'overrides'")
            return (try changes(listing, db), o != overrides)
        }
        if plan.isEmpty && !overridesChanged && !report.rebuilt {
            // Another process brought it up to date while we waited for the lock.
            return (SQLiteStore(db: pool, path: indexPath), report)
        }
        report.filesAnalysed = plan.analyse.count
        report.filesRemoved = plan.removed.count

        // Per-file stage for added and changed files, in parallel.
        let total = plan.analyse.count
        let done = Counter(stage: .reading, total: total, report: options.progress)
        var mark = options.nanoseconds()
        func secondsSince(_ t: UInt64) -> Double { Double(options.nanoseconds() &- t) / 1e9 }
        // Fingerprints are taken before the files are read: a file that changes while it is being
        // analysed then differs from its stored fingerprint and is analysed again on the next run.
        var before: [String: FileFingerprint] = [:]
        for f in plan.analyse { before[f.relative] = plan.fingerprints[f.relative] ?? FileFingerprint.of(f.raw) }
        var fresh = analyzer.analyzeFiles(plan.analyse, jobs: options.jobs, fileDone: { done.step() })
        var freshByPath: [String: FileAnalysis] = [:]
        for (f, a) in zip(plan.analyse, fresh) { freshByPath[f.relative] = a }
        fresh = []

        report.perFileSeconds = secondsSince(mark)
        mark = options.nanoseconds()
        defer { options.progress?(.writing, 1, 1) }
        let clock = StageClock(now: options.nanoseconds)
        let outer = options.progress
        let progress: StageProgress = { stage, done, total in
            clock.note(stage)
            outer?(stage, done, total)
        }

        // One transaction from here on: a killed process leaves the old or the new index, never half
        // of each. The corpus-wide stage runs inside it (readers keep their snapshot; writers wait on
        // the lock anyway), so that what is ready early is written at once and not held in memory
        // through the stage's peak: the new files' cache rows first, the memos before merging events.
        let written = try pool.write { db -> IndexWriter.WriteCount in
            for p in plan.removed { try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [p]) }
            // Cached outputs of the other files, in corpus order.
            var outputs: [FileAnalysis] = []
            // The cache keeps no article text: an unchanged file's articles are read back from the
            // model (`FileCache`), found by their source.
            var stored = freshByPath.count < listing.files.count ? try SQLiteStore.articlesBySource(db) : [:]
            let insert = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO files (path, ord, size, mtime, hash, articles, analysis) VALUES (?,?,?,?,?,?,?)
                """)
            for (i, f) in listing.files.enumerated() {
                if let a = freshByPath[f.relative] {
                    outputs.append(a)
                    let fp = before[f.relative] ?? FileFingerprint(size: -1, mtime: -1, hash: "")
                    try insert.execute(arguments: [f.relative, i, fp.size, fp.mtime, fp.hash, a.articles.count, FileCache.encode(a)])
                    continue
                }
                guard let r = try Row.fetchOne(db.cachedStatement(sql: "SELECT analysis FROM files WHERE path = ?"), arguments: [f.relative]),
                      let blob: Data = r["analysis"] else {
                    throw DossierError.index(path: indexPath, message: "cached analysis of \(f.relative) is missing")
                }
                let cached = try FileCache.decode(blob)
                var articles: [Article] = []
                for (j, c) in cached.articles.enumerated() {
                    guard var a = stored.removeValue(forKey: c.source) else {
                        throw DossierError.index(path: indexPath, message: "article \(c.source) of the cache is missing")
                    }
                    a.id = ArticleID(ordinal: j + 1)
                    a.date = c.date
                    articles.append(a)
                }
                outputs.append(FileAnalysis(articles: articles, mentions: cached.articles.map(\.mentions), diagnostics: cached.diagnostics))
                if let fp = plan.fingerprints[f.relative] {
                    try db.execute(sql: "UPDATE files SET size = ?, mtime = ?, hash = ? WHERE path = ?",
                                   arguments: [fp.size, fp.mtime, fp.hash, f.relative])
                }
                try db.cachedStatement(sql: "UPDATE files SET ord = ? WHERE path = ? AND ord != ?").execute(arguments: [i, f.relative, i])
            }
            // The per-file outputs are in the cache rows and the joined arrays now.
            freshByPath = [:]
            stored = [:]
            let (joinedArticles, joinedMentions, joinedDiagnostics) = Analyzer.concatenate(outputs)
            outputs.removeAll()
            report.cacheSeconds = secondsSince(mark)
            mark = options.nanoseconds()
            // Time expressions of articles from unchanged files whose date is unchanged are reused.
            let changed = Set(plan.analyse.map(\.relative))
            var previous: [String: (date: DateInfo?, record: Data?)] = [:]
            if !report.rebuilt {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.source, a.date_value, a.date_granularity, a.date_expression, a.date_basis, a.date_conflict, a.date_after,
                           t.record FROM articles a LEFT JOIN timexes t ON t.article = a.id
                    """)
                for r in rows {
                    let source: String = r["source"]
                    previous[source] = (SQLiteStore.date(r), r["record"])
                }
                for source in previous.keys where changed.contains(source) || changed.contains(fileOf(source)) { previous[source] = nil }
            }
            let reusable = previous
            let cached: @Sendable (Article) -> [TimeExpression]? = { article in
                guard let old = reusable[article.source], old.date == article.date else { return nil }
                guard let record = old.record else { return [] }
                return TimexRecord.decode(record, text: ScalarText(article.text))
            }
            // Dates and event drafts of earlier runs by input digest (an in-memory store starts empty and
            // is never updated, so it keeps none).
            var storedMemo: [String: [String: String]] = [:]
            var memos: AnalysisMemos? = nil
            if pool is DatabasePool {
                var previous: [String: [String: Data]] = [:]
                if !report.rebuilt {
                    for r in try Row.fetchAll(db, sql: "SELECT stage, unit, digest, value FROM memo") {
                        let stage: String = r["stage"]
                        storedMemo[stage, default: [:]][r["unit"]] = r["digest"]
                        previous[stage, default: [:]][r["digest"]] = r["value"]
                    }
                }
                memos = AnalysisMemos(previous: previous)
            }
            var draft = analyzer.draftCorpus(
                articles: consume joinedArticles, mentions: joinedMentions, diagnostics: listing.diagnostics + joinedDiagnostics,
                cachedTimexes: reusable.isEmpty ? nil : cached, memos: memos, progress: progress)
            report.eventsReused = memos?.events.reused ?? 0
            report.datingUnitsReused = memos?.dates.reused ?? 0
            report.linksReused = memos?.linking.links?.reused ?? 0
            report.componentsReused = memos?.linking.components?.reused ?? 0
            for memo in memos?.all ?? [] { try writeMemo(memo, stored: storedMemo[memo.stage] ?? [:], in: db) }
            memos = nil
            clock.mark(.memos)
            let model = analyzer.finishCorpus(&draft)
            clock.mark(.merging)
            report.stepSeconds = clock.seconds
            report.globalSeconds = secondsSince(mark)
            mark = options.nanoseconds()
            options.progress?(.writing, 0, 1)
            let written = try IndexWriter.writeModel(model, in: db)
            let meta: [(String, String)] = [
                ("analysis_version", IndexSchema.analysisVersion), ("overrides", overrides),
                ("corpus", canonicalPath(corpus)), ("listing", try IndexWriter.encodeJSON(listing.diagnostics)),
            ]
            for (k, v) in meta { try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [k, v]) }
            return written
        }
        report.modelRows = written.rows
        report.rowsWritten = written.deleted + written.inserted
        // What was written went through the write-ahead log, which would otherwise stay on disk (as
        // large as the database itself after a first build, 76 of 155 MiB on the 4,677-story corpus):
        // copy it back and truncate it. Best effort: a reader holding an old snapshot only delays this to the next write.
        if pool is DatabasePool {
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        report.writeSeconds = secondsSince(mark)
        report.updated = true
        return (SQLiteStore(db: pool, path: indexPath), report)
    }

    /// When each step of the corpus-wide stage ended, from its progress reports (the model layer reads
    /// no clock): a stage's last report ends it; versions are found between dating and linking; the
    /// index marks the memos' writing and the merging of events, which report no progress.
    final class StageClock: @unchecked Sendable {
        enum Step: String, CaseIterable { case dating, versions, linking, timexes, events, memos, merging }
        private let now: @Sendable () -> UInt64
        private let start: UInt64
        private var first: [AnalysisStage: UInt64] = [:], last: [AnalysisStage: UInt64] = [:]
        private var marks: [Step: UInt64] = [:]
        private let lock = NSLock()

        init(now: @escaping @Sendable () -> UInt64) {
            self.now = now
            start = now()
        }

        func note(_ stage: AnalysisStage) {
            let t = now()
            lock.lock()
            if first[stage] == nil { first[stage] = t }
            last[stage] = t
            lock.unlock()
        }

        func mark(_ step: Step) {
            let t = now()
            lock.lock()
            marks[step] = t
            lock.unlock()
        }

        /// Seconds of each step that ran, by `Step` name: from the end of the step before to its own end.
        var seconds: [String: Double] {
            lock.lock()
            defer { lock.unlock() }
            let ends: [Step: UInt64?] = [
                .dating: last[.dating], .versions: first[.linking], .linking: last[.linking], .timexes: last[.timexes],
                .events: last[.events], .memos: marks[.memos], .merging: marks[.merging],
            ]
            var out: [String: Double] = [:]
            var previous = first[.dating] ?? start
            for step in Step.allCases {
                guard let end = ends[step] ?? nil else { continue }
                out[step.rawValue] = Double(end &- previous) / 1e9
                previous = end
            }
            return out
        }
    }

    /// Keeps one memo row per unit of a step: rows of removed units go, new or changed inputs replace theirs.
    static func writeMemo(_ memo: any StoredMemo, stored: [String: String], in db: Database) throws {
        let current = memo.digests
        for unit in stored.keys.sorted() where current[unit] != stored[unit] {
            try db.execute(sql: "DELETE FROM memo WHERE stage = ? AND unit = ?", arguments: [memo.stage, unit])
        }
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO memo (stage, unit, digest, value) VALUES (?,?,?,?)")
        for (unit, digest, data) in memo.fresh where stored[unit] != digest {
            try insert.execute(arguments: [memo.stage, unit, digest, data])
        }
    }

    /// The file an article's source names: "dir/a.jsonl#3" → "dir/a.jsonl".
    static func fileOf(_ source: String) -> String {
        guard let hash = source.lastIndex(of: "#"), !source[source.index(after: hash)...].isEmpty,
              source[source.index(after: hash)...].allSatisfy(\.isNumber) else { return source }
        return String(source[..<hash])
    }

    static func createPool(_ path: String) throws -> DatabasePool {
        let pool = try openPool(path, create: true)
        try IndexSchema.migrator.migrate(pool)
        return pool
    }

    static func removeIndexFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    public static func describe(_ error: Error, path: String? = nil) -> String {
        guard let e = error as? DatabaseError else { return "\(error)" }
        let message = e.message ?? "\(e.resultCode)"
        // SQLite reports a full disk as SQLITE_FULL or, on some file systems, as an I/O error:
        // say what the user can act on.
        if e.resultCode == .SQLITE_FULL || e.resultCode == .SQLITE_IOERR, let path,
           let free = freeBytes(near: path), free < 1 << 20 {
            return "the disk holding it is full (\(free / 1024) KB free; \(message))"
        }
        return message
    }

    /// Bytes available to this user on the file system of `path` (or its nearest existing folder).
    static func freeBytes(near path: String) -> Int? {
        var dir = path
        while !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) { dir = (dir as NSString).deletingLastPathComponent }
        var st = statvfs()
        guard statvfs(dir.isEmpty ? "/" : dir, &st) == 0 else { return nil }
        return Int(st.f_bavail) * Int(st.f_frsize)
    }
}

/// Size, modification time (ns) and content hash of a file.
public struct FileFingerprint: Hashable, Sendable {
    public var size: Int
    public var mtime: Int
    public var hash: String

    static func quick(_ path: [CChar]) -> (size: Int, mtime: Int)? { statFile(path) }

    static func of(_ path: [CChar]) -> FileFingerprint? {
        guard let s = quick(path), let h = Fingerprint.file(path) else { return nil }
        return FileFingerprint(size: s.size, mtime: s.mtime, hash: h)
    }
}

private func statFile(_ path: [CChar]) -> (size: Int, mtime: Int)? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
}

/// An exclusive advisory lock (flock) beside the index, so that two writers take turns.
final class IndexLock {
    let fd: Int32

    init(path: String, log: (String) -> Void) throws {
        fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DossierError.index(path: path, message: "cannot open the lock file (\(String(cString: strerror(errno))))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            log("another dossier is updating the index; waiting for it")
            while flock(fd, LOCK_EX) != 0 {
                if errno != EINTR {
                    close(fd)
                    throw DossierError.index(path: path, message: "cannot lock (\(String(cString: strerror(errno))))")
                }
            }
        }
    }

    /// True when another process holds the lock now (an update is running). Never waits.
    static func isHeld(path: String) -> Bool {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
