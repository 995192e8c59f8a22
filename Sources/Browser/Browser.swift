// The browser's logic: inputs become commands, commands become new states (`update`), and states
// become grids (`render`, in Render.swift). Store queries are the only side effects.

import DossierKit

public struct Browser: Sendable {
    public let keymap: Keymap
    /// Keymap problems (file:line) shown once at start and in help.
    public let keymapNotes: [String]
    /// Problems met reading the corpus (skipped files), for the warnings view.
    public let corpusWarnings: [String]
    let data: DataSource

    public init(store: any CorpusStore, keymap: Keymap = .defaults, keymapNotes: [String] = [], warnings: [String] = []) {
        self.keymap = keymap
        self.keymapNotes = keymapNotes
        corpusWarnings = warnings
        data = DataSource(store: store)
    }

    /// The first screen: the article list.
    public func start(size: Size, corpusName: String) throws -> BrowserState {
        let list = ArticleListState(try data.articleSummaries())
        var state = BrowserState(size: size, corpusName: corpusName, first: .articles(list))
        state.keymap = keymap
        state.warnings = keymapNotes + corpusWarnings
        if let note = keymapNotes.first {
            let more = keymap.key(.warnings).map { ", see \($0)" } ?? ""
            state.message = StatusMessage(note + (keymapNotes.count > 1 ? " (+\(keymapNotes.count - 1) more\(more))" : ""), isWarning: true)
        }
        refreshPreview(&state)
        return state
    }

    // MARK: input

    public func handle(_ input: Input, _ state: BrowserState) -> BrowserState {
        var s = state
        switch input {
        case .resize(let size):
            s.size = size
            relayout(&s)
            refreshPreview(&s)
            return s
        case .idle:
            guard var search = s.search, search.pending else { return s }
            search.pending = false
            runSearch(search, &s)
            return s
        case .mouse(let button, let row, let col):
            s.message = nil
            return mouse(button, row: row, col: col, s)
        case .key(let key):
            s.message = nil
            if s.isTooSmall {
                // Only quitting makes sense until the window is big enough again.
                if let c = keymap.command(for: key), c == .quit || c == .closeView { s.quitRequested = true }
                return s
            }
            if s.search != nil { return searchKey(key, s) }
            if s.field != nil { return fieldKey(key, s) }
            guard let command = keymap.command(for: key) else {
                s.message = StatusMessage("\(key) does nothing here" + (keymap.key(.help).map { ": press \($0) for the keys." } ?? "."))
                return s
            }
            return update(s, command)
        }
    }

    // MARK: commands

    public func update(_ state: BrowserState, _ command: Command) -> BrowserState {
        var s = state
        if let overlay = s.help {
            switch command {
            case .quit: s.quitRequested = true
            case .close, .back, .closeView: s.help = nil
            case .help where overlay.kind == .help: s.help = nil
            case .warnings where overlay.kind == .warnings: s.help = nil
            case .help, .warnings:
                s.help = nil
                return update(s, command)
            case .redraw: break
            default:
                if var help = s.help, help.position.move(command, in: help.doc, height: s.contentHeight) {
                    s.help = help
                    return s
                }
                s.help = nil
                return update(s, command)
            }
            return s
        }
        let height = pageHeight(s)
        switch command {
        case .quit:
            s.quitRequested = true
        case .help:
            s.help = DataSource.help(keymap: keymap, notes: keymapNotes, width: s.size.cols)
        case .warnings:
            s.help = DataSource.warnings(s.warnings, width: s.size.cols)
        case .redraw:
            s.redrawRequested = true
        case .search:
            s.search = SearchState()
        case .back:
            if s.position > 0 {
                s.position -= 1
                relayout(&s)
            } else {
                s.message = StatusMessage("This is where you started: nothing to go back to.")
            }
        case .closeView:
            // As in tig and newsboat: close this view and return to the one before; the first
            // screen has nothing before it, so closing it ends the program.
            if s.position > 0 {
                s.history.removeSubrange(s.position...)
                s.position -= 1
                relayout(&s)
            } else {
                s.quitRequested = true
            }
        case .forward:
            if s.position + 1 < s.history.count {
                s.position += 1
                relayout(&s)
            } else if case .reader = s.page {
                s.message = StatusMessage("Nothing to go forward to.")
            } else {
                // On lists, Right/l means "open", as in a file manager.
                return update(s, .open)
            }
        case .close:
            if s.leftPane != nil {
                s.position -= 1
                relayout(&s)
            } else if clearFilter(&s) {
                s.message = StatusMessage("Filter cleared.")
            } else {
                let keys = [keymap.key(.back).map { "\($0) goes back" }, keymap.key(.quit).map { "\($0) quits" }].compactMap { $0 }
                s.message = StatusMessage("Nothing to close" + (keys.isEmpty ? "." : ": " + keys.joined(separator: ", ") + "."))
            }
        case .articles:
            if case .articles = s.page { s.message = StatusMessage("This is the article list."); break }
            push(&s, latest(s, where: { if case .articles = $0 { return true } else { return false } })
                ?? (try? data.articleSummaries()).map { .articles(ArticleListState($0)) })
        case .entities:
            if case .entities = s.page { s.message = StatusMessage("This is the entity index."); break }
            let page = latest(s, where: { if case .entities = $0 { return true } else { return false } })
            if let page { push(&s, page) }
            else {
                do { push(&s, .entities(EntityIndexState(try data.entitySummaries()))) }
                catch { s.message = StatusMessage("Cannot read the entities: \(error)", isWarning: true) }
            }
        case .timeline:
            if case .timeline(let t) = s.page, t.entity == nil { s.message = StatusMessage("This is the timeline."); break }
            let page = latest(s, where: { if case .timeline(let t) = $0 { return t.entity == nil } else { return false } })
            if let page { push(&s, page) }
            else {
                do {
                    let t = try data.timeline(entity: nil, width: s.pageWidth)
                    push(&s, .timeline(t))
                    if let at = t.openedAt {
                        s.message = StatusMessage("Opened at \(at), the busiest recent month · \(t.eventCount) \(t.view.label) · "
                                                  + keymap.hints([(.top, "first"), (.timelineView, t.view.next.label)]))
                    }
                }
                catch { s.message = StatusMessage("Cannot read the timeline: \(error)", isWarning: true) }
            }
        case .entityTimeline:
            guard case .entity(let e) = s.page else {
                s.message = StatusMessage("Open an entity page first" + (keymap.key(.entityTimeline).map { ": \($0) shows that entity's timeline." } ?? "."))
                break
            }
            do { push(&s, .timeline(try data.timeline(entity: e.entity, width: s.pageWidth))) }
            catch { s.message = StatusMessage("Cannot read the timeline: \(error)", isWarning: true) }
        case .expand, .timelineView, .minSources:
            guard case .timeline(var t) = s.page else {
                s.message = StatusMessage(Self.onlyOn(command, keymap: keymap))
                break
            }
            if command == .expand {
                guard let (event, _) = t.selectedEvent else { s.message = StatusMessage("No event to expand."); break }
                if t.expanded.contains(event.id) { t.expanded.remove(event.id) } else { t.expanded.insert(event.id) }
                data.layoutTimeline(&t)
                if let row = t.events.firstIndex(where: { $0.id == event.id }) { t.position.selected = row }
                t.position.clamp(in: t.doc, height: s.contentHeight)
                // keep the expanded lines in view
                if t.expanded.contains(event.id), let end = t.events.lastIndex(where: { $0.id == event.id }) {
                    let bottom = t.doc.items[end].firstLine + t.doc.items[end].lineCount
                    if bottom > t.position.top + s.contentHeight { t.position.top = min(t.doc.items[t.position.selected].firstLine, bottom - s.contentHeight) }
                }
                s.page = .timeline(t)
                break
            }
            let view = command == .timelineView ? t.view.next : t.view
            let minSources = command == .minSources ? (t.minSources % 3) + 1 : t.minSources
            let range = (from: t.range?.first.flatMap { $0.isEmpty ? nil : $0 }, to: t.range?.last.flatMap { $0.isEmpty ? nil : $0 })
            do {
                let next = try data.timeline(entity: t.entity, view: view, minSources: minSources, range: range, width: s.pageWidth)
                s.page = .timeline(next)
                s.message = StatusMessage("Timeline: \(next.filterLabel) · \(next.eventCount) event\(next.eventCount == 1 ? "" : "s")")
            } catch { s.message = StatusMessage("Cannot read the timeline: \(error)", isWarning: true) }
        case .filter:
            switch s.page {
            case .articles(let l): s.field = FieldState(purpose: .filter, text: l.filter)
            case .entities(let e): s.field = FieldState(purpose: .filter, text: e.filter)
            case .timeline(let t): s.field = FieldState(purpose: .dateRange, text: t.rangeText ?? "")
            default: s.message = StatusMessage(Self.onlyOn(command, keymap: keymap))
            }
        case .jumpToDate:
            if case .timeline = s.page { s.field = FieldState(purpose: .jumpToDate) }
            else { s.message = StatusMessage(Self.onlyOn(command, keymap: keymap)) }
        case .open:
            open(&s)
        case .versions:
            switch s.page {
            case .articles(var l):
                s.message = StatusMessage(l.toggleVersions(height: height - 1))
                s.page = .articles(l)
            case .reader(let r):
                guard let k = r.versions.firstIndex(of: r.article.id), r.versions.count > 1 else {
                    s.message = StatusMessage("\(r.article.id) has no other versions.")
                    break
                }
                // The next older version, round to the newest after the first; it replaces this page,
                // so back still returns to where the reader was opened from.
                let next = r.versions[(k + 1) % r.versions.count]
                if let state = try? data.reader(next, focus: nil, mention: nil, query: r.query, paneWidth: s.pageWidth, height: height) {
                    s.page = .reader(state)
                    s.message = StatusMessage(state.versionNote)
                } else {
                    s.message = StatusMessage("Cannot read \(next).", isWarning: true)
                }
            default:
                s.message = StatusMessage(Self.onlyOn(command, keymap: keymap))
            }
        default:
            // Movement, sorting, next/previous: the current page handles them.
            var message: String?
            switch s.page {
            case .articles(var l):
                message = l.apply(command, height: height - 1)
                s.page = .articles(l)
            case .entities(var e):
                message = e.apply(command, height: height - EntityIndexState.headerLines)
                s.page = .entities(e)
            case .reader(var r):
                message = r.apply(command, paneWidth: s.pageWidth, height: height, keymap: keymap)
                s.page = .reader(r)
            case .entity(var p):
                message = docCommand(command, doc: p.doc, position: &p.position, height: height)
                s.page = .entity(p)
            case .timeline(var t):
                message = docCommand(command, doc: t.doc, position: &t.position, height: height)
                s.page = .timeline(t)
            }
            if let message { s.message = StatusMessage(message) }
            else if !command.acts(on: s.page.screen) {
                s.message = StatusMessage(Self.onlyOn(command, keymap: keymap))
            }
        }
        refreshPreview(&s)
        return s
    }

    /// "jump-to-date (d) works on the timeline only.": from the Command table's screens.
    static func onlyOn(_ command: Command, keymap: Keymap) -> String {
        let names: [Command.Screen: String] = [.articles: "the article list", .reader: "the reader", .entity: "an entity page",
                                               .entities: "the entity index", .timeline: "the timeline"]
        let key = keymap.key(command).map { " (\($0))" } ?? ""
        let places = command.row.screens.compactMap { names[$0] }
        let list = places.count > 1 ? places.dropLast().joined(separator: ", ") + " and " + (places.last ?? "") : places.first ?? "no screen"
        return "\(command.name)\(key) does nothing on this screen: it works on \(list)."
    }

    /// Movement and section jumps on a Doc page.
    func docCommand(_ command: Command, doc: Doc, position: inout ListPosition, height: Int) -> String? {
        if position.move(command, in: doc, height: height) { return nil }
        switch command {
        case .next, .previous:
            let starts = doc.sectionStarts.filter { doc.items.indices.contains($0) }
            guard !starts.isEmpty else { return "Nothing to select here." }
            if command == .next {
                position.selected = starts.first { $0 > position.selected } ?? starts[0]
            } else {
                let current = starts.last { $0 <= position.selected } ?? 0
                position.selected = starts.last { $0 < current } ?? (starts.last ?? 0)
            }
            position.top = max(0, doc.items[position.selected].firstLine - 1)
            position.clamp(in: doc, height: height)
            return nil
        default:
            return nil
        }
    }

    /// The most recent page in history that matches, to reopen lists where the user left them.
    func latest(_ s: BrowserState, where match: (Page) -> Bool) -> Page? {
        s.history.reversed().first(where: match)
    }

    /// A jump: drops any forward history and makes `page` current.
    func push(_ s: inout BrowserState, _ page: Page?) {
        guard let page else { return }
        s.history.removeSubrange((s.position + 1)...)
        s.history.append(page)
        s.position = s.history.count - 1
        // Keep history bounded; the oldest pages go first.
        if s.history.count > 200 {
            s.history.removeFirst(s.history.count - 200)
            s.position = s.history.count - 1
        }
        relayout(&s)
    }

    func clearFilter(_ s: inout BrowserState) -> Bool {
        switch s.page {
        case .articles(var l) where !l.filter.isEmpty:
            l.setFilter("", height: pageHeight(s) - 1)
            s.page = .articles(l)
            return true
        case .entities(var e) where !e.filter.isEmpty:
            e.setFilter("", height: pageHeight(s) - EntityIndexState.headerLines)
            s.page = .entities(e)
            return true
        default:
            return false
        }
    }

    /// Enter: open what is selected.
    func open(_ s: inout BrowserState) {
        switch s.page {
        case .articles(let l):
            guard let a = l.selectedArticle else { s.message = StatusMessage("No article to open."); return }
            follow(&s, .article(a.id, focus: nil, mention: nil))
        case .entities(let e):
            guard let entity = e.selectedEntity else { s.message = StatusMessage("No entity to open."); return }
            follow(&s, .entity(entity.id))
        case .reader(let r):
            guard let c = r.cursor, r.mentions.indices.contains(c) else {
                let keys = [keymap.key(.next).map { "\($0) selects a name" }, keymap.key(.open).map { "\($0) opens it" }].compactMap { $0 }
                s.message = StatusMessage(keys.isEmpty ? "No name selected." : keys.joined(separator: ", ") + ".")
                return
            }
            guard let entity = r.mentions[c].entity else {
                s.message = StatusMessage("“\(r.mentions[c].text)” is not linked to an entity.")
                return
            }
            follow(&s, .entity(entity))
        case .entity(let p):
            guard p.doc.items.indices.contains(p.position.selected), let t = p.doc.items[p.position.selected].target else {
                s.message = StatusMessage("Nothing to open here.")
                return
            }
            follow(&s, t)
        case .timeline(let t):
            guard t.doc.items.indices.contains(t.position.selected), let target = t.doc.items[t.position.selected].target else {
                s.message = StatusMessage(t.emptyText)
                return
            }
            follow(&s, target)
        }
    }

    /// Opens a target as a new page in history.
    func follow(_ s: inout BrowserState, _ target: Target, query: String? = nil) {
        do {
            switch target {
            case .article(let id, let focus, let mention):
                let width = widthForNewPage(s, reader: true)
                guard let r = try data.reader(id, focus: focus, mention: mention, query: query ?? s.lastQuery,
                                              paneWidth: width, height: s.contentHeight) else {
                    s.message = StatusMessage("Article \(id) is not in the corpus.", isWarning: true)
                    return
                }
                push(&s, .reader(r))
            case .entity(let id):
                guard let page = try data.entityPage(id) else {
                    s.message = StatusMessage("Entity \(id) is not in the corpus.", isWarning: true)
                    return
                }
                push(&s, .entity(page))
            }
        } catch {
            s.message = StatusMessage("Cannot open it: \(error)", isWarning: true)
        }
    }

    /// The pane width a page opened now will get (the reader sits right of a list when wide).
    func widthForNewPage(_ s: BrowserState, reader: Bool) -> Int {
        guard s.isWide else { return s.size.cols }
        return reader && s.page.isListPane ? s.splitWidths.right : s.size.cols
    }

    /// Height of the current page's content area (under the title bar, above the status line).
    func pageHeight(_ s: BrowserState) -> Int { s.contentHeight }

    /// Keeps every position valid after a size change or a jump.
    func relayout(_ s: inout BrowserState) {
        guard !s.isTooSmall else { return }
        let h = s.contentHeight
        switch s.page {
        case .articles(var l): l.clamp(height: h - 1); s.page = .articles(l)
        case .entities(var e): e.clamp(height: h - EntityIndexState.headerLines); s.page = .entities(e)
        case .reader(var r):
            r.relayout(paneWidth: s.pageWidth, height: h)
            r.clampTop(lines: r.lines(width: r.layoutWidth), height: h, keepAnchor: true)
            s.page = .reader(r)
        case .entity(var p): p.position.clamp(in: p.doc, height: h); s.page = .entity(p)
        case .timeline(var t): t.position.clamp(in: t.doc, height: h); s.page = .timeline(t)
        }
        if var help = s.help {
            if help.width != s.size.cols {
                let top = help.position.top
                help = help.kind == .help ? DataSource.help(keymap: keymap, notes: keymapNotes, width: s.size.cols)
                    : DataSource.warnings(s.warnings, width: s.size.cols)
                help.position.top = top
            }
            help.position.clamp(in: help.doc, height: h)
            s.help = help
        }
        if var search = s.search {
            search.position.clamp(in: search.doc, height: h - 1)
            s.search = search
        }
        if let left = s.leftPane, s.position > 0 {
            // The list beside the reader keeps its selection on screen too.
            switch left {
            case .articles(var l): l.clamp(height: h - 1); s.history[s.position - 1] = .articles(l)
            case .timeline(var t): t.position.clamp(in: t.doc, height: h); s.history[s.position - 1] = .timeline(t)
            default: break
            }
        }
    }

    /// On a wide terminal, loads the article selected in the list or timeline for the right pane.
    func refreshPreview(_ s: inout BrowserState) {
        guard s.isWide, s.page.isListPane else {
            s.preview = nil
            return
        }
        var target: (ArticleID, TextSpan?)?
        switch s.page {
        case .articles(let l): target = l.selectedArticle.map { ($0.id, nil) }
        case .timeline(let t):
            if t.doc.items.indices.contains(t.position.selected),
               case .article(let id, let focus, _)? = t.doc.items[t.position.selected].target {
                target = (id, focus)
            }
        default: break
        }
        guard let (id, focus) = target else {
            s.preview = nil
            return
        }
        if let p = s.preview, p.article.id == id, p.focus == focus, p.layoutWidth == ReaderLayout.textWidth(paneWidth: s.splitWidths.right) {
            return
        }
        s.preview = try? data.reader(id, focus: focus, mention: nil, query: nil,
                                     paneWidth: s.splitWidths.right, height: s.contentHeight)
    }

    // MARK: text fields

    func searchKey(_ key: Key, _ state: BrowserState) -> BrowserState {
        var s = state
        guard var search = s.search else { return s }
        let h = s.contentHeight - 1
        if let edited = FieldEdit.apply(key, to: search.query) {
            guard data.searchIsFast else {
                // The store is slow: echo the typing now and search when the keys pause.
                search.query = edited
                search.pending = true
                s.search = search
                return s
            }
            search.query = edited
            runSearch(search, &s)
            return s
        }
        switch keymap.command(for: key) {
        case .close?:
            s.search = nil
            return s
        case .open?:
            if search.pending {
                s = handle(.idle, s)
                guard let fresh = s.search else { return s }
                search = fresh
            }
            guard search.doc.items.indices.contains(search.position.selected),
                  let target = search.doc.items[search.position.selected].target else {
                s.message = StatusMessage(search.query.isEmpty ? "Type what to look for." : "Nothing to open.")
                return s
            }
            let query = search.query.trimmingCharacters(in: .whitespaces)
            s.search = nil
            s.lastQuery = query
            follow(&s, target, query: query)
            refreshPreview(&s)
            return s
        default:
            guard let command = keymap.command(for: key) else { return s }
            switch command {
            case .quit:
                s.quitRequested = true
            case .close, .closeView, .back:
                s.search = nil
            case .help:
                s.search = nil
                return update(s, .help)
            case .next, .previous:
                _ = docCommand(command, doc: search.doc, position: &search.position, height: h)
                s.search = search
            default:
                _ = search.position.move(command, in: search.doc, height: h)
                s.search = search
            }
            return s
        }
    }

    /// Asks the store for `search.query`; on failure keeps what was typed and says why.
    func runSearch(_ search: SearchState, _ s: inout BrowserState) {
        do {
            var fresh = try data.search(search.query)
            fresh.position.clamp(in: fresh.doc, height: s.contentHeight - 1)
            s.search = fresh
        } catch {
            s.search = search
            s.message = StatusMessage("Search failed: \(error)", isWarning: true)
        }
    }

    func fieldKey(_ key: Key, _ state: BrowserState) -> BrowserState {
        var s = state
        guard var field = s.field else { return s }
        if let edited = FieldEdit.apply(key, to: field.text) {
            field.text = edited
            s.field = field
            if field.purpose == .filter { applyFilter(&s, edited) }
            return s
        }
        switch keymap.command(for: key) {
        case .close?:
            s.field = nil
            if field.purpose == .filter { applyFilter(&s, "") }
            return s
        case .open?:
            s.field = nil
            if field.purpose == .dateRange, case .timeline(let t) = s.page {
                guard let range = TimelineState.parseRange(field.text) else {
                    s.message = StatusMessage("Not a date range: type 2005, 2005-03, 2005-01..2005-03, or nothing for all dates.")
                    return s
                }
                do {
                    let next = try data.timeline(entity: t.entity, view: t.view, minSources: t.minSources, range: range, width: s.pageWidth)
                    s.page = .timeline(next)
                    s.message = StatusMessage("Timeline: \(next.filterLabel) · \(next.eventCount) event\(next.eventCount == 1 ? "" : "s")")
                } catch { s.message = StatusMessage("Cannot read the timeline: \(error)", isWarning: true) }
                refreshPreview(&s)
            }
            if field.purpose == .jumpToDate, case .timeline(var t) = s.page {
                if let note = t.jump(to: field.text, height: s.contentHeight) { s.message = StatusMessage(note) }
                s.page = .timeline(t)
                refreshPreview(&s)
            }
            return s
        default:
            guard let command = keymap.command(for: key) else { return s }
            if command.step(height: 1) != nil || command == .top || command == .bottom {
                return update(s, command)
            }
            s.field = nil
            return update(s, command)
        }
    }

    func applyFilter(_ s: inout BrowserState, _ text: String) {
        switch s.page {
        case .articles(var l):
            l.setFilter(text, height: s.contentHeight - 1)
            s.page = .articles(l)
        case .entities(var e):
            e.setFilter(text, height: s.contentHeight - EntityIndexState.headerLines)
            s.page = .entities(e)
        default: break
        }
        refreshPreview(&s)
    }

    // MARK: mouse

    func mouse(_ button: MouseButton, row: Int, col: Int, _ state: BrowserState) -> BrowserState {
        var s = state
        guard !s.isTooSmall else { return s }
        let line = row - 1
        guard line >= 0, line < s.contentHeight else { return s }
        if button != .left {
            let command: Command = button == .wheelUp ? .up : .down
            var t = s
            for _ in 0..<3 {
                if t.search != nil {
                    if var search = t.search {
                        _ = search.position.move(command, in: search.doc, height: t.contentHeight - 1)
                        t.search = search
                    }
                } else {
                    t = update(t, command)
                }
            }
            return t
        }
        if s.help != nil { return s }
        if var search = s.search {
            let before = search.position.selected
            if line >= 1, search.position.select(line: line - 1, in: search.doc) {
                if search.position.selected == before { return searchKey(.enter, s) }
                s.search = search
            }
            return s
        }
        var left = 0
        if s.isWide, s.leftPane != nil || s.page.isListPane {
            let split = s.splitWidths.left
            if col < split {
                if s.leftPane != nil {
                    // A click in the list beside the reader: back to the list and open that row.
                    s.position -= 1
                    relayout(&s)
                    return update(clickList(s, line: line, openOnSecondClick: false), .open)
                }
                return clickList(s, line: line)
            }
            if s.page.isListPane {
                // A click in the preview opens it.
                return update(s, .open)
            }
            left = split + 1
        }
        switch s.page {
        case .reader(var r):
            if let m = r.mention(atLine: line, column: col - left, paneWidth: s.pageWidth), r.mentions[m].entity != nil {
                if r.cursor == m { return update(s, .open) }
                r.cursor = m
                s.page = .reader(r)
            }
            return s
        default:
            return clickList(s, line: line)
        }
    }

    /// A click on a list-like page: the first click selects, a click on the selection opens it.
    func clickList(_ state: BrowserState, line: Int, openOnSecondClick: Bool = true) -> BrowserState {
        var s = state
        let h = s.contentHeight
        switch s.page {
        case .articles(var l):
            guard let i = l.row(atLine: line, height: h) else { return s }
            if i == l.selected, openOnSecondClick { return update(s, .open) }
            l.selected = i
            l.clamp(height: h - 1)
            s.page = .articles(l)
        case .entities(var e):
            guard let i = e.row(atLine: line, height: h) else { return s }
            if i == e.selected, openOnSecondClick { return update(s, .open) }
            e.selected = i
            e.clamp(height: h - EntityIndexState.headerLines)
            s.page = .entities(e)
        case .entity(var p):
            let before = p.position.selected
            guard p.position.select(line: line, in: p.doc) else { return s }
            if before == p.position.selected, openOnSecondClick { return update(s, .open) }
            s.page = .entity(p)
        case .timeline(var t):
            let before = t.position.selected
            guard t.position.select(line: line, in: t.doc) else { return s }
            if before == t.position.selected, openOnSecondClick { return update(s, .open) }
            s.page = .timeline(t)
        case .reader:
            break
        }
        refreshPreview(&s)
        return s
    }
}
