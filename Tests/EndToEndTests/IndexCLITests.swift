// The index from the command line: search, show, index --status, exit statuses, JSON, fallbacks.

import Foundation
import TestSupport
import Testing

@Suite struct IndexCLITests {
    /// A private cache folder so that tests never share or keep an index.
    struct Env {
        let cache: URL
        init() throws {
            cache = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cache-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        }
        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }
        func run(_ args: [String]) throws -> ProcessResult { try DossierProcess.run(args, environment: environment) }
        func cleanup() {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cache.path)
            try? FileManager.default.removeItem(at: cache)
        }
    }

    /// One store: every command answers the same from the index file and with `--no-index` (the
    /// same stages into an in-memory database, read by the same code).
    @Test func everyCommandAnswersTheSameWithAndWithoutTheIndex() throws {
        let env = try Env()
        defer { env.cleanup() }
        let corpus = Fixtures.path("e2e")
        let entities = try env.run(["entities", "--json", corpus])
        #expect(entities.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(entities.stdout.utf8)) as? [[String: Any]])
        let name = try #require(list.first?["name"] as? String)
        let commands: [[String]] = [
            ["articles"], ["show", "a1"], ["search", "velmora"], ["search", "\"velmora harbor\" -zzz"], ["search", "entity:\(name)"],
            ["lookup", name], ["why", name], ["entities"], ["entities", "--kind", "person"], ["mentions"],
            ["timeline", "--all"], ["timeline", "--entity", name], ["export"],
        ]
        for command in commands {
            for json in [false, true] where !(json && command == ["export"]) {
                let args = command + (json ? ["--json"] : []) + [corpus]
                let indexed = try env.run(args)
                let memory = try env.run(args + ["--no-index"])
                #expect(indexed.status == memory.status, "\(args)")
                #expect(indexed.stdout == memory.stdout, "\(args) prints other answers with --no-index")
                #expect(!indexed.stdout.isEmpty || indexed.status == 1, "\(args)")
            }
        }
    }

    @Test func indexBuildsThenReportsStatus() throws {
        let env = try Env()
        defer { env.cleanup() }
        let none = try env.run(["index", "--status", Fixtures.path("basic")])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no index yet"))
        let build = try env.run(["index", Fixtures.path("basic")])
        #expect(build.status == 0)
        #expect(build.stdout.contains("articles\t3"))
        let status = try env.run(["index", "--status", "--json", Fixtures.path("basic")])
        #expect(status.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(object["articles"] as? Int == 3)
        #expect(object["files"] as? Int == 2)
        #expect(object["upToDate"] as? Bool == true)
        #expect((object["path"] as? String)?.hasPrefix(env.cache.path + "/dossier/") == true)
    }

    @Test func indexedAndInMemoryExportsAreIdentical() throws {
        let env = try Env()
        defer { env.cleanup() }
        let indexed = try env.run(["export", "--json", Fixtures.path("basic")])
        let again = try env.run(["export", "--json", Fixtures.path("basic")])
        let memory = try env.run(["export", "--json", "--no-index", Fixtures.path("basic")])
        #expect(indexed.status == 0)
        #expect(indexed.stdout == memory.stdout)
        #expect(again.stdout == memory.stdout)
    }

    @Test func searchFindsRanksAndMarksMatchesInPipes() throws {
        let env = try Env()
        defer { env.cleanup() }
        let result = try env.run(["search", "pier", Fixtures.path("basic")])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("article\t") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(result.stdout.lowercased().contains("[pier]"))
        let json = try env.run(["search", "pier", "--json", Fixtures.path("basic")])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(hits.contains { $0["kind"] as? String == "article" })
        // --no-index gives the same articles.
        let memory = try env.run(["search", "pier", "--json", "--no-index", Fixtures.path("basic")])
        let memoryHits = try #require(try JSONSerialization.jsonObject(with: Data(memory.stdout.utf8)) as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["article"] as? String }) == Set(memoryHits.compactMap { $0["article"] as? String }))
    }

    @Test func searchExitStatuses() throws {
        let env = try Env()
        defer { env.cleanup() }
        #expect(try env.run(["search", "qqqzzzxx", Fixtures.path("basic")]).status == 1)
        let unclosed = try env.run(["search", "\"harbor", Fixtures.path("basic")])
        #expect(unclosed.status == 2)
        #expect(unclosed.stderr.contains("not closed"))
        let badDate = try env.run(["search", "from:2021-13-40", Fixtures.path("basic")])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("not a date"))
        #expect(try env.run(["search", "harbor", "--limit", "0", Fixtures.path("basic")]).status == 2)
    }

    @Test func showPrintsOneArticleAndJSON() throws {
        let env = try Env()
        defer { env.cleanup() }
        let result = try env.run(["show", "a1", Fixtures.path("basic")])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("a1  "))
        #expect(result.stdout.contains("source:    harbor.txt"))
        let json = try env.run(["show", "a2", "--json", Fixtures.path("basic")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["article"] as? [String: Any])?["source"] as? String == "wire.jsonl")
        #expect(object["mentions"] is [Any])
        #expect(object["events"] is [Any])
        #expect(try env.run(["show", "a99", Fixtures.path("basic")]).status == 1)
        #expect(try env.run(["show", "nonsense", Fixtures.path("basic")]).status == 2)
    }

    @Test func everySubcommandHasHelp() throws {
        for sub in ["articles", "show", "search", "lookup", "entities", "why", "timeline", "export", "index", "mentions"] {
            let result = try DossierProcess.run([sub, "--help"])
            #expect(result.status == 0, "\(sub) --help")
            #expect(result.stdout.contains("--no-index"), "\(sub) --help lists --no-index")
        }
    }

    /// Help text reads as paragraphs at 80 columns: a hard line break in a discussion after a line
    /// the help wrapper had already wrapped left a stub of a few words before the next line ("sorts at
    /// its start" alone under a full line). A line is ragged when it and the next line's first word
    /// fit in 70 columns; a line that ends a label (":") or shows a command line may break early.
    @Test func helpTextWrapsAsParagraphsAt80Columns() throws {
        /// The subcommand names a help text lists ("  name   abstract", "  browse (default)   ...").
        func subcommands(_ help: String) -> [String] {
            guard let section = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first else { return [] }
            return section.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("  "), line.contains("   ") || line.contains("(default)") else { return nil }
                let word = line.dropFirst(2).prefix { $0.isLetter || $0 == "-" }
                return word.isEmpty ? nil : String(word)
            }
        }
        var commands: [[String]] = [[]]
        var ragged: [String] = []
        var checked = 0
        while let command = commands.popLast() {
            let result = try DossierProcess.run(command + ["--help"], environment: ["COLUMNS": "80"])
            #expect(result.status == 0, "\(command) --help")
            checked += 1
            if command.count < 2 { commands += subcommands(result.stdout).map { command + [$0] } }
            let lines = result.stdout.components(separatedBy: "\n")
            guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { continue }
            for i in 0..<max(0, usage - 1) {
                let line = lines[i], next = lines[i + 1]
                guard !line.isEmpty, let word = next.split(separator: " ").first, !next.hasPrefix(" "),
                      !line.hasSuffix(":"), !line.contains("dossier "), !next.hasPrefix("dossier ") else { continue }
                if line.count + 1 + word.count <= 70 { ragged.append("\(command.joined(separator: " ")): \(line)") }
            }
        }
        #expect(checked > 20, "every command and subcommand was asked for help")
        #expect(ragged.isEmpty, "ragged help lines:\n\(ragged.joined(separator: "\n"))")
    }

    @Test func unwritableCacheFallsBackToMemoryWithAMessage() throws {
        let env = try Env()
        defer { env.cleanup() }
        // A cache "folder" that is a file cannot hold an index (works even when tests run as root).
        let blocked = env.cache.appendingPathComponent("file")
        try "x".write(to: blocked, atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["articles", Fixtures.path("basic")], environment: ["XDG_CACHE_HOME": blocked.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(result.stderr.contains("analysing in memory"))
    }

    @Test func changedFileIsPickedUpOnTheNextRun() throws {
        let env = try Env()
        defer { env.cleanup() }
        let dir = env.cache.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "First Story\n\nThe harbor board met on Tuesday.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(try env.run(["articles", dir.path]).stdout.contains("First Story"))
        try "Second Story\n\nThe harbor board met again on Friday.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let after = try env.run(["articles", dir.path])
        #expect(after.stdout.contains("Second Story"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a.txt"))
        let removed = try env.run(["articles", dir.path])
        #expect(!removed.stdout.contains("First Story"))
        #expect(removed.stdout.split(separator: "\n").count == 1)
    }
}
