// Every screen rendered at 80x24, 40x12 and 140x40 from the fixture corpus, compared with text
// snapshots in __Snapshots__ (DOSSIER_RECORD=1 re-records them).

import Browser
import DossierKit
import Foundation
import TestSupport
import Testing

/// Drives a browser with keys as a user would, from the fixture corpus.
struct Session {
    let browser: Browser
    var state: BrowserState

    init(size: Size) throws {
        browser = Browser(store: try FixtureCorpus.store)
        state = try browser.start(size: size, corpusName: "fixture")
    }

    init(browser: Browser, state: BrowserState) {
        self.browser = browser
        self.state = state
    }

    /// Keys by keymap name, separated by spaces ("j j Enter"); `type:` sends characters one by one.
    mutating func press(_ names: String) {
        for name in names.split(separator: " ") {
            guard let key = Key(name: String(name)) else {
                Issue.record("bad key name \(name)")
                continue
            }
            state = browser.handle(.key(key), state)
        }
    }

    /// Types characters; a pause follows each one, as when a person types.
    mutating func type(_ text: String) {
        for c in text {
            state = browser.handle(.key(.char(c)), state)
            state = browser.handle(.idle, state)
        }
    }

    mutating func resize(_ size: Size) {
        state = browser.handle(.resize(size), state)
    }

    var grid: Grid { Browser.render(state, size: state.size) }
    var screen: String { grid.text }

    /// Opens the article whose title contains `title`, through the list filter.
    mutating func openArticle(_ title: String) {
        press("a")
        press("f")
        type(title)
        press("Enter Enter")
    }
}

enum Screens {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    static let sizes = [Size(rows: 24, cols: 80), Size(rows: 12, cols: 40), Size(rows: 40, cols: 140)]

    static func expect(_ session: Session, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = GridSnapshot.text(session.grid)
        if let problem = GridSnapshot.check(text, named: "\(name)-\(session.state.size)", in: folder) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}

@Suite struct ScreenTests {
    @Test(arguments: Screens.sizes) func articleList(size: Size) throws {
        let s = try Session(size: size)
        Screens.expect(s, "articles")
    }

    @Test(arguments: Screens.sizes) func articleListSortedBySource(size: Size) throws {
        var s = try Session(size: size)
        s.press("s j")
        Screens.expect(s, "articles-by-source")
    }

    @Test(arguments: Screens.sizes) func readerWithCursorOnAPerson(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("Harbor board")
        s.press("Tab Tab")
        Screens.expect(s, "reader")
    }

    @Test(arguments: Screens.sizes) func readerScrolledToCaptions(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("Harbor board")
        s.press("G")
        Screens.expect(s, "reader-end")
    }

    @Test(arguments: Screens.sizes) func readerArmenian(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("Երևանում")
        Screens.expect(s, "reader-armenian")
    }

    @Test(arguments: Screens.sizes) func readerCyrillic(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("мост")
        s.press("Tab")
        Screens.expect(s, "reader-cyrillic")
    }

    @Test(arguments: Screens.sizes) func readerCJK(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("港口")
        Screens.expect(s, "reader-cjk")
    }

    @Test(arguments: Screens.sizes) func readerWithControlCharacters(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("City council")
        Screens.expect(s, "reader-control")
        #expect(!s.grid.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
    }

    @Test(arguments: Screens.sizes) func entityPage(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("Harbor board")
        s.press("Tab Tab Enter")
        Screens.expect(s, "entity")
    }

    @Test(arguments: Screens.sizes) func entityPageArticlesSection(size: Size) throws {
        var s = try Session(size: size)
        s.openArticle("Harbor board")
        s.press("Tab Tab Enter Tab Tab Tab j")
        Screens.expect(s, "entity-articles")
    }

    @Test(arguments: Screens.sizes) func entityIndex(size: Size) throws {
        var s = try Session(size: size)
        s.press("e")
        Screens.expect(s, "entities")
    }

    @Test(arguments: Screens.sizes) func entityIndexPeopleFiltered(size: Size) throws {
        var s = try Session(size: size)
        s.press("e Tab f")
        s.type("sok")
        Screens.expect(s, "entities-people-filtered")
    }

    @Test(arguments: Screens.sizes) func timeline(size: Size) throws {
        var s = try Session(size: size)
        s.press("t")
        Screens.expect(s, "timeline")
    }

    @Test(arguments: Screens.sizes) func timelineOfOneEntityAfterJump(size: Size) throws {
        var s = try Session(size: size)
        s.press("e Enter T d")
        s.type("2021-04")
        s.press("Enter")
        Screens.expect(s, "timeline-entity")
    }

    @Test(arguments: Screens.sizes) func searchGroupsResultsByKind(size: Size) throws {
        var s = try Session(size: size)
        s.press("/")
        s.type("petrosian")
        Screens.expect(s, "search")
    }

    @Test(arguments: Screens.sizes) func searchResultOpensReaderAtMatch(size: Size) throws {
        var s = try Session(size: size)
        s.press("/")
        s.type("breakwater")
        s.press("Enter n")
        Screens.expect(s, "search-reader")
    }

    @Test(arguments: Screens.sizes) func help(size: Size) throws {
        var s = try Session(size: size)
        s.press("?")
        Screens.expect(s, "help")
    }

    @Test(arguments: [Size(rows: 11, cols: 39), Size(rows: 5, cols: 20), Size(rows: 30, cols: 30)])
    func tooSmall(size: Size) throws {
        let s = try Session(size: size)
        Screens.expect(s, "too-small")
    }
}
