// The real binary in a real terminal (tmux, 80x24, LANG unset): the user's walk through the
// browser, resizing, and the terminal restored after every way of leaving.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserEndToEndTests {
    static var binary: String { DossierProcess.binary.path }
    static var fixture: String { Fixtures.path("e2e") }

    /// The shell took the terminal back: a command runs and the tty is in cooked mode with echo.
    static func expectShellUsable(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Type only once the prompt is back: keys sent earlier may still be read by the browser.
        try tmux.waitFor("the shell prompt") { TmuxSession.statusLine($0).trimmingCharacters(in: .whitespaces) == "$" }
        try tmux.run("clear; echo done-$((40+2)); stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '")
        let screen = try tmux.waitFor("the shell after quitting") { $0.contains("done-42") && $0.contains("icanon echo") }
        #expect(screen.contains("done-42"), sourceLocation: sourceLocation)
    }

    static func start(_ tmux: TmuxSession, _ arguments: String = "") throws -> String {
        try DossierProcess.requireBinary()
        try tmux.run("\(binary) \(arguments) \(fixture)")
        return try tmux.waitFor("the article list") { $0.contains("Articles 3") && $0.contains("TITLE") }
    }

    @Test func walkThroughListReaderEntityTimelineAndBack() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)

        // 1. The list, drawn with the locale unset.
        var screen = try Self.start(tmux)
        #expect(screen.contains("Dossier"))
        #expect(screen.split(separator: "\n").count <= 24)

        // 2. Open the dredging article (through the list filter, so the order does not matter).
        try tmux.press("f")
        try tmux.type("Dredging")
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor("the reader") { $0.contains("Lena Avetisyan") && $0.contains("northern channel") }
        let firstStatus = TmuxSession.statusLine(screen)
        let firstArticle = firstStatus.split(separator: " ").first.map(String.init) ?? ""
        #expect(firstArticle.hasPrefix("a"), "reader status should start with the article id: \(firstStatus)")

        // 3. Tab to a person.
        var onPerson = false
        for _ in 0..<12 {
            try tmux.press("Tab")
            screen = try tmux.waitFor("the status after Tab") { TmuxSession.statusLine($0) != firstStatus || $0.contains("No linked names") }
            let status = TmuxSession.statusLine(screen)
            if status.contains("No linked names") || status.contains("Last name") { break }
            if status.contains("Enter opens person:") { onPerson = true; break }
        }
        try #require(onPerson, "Tab never reached a person: \(TmuxSession.statusLine(screen))")
        do {
            #expect(TmuxSession.statusLine(screen).contains("Avetisyan"))
            // 4. Enter: the entity page.
            try tmux.press("Enter")
            screen = try tmux.waitFor("the entity page") { $0.contains("Person:") && $0.contains("ARTICLES AND SENTENCES") }
            #expect(screen.contains("Avetisyan"))
            // 5. Another article that mentions them.
            var found = false
            for _ in 0..<40 {
                try tmux.press("j")
                usleep(40_000)
                // Article rows say "Enter opens aN: title"; other rows (aliases, roles) say more.
                let status = TmuxSession.statusLine(try tmux.capture())
                if status.range(of: "^Enter opens a[0-9]+:", options: .regularExpression) != nil,
                   !status.hasPrefix("Enter opens \(firstArticle):") { found = true; break }
            }
            #expect(found, "no second article on the entity page")
            try tmux.press("Enter")
            screen = try tmux.waitFor("the second article") { $0.contains("patrol ships") }
            // 6. Back twice: the first article, with the cursor still on the person.
            try tmux.press("BSpace")
            screen = try tmux.waitFor("back to the entity page") { $0.contains("ARTICLES AND SENTENCES") }
            try tmux.press("BSpace")
            screen = try tmux.waitFor("back to the first article") { $0.contains("northern channel") && !$0.contains("ARTICLES AND SENTENCES") }
            #expect(TmuxSession.statusLine(screen).contains("Enter opens person:"))
        }

        // 7. The timeline, and Enter on an event opens its article at the sentence.
        try tmux.press("t")
        screen = try tmux.waitFor("the timeline") { $0.contains("Timeline") }
        #expect(!screen.contains("No events"))
        try tmux.press("Enter")
        screen = try tmux.waitFor("the article at the event") { $0.contains("▌") }
        #expect(!screen.contains("Timeline ·"))

        // 8. Q quits at once from any screen; the shell works.
        try tmux.press("Q")
        try Self.expectShellUsable(tmux)
    }

    @Test func resizeBelowTheMinimumShowsAMessageAndRecovers() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try Self.start(tmux)
        try tmux.press("j")
        try tmux.resize(cols: 30, rows: 10)
        let small = try tmux.waitFor("the too-small message") { $0.contains("too small") }
        #expect(small.contains("40x12"))
        try tmux.resize(cols: 80, rows: 24)
        _ = try tmux.waitFor("the list again") { $0.contains("TITLE") }
        try tmux.resize(cols: 140, rows: 30)
        let wide = try tmux.waitFor("the list and reader side by side") { screen in
            screen.split(separator: "\n").contains { $0.contains("TITLE") && $0.contains("│") }
        }
        #expect(wide.contains("Velmora"))
        try tmux.resize(cols: 80, rows: 24)
        try tmux.press("q")
        try Self.expectShellUsable(tmux)
    }

    @Test(arguments: ["C-c", "TERM", "HUP", "SEGV"])
    func terminalIsRestoredWhenInterruptedKilledOrCrashed(how: String) throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try Self.start(tmux)
        if how == "C-c" {
            try tmux.press("C-c")
        } else {
            // Signal the browser (the shell's child) as a dropped SSH link or a crash would.
            let shell = try tmux.panePID()
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
            kill.arguments = ["-\(how)", "-P", String(shell)]
            try kill.run()
            kill.waitUntilExit()
        }
        try Self.expectShellUsable(tmux)
    }

    @Test func noColorKeepsTheSelectionVisibleWithoutColourEscapes() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24, extraEnvironment: ["NO_COLOR": "1"])
        _ = try Self.start(tmux)
        let styled = try tmux.capture(escapes: true)
        // Reverse video (7) marks the selection; no foreground colour codes (3x/9x) appear.
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[1-7]|9[0-7])m", options: .regularExpression) == nil)
        try tmux.press("q")
        try Self.expectShellUsable(tmux)
    }

    @Test func colourOnCapableTerminals() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try Self.start(tmux)
        let styled = try tmux.capture(escapes: true)
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[1-7]|9[0-7])m", options: .regularExpression) != nil)
        try tmux.press("q")
        try Self.expectShellUsable(tmux)
    }

    @Test func dumbTerminalGetsTheSummaryAndAMessage() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        try tmux.run("TERM=dumb \(Self.binary) \(Self.fixture)")
        // "3 articles," is the summary's first line ("0/3 articles" is the progress line before it).
        let screen = try tmux.waitFor("the summary") { $0.contains("3 articles,") }
        #expect(screen.contains("cannot move the cursor"))
        try Self.expectShellUsable(tmux)
    }

    @Test func notATerminalPrintsTheSummary() throws {
        let result = try DossierProcess.run([Self.fixture])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("3 articles"))
    }
}
