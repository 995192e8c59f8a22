// The real binary in tmux, as a tig/less user would try it: q goes back, lists say where you are,
// n says which match, and indexing names its stages.

import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HabitsEndToEndTests {
    static var binary: String { DossierProcess.binary.path }
    static var fixture: String { Fixtures.path("e2e") }

    static func statusEnds(_ screen: String, with suffix: String) -> Bool {
        TmuxSession.statusLine(screen).trimmingCharacters(in: .whitespaces).hasSuffix(suffix)
    }

    @Test func qClosesTheReaderThenQuitsFromTheList() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try BrowserEndToEndTests.start(tmux, "--index \(tmux.home.path)/i.sqlite")
        try tmux.press("Enter")
        _ = try tmux.waitFor("the reader") { $0.contains("q back") && !$0.contains("TITLE") }
        try tmux.press("q")
        let list = try tmux.waitFor("the list again after q") { $0.contains("Articles 3") && $0.contains("TITLE") }
        #expect(list.contains("q quit"))
        try tmux.press("q")
        try BrowserEndToEndTests.expectShellUsable(tmux)
    }

    @Test func theListShowsItsPositionAndAFilterStartsAtTheTop() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try BrowserEndToEndTests.start(tmux, "--index \(tmux.home.path)/i.sqlite")
        try tmux.press("G")
        _ = try tmux.waitFor("the position at the end") { Self.statusEnds($0, with: "3/3") }
        try tmux.press("f")
        try tmux.type("Velmora")
        try tmux.press("Enter")
        let filtered = try tmux.waitFor("the filtered list at its top") { Self.statusEnds($0, with: "1/1") }
        #expect(filtered.contains("“Velmora”"))
        try tmux.press("Q")
        try BrowserEndToEndTests.expectShellUsable(tmux)
    }

    @Test func nSaysWhichMatchAndWhenItWraps() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24)
        _ = try BrowserEndToEndTests.start(tmux, "--index \(tmux.home.path)/i.sqlite")
        try tmux.press("/")
        try tmux.type("velmora")
        _ = try tmux.waitFor("the search results") { $0.contains("ARTICLES (") }
        // Names come first in the results: Tab moves section by section to the articles.
        var onArticle = false
        for _ in 0..<6 {
            if TmuxSession.statusLine(try tmux.capture()).hasPrefix("Enter opens a1:") { onArticle = true; break }
            try tmux.press("Tab")
            usleep(100_000)
        }
        try #require(onArticle, "Tab never reached the dredging article in the results")
        try tmux.press("Enter")
        _ = try tmux.waitFor("the reader") { $0.contains("view 2/2") }
        try tmux.press("n")
        let second = try tmux.waitFor("the match count") { TmuxSession.statusLine($0).contains("Match 2/") }
        let total = TmuxSession.statusLine(second).components(separatedBy: "Match 2/").last?.prefix { $0.isNumber } ?? ""
        let count = Int(total) ?? 0
        #expect(count >= 2)
        for _ in 0..<(count - 1) { try tmux.press("n") }
        _ = try tmux.waitFor("the wrap") { TmuxSession.statusLine($0).contains("Match 1/\(count) of “velmora” · wrapped to top") }
        try tmux.press("Q")
        try BrowserEndToEndTests.expectShellUsable(tmux)
    }

    @Test func indexingNamesEachStage() throws {
        let tmux = try TmuxSession(cols: 100, rows: 24)
        try DossierProcess.requireBinary()
        let raw = tmux.home.appendingPathComponent("stderr.raw").path
        try tmux.recordOutput(to: raw)
        try tmux.run("\(Self.binary) index \(Self.fixture) --index \(tmux.home.path)/i.sqlite; echo indexed-$((40+2))")
        _ = try tmux.waitFor("the index to be built", timeout: 60) { $0.contains("indexed-42") }
        usleep(200_000)
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: raw)), as: UTF8.self)
        for stage in ["1/6 reading and recognising", "2/6 dating articles", "3/6 linking names",
                      "4/6 tagging time expressions", "5/6 finding events", "6/6 writing the index"] {
            #expect(bytes.contains(stage), "no \(stage) in the progress output")
        }
        #expect(bytes.contains("3/3 files"))
    }
}
