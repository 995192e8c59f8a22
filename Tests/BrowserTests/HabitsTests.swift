// The browser behaves as tig, less and newsboat users expect: q closes a view, lists show where you
// are, n/N say which match, every hint names the key the keymap has now.

import Browser
import Foundation
import DossierKit
import TestSupport
import Testing

@Suite struct HabitsTests {
    static let size = Size(rows: 24, cols: 80)

    func statusLine(_ s: Session) -> String { s.screen.components(separatedBy: "\n").last ?? "" }
    func titleBar(_ s: Session) -> String { s.screen.components(separatedBy: "\n").first ?? "" }

    @Test func qClosesTheViewAndGoesBackAndQuitsOnTheFirstScreen() throws {
        var s = try Session(size: Self.size)
        s.press("e Enter")
        guard case .entity = s.state.page else { Issue.record("expected an entity page"); return }
        #expect(titleBar(s).contains("q back"))
        s.press("q")
        guard case .entities = s.state.page else { Issue.record("q should return to the entity index, not \(s.state.page.title)"); return }
        #expect(!s.state.quitRequested)
        // The closed view is gone: forward has nothing to return to.
        #expect(s.state.history.count == 2)
        s.press("q")
        guard case .articles = s.state.page else { Issue.record("q should return to the article list"); return }
        #expect(titleBar(s).contains("q quit"))
        #expect(!s.state.quitRequested)
        s.press("q")
        #expect(s.state.quitRequested)
    }

    @Test func capitalQQuitsFromAnyScreen() throws {
        var s = try Session(size: Self.size)
        s.press("e Enter Tab Enter")
        #expect(s.state.position > 1)
        s.press("Q")
        #expect(s.state.quitRequested)
    }

    @Test func qClosesHelpAndIsTypedInTheSearchField() throws {
        var s = try Session(size: Self.size)
        s.press("? q")
        #expect(s.state.help == nil)
        #expect(!s.state.quitRequested)
        s.press("/ q")
        #expect(s.state.search?.query == "q")
        #expect(titleBar(s).contains("Esc close"))
    }

    @Test func aNewFilterOrSortStartsAtTheTopAndTheStatusLineShowsThePosition() throws {
        var s = try Session(size: Self.size)
        #expect(statusLine(s).hasSuffix("1/6 "))
        s.press("G")
        #expect(statusLine(s).hasSuffix("6/6 "))
        s.press("f")
        s.type("a")
        s.press("Enter")
        guard case .articles(let l) = s.state.page else { Issue.record("left the list"); return }
        #expect(l.order.count < 6 && l.order.count > 1)
        #expect(l.selected == 0 && l.top == 0)
        #expect(statusLine(s).hasSuffix("1/\(l.order.count) "))
        s.press("Esc G s")
        guard case .articles(let sorted) = s.state.page else { Issue.record("left the list"); return }
        #expect(sorted.sort == .source && sorted.selected == 0)
        s.press("e G Tab")
        guard case .entities(let e) = s.state.page else { Issue.record("expected the entity index"); return }
        #expect(e.kind == .person && e.selected == 0)
        #expect(statusLine(s).hasSuffix("1/\(e.order.count) "))
    }

    @Test func halfPageKeysMoveHalfAScreen() throws {
        var p = ListPosition()
        let down = p.move(.halfPageDown, count: 100, height: 20)
        #expect(down && p.selected == 10)
        let up = p.move(.halfPageUp, count: 100, height: 20)
        #expect(up && p.selected == 0)
        #expect(Keymap.defaults.command(for: .ctrl("d")) == .halfPageDown)
        #expect(Keymap.defaults.command(for: .ctrl("u")) == .halfPageUp)
        var s = try Session(size: Size(rows: 12, cols: 40))
        s.openArticle("five-year")
        s.press("C-d")
        guard case .reader(let r) = s.state.page else { Issue.record("expected the reader"); return }
        #expect(r.top == 5)  // 10 rows of text: half is 5
    }

    @Test func nAndNSayWhichMatchAndWhenTheSearchWraps() throws {
        var s = try Session(size: Self.size)
        s.press("/")
        s.type("breakwater")
        s.press("Enter n")
        #expect(s.state.message?.text == "Match 2/2 of “breakwater”")
        s.press("n")
        #expect(s.state.message?.text == "Match 1/2 of “breakwater” · wrapped to top")
        s.press("N")
        #expect(s.state.message?.text == "Match 2/2 of “breakwater” · wrapped to bottom")
        #expect(statusLine(s).contains("Match 2/2"))
    }

    @Test func aSingleMatchSaysThereAreNoMore() throws {
        var s = try Session(size: Self.size)
        s.press("/")
        s.type("programme")
        s.press("Enter")
        guard case .reader(let r) = s.state.page, r.matches.count == 1 else {
            Issue.record("expected one match of “programme” in the opened article")
            return
        }
        s.press("n")
        #expect(s.state.message?.text == "Match 1/1 of “programme”: no more matches")
    }

    @Test func searchingAKnownNameFindsItsSpellingVariantsAndSaysSo() throws {
        var s = try Session(size: Self.size)
        s.press("/")
        s.type("petrosyan")
        // a2 writes "Petrosian" only: the text search alone misses it.
        let articles = s.screen.components(separatedBy: "\n").first { $0.contains("ARTICLES (") } ?? ""
        #expect(articles.contains("also 1 article that writes Anna Petrosyan another way"), "\(articles)")
        let plain = try FixtureCorpus.store.search("petrosyan", limit: 50).filter { $0.kind == .article }
        let aware = try NameAwareSearch.run("petrosyan", limit: 50, store: FixtureCorpus.store)
        #expect(aware.hits.filter { $0.kind == .article }.count == plain.count + 1)
        #expect(aware.hits.contains { $0.article == ArticleID(ordinal: 2) })
        // A word that is not a name searches the text only.
        let word = try NameAwareSearch.run("breakwater", limit: 50, store: FixtureCorpus.store)
        #expect(word.names.isEmpty && word.note == nil)
    }

    @Test func entityPageGroupsRolesByTitleWithCountAndDates() throws {
        var s = try Session(size: Self.size)
        s.openArticle("Harbor board")
        s.press("Tab Tab Enter")
        let lines = s.screen.components(separatedBy: "\n")
        let roles = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Transport Minister") }
        #expect(roles.count == 1)
        #expect(roles.first?.contains("2 articles  2021-03-02 to 2021-04-14") == true)
    }

    @Test func roleGroupsAreInDateOrder() {
        let roles = [Role(title: "Mayor", article: ArticleID(ordinal: 3), date: "2021-05-01"),
                     Role(title: "Minister", article: ArticleID(ordinal: 1), date: "2020-01-01"),
                     Role(title: "Mayor", article: ArticleID(ordinal: 2), date: "2019-02-01"),
                     Role(title: "Mayor", article: ArticleID(ordinal: 3), date: "2021-05-01"),
                     Role(title: "Envoy", article: ArticleID(ordinal: 4))]
        let groups = RoleGroup.group(roles)
        #expect(groups.map(\.title) == ["Mayor", "Minister", "Envoy"])
        #expect(groups[0].roles.map(\.article.ordinal) == [2, 3])
        #expect(groups[0].dateSpan == "2019-02-01 to 2021-05-01")
        #expect(groups[2].dateSpan == nil)
    }

    @Test func everyHintNamesTheKeyTheKeymapHasNow() throws {
        let (keymap, errors) = Keymap.defaults.applying("help F2\nback z\nclose-view x\nnext C-t\nopen Ins\nclose C-g\n", file: "user")
        #expect(errors.isEmpty)
        let browser = Browser(store: try FixtureCorpus.store, keymap: keymap)
        var s = Session(browser: browser, state: try browser.start(size: Self.size, corpusName: "fixture"))
        var screens = [s.screen]
        #expect(titleBar(s).contains("F2 help · x quit"))
        s.press("Ins")
        screens.append(s.screen)
        #expect(statusLine(s).contains("z back") && statusLine(s).contains("F2 help") && statusLine(s).contains("(C-t)"))
        s.press("C-t")
        screens.append(s.screen)
        #expect(statusLine(s).hasPrefix("Ins opens"))
        s.press("e")
        screens.append(s.screen)
        s.press("F2")
        screens.append(s.screen)
        s.press("C-g x /")
        screens.append(s.screen)
        s.press("C-g x")
        s.press("f")
        s.type("zzzz")
        s.press("Ins")
        screens.append(s.screen)
        #expect(statusLine(s).contains("C-g clears the filter"))
        for screen in screens {
            let hints = [screen.components(separatedBy: "\n").first ?? "", screen.components(separatedBy: "\n").last ?? ""]
            for line in hints {
                for stale in ["Backspace", "Enter", "Esc", "? help", "q quit", "q back", "Tab"] {
                    #expect(!line.contains(stale), "a hint names \(stale), which the keymap moved: \(line)")
                }
            }
        }
    }

    /// The two hints that named keys outside the table: the search field's "↑↓ choose" and the
    /// reader's "press / to search".
    @Test func theSearchFieldAndTheReaderNameTheKeysTheKeymapHasNow() throws {
        let (keymap, errors) = Keymap.defaults.applying("down j C-n\nup k C-p\nsearch F3\n", file: "user")
        #expect(errors.isEmpty)
        let browser = Browser(store: try FixtureCorpus.store, keymap: keymap)
        var s = Session(browser: browser, state: try browser.start(size: Self.size, corpusName: "fixture"))
        s.press("Enter")
        s.press("n")
        #expect(statusLine(s).contains("No search yet: press F3 to search."), "\(statusLine(s))")
        s.press("F3")
        s.type("harbor")
        #expect(s.state.search != nil)
        #expect(statusLine(s).contains("C-n/C-p choos"), "\(statusLine(s))")  // cut at 80 columns
        #expect(!statusLine(s).contains("↑↓"))

        let plain = Browser(store: try FixtureCorpus.store)
        var d = Session(browser: plain, state: try plain.start(size: Self.size, corpusName: "fixture"))
        d.press("/")
        d.type("harbor")
        #expect(statusLine(d).contains("↑↓ choose"), "the default keys keep the arrows: \(statusLine(d))")
    }

    @Test func escAndEnterInTextFieldsGoThroughTheKeymap() throws {
        let (keymap, _) = Keymap.defaults.applying("close C-g\nopen C-o\n", file: "user")
        let browser = Browser(store: try FixtureCorpus.store, keymap: keymap)
        var s = Session(browser: browser, state: try browser.start(size: Self.size, corpusName: "fixture"))
        s.press("f")
        s.type("coastal")
        s.press("Esc")
        #expect(s.state.field != nil, "Esc is unbound now: the field stays open")
        s.press("C-o")
        #expect(s.state.field == nil)
        guard case .articles(let l) = s.state.page else { Issue.record("left the list"); return }
        #expect(l.filter == "coastal")
        s.press("/")
        s.type("breakwater")
        s.press("Enter")
        #expect(s.state.search != nil, "Enter is unbound now: the search stays open")
        s.press("C-g")
        #expect(s.state.search == nil)
    }

    @Test func keymapRefusesControlKeysTheTerminalCannotSend() {
        for (name, sent) in [("C-h", "Backspace"), ("C-i", "Tab"), ("C-j", "Enter"), ("C-m", "Enter")] {
            let (map, errors) = Keymap.defaults.applying("redraw \(name)\n", file: "user")
            #expect(errors.count == 1)
            #expect(errors.first?.message == "'\(name)' cannot be told apart: terminals send \(sent) for it; bind \(sent) instead")
            #expect(map.keys(for: .redraw) == [.ctrl("l")])
        }
        #expect(!Keymap.generatedFile().contains("C-a…C-z.\n"))
    }

    @Test func warningsAreCountedOnTheStatusLineAndListedByW() throws {
        let browser = Browser(store: try FixtureCorpus.store,
                              warnings: ["warning: junk/a.out: an ELF executable file, not text; skipped"])
        var s = Session(browser: browser, state: try browser.start(size: Self.size, corpusName: "fixture"))
        #expect(statusLine(s).contains("1 warning (W)"))
        s.press("W")
        #expect(s.screen.contains("WARNINGS (1)"))
        #expect(s.screen.contains("junk/a.out: an ELF executable file"))
        #expect(titleBar(s).contains("Warnings"))
        s.press("q")
        #expect(s.state.help == nil && !s.state.quitRequested)
        var clean = try Session(size: Self.size)
        #expect(!statusLine(clean).contains("warning"))
        clean.press("W")
        #expect(clean.screen.contains("NO WARNINGS"))
    }

    @Test func commandsOutsideTheirScreenSayWhereTheyWork() throws {
        var s = try Session(size: Self.size)
        s.press("d")
        #expect(s.state.message?.text == "jump-to-date (d) does nothing on this screen: it works on the timeline.")
        s.press("T")
        #expect(s.state.message?.text.hasPrefix("Open an entity page first: T") == true)
    }

    @Test(arguments: [Size(rows: 24, cols: 80), Size(rows: 12, cols: 40), Size(rows: 40, cols: 140)])
    func goingBackToAnEntityPageReturnsToTheSameLines(size: Size) throws {
        func body(_ s: Session) -> [String] { Array(s.screen.components(separatedBy: "\n").dropFirst().dropLast()) }
        var s = try Session(size: size)
        s.press("e Enter")
        let before = body(s)
        let position = s.state.page
        s.press("Enter")
        guard case .reader = s.state.page else { Issue.record("expected the reader"); return }
        s.press("Backspace")
        #expect(body(s) == before)
        #expect(s.state.page == position)
        s.press("Tab Tab Tab j j")
        let deeper = body(s)
        s.press("Enter h")
        #expect(body(s) == deeper)
        s.press("Enter Tab Enter")
        guard case .entity = s.state.page else { Issue.record("expected an entity page"); return }
        let other = body(s)
        s.press("Enter h")
        #expect(body(s) == other)
    }

    @Test func theCommandTableHasOneRowPerCommand() {
        #expect(Command.table.count == Command.allCases.count)
        #expect(Set(Command.table.map(\.command)).count == Command.allCases.count)
        // Rows of a group are together, so help and the keymap file list each group once.
        var groups: [Command.Group] = []
        for row in Command.table where groups.last != row.group { groups.append(row.group) }
        #expect(groups.count == Set(groups.map(\.rawValue)).count)
    }
}
