// Faults around the index, with the real binary: a process killed in the middle of indexing, files
// changing while they are indexed, a full disk, a read-only cache folder, and many readers while an
// update runs.

import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct IndexFaultTests {
    /// A throwaway folder holding a generated corpus and a private cache.
    struct Workspace {
        let root: URL
        var corpus: URL { root.appendingPathComponent("corpus") }
        var cache: URL { root.appendingPathComponent("cache") }
        var index: String { root.appendingPathComponent("index.sqlite").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fault-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("cache"), withIntermediateDirectories: true)
        }

        /// `count` short stories with people, organizations, places and dates; `edition` changes every
        /// title so that a rewrite forces the per-file stage to run again for every file.
        func writeStories(_ count: Int, edition: Int = 1) throws {
            let first = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas"]
            let last = ["Marek", "Oduya", "Lindqvist", "Novak", "Haddad", "Brenner", "Castell", "Moreau", "Kowal", "Tamm"]
            let orgs = ["Harbor Authority", "Ministry of Transport", "Northern Rail Union", "City Council"]
            let places = ["Rotterdam", "Gdansk", "Valencia", "Tallinn", "Marseille", "Hamburg"]
            for i in 0..<count {
                let person = "\(first[i % first.count]) \(last[(i / first.count) % last.count])"
                let surname = last[(i / first.count) % last.count]
                let place = places[i % places.count]
                let text = """
                    Edition \(edition) story \(i): port talks in \(place)

                    \(place.uppercased()), March \(1 + i % 28), 2021 — \(person), the head of the \(orgs[i % orgs.count]), \
                    said on Tuesday that the talks would resume next week.

                    \(surname) met officials of the \(orgs[(i + 1) % orgs.count]) in \(places[(i + 2) % places.count]) \
                    on March \(1 + (i * 7) % 28). "We expect an agreement," \(surname) told reporters.

                    """
                try text.write(to: corpus.appendingPathComponent(String(format: "story%03d.txt", i)), atomically: true, encoding: .utf8)
            }
        }

        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }

        func run(_ args: [String]) throws -> ProcessResult {
            try DossierProcess.run(args + ["--index", index], environment: environment)
        }

        /// Starts `dossier ARGS --index INDEX` without waiting for it.
        func start(_ args: [String]) throws -> Process {
            let process = Process()
            process.executableURL = DossierProcess.binary
            process.arguments = args + ["--index", index]
            process.environment = DossierProcess.pinnedEnvironment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        func cleanup() { try? FileManager.default.removeItem(at: root) }
    }

    /// Article titles listed by `dossier articles` (last column of each tab-separated row).
    static func titles(_ result: ProcessResult) -> [String] {
        result.stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last.map(String.init) }
    }

    @Test(arguments: [0.3, 1.0, 2.0, 3.5])
    func killedWhileUpdatingLeavesTheOldOrTheNewIndexAndTheNextRunCompletes(after seconds: Double) throws {
        let ws = try Workspace()
        defer { ws.cleanup() }
        try ws.writeStories(300, edition: 1)
        #expect(try ws.run(["index", ws.corpus.path, "--quiet"]).status == 0)
        try ws.writeStories(300, edition: 2)

        let writer = try ws.start(["index", ws.corpus.path, "--quiet"])
        Thread.sleep(forTimeInterval: seconds)
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()

        // The index opens as it is: never damaged, and wholly one edition (old or new), not a mix.
        let status = try ws.run(["index", "--status", "--json", ws.corpus.path])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!status.stderr.contains("damaged"))
        let object = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect(object?["articles"] as? Int == 300)

        // The next run completes the update.
        let after = try ws.run(["articles", ws.corpus.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stderr.contains("damaged") && !after.stderr.contains("rebuild"))
        let titles = Self.titles(after)
        #expect(titles.count == 300)
        #expect(titles.allSatisfy { $0.hasPrefix("Edition 2 ") })
        let again = try ws.run(["index", "--status", "--json", ws.corpus.path])
        #expect(again.stdout.contains("\"upToDate\" : true"))
    }

    @Test func killedDuringTheFirstBuildLeavesNoHalfIndex() throws {
        let ws = try Workspace()
        defer { ws.cleanup() }
        try ws.writeStories(300)
        let writer = try ws.start(["index", ws.corpus.path, "--quiet"])
        Thread.sleep(forTimeInterval: 1.0)
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        let after = try ws.run(["articles", ws.corpus.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(Self.titles(after).count == 300)
        #expect(!after.stderr.contains("damaged"))
    }

    @Test func filesChangedOrDeletedDuringAnUpdateAreCaughtUpOnTheNextRun() throws {
        let ws = try Workspace()
        defer { ws.cleanup() }
        try ws.writeStories(300)
        let writer = try ws.start(["index", ws.corpus.path, "--quiet"])
        Thread.sleep(forTimeInterval: 0.5)
        let changed = ws.corpus.appendingPathComponent("story010.txt")
        try "Late correction for the harbor\n\nThe Harbor Authority corrected its statement on Friday.\n"
            .write(to: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: ws.corpus.appendingPathComponent("story011.txt"))
        writer.waitUntilExit()
        // Whatever the writer saw, it finished without crashing (a vanished file is a warning).
        #expect(writer.terminationReason == .exit)
        #expect(writer.terminationStatus == 0)

        let after = try ws.run(["articles", ws.corpus.path])
        #expect(after.status == 0, "\(after.stderr)")
        let titles = Self.titles(after)
        #expect(titles.count == 299)
        #expect(titles.contains("Late correction for the harbor"))
        #expect(!titles.contains { $0.hasPrefix("Edition 1 story 11:") })
    }

    @Test func readersDoNotWaitForARunningUpdate() throws {
        let ws = try Workspace()
        defer { ws.cleanup() }
        try ws.writeStories(300, edition: 1)
        #expect(try ws.run(["index", ws.corpus.path, "--quiet"]).status == 0)
        try ws.writeStories(300, edition: 2)
        let writer = try ws.start(["index", ws.corpus.path, "--quiet"])
        Thread.sleep(forTimeInterval: 0.3)

        // Twenty readers at once, half lookups and half searches, while the writer works.
        let queries: [[String]] = (0..<20).map { i in
            i % 2 == 0 ? ["lookup", "Anna Marek", ws.corpus.path, "--json"] : ["search", "agreement", ws.corpus.path, "--limit", "3"]
        }
        let results = LockedBox<[Int: ProcessResult]>([:])
        DispatchQueue.concurrentPerform(iterations: queries.count) { i in
            if let r = try? ws.run(queries[i]) { results.mutate { $0[i] = r } }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let all = results.value
        #expect(all.count == 20)
        for (i, r) in all.sorted(by: { $0.key < $1.key }) {
            #expect(r.status == 0, "reader \(i): \(r.stderr)")
            #expect(!r.stderr.contains("waiting for it"), "reader \(i) waited for the writer")
            if i % 2 == 0 { #expect(r.stdout.contains("\"name\" : \"Anna Marek\"")) } else { #expect(r.stdout.contains("[agreement]")) }
        }
        // Whether the writer was still busy while they read depends on timing; the next test holds
        // the writer's lock itself, so that readers certainly meet an update in progress.
    }

    @Test func readersAnswerFromThePreviousIndexWhileAnUpdateHoldsTheLock() throws {
        let ws = try Workspace()
        defer { ws.cleanup() }
        try ws.writeStories(30, edition: 1)
        #expect(try ws.run(["index", ws.corpus.path, "--quiet"]).status == 0)
        try ws.writeStories(30, edition: 2)
        // Hold the lock a running `dossier index` holds: an update is in progress from here on.
        let fd = open(ws.index + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        defer { flock(fd, LOCK_UN); close(fd) }
        for args in [["lookup", "Anna Marek", ws.corpus.path, "--json"], ["articles", ws.corpus.path]] {
            let started = Date()
            let r = try ws.run(args)
            #expect(r.status == 0, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.contains("as it was before that update"), "\(args[0]): \(r.stderr)")
            #expect(!r.stderr.contains("waiting for it"))
            #expect(Date().timeIntervalSince(started) < 20, "\(args[0]) waited for the lock")
            if args[0] == "articles" {
                // The previous index: edition 1's titles, not the files as they are now.
                #expect(r.stdout.contains("Edition 1 story") && !r.stdout.contains("Edition 2 story"))
            }
        }
    }

    // MARK: - a full disk and a read-only cache, on a small tmpfs (needs root to mount; skipped otherwise)

    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-mount-probe-\(getpid())")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { _ = Shell.run("/bin/umount", [probe.path]); try? FileManager.default.removeItem(at: probe) }
        return Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]) == 0
    }()

    @Test(.enabled(if: canMount, "mounting a small tmpfs needs root"))
    func aFullDiskGivesAMessageAndTheCorpusIsStillBrowsable() throws {
        let ws = try Workspace()
        defer { _ = Shell.run("/bin/umount", [ws.cache.path]); ws.cleanup() }
        #expect(Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=24k", "tmpfs", ws.cache.path]) == 0)
        try ws.writeStories(40)
        let result = try DossierProcess.run(["articles", ws.corpus.path], environment: ws.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.titles(result).count == 40)
        #expect(result.stderr.contains("full"))
        #expect(result.stderr.contains("analysing in memory"))
        // Nothing half-written is left to trip the next run.
        let again = try DossierProcess.run(["lookup", "Anna Marek", ws.corpus.path], environment: ws.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("damaged"))
    }

    @Test(.enabled(if: canMount, "mounting a read-only tmpfs needs root"))
    func aReadOnlyCacheFolderStillAnswers() throws {
        let ws = try Workspace()
        defer { _ = Shell.run("/bin/umount", [ws.cache.path]); ws.cleanup() }
        #expect(Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", ws.cache.path]) == 0)
        try ws.writeStories(20)
        #expect(try DossierProcess.run(["index", ws.corpus.path, "--quiet"], environment: ws.environment).status == 0)
        #expect(Shell.run("/bin/mount", ["-o", "remount,ro", ws.cache.path]) == 0)
        // Unchanged corpus: answered (from the index, or in memory with a message).
        let lookup = try DossierProcess.run(["lookup", "Anna Marek", ws.corpus.path], environment: ws.environment)
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect(lookup.stdout.contains("Anna Marek"))
        // Changed corpus: the index cannot be updated, so the answer comes from memory, said on stderr.
        try ws.writeStories(21, edition: 2)
        let articles = try DossierProcess.run(["articles", ws.corpus.path], environment: ws.environment)
        #expect(articles.status == 0, "\(articles.stderr)")
        #expect(Self.titles(articles).count == 21)
        #expect(Self.titles(articles).allSatisfy { $0.hasPrefix("Edition 2 ") })
        #expect(articles.stderr.contains("analysing in memory"))
    }
}

/// Runs a system tool and returns its exit status (output discarded).
enum Shell {
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}

final class LockedBox<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func mutate(_ body: (inout T) -> Void) { lock.lock(); body(&stored); lock.unlock() }
}
