// The CLI as jq and grep users expect it: queries may start with a dash, an empty answer says so
// with exit status 1, numbers are plain decimals, colour follows NO_COLOR and TERM, JSON keeps null.

import Foundation
import TestSupport
import Testing

@Suite struct CraftCLITests {
    static var fixture: String { Fixtures.path("e2e") }

    /// A scratch folder with the e2e fixture's files copied in (tests that write must not touch it).
    func copyOfFixture() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-craft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixture) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: Self.fixture + "/" + name, toPath: dir.appendingPathComponent(name).path)
        }
        return dir
    }

    @Test func aQueryMayStartWithADash() throws {
        let r = try DossierProcess.run(["search", "-rumour velmora", Self.fixture, "--no-index"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Velmora"))
        let dashDash = try DossierProcess.run(["search", "--no-index", "--", "-rumour velmora", Self.fixture])
        #expect(dashDash.status == 0 && dashDash.stdout == r.stdout)
        // Only an exclusion: the query's own message, not "Missing expected argument".
        let only = try DossierProcess.run(["search", "-rumour", Self.fixture, "--no-index"])
        #expect(only.status == 2)
        #expect(only.stderr.contains("needs something to look for besides `-word` exclusions"))
        // Unquoted, the second word is the corpus path: the message says so and how to quote.
        let unquoted = try DossierProcess.run(["search", "-rumour", "velmora", "--no-index"])
        #expect(unquoted.status == 2)
        #expect(unquoted.stderr.contains("`velmora` was taken as the corpus path"), "\(unquoted.stderr)")
        #expect(unquoted.stderr.contains("dossier search \"-rumour velmora\""))
        let typo = try DossierProcess.run(["search", "--jsn", "velmora", Self.fixture])
        #expect(typo.status == 2 && typo.stderr.contains("unknown option '--jsn'"))
    }

    @Test func nothingFoundSaysSoAndExitsOne() throws {
        let search = try DossierProcess.run(["search", "zzyzxq", Self.fixture, "--no-index"])
        #expect(search.status == 1)
        #expect(search.stdout.isEmpty)
        #expect(search.stderr == "dossier: no article matches zzyzxq\n")
        let lookup = try DossierProcess.run(["lookup", "zzyzx", Self.fixture, "--no-index"])
        let timeline = try DossierProcess.run(["timeline", "--entity", "zzyzx", Self.fixture, "--no-index"])
        #expect(lookup.status == 1 && timeline.status == 1)
        #expect(lookup.stderr == "dossier: no entity matches zzyzx\n")
        #expect(timeline.stderr.contains("`dossier entities` lists them"))
        #expect(!timeline.stderr.contains("export"))
        let show = try DossierProcess.run(["show", "a99", Self.fixture, "--no-index"])
        #expect(show.status == 1 && show.stderr.contains("no article a99"))
    }

    @Test func scoresArePlainDecimals() throws {
        let r = try DossierProcess.run(["search", "velmora", Self.fixture, "--no-index"])
        let scores = r.stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").dropFirst(2).first }
        #expect(!scores.isEmpty)
        for s in scores { #expect(s.range(of: "^[0-9]+(\\.[0-9]+)?$", options: .regularExpression) != nil, "score \(s)") }
    }

    @Test func anUntitledArticleHasANullTitleAndADisplayTitle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-untitled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The harbor board met late on Monday to debate the dredging budget for the coming year.\n"
            .write(to: dir.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        let r = try DossierProcess.run(["articles", "--json", dir.path, "--no-index"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        #expect(row["title"] is NSNull, "title must be null, not left out or made up: \(row)")
        #expect((row["displayTitle"] as? String)?.hasPrefix("The harbor board met") == true)
    }

    @Test func versionAndKindEnum() throws {
        let v = try DossierProcess.run(["--version"])
        #expect(v.status == 0 && v.stdout.hasPrefix("dossier "))
        let kind = try DossierProcess.run(["mentions", "--kind", "thing", Self.fixture])
        #expect(kind.status == 2)
        #expect(kind.stderr.contains("'person', 'organization' or 'place'"))
        let ok = try DossierProcess.run(["mentions", "--kind", "person", Self.fixture, "--no-index"])
        #expect(ok.status == 0 && ok.stdout.split(separator: "\n").allSatisfy { $0.contains("\tperson\t") })
    }

    @Test func exportWritesJSONWithOrWithoutTheOldFlag() throws {
        let plain = try DossierProcess.run(["export", Self.fixture, "--no-index"])
        let flagged = try DossierProcess.run(["export", "--json", Self.fixture, "--no-index"])
        #expect(plain.status == 0 && plain.stdout.hasPrefix("{"))
        #expect(plain.stdout == flagged.stdout)
    }

    @Test func benchIndexNeverWritesTheChangeFileAndHonoursQuietAndNoIndex() throws {
        let dir = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("01-dredging.txt")
        let before = try Data(contentsOf: file)
        let mtime = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let r = try DossierProcess.run(["bench", "index", dir.path, "--change", file.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "--quiet: \(r.stderr)")
        #expect(r.stdout.contains("one file changed, s"))
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == mtime)
        let memory = try DossierProcess.run(["bench", "index", dir.path, "--no-index", "--quiet"])
        #expect(memory.status == 0)
        #expect(memory.stdout.contains("analysis in memory (--no-index), s"))
        #expect(!memory.stdout.contains("reopen"))
        let both = try DossierProcess.run(["bench", "index", dir.path, "--no-index", "--change", file.path])
        #expect(both.status == 2)
    }

    /// A corpus whose folder is a link (as one joins shared corpora): the file to change inside it is
    /// found, copied in the mirror and never written.
    @Test func benchIndexChangesAFileInsideALinkedFolder() throws {
        let dir = try copyOfFixture()
        let corpus = dir.deletingLastPathComponent().appendingPathComponent("linked-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: corpus)
        }
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: corpus.appendingPathComponent("wire"), withDestinationURL: dir)
        let file = corpus.appendingPathComponent("wire/01-dredging.txt")
        let before = try Data(contentsOf: file)
        let r = try DossierProcess.run(["bench", "index", corpus.path, "--change", file.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("one file changed, s"))
        #expect(try Data(contentsOf: file) == before)
    }
}

@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CraftTerminalCLITests {
    static var fixture: String { Fixtures.path("e2e") }

    func run(_ tmux: TmuxSession, _ command: String) throws -> (plain: String, styled: String) {
        try DossierProcess.requireBinary()
        try tmux.run("clear; \(DossierProcess.binary.path) \(command); echo finished-$((40+2))")
        let plain = try tmux.waitFor(command) { $0.contains("finished-42") }
        return (plain, try tmux.capture(escapes: true))
    }

    @Test func showWrapsTheTextToTheTerminalWidth() throws {
        let tmux = try TmuxSession(cols: 50, rows: 40)
        let (screen, _) = try run(tmux, "show a1 \(Self.fixture) --no-index -q")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        // Wrapped at spaces: no body line is cut in the middle of a word by the terminal.
        let body = try #require(lines.first { $0.hasPrefix("Defense Minister") })
        #expect(body.count <= 49 && body.count >= 30, "\(body)")
        // The next line carries on with the next whole word.
        let next = try #require(lines.firstIndex { $0.hasPrefix("Defense Minister") }.map { lines[$0 + 1] })
        #expect(next.first?.isLetter == true && body.last?.isLetter == true)
        #expect(body.split(separator: " ").count + next.split(separator: " ").count >= 12)
        for line in lines where line.count >= 50 { #expect(line.contains(" "), "a line filled the terminal: \(line)") }
    }

    @Test(arguments: [("NO_COLOR=1", false), ("TERM=dumb", false), ("", true)])
    func colourFollowsNoColorAndTerm(assignment: String, coloured: Bool) throws {
        let tmux = try TmuxSession(cols: 100, rows: 30)
        try DossierProcess.requireBinary()
        try tmux.run("clear; \(assignment) \(DossierProcess.binary.path) search velmora \(Self.fixture) --no-index -q; echo finished-$((40+2))")
        _ = try tmux.waitFor("the search") { $0.contains("finished-42") }
        let after = try tmux.capture(escapes: true)
        let hasEscapes = after.contains("\u{1B}[1m") || after.contains("\u{1B}[7m") || after.range(of: "\u{1B}\\[[0-9;]*[17]m", options: .regularExpression) != nil
        #expect(hasEscapes == coloured, "\(assignment.isEmpty ? "a capable terminal" : assignment): escapes \(hasEscapes)")
    }
}
