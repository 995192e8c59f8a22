// Updates of the index must give exactly what a fresh analysis of the same files gives, whatever
// sequence of adds, edits and deletes led there. The stories are generated from a seeded random
// source (invented names, spelling variants, acronyms, dates, several stories per file), so the
// sequence is the same on every run and exercises cross-article linking, dating and event merging.

@testable import DossierKit
import Foundation
import GRDB
import Testing

/// SplitMix64: a small seeded generator, so that a failing sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Invented stories: people with spelling variants and surname-only second mentions, bodies with
/// acronyms, places, weekday and calendar dates, speech and happenings.
struct StoryGenerator {
    var rng: SeededGenerator

    static let given = ["Aram", "Lilit", "Davit", "Marta", "Oskar", "Vera", "Tigran", "Nora"]
    /// Surnames with a second spelling, as transliteration gives them.
    static let surnames = [("Vardanyan", "Vardanian"), ("Kostrova", "Kostrova"), ("Melikyan", "Melikian"),
                           ("Brandt", "Brandt"), ("Sarkisov", "Sarkissov"), ("Holm", "Holm")]
    static let bodies = [("Northern Harbor Authority", "NHA"), ("Council of River Towns", "CRT"),
                         ("Valley Grain Company", "VGC"), ("Institute for Coastal Studies", "ICS")]
    static let places = ["Yerevan", "Gyumri", "Tbilisi", "Odessa", "Riga", "Lyon"]
    static let verbs = [("met", "met with"), ("signed", "signed an accord with"), ("visited", "visited"),
                        ("criticised", "criticised"), ("appointed", "appointed")]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let months = ["March", "April", "May", "June"]

    mutating func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }

    mutating func person() -> (full: String, short: String) {
        let g = pick(Self.given), s = pick(Self.surnames)
        let spelling = rng.next() % 3 == 0 ? s.1 : s.0
        return ("\(g) \(spelling)", spelling)
    }

    mutating func story() -> String {
        let a = person(), b = person()
        let body = pick(Self.bodies), place = pick(Self.places), verb = pick(Self.verbs)
        let day = Int(rng.next() % 27) + 1, month = pick(Self.months)
        let weekday = pick(Self.weekdays)
        let title = "\(a.short) \(verb.0.capitalized) \(b.short) in \(place)"
        var lines = ["\(place.uppercased()), \(month) \(day), 2022 — \(a.full) \(verb.1) \(b.full) in \(place) on \(weekday)."]
        if rng.next() % 2 == 0 {
            lines.append("The \(body.0) (\(body.1)) said on \(weekday) that \(a.short) would return in \(pick(Self.months)).")
        } else {
            lines.append("\(b.short) told reporters the \(body.1) had approved the plan on \(month) \(day), 2022.")
        }
        if rng.next() % 2 == 0 { lines.append("\(a.short) left \(place) the next day.") }
        return title + "\n\n" + lines.joined(separator: " ") + "\n"
    }

    /// One file: usually one story, sometimes several separated as a wire page separates them.
    mutating func file() -> String {
        let n = rng.next() % 4 == 0 ? 2 : 1
        return (0..<n).map { _ in story() }.joined(separator: "\n\n* * *\n\n")
    }
}

@Suite struct IncrementalUpdateTests {
    /// A random sequence of adds, edits, deletes and no-ops; after each step the index equals a fresh
    /// analysis of the folder (model and export), and the in-memory store (`--no-index`) agrees.
    @Test(arguments: [UInt64(7), 2024])
    func randomSequenceOfChangesEqualsAFreshBuildAtEveryStep(seed: UInt64) throws {
        var gen = StoryGenerator(rng: SeededGenerator(seed: seed))
        var files: [String: String] = [:]
        for i in 0..<5 { files["s\(i).txt"] = gen.file() }
        let t = try TempCorpus(files: files)
        defer { t.cleanup() }
        var (store, report) = try t.open(jobs: 1)
        #expect(report.updated)
        var next = files.count
        var reusedSomewhere = false, linksReusedSomewhere = false, componentsReusedSomewhere = false
        var previousRows = report.modelRows
        for step in 0..<10 {
            let action = gen.rng.next() % 5
            var names = files.keys.sorted()
            switch action {
            case 0, 1:
                // A new file; its name sorts anywhere among the others, so article order shifts.
                let name = "s\(gen.rng.next() % 2 == 0 ? next : Int(gen.rng.next() % UInt64(max(1, next))))x\(step).txt"
                next += 1
                files[name] = gen.file()
                try t.write(name, files[name]!)
            case 2 where !names.isEmpty:
                let name = gen.pick(names)
                files[name] = gen.file()
                try t.write(name, files[name]!)
            case 3 where names.count > 1:
                let name = gen.pick(names)
                files[name] = nil
                try t.remove(name)
            default:
                break // nothing changed: the update must be a no-op
            }
            names = files.keys.sorted()
            (store, report) = try t.open(jobs: 1)
            let fresh = try t.fresh()
            let indexed = try store.corpus()
            #expect(indexed == fresh, "seed \(seed) step \(step): the updated index differs from a fresh analysis")
            #expect(try CorpusExporter.json(indexed) == CorpusExporter.json(fresh), "seed \(seed) step \(step): exports differ")
            #expect(try t.inMemory().corpus() == indexed, "seed \(seed) step \(step): --no-index differs")
            #expect(try store.articleSummaries().count == fresh.articles.count)
            #expect(names.count == files.count)
            if report.updated {
                // At most every old row goes and every new one comes; articles whose input stayed the
                // same keep their events without extracting them again.
                #expect(report.rowsWritten <= report.modelRows + previousRows, "seed \(seed) step \(step)")
                if report.eventsReused > 0 { reusedSomewhere = true }
                if report.linksReused > 0 { linksReusedSomewhere = true }
                if report.componentsReused > 0 { componentsReusedSomewhere = true }
                previousRows = report.modelRows
            }
        }
        #expect(reusedSomewhere, "seed \(seed): no update reused any article's events")
        #expect(linksReusedSomewhere, "seed \(seed): no update reused any article's linking")
        #expect(componentsReusedSomewhere, "seed \(seed): no update reused any component's joins")
    }

    /// A file added after the others leaves the rows of the rest as they were.
    @Test func anAppendedFileRewritesOnlyItsOwnRows() throws {
        var gen = StoryGenerator(rng: SeededGenerator(seed: 99))
        var files: [String: String] = [:]
        for i in 0..<6 { files["s\(i).txt"] = gen.file() }
        let t = try TempCorpus(files: files)
        defer { t.cleanup() }
        let (_, first) = try t.open(jobs: 1)
        #expect(first.rowsWritten == first.modelRows)
        // An unrelated story (names no other story uses) sorts last.
        try t.write("z.txt", "Ferry Sinks\n\nA ferry of the Baltic Line sank near Klaipeda on Monday, March 7, 2022, officials said.\n")
        let (store, update) = try t.open(jobs: 1)
        #expect(update.eventsReused >= 6, "every earlier story keeps its events")
        #expect(update.datingUnitsReused == 6, "every earlier file keeps its dates")
        #expect(update.linksReused >= 6, "every earlier story keeps its own linking")
        #expect(update.componentsReused > 0, "components the new story does not touch keep their joins")
        #expect(update.rowsWritten > 0)
        #expect(update.rowsWritten * 4 < update.modelRows, "\(update.rowsWritten) of \(update.modelRows) rows rewritten")
        #expect(try store.corpus() == t.fresh())
    }

    /// A file that sorts before the others shifts every article's, entity's and event's number, but not
    /// the ids their rows are stored under (`StorageIDs`): the update writes the new story's rows (and
    /// those of the entities and events it joins), not the whole model, and reads back as a fresh analysis.
    @Test func aFileSortingFirstRewritesOnlyWhatItTouches() throws {
        var gen = StoryGenerator(rng: SeededGenerator(seed: 99))
        var files: [String: String] = [:]
        for i in 0..<6 { files["s\(i).txt"] = gen.file() }
        let t = try TempCorpus(files: files)
        defer { t.cleanup() }
        _ = try t.open(jobs: 1)
        try t.write("a.txt", "Ferry Sinks\n\nA ferry of the Baltic Line sank near Klaipeda on Monday, March 7, 2022, officials said.\n")
        let (store, update) = try t.open(jobs: 1)
        let fresh = try t.fresh()
        // Each entity's row holds its number, which the new story's entities shift: that table is
        // written again (deleted and inserted), the other tables only where the story touches them.
        let entityRows = 2 * fresh.entities.count
        #expect(update.rowsWritten > entityRows)
        #expect((update.rowsWritten - entityRows) * 4 < update.modelRows - fresh.entities.count,
                "\(update.rowsWritten) of \(update.modelRows) rows rewritten, \(entityRows) of them entities'")
        #expect(try store.corpus() == fresh)
        #expect(try store.article(ArticleID(ordinal: 1))?.source == "a.txt", "the new story is the first")
    }

    /// The writer compares tables bucket by bucket (`IndexWriter.Buckets`). With buckets two ids wide,
    /// every table spans many buckets: writing one model after another into one database must leave
    /// exactly the last model, and writing a model again must write nothing.
    @Test func bucketedWritesLeaveExactlyTheLastModel() throws {
        var gen = StoryGenerator(rng: SeededGenerator(seed: 31))
        var files: [String: String] = [:]
        for i in 0..<6 { files["s\(i).txt"] = gen.file() }
        let t = try TempCorpus(files: files)
        defer { t.cleanup() }
        let queue = try CorpusIndex.memoryQueue()
        let store = SQLiteStore(db: queue, path: SQLiteStore.memoryPath)
        for step in 0..<6 {
            switch step % 3 {
            case 0:
                let name = "s\(step)b.txt"
                files[name] = gen.file()
                try t.write(name, files[name]!)
            case 1:
                let name = files.keys.sorted()[step % files.count]
                files[name] = gen.file()
                try t.write(name, files[name]!)
            default:
                let name = files.keys.sorted()[0]
                files[name] = nil
                try t.remove(name)
            }
            let model = try t.fresh()
            let written = try queue.write { db in try IndexWriter.writeModel(model, in: db, bucketWidth: 2) }
            #expect(written.deleted + written.inserted > 0, "step \(step)")
            #expect(try store.corpus() == model, "step \(step): the database differs from the model written")
            // The article text index agrees with the articles, also where a table was written again whole
            // (most of its buckets changed: `Buckets.rewriteAtLeast`).
            try queue.write { db in try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('integrity-check')") }
            // The name indexes (built only for the buckets whose entities' names changed) hold what a
            // first write of the model gives.
            let first = try CorpusIndex.memoryQueue()
            _ = try first.write { db in try IndexWriter.writeModel(model, in: db) }
            #expect(try Self.nameIndexes(queue) == Self.nameIndexes(first), "step \(step): name indexes differ from a first write")
            let again = try queue.write { db in try IndexWriter.writeModel(model, in: db, bucketWidth: 2) }
            #expect(again.deleted + again.inserted == 0, "step \(step): an unchanged model rewrote rows")
        }
    }

    /// Every row of the entity name indexes, in a fixed order, each under its entity's ordinal (two
    /// writes may store one entity under two ids: `StorageIDs`).
    static func nameIndexes(_ queue: DatabaseQueue) throws -> [String] {
        let ordinal = { (id: String) in "(SELECT ord FROM entities WHERE id = \(id))" }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT \(ordinal("entity_fts.rowid")) || ' ' || names || ' / ' || keys FROM entity_fts ORDER BY \(ordinal("entity_fts.rowid"))") +
            String.fetchAll(db, sql: "SELECT \(ordinal("name_trigrams.rowid")) || ' ' || plain FROM name_trigrams ORDER BY \(ordinal("name_trigrams.rowid"))") +
            String.fetchAll(db, sql: "SELECT \(ordinal("name_keys.entity")) || ' ' || key || ' ' || length FROM name_keys ORDER BY \(ordinal("name_keys.entity")), key")
        }
    }
}
