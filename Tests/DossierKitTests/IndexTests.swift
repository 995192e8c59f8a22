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
        // Reads match the memory store too.
        let memory = MemoryStore(fresh)
        #expect(try store.articleSummaries() == memory.articleSummaries())
        #expect(try store.entitySummaries(kind: nil) == memory.entitySummaries(kind: nil))
        #expect(try store.lookup("pashinian", limit: 5) == memory.lookup("pashinian", limit: 5))
        #expect(try store.lookup("shoigu", limit: 5) == memory.lookup("shoigu", limit: 5))
        // Prefixes, substrings and one-letter typos, which the name index alone cannot find.
        for q in ["shoi", "ashin", "Hakobyam", "Pashinyn", "harbr board", "e2", "armenia", "zzzz"] {
            #expect(try store.lookup(q, limit: 6) == memory.lookup(q, limit: 6), "\(q)")
            #expect(try store.lookup(q, limit: 1) == memory.lookup(q, limit: 1), "\(q)")
        }
        #expect(try store.timeline(TimelineQuery(includeUndated: true, all: true)) == memory.timeline(TimelineQuery(includeUndated: true, all: true)))
        for a in fresh.articles {
            #expect(try store.mentions(in: a.id) == memory.mentions(in: a.id))
            #expect(try store.events(in: a.id) == memory.events(in: a.id))
            #expect(try store.timexes(in: a.id) == memory.timexes(in: a.id))
        }
        for e in fresh.entities {
            #expect(try store.related(to: e.id, limit: 10) == memory.related(to: e.id, limit: 10))
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
