// Issue 18's other browser items in a real terminal (tmux, 80x24, the debug binary), on a corpus of
// our own: a name found in every spelling, roles grouped with their dates, warnings counted and
// listed, half-page keys, and the smaller things (a publisher that is also the byline shown once, a
// URL cut only at the edge, singular counts, the folder as the source, the view count labelled, an
// entity page kept where it was, captions as written, nothing left on a vt100 after quitting).

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CraftBrowserEndToEndTests {
    static let url = "https://www.example-news.org/a/harbor-council-delays-vote-on-dredging-of-the-northern-channel-in-velmora/31234567.html"

    /// The corpus, written into the session's HOME (removed with the session): two reports on one
    /// minister spelling her name two ways, in a folder and with no publisher; a wire story whose
    /// byline is its publisher; 30 short notes, so that the list is longer than the screen; and a
    /// binary file named .txt.
    static func corpus(in tmux: TmuxSession) throws -> String {
        let dir = tmux.home.appendingPathComponent("corpus")
        var files: [String: String] = [
            "sub/talks.txt": "Harbor Talks Open In Velmora\n\nMarch 8, 2021\n\nDefense Minister Lena Avetisyan opened harbor talks in Velmora on Monday.\n\nAvetisyan said the dredging would go ahead.\n",
            "sub/council.txt": "Council Backs Dredging Plan\n\nMarch 9, 2021\n\nDefense Minister Lena Avetisian praised the harbor council on Tuesday.\n\nAvetisian said the plan was sound.\n",
            "wire.txt": """
                Harbor Council Delays Vote

                By RFE/RL

                Source: \(url)

                Published: 2021-03-04

                YEREVAN (RFE/RL) -- The harbor council of Velmora delayed a vote on the dredging plan on Wednesday.

                The Northern Ferry Company asked for a decision before the summer.

                Photo: A dredger in the harbor. Photo by Karen Avagyan

                """,
        ]
        for n in 1...30 {
            files[String(format: "notes/note%02d.txt", n)] = "Harbor Note \(n)\n\nMarch \(n), 2021\n\nThe harbor office logged \(n + 3) ships on that day.\n"
        }
        for (name, text) in files {
            let file = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 200))
            .write(to: dir.appendingPathComponent("tool.txt"))
        return dir.path
    }

    static func open(_ tmux: TmuxSession, _ corpus: String, environment: String = "") throws -> String {
        try DossierProcess.requireBinary()
        try tmux.run("\(environment) \(DossierProcess.binary.path) --index \(tmux.home.path)/i.sqlite \(corpus)")
        return try tmux.waitFor("the article list", timeout: 60) { $0.contains("Articles 33") && $0.contains("TITLE") }
    }

    static func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    @Test func namesRolesWarningsHalfPagesAndTheSmallerItems() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        let corpus = try Self.corpus(in: tmux)
        var screen = try Self.open(tmux, corpus)

        // 6. The skipped file is counted on the status line and listed by W.
        #expect(TmuxSession.statusLine(screen).contains("1 warning (W)"), "\(TmuxSession.statusLine(screen))")
        try tmux.press("W")
        screen = try tmux.waitFor("the warnings view") { $0.contains("WARNINGS (1)") }
        // 8. "an ELF", not "a ELF".
        #expect(screen.contains("tool.txt: an ELF executable file, not text; skipped"))
        try tmux.press("q")

        // 7. C-d and C-u move half a screen, and the list says where it is.
        _ = try tmux.waitFor("the list at its top") { TmuxSession.statusLine($0).hasSuffix(" 1/33") }
        try tmux.press("C-d")
        screen = try tmux.waitFor("half a screen down") { !TmuxSession.statusLine($0).hasSuffix(" 1/33") }
        let row = TmuxSession.statusLine(screen).split(separator: " ").last.flatMap { Int($0.split(separator: "/").first ?? "") } ?? 0
        #expect((8...12).contains(row), "C-d at 24 rows moves about ten rows: \(TmuxSession.statusLine(screen))")
        try tmux.press("C-u")
        _ = try tmux.waitFor("back at the top") { TmuxSession.statusLine($0).hasSuffix(" 1/33") }

        // 8. A story with no publisher shows its folder as the source.
        #expect(Self.lines(screen).contains { $0.contains("sub/") && $0.contains("Council Backs Dredging Plan") })

        // 3. A name's other spelling is searched too, and the ARTICLES line says so.
        try tmux.press("/")
        try tmux.type("avetisyan")
        screen = try tmux.waitFor("the search results") { $0.contains("ARTICLES (") }
        // (Which spelling names the entity is the linker's choice: either may.)
        #expect(screen.contains("ARTICLES (2) · also 1 article that writes Lena Avetis"), "\(screen)")
        try tmux.press("Escape")

        // 4. The minister's page: her role once, with how many articles and the dates.
        try tmux.press("e", "f")
        try tmux.type("Avetisyan")
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor("the person page") { $0.contains("Person: Lena Avetis") && $0.contains("ROLES") }
        #expect(screen.contains("4 mentions in 2 articles"))
        // (The sentences quoted further down name the role too, inside quotes.)
        let roles = Self.lines(screen).filter { $0.contains("Defense Minister") && !$0.contains("“") }
        #expect(roles.count == 1, "\(roles)")
        #expect(roles.first?.contains("2 articles  2021-03-08 to 2021-03-09") == true, "\(roles)")

        // 8. Back from an article to the entity page: the page as it was, not scrolled.
        for _ in 0..<10 {
            if TmuxSession.statusLine(try tmux.capture()).range(of: "^Enter opens a[0-9]+ ", options: .regularExpression) != nil { break }
            try tmux.press("j")
            usleep(60_000)
        }
        let before = try tmux.capture()
        let status = TmuxSession.statusLine(before)
        let target = try #require(status.range(of: "(?<=opens )a[0-9]+", options: .regularExpression).map { String(status[$0]) }, "\(status)")
        try tmux.press("Enter")
        _ = try tmux.waitFor("the article \(target)") { $0.contains(" · \(target)") && !$0.contains("ALSO KNOWN AS") }
        try tmux.press("BSpace")
        // Below the title bar (whose view count now says forward is possible), the very same page.
        _ = try tmux.waitFor("her page as it was") { Array(Self.lines($0).dropFirst()) == Array(Self.lines(before).dropFirst()) }

        // 8. Singular counts.
        // The field starts with the index's filter: C-u clears it.
        try tmux.press("e", "f", "C-u")
        try tmux.type("Ferry")
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor("the company's page") { $0.contains("Northern Ferry Company") && $0.contains("mention") }
        #expect(screen.contains("1 mention in 1 article"), "\(screen)")

        // 8. The wire story: the publisher once, the URL whole, the caption as written, the view
        // count labelled.
        try tmux.press("a", "f")
        try tmux.type("Delays")
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor("the wire story") { $0.contains("Captions") && $0.contains("delayed a vote") }
        let lines = Self.lines(screen)
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("RFE/RL · 2021-03-04") }, "\(screen)")
        #expect(!screen.contains("RFE/RL · RFE/RL"))
        let start = try #require(lines.firstIndex { $0.contains("https://") })
        let urlLines = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.contains("Dateline") }
        #expect(urlLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == Self.url, "\(urlLines)")
        #expect(lines[start].count >= 75, "the URL is cut only at the edge of the screen: \(lines[start])")
        #expect(lines.contains { $0.hasSuffix("Photo by Karen Avagyan") }, "no period added to the credit")
        #expect(lines.first?.range(of: "view [0-9]+/[0-9]+ ", options: .regularExpression) != nil, "\(lines.first ?? "")")

        // 1. Q quits from any screen.
        try tmux.press("Q")
        try BrowserEndToEndTests.expectShellUsable(tmux)
    }

    /// 8. On a vt100 (no alternate screen) the last frame is cleared on quitting, so the shell's
    /// prompt is not written over the browser's status line.
    @Test func aVT100IsLeftCleanAfterQuitting() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        let corpus = try Self.corpus(in: tmux)
        _ = try Self.open(tmux, corpus, environment: "TERM=vt100")
        try tmux.press("q")
        let screen = try tmux.waitFor("the shell prompt") { TmuxSession.statusLine($0).trimmingCharacters(in: .whitespaces) == "$" }
        #expect(!screen.contains("TITLE") && !screen.contains("Dossier ·"), "the last frame stayed:\n\(screen)")
        try BrowserEndToEndTests.expectShellUsable(tmux)
    }
}
