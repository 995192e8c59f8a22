// How the browser answers keys, clicks and resizes: history, the name cursor, search, filters.

import Browser
import DossierKit
import TestSupport
import Testing

@Suite struct BrowserBehaviourTests {
    static let size = Size(rows: 24, cols: 80)

    func reader(_ s: Session) -> ReaderState? {
        if case .reader(let r) = s.state.page { return r }
        return nil
    }

    @Test func backAndForwardRestoreEachPageWhereItWas() throws {
        var s = try Session(size: Self.size)
        s.openArticle("Harbor board")
        s.press("Tab Tab")
        let before = try #require(reader(s))
        let cursorName = before.cursor.map { before.mentions[$0].text }
        #expect(cursorName == "Anna Petrosyan")
        s.press("Enter")
        guard case .entity(let page) = s.state.page else { Issue.record("not on the entity page"); return }
        #expect(page.name == "Anna Petrosyan")
        // Articles section, second article (Hayk Daily).
        s.press("Tab Tab Tab")
        while !(s.screen.components(separatedBy: "\n").last ?? "").contains("Enter opens a2:") {
            let was = s.state
            s.press("j")
            if s.state == was { Issue.record("never reached a2"); return }
        }
        s.press("Enter")
        #expect(reader(s)?.article.id == ArticleID(ordinal: 2))
        s.press("Backspace Backspace")
        let back = try #require(reader(s))
        #expect(back.article.id == before.article.id)
        #expect(back.cursor == before.cursor)
        #expect(back.top == before.top)
        s.press("l")
        guard case .entity = s.state.page else { Issue.record("forward did not return to the entity page"); return }
        s.press("l")
        #expect(reader(s)?.article.id == ArticleID(ordinal: 2))
    }

    @Test func jumpingAfterGoingBackDropsTheForwardHistory() throws {
        var s = try Session(size: Self.size)
        s.press("Enter h t")
        #expect(s.state.history.count == 2)
        #expect(s.state.position == 1)
        guard case .timeline = s.state.page else { Issue.record("expected the timeline"); return }
    }

    @Test func tabVisitsLinkedNamesInOrderAndWraps() throws {
        var s = try Session(size: Self.size)
        s.openArticle("Harbor board")
        var names: [String] = []
        for _ in 0..<5 {
            s.press("Tab")
            if let r = reader(s), let c = r.cursor { names.append(r.mentions[c].text) }
        }
        #expect(names == ["Velin Port Authority", "Anna Petrosyan", "Petrosyan", "Velin Port Authority", "Port Velin"])
        s.press("S-Tab")
        #expect(reader(s).flatMap { r in r.cursor.map { r.mentions[$0].text } } == "Velin Port Authority")
    }

    @Test func resizingKeepsTheReadersPlace() throws {
        var s = try Session(size: Self.size)
        s.openArticle("five-year")
        s.press("j j j j j j j j j j")
        let anchor = try #require(reader(s)?.anchor)
        let text = FixtureCorpus.corpus.articles[5].text
        let word = String(text.scalarSlice(TextSpan(anchor, anchor + 12)))
        s.resize(Size(rows: 12, cols: 40))
        #expect(s.screen.split(separator: "\n")[1].contains(word.prefix(8)))
        s.resize(Size(rows: 40, cols: 140))
        #expect(s.screen.contains(word.prefix(8)))  // the whole article fits: it shows from the top
        s.resize(Self.size)
        #expect(reader(s)?.anchor == anchor)
    }

    @Test func tooSmallShowsAMessageIgnoresKeysAndRecovers() throws {
        var s = try Session(size: Self.size)
        s.press("j")
        s.resize(Size(rows: 10, cols: 30))
        #expect(s.screen.contains("too small"))
        s.press("j j Enter")
        s.resize(Self.size)
        guard case .articles(let l) = s.state.page else { Issue.record("left the list"); return }
        #expect(l.selected == 1)
        s.resize(Size(rows: 10, cols: 30))
        s.press("q")
        #expect(s.state.quitRequested)
    }

    @Test func searchOpensTheArticleAtTheMatchAndNCycles() throws {
        var s = try Session(size: Self.size)
        s.press("/")
        s.type("breakwater")
        #expect(s.screen.contains("ARTICLES (1)"))
        s.press("Enter")
        let r = try #require(reader(s))
        #expect(r.matches.count == 2)
        #expect(r.match == 0)
        s.press("n")
        #expect(reader(s)?.match == 1)
        s.press("n")
        #expect(reader(s)?.match == 0)
        s.press("N")
        #expect(reader(s)?.match == 1)
    }

    @Test func searchFindsSpellingVariantsAndGroupsByKind() throws {
        var s = try Session(size: Self.size)
        s.press("/")
        s.type("sokolov")
        #expect(s.screen.contains("PEOPLE (1)"))
        #expect(s.screen.contains("Иван Соколов"))
        s.press("Esc")
        #expect(s.state.search == nil)
    }

    @Test func timelineEnterOpensTheArticleWithTheSentenceOnScreen() throws {
        var s = try Session(size: Self.size)
        s.press("t j j")
        s.press("Enter")
        let r = try #require(reader(s))
        let focus = try #require(r.focus)
        #expect(r.article.id == ArticleID(ordinal: 6))
        let sentence = r.article.text.scalarSlice(focus)
        #expect(s.screen.contains(String(sentence.prefix(20))))
        #expect(s.screen.contains("▌"))
    }

    @Test func entityTimelineShowsOnlyThatEntity() throws {
        var s = try Session(size: Self.size)
        s.press("e j j j Enter T")
        guard case .timeline(let t) = s.state.page else { Issue.record("expected a timeline"); return }
        #expect(t.entityName == "Иван Соколов")
        #expect(t.eventCount == 2)
    }

    @Test func theTimelineListsKeyEventsAndVCyclesToStatements() throws {
        var s = try Session(size: Self.size)
        s.press("t")
        guard case .timeline(let key) = s.state.page else { Issue.record("expected the timeline"); return }
        // the statement in the fixture is not a key event
        #expect(!key.events.contains { $0.kind == .statement })
        #expect(key.view == .key)
        s.press("v")
        guard case .timeline(let all) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(all.view == .all)
        #expect(all.eventCount == key.eventCount + 1)
        #expect(s.screen.contains("all events"))
        s.press("v")
        guard case .timeline(let statements) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(statements.events.map(\.kind) == [.statement])
        #expect(s.screen.contains("said: "))
    }

    @Test func anEmptyViewDoesNotClaimTheCorpusHasNoEvents() throws {
        var s = try Session(size: Self.size)
        // key, all, statements, background: the fixture has no background event.
        s.press("t v v v")
        guard case .timeline(let background) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(background.view == .background && background.events.isEmpty)
        #expect(s.screen.contains("No background in this view; the other views may list some."))
        #expect(!s.screen.contains("found none"))
        s.press("Enter")
        #expect(s.state.message?.text == "No background in this view; the other views may list some.")
    }

    @Test func xExpandsAnEventToItsSentenceAndSourcesAndEnterOpensASource() throws {
        var s = try Session(size: Self.size)
        s.press("t v v")
        s.press("x")
        guard case .timeline(let t) = s.state.page else { Issue.record("expected the timeline"); return }
        let event = try #require(t.events.first)
        #expect(t.expanded == [event.id])
        // the event row, its sentence, and one row per source
        #expect(t.events.count == 2 + event.sources.count)
        #expect(s.screen.contains("▸ "))
        #expect(s.screen.contains("joined: same day"))
        // the second source row opens the other article at its sentence
        s.press("j j j")
        s.press("Enter")
        let r = try #require(reader(s))
        #expect(r.article.id == event.sources[1].article)
        #expect(r.focus == event.sources[1].span)
        s.press("h x")
        guard case .timeline(let collapsed) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(collapsed.expanded.isEmpty)
    }

    @Test func fFiltersTheTimelineByADateRangeAndMBySources() throws {
        var s = try Session(size: Self.size)
        s.press("t f")
        s.type("2021-03..2021-04")
        s.press("Enter")
        guard case .timeline(let t) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(t.rangeText == "2021-03..2021-04")
        #expect(!t.dates.isEmpty)
        #expect(t.dates.allSatisfy { ($0 ?? "") >= "2021-03" && ($0 ?? "") < "2021-05" })
        s.press("f")
        s.type("2021-99")
        s.press("Enter")
        #expect(s.screen.contains("Not a date range"))
        s.press("v m")
        guard case .timeline(let sourced) = s.state.page else { Issue.record("expected the timeline"); return }
        #expect(sourced.minSources == 2)
        #expect(sourced.events.allSatisfy { $0.sources.count >= 2 })
    }

    @Test func jumpToDateSelectsTheFirstEventOnOrAfterIt() throws {
        var s = try Session(size: Self.size)
        s.press("t d")
        s.type("2021-05")
        s.press("Enter")
        guard case .timeline(let t) = s.state.page else { Issue.record("expected the timeline"); return }
        // the events dated by the month itself open May, before its days
        #expect(t.dates[t.position.selected] == "2021-05")
        s.press("d")
        s.type("2021-W19")
        s.press("Enter")
        guard case .timeline(let w) = s.state.page else { Issue.record("expected the timeline"); return }
        let week = try #require(TimeValue(timex: "2021-W19"))
        let landed = try #require(w.dates[w.position.selected].flatMap(TimeValue.init(timex:)))
        #expect(Timeline.isOnOrAfter(landed, week))
        // every event before the one selected starts before the week
        for d in w.dates[..<w.position.selected] {
            #expect(d.flatMap(TimeValue.init(timex:)).map { !Timeline.isOnOrAfter($0, week) } ?? false)
        }
        s.press("d")
        s.type("2021-13")
        s.press("Enter")
        #expect(s.screen.contains("Not a date"))
    }

    @Test func entityIndexFiltersByKindAndText() throws {
        var s = try Session(size: Self.size)
        s.press("e Tab Tab Tab")
        guard case .entities(let e) = s.state.page else { Issue.record("expected the index"); return }
        #expect(e.kind == .place)
        #expect(e.order.count == 4)
        s.press("f")
        s.type("ерев")  // no match: Yerevan's alias is Armenian, not Cyrillic
        guard case .entities(let e2) = s.state.page else { Issue.record("expected .entities, on \(s.state.page.title)"); return }
        #expect(e2.order.isEmpty)
        s.press("Esc")
        guard case .entities(let e3) = s.state.page else { Issue.record("expected .entities, on \(s.state.page.title)"); return }
        #expect(e3.filter.isEmpty && e3.order.count == 4)
    }

    @Test func articleFilterAndSort() throws {
        var s = try Session(size: Self.size)
        s.press("f")
        s.type("coastal")
        s.press("Enter")
        guard case .articles(let l) = s.state.page else { Issue.record("expected .articles, on \(s.state.page.title)"); return }
        #expect(l.order.count == 2)
        #expect(s.state.field == nil)
        s.press("Esc s")
        guard case .articles(let l2) = s.state.page else { Issue.record("expected .articles, on \(s.state.page.title)"); return }
        #expect(l2.order.count == 6 && l2.sort == .source)
        #expect(l2.selectedArticle?.publisher == "Coastal Herald")
    }

    @Test func wideTerminalShowsListAndReaderSideBySide() throws {
        var s = try Session(size: Size(rows: 40, cols: 140))
        #expect(s.state.preview != nil)
        s.press("j")
        #expect(s.state.preview?.article.id == s.state.page.selectedArticleID)
        s.press("Enter")
        let screen = s.screen
        #expect(screen.contains("│"))
        #expect(screen.contains("DATE"))
        s.press("Esc")
        guard case .articles = s.state.page else { Issue.record("Esc should close the reader pane"); return }
    }

    @Test func clicksSelectThenOpenAndTheWheelScrolls() throws {
        var s = try Session(size: Self.size)
        s.state = s.browser.handle(.mouse(.left, row: 5, col: 10), s.state)
        guard case .articles(let l) = s.state.page else { Issue.record("expected .articles, on \(s.state.page.title)"); return }
        #expect(l.selected == 3)
        s.state = s.browser.handle(.mouse(.left, row: 5, col: 10), s.state)
        let r = try #require(reader(s))
        #expect(r.article.id == l.selectedArticle?.id)
        s.state = s.browser.handle(.mouse(.wheelDown, row: 5, col: 5), s.state)
        #expect(reader(s)?.top == 3)
    }

    @Test func clickingANameSelectsItAndASecondClickOpensIt() throws {
        var s = try Session(size: Self.size)
        s.openArticle("Harbor board")
        // "Velin Port Authority" on the first body line: row 1 title bar + 5 header lines.
        let row = 6
        let line = s.grid.row(row)
        guard let col = line.range(of: "Velin").map({ line.distance(from: line.startIndex, to: $0.lowerBound) }) else {
            Issue.record("name not on row \(row): \(line)")
            return
        }
        s.state = s.browser.handle(.mouse(.left, row: row, col: col + 1), s.state)
        #expect(reader(s)?.cursor != nil)
        s.state = s.browser.handle(.mouse(.left, row: row, col: col + 1), s.state)
        guard case .entity(let p) = s.state.page else { Issue.record("second click should open the entity"); return }
        #expect(p.name == "Velin Port Authority")
    }

    @Test func unboundKeysAndUselessCommandsSaySo() throws {
        var s = try Session(size: Self.size)
        s.press("z")
        #expect(s.screen.contains("z does nothing here"))
        s.press("n")
        #expect(s.screen.contains("next-match (n) does nothing on this screen: it works on the reader."))
        s.press("h")
        #expect(s.screen.contains("nothing to go back to"))
    }

    @Test func everyCommandOnEveryScreenKeepsTheGridSafe() throws {
        // Walk each screen and apply every command; the grid must stay the terminal's size and
        // free of control characters, and positions must stay valid.
        let openers = ["", "Enter", "Enter Tab Tab Enter", "e", "t", "?", "/"]
        for size in [Size(rows: 24, cols: 80), Size(rows: 12, cols: 40), Size(rows: 40, cols: 140)] {
            for opener in openers {
                for command in Command.allCases where command != .quit {
                    var s = try Session(size: size)
                    if !opener.isEmpty { s.press(opener) }
                    for _ in 0..<3 { s.state = s.browser.update(s.state, command) }
                    let grid = s.grid
                    #expect(grid.cells.count == size.rows * size.cols)
                    #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
                }
            }
        }
    }
}

extension Page {
    var selectedArticleID: ArticleID? {
        if case .articles(let l) = self { return l.selectedArticle?.id }
        return nil
    }
}
