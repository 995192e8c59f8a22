// The persistent index: same model as a fresh analysis, incremental updates, damaged and outdated
// files rebuilt, readers working while a writer writes, writers serialised by the lock.

import DossierKit
import Foundation
import GRDB
import TestSupport
import Testing

/// A temporary corpus folder and index path, removed at the end of a test.
struct TempCorpus {
    let dir: URL
    let indexPath: String

    init(files: [String: String] = TempCorpus.sample) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)")
        dir = base.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        indexPath = base.appendingPathComponent("index.sqlite").path
        for (name, text) in files { try write(name, text) }
    }

    static let sample: [String: String] = [
        "a.txt": "Harbor Board Meets\n\nYEREVAN, April 14, 2021 — Nikol Pashinyan met Sergei Shoigu in Yerevan on Tuesday. The Harbor Board of Armenia approved the plan.\n",
        "b.txt": "Talks Continue\n\nMOSCOW, April 15, 2021 — Prime Minister Nikol Pashinian said on Wednesday that talks with Russia will continue. Shoigu agreed.\n",
        "c.txt": "Port Reopens\n\nThe port of Gyumri reopened on Friday, the Harbor Board said. Anna Hakobyan visited the port.\n",
    ]

    func write(_ name: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(at: dir.appendingPathComponent(name)) }

    func cleanup() { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }

    func open(jobs: Int? = nil, rebuild: Bool = false, log: @escaping @Sendable (String) -> Void = { _ in }) throws -> (SQLiteStore, IndexReport) {
        var options = IndexOptions(indexPath: indexPath, jobs: jobs, rebuild: rebuild)
        options.log = log
        return try CorpusIndex.open(corpus: dir.path, analyzer: Analyzer(), options: options)
    }

    func fresh() throws -> Corpus { try Analyzer().analyze(path: dir.path) }

    /// The same folder analysed into an in-memory database (`--no-index`).
    func inMemory() throws -> SQLiteStore {
        try CorpusIndex.openInMemory(corpus: dir.path, analyzer: Analyzer(), options: IndexOptions()).0
    }
}

/// Every entity NameMatcher scores above zero, best first, then by mention count and id: what the
/// store's lookup must return, found by scoring every entity (the store narrows the candidates
/// through its name index, trigrams and typo keys first).
func scoredLookup(_ query: String, in entities: [Entity], limit: Int) -> [EntitySummary] {
    if let id = EntityID(query.trimmingCharacters(in: .whitespaces)), query.lowercased().hasPrefix("e") {
        return entities.filter { $0.id == id }.map(EntitySummary.init)
    }
    return entities.compactMap { e -> (Int, Entity)? in
        let s = NameMatcher.score(query: query, entity: e)
        return s > 0 ? (s, e) : nil
    }.sorted { ($0.0, $0.1.mentions.count, -$0.1.id.ordinal) > ($1.0, $1.1.mentions.count, -$1.1.id.ordinal) }
        .prefix(limit).map { EntitySummary($0.1) }
}

final class Messages: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func add(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

@Suite struct IndexTests {
    @Test func indexGivesTheSameModelAndExportAsAFreshAnalysis() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let (store, report) = try t.open()
        #expect(report.updated)
        let fresh = try t.fresh()
        #expect(fresh.entities.count >= 3)
        #expect(!fresh.events.isEmpty)
        let indexed = try store.corpus()
        #expect(indexed.articles == fresh.articles)
        #expect(indexed.entities == fresh.entities)
        #expect(indexed.events == fresh.events)
        #expect(indexed == fresh)
        #expect(try CorpusExporter.json(indexed) == CorpusExporter.json(fresh))
        // Prefixes, substrings and one-letter typos, which the name index alone cannot find.
        for q in ["pashinian", "shoigu", "shoi", "ashin", "Hakobyam", "Pashinyn", "harbr board", "e2", "armenia", "zzzz"] {
            #expect(try store.lookup(q, limit: 6) == scoredLookup(q, in: fresh.entities, limit: 6), "\(q)")
            #expect(try store.lookup(q, limit: 1) == scoredLookup(q, in: fresh.entities, limit: 1), "\(q)")
        }
        // `--no-index` (the folder analysed into memory) and a finished model written into memory
        // answer every read as the index file does: one writer, one reader.
        for other in [try t.inMemory(), try SQLiteStore.inMemory(fresh)] {
            #expect(try other.corpus() == indexed)
            #expect(try other.articleSummaries() == store.articleSummaries())
            #expect(try other.entitySummaries(kind: nil) == store.entitySummaries(kind: nil))
            #expect(try other.timeline(TimelineQuery(includeUndated: true, all: true)) == store.timeline(TimelineQuery(includeUndated: true, all: true)))
            for q in ["pashinian", "shoi", "Hakobyam", "harbr board", "e2"] {
                #expect(try other.lookup(q, limit: 6) == store.lookup(q, limit: 6), "\(q)")
            }
            for q in ["port", "harb*", "title:talks", "entity:pashinian"] {
                #expect(try other.search(q, limit: 10) == store.search(q, limit: 10), "\(q)")
            }
            for a in fresh.articles {
                #expect(try other.mentions(in: a.id) == store.mentions(in: a.id))
                #expect(try other.events(in: a.id) == store.events(in: a.id))
                #expect(try other.timexes(in: a.id) == store.timexes(in: a.id))
            }
            for e in fresh.entities {
                #expect(try other.related(to: e.id, limit: 10) == store.related(to: e.id, limit: 10))
            }
        }
        #expect(try t.inMemory().recognizedMentions() == store.recognizedMentions())
        #expect(try store.recognizedMentions().count == fresh.articles.count)
        // What each article lists, in offset order, from the model itself.
        for a in fresh.articles {
            let expected = (fresh.entities.flatMap(\.mentions) + fresh.unlinkedMentions).filter { $0.article == a.id }
            #expect(try store.mentions(in: a.id) == expected.sorted { $0.span < $1.span })
        }
    }

    @Test func fixtureCorpusWithSeveralStoriesPerFileMatchesFreshAnalysis() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = IndexOptions(indexPath: dir.appendingPathComponent("i.sqlite").path, jobs: 1)
        options.log = { _ in }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let (store, _) = try CorpusIndex.open(corpus: Fixtures.path("basic"), analyzer: Analyzer(), options: options)
        let fresh = try Analyzer().analyze(path: Fixtures.path("basic"))
        #expect(try CorpusExporter.json(store.corpus()) == CorpusExporter.json(fresh))
    }

    @Test func resultsDoNotDependOnTheNumberOfWorkers() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let one = try t.open(jobs: 1).0.corpus()
        let four = try t.open(jobs: 4, rebuild: true).0.corpus()
        #expect(one == four)
    }

    @Test func anUpdateReportsTheCorpusWideStepsInOrder() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        // A clock that moves one second at every reading: each step that ran takes at least one.
        final class Ticks: @unchecked Sendable {
            private var n: UInt64 = 0
            private let lock = NSLock()
            func next() -> UInt64 { lock.lock(); defer { lock.unlock() }; n += 1_000_000_000; return n }
        }
        let ticks = Ticks()
        var options = IndexOptions(indexPath: t.indexPath)
        options.nanoseconds = { ticks.next() }
        let (_, report) = try CorpusIndex.open(corpus: t.dir.path, analyzer: Analyzer(), options: options)
        #expect(IndexReport.stepOrder == ["dating", "versions", "linking", "timexes", "events", "memos", "merging"])
        #expect(Set(report.stepSeconds.keys) == Set(IndexReport.stepOrder))
        #expect(report.stepSeconds.values.allSatisfy { $0 >= 1 })
        // Together they are the corpus-wide stage, less the cached outputs read before dating.
        #expect(report.stepSeconds.values.reduce(0, +) <= report.globalSeconds)
    }

    @Test func unchangedCorpusIsNotAnalysedAgain() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        _ = try t.open()
        let (_, again) = try t.open()
        #expect(!again.updated)
        #expect(again.filesAnalysed == 0)
        // A new mtime with the same content only refreshes the fingerprint.
        let path = t.dir.appendingPathComponent("a.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: path)
        let (_, touched) = try t.open()
        #expect(touched.filesAnalysed == 0)
        let (_, third) = try t.open()
        #expect(!third.updated)
    }

    @Test func addingChangingAndRemovingFilesUpdatesOnlyThem() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        _ = try t.open()

        try t.write("d.txt", "New Minister\n\nAnna Hakobyan met Nikol Pashinyan on Monday, May 3, 2021.\n")
        var (store, report) = try t.open()
        #expect(report.filesAnalysed == 1)
        #expect(try store.corpus() == t.fresh())

        try t.write("b.txt", "Talks End\n\nMOSCOW, April 16, 2021 — Sergei Shoigu said the talks had ended. Pashinyan left.\n")
        (store, report) = try t.open()
        #expect(report.filesAnalysed == 1)
        #expect(try store.corpus() == t.fresh())
        #expect(try store.articleSummaries().map(\.displayTitle).contains("Talks End"))

        try t.remove("a.txt")
        (store, report) = try t.open()
        #expect(report.filesAnalysed == 0)
        #expect(report.filesRemoved == 1)
        #expect(try store.corpus() == t.fresh())
        #expect(try store.articleSummaries().count == 3)
    }

    @Test func damagedIndexFileIsRebuiltWithAMessage() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: t.indexPath))
        let messages = Messages()
        let (store, report) = try t.open(log: { messages.add($0) })
        #expect(report.rebuilt)
        #expect(messages.all.contains { $0.contains("damaged") })
        #expect(try store.corpus() == t.fresh())
    }

    @Test func truncatedIndexFileIsRebuilt() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        _ = try t.open()
        // Keep the header, cut the rest: SQLite sees a database whose pages are missing.
        let data = try Data(contentsOf: URL(fileURLWithPath: t.indexPath))
        try data.prefix(4096).write(to: URL(fileURLWithPath: t.indexPath))
        for s in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: t.indexPath + s) }
        let messages = Messages()
        let (store, _) = try t.open(log: { messages.add($0) })
        #expect(!messages.all.isEmpty)
        #expect(try store.corpus() == t.fresh())
    }

    @Test func indexFromAnOlderVersionIsRebuilt() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        _ = try t.open()
        let db = try DatabaseQueue(path: t.indexPath)
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'analysis_version'") }
        try db.close()
        let messages = Messages()
        let (store, report) = try t.open(log: { messages.add($0) })
        #expect(report.rebuilt)
        #expect(messages.all.contains { $0.contains("analysis version") })
        #expect(try store.corpus() == t.fresh())

        // An older schema: the migrations table lacks the current one.
        let db2 = try DatabaseQueue(path: t.indexPath)
        try db2.write { try $0.execute(sql: "DELETE FROM grdb_migrations") }
        try db2.close()
        let messages2 = Messages()
        let (store2, report2) = try t.open(log: { messages2.add($0) })
        #expect(report2.rebuilt)
        #expect(messages2.all.contains { $0.contains("schema") })
        #expect(try store2.articleSummaries().count == 3)
    }

    @Test func readersWorkWhileAWriterUpdates() async throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let (reader, _) = try t.open()
        let before = try reader.articleSummaries().count
        for i in 0..<6 { try t.write("new\(i).txt", "Story \(i)\n\nSergei Shoigu spoke in Yerevan on Monday about item \(i).\n") }
        async let write: IndexReport = Task.detached { try t.open(jobs: 1).1 }.value
        var reads = 0
        for _ in 0..<50 {
            let n = try reader.articleSummaries().count
            #expect(n == before || n == before + 6)
            reads += 1
        }
        let report = try await write
        #expect(report.filesAnalysed == 6)
        #expect(reads == 50)
        #expect(try reader.articleSummaries().count == before + 6)
    }

    @Test func twoWritersAreSerialisedByTheLock() async throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        _ = try t.open()
        try t.write("e.txt", "Another Story\n\nAnna Hakobyan returned to Gyumri on Sunday.\n")
        async let first: IndexReport = Task.detached { try t.open(jobs: 1).1 }.value
        async let second: IndexReport = Task.detached { try t.open(jobs: 1).1 }.value
        let reports = try await [first, second]
        // One of them analysed the new file; the other found the index up to date.
        #expect(reports.map(\.filesAnalysed).sorted() == [0, 1])
        let (store, last) = try t.open()
        #expect(!last.updated)
        #expect(try store.corpus() == t.fresh())
    }
}
