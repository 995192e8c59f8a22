// Versions of one story in the browser: one row per story with its version count, the versions shown
// beneath it, and the reader marking what a refile added.

import Browser
import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct VersionScreenTests {
    /// A browser over the analysed version fixtures, with the folder removed at the end.
    static func session(_ size: Size) throws -> Session {
        let dir = try VersionFixtures.writeFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Analyzer().analyze(path: dir.path)
        let browser = Browser(store: try SQLiteStore.inMemory(corpus))
        return Session(browser: browser, state: try browser.start(size: size, corpusName: "versions"))
    }

    static func titles(_ s: Session) -> [String] {
        guard case .articles(let l) = s.state.page else { return [] }
        return l.order.map { l.all[$0].displayTitle }
    }

    @Test func theListShowsAStoryOnceWithItsVersionCount() throws {
        let s = try Self.session(Size(rows: 24, cols: 80))
        let titles = Self.titles(s)
        // The refile's title field is a desk note, not a headline: the story's row shows the headline
        // of its first version, which is not listed apart.
        #expect(titles.filter { $0 == "Port of Veldmar closes after storm damages cranes" }.count == 1)
        #expect(titles.filter { $0 == "Rail strike called off after late offer" }.count == 1)
        #expect(s.screen.contains("2 versions · Port of Veldmar closes"))
        Screens.expect(s, "versions-list")
    }

    @Test func vShowsTheOlderVersionsBeneathTheStoryAndHidesThemAgain() throws {
        var s = try Self.session(Size(rows: 24, cols: 80))
        s.press("f")
        s.type("storm damages")
        s.press("Enter V")
        #expect(Self.titles(s) == ["Port of Veldmar closes after storm damages cranes",
                                   "Port of Veldmar closes after storm damages cranes"])
        #expect(s.screen.contains("↳ Port of Veldmar closes after storm"))
        Screens.expect(s, "versions-expanded")
        s.press("j")
        #expect(GridSnapshot.text(s.grid).contains("version 1 of 2"))
        s.press("V")
        #expect(Self.titles(s) == ["Port of Veldmar closes after storm damages cranes"])
    }

    @Test func theReaderMarksTheSentencesARefileAddedAndVCyclesVersions() throws {
        var s = try Self.session(Size(rows: 24, cols: 80))
        s.openArticle("storm damages")
        guard case .reader(let r) = s.state.page else {
            Issue.record("no reader")
            return
        }
        #expect(r.added.count == 2)
        let marked = s.screen.split(separator: "\n").filter { $0.hasPrefix("+") }
        #expect(marked.contains { $0.contains("We lost two cranes") })
        #expect(marked.contains { $0.contains("Transport minister Oren Pask") })
        #expect(!marked.contains { $0.contains("The port of Veldmar closed") })
        Screens.expect(s, "versions-reader")
        s.press("V")
        guard case .reader(let older) = s.state.page else {
            Issue.record("no reader after V")
            return
        }
        #expect(older.article.title == "Port of Veldmar closes after storm damages cranes")
        #expect(older.added.isEmpty)
        #expect(s.state.message?.text == "Version 1 of 2: the first version")
        s.press("V")
        guard case .reader(let newest) = s.state.page else {
            Issue.record("no reader after the second V")
            return
        }
        #expect(newest.article.title == nil)
        #expect(newest.article.metadata["source-title"] == "ATTENTION - ADDS quotes from harbour master, minister ///")
        #expect(s.screen.contains("Title field: ATTENTION - ADDS quotes"))
        #expect(s.state.message?.text.hasPrefix("Version 2 of 2 (newest): 2 new sentences marked + since") == true)
    }

    @Test func theTimelineListsASentenceOfTwoVersionsAsOneSource() throws {
        var s = try Self.session(Size(rows: 40, cols: 100))
        s.press("t v")
        guard case .timeline(var t) = s.state.page,
              let row = t.events.firstIndex(where: { $0.sentence.hasPrefix("The port of Veldmar closed") }) else {
            Issue.record("no timeline row for the story's lead")
            return
        }
        // the story, its refile and another publisher's copy report it: three sources, two stories
        #expect(t.items.first { $0.event.id == t.events[row].id }?.sources.count == 3)
        t.position.selected = row
        s.state.page = .timeline(t)
        s.press("x")
        let screen = s.screen
        #expect(screen.contains("also in 1 other version of this story: a5"))
        #expect(screen.contains("Southwire · 2025-02-03 · Port of Veldmar closes after storm (a8)"))
        #expect(!screen.contains("×3 sources"))
    }
}
