// Text that carries terminal control sequences (OSC title sets, CSI clear/colour, DCS, BEL, backspace,
// C1 and bidi controls) in titles, article text, entity names and file names never reaches the terminal
// raw: every CLI command's stdout and stderr, error messages naming files, and the browser's raw pty
// output are checked byte for byte.

import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct TerminalSafetyTests {
    /// Bytes and characters that must never be written raw: C0 controls other than newline and tab
    /// (ESC, BEL, BS, ...), DEL, C1 controls, bidi embeddings/overrides/isolates.
    static func leaks(_ text: String, allowingControls: Bool = false) -> [String] {
        var found: [String] = []
        for s in text.unicodeScalars {
            let v = s.value
            let bad = (v < 0x20 && v != 0x0A && v != 0x09 && !allowingControls) || v == 0x7F || (0x80...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            if bad { found.append(String(format: "U+%04X", v)) }
        }
        return found
    }

    /// A copy of Tests/Fixtures/hostile plus an article whose file name carries an OSC sequence and a newline.
    static func hostileCorpus() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("dossier-hostile-term-\(getpid())-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Fixtures.path("hostile")) {
            try fm.copyItem(at: Fixtures.url("hostile/\(name)"), to: dir.appendingPathComponent(name))
        }
        let evil = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\nname.txt"
        try Data("Council Meets\n\nThe Portsmouth council met on Monday to discuss the harbor.\n".utf8)
            .write(to: dir.appendingPathComponent(evil))
        return dir
    }

    @Test func everyCommandWritesOnlySafeBytes() throws {
        let dir = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = dir.path
        let runs: [[String]] = [
            ["articles", p], ["articles", "--json", p],
            ["entities", p], ["entities", "--json", p],
            ["lookup", "Karlsson", p], ["lookup", "--json", "Karlsson", p],
            ["why", "Karlsson", p], ["why", "--json", "Karlsson", p],
            ["timeline", p], ["timeline", "--json", p],
            ["mentions", p], ["mentions", "--json", p],
            ["export", "--json", p],
            ["annotate", "--format", "jsonl", p],
            ["browse", p],  // not a terminal: prints the summary
            // Errors that name what the user typed.
            ["lookup", "No\u{1B}]0;pwned\u{07}Body", p],
            ["articles", p + "/missing\u{1B}[2J\u{202E}.txt"],
            ["articles", p + "/evil\u{1B}]0;pwned\u{07}"],
            ["articles", "--bogus\u{1B}]0;pwned\u{07}"],  // argument-parser errors quote the option
            ["x\u{1B}[2J\u{202E}"],  // a corpus path given without a subcommand
        ]
        var sawWarningForName = false
        for args in runs {
            let r = try DossierProcess.run(args)
            let label = args.map { $0.terminalSafeForLabel }.joined(separator: " ")
            #expect(Self.leaks(r.stdout).isEmpty, "stdout of dossier \(label) leaks \(Self.leaks(r.stdout))")
            #expect(Self.leaks(r.stderr).isEmpty, "stderr of dossier \(label) leaks \(Self.leaks(r.stderr))")
            if r.stderr.contains("evil") || r.stdout.contains("evil") { sawWarningForName = true }
        }
        // The file with the hostile name is read and shown with visible stand-ins.
        let list = try DossierProcess.run(["articles", p])
        #expect(list.status == 0)
        #expect(list.stdout.contains("evil\u{241B}]0;pwned\u{2407}"))
        #expect(list.stdout.contains("Harbor Chief"))
        #expect(sawWarningForName)
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func browserNeverWritesTheInjectedSequences() throws {
        let dir = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let raw = dir.appendingPathComponent("pty-output.bin").path
        let tmux = try TmuxSession(cols: 100, rows: 30)
        try tmux.recordOutput(to: raw)
        try tmux.run("\(DossierProcess.binary.path) \(dir.path)")
        var screen = try tmux.waitFor("the article list") { $0.contains("Articles 3") }
        // Walk every article: the reader, its names, the entity index and the timeline.
        for _ in 0..<3 {
            try tmux.press("Enter")
            screen = try tmux.waitFor("the reader") { !$0.contains("Articles 3") }
            for _ in 0..<4 { try tmux.press("Tab"); usleep(50_000) }
            try tmux.press("Enter")
            usleep(200_000)
            try tmux.press("BSpace")
            usleep(100_000)
            try tmux.press("BSpace")
            screen = try tmux.waitFor("the list again") { $0.contains("Articles 3") }
            try tmux.press("j")
        }
        try tmux.press("e")
        usleep(300_000)
        try tmux.press("t")
        usleep(300_000)
        try tmux.press("Q")
        _ = try tmux.waitFor("the shell prompt") { TmuxSession.statusLine($0).trimmingCharacters(in: .whitespaces) == "$" }
        usleep(200_000)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
        #expect(bytes.count > 1000, "pipe-pane recorded only \(bytes.count) bytes")
        let output = String(decoding: bytes, as: UTF8.self)
        // ncurses itself writes escape sequences; the injected ones must not be among them.
        for needle in ["\u{1B}]0;pwned", "\u{1B}]2;owned", "pwned\u{07}", "\u{1B}P+q", "\u{202E}", "\u{2067}",
                       "\u{0085}", "\u{009B}", "\u{08}\u{08}\u{08}", "\u{1B}[8m"] {
            #expect(!output.contains(needle), "raw pty output contains \(needle.unicodeScalars.map { String(format: "U+%04X", $0.value) })")
        }
        // The titles are shown with visible stand-ins instead.
        #expect(output.contains("\u{241B}") || screen.contains("\u{241B}"))
    }
}

extension String {
    /// Arguments shown in a failure message without the very bytes under test.
    var terminalSafeForLabel: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
