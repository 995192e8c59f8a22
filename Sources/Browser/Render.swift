// render(state, size) -> Grid: title bar, the page (or two panes on a wide terminal), status line.

import DossierKit

extension Browser {
    /// Draws a state. Pure: the same state and size always give the same grid.
    public static func render(_ state: BrowserState, size: Size) -> Grid {
        var s = state
        s.size = size
        var grid = Grid(size: size)
        if s.isTooSmall {
            drawTooSmall(&grid, quitKey: s.keymap.key(.quit) ?? s.keymap.key(.closeView))
            return grid
        }
        drawTitleBar(s, &grid)
        let top = 1, height = s.contentHeight
        if let help = s.help {
            DocRenderer.draw(help.doc, position: help.position, into: &grid, top: top, height: height, left: 0,
                             width: size.cols, focused: true, showSelection: false)
        } else if let search = s.search {
            drawSearch(search, &grid, top: top, height: height, width: size.cols)
        } else if s.isWide, let left = s.leftPane {
            let w = s.splitWidths
            drawPage(left, &grid, top: top, height: height, left: 0, width: w.left, focused: false)
            drawRule(&grid, col: w.left, top: top, height: height)
            drawPage(s.page, &grid, top: top, height: height, left: w.left + 1, width: w.right, focused: true)
        } else if s.isWide, s.page.isListPane {
            let w = s.splitWidths
            drawPage(s.page, &grid, top: top, height: height, left: 0, width: w.left, focused: true)
            drawRule(&grid, col: w.left, top: top, height: height)
            if let preview = s.preview {
                preview.draw(into: &grid, top: top, height: height, left: w.left + 1, width: w.right, focused: false)
            } else {
                grid.put("Nothing selected.", row: top + 1, col: w.left + 3, maxWidth: w.right - 3, color: .muted)
            }
        } else {
            drawPage(s.page, &grid, top: top, height: height, left: 0, width: size.cols, focused: true)
        }
        drawStatus(s, &grid)
        return grid
    }

    static func drawPage(_ page: Page, _ grid: inout Grid, top: Int, height: Int, left: Int, width: Int, focused: Bool) {
        switch page {
        case .articles(let l): l.draw(into: &grid, top: top, height: height, left: left, width: width, focused: focused)
        case .entities(let e): e.draw(into: &grid, top: top, height: height, left: left, width: width, focused: focused)
        case .reader(let r): r.draw(into: &grid, top: top, height: height, left: left, width: width, focused: focused)
        case .entity(let p):
            DocRenderer.draw(p.doc, position: p.position, into: &grid, top: top, height: height, left: left,
                             width: width, focused: focused)
        case .timeline(let t):
            if t.doc.isEmpty {
                grid.put(t.emptyText, row: top + 1, col: left + 2, maxWidth: width - 3, color: .muted)
            } else {
                DocRenderer.draw(t.doc, position: t.position, into: &grid, top: top, height: height, left: left,
                                 width: width, focused: focused)
            }
        }
    }

    static func drawRule(_ grid: inout Grid, col: Int, top: Int, height: Int) {
        for r in top..<(top + height) { grid[r, col] = Cell("│", color: .muted) }
    }

    static func drawTitleBar(_ s: BrowserState, _ grid: inout Grid) {
        let width = s.size.cols
        grid.fill(row: 0, with: Cell(" ", style: .reverse, color: .status))
        var where_: String
        if let overlay = s.help { where_ = overlay.kind == .help ? "Help" : "Warnings" }
        else if let search = s.search {
            where_ = "Search" + (search.pending ? ": searching…" : search.query.isEmpty ? "" : ": \(search.hitCount) found")
        }
        else {
            switch s.page {
            case .articles(let l):
                where_ = "Articles \(l.order.count)" + (l.order.count != l.all.count ? "/\(l.all.count)" : "") + " · by \(l.sort.rawValue)"
                if !l.filter.isEmpty { where_ += " · “\(l.filter)”" }
            case .entities(let e):
                where_ = "Entities \(e.order.count) · \(EntityIndexState.kindLabel(e.kind)) · by \(e.sort.rawValue)"
                if !e.filter.isEmpty { where_ += " · “\(e.filter)”" }
            case .reader(let r): where_ = r.article.displayTitle(maxWords: 8)
            case .entity(let p): where_ = "\(p.kind.rawValue.capitalized): \(p.name)"
            case .timeline(let t):
                where_ = (t.entityName.map { "Timeline of \($0)" } ?? "Timeline") + " · \(t.eventCount) \(t.filterLabel(count: t.eventCount))"
            }
        }
        // Where this view sits in the back/forward history, labelled so the numbers mean something.
        let history = s.history.count > 1 && width >= 60 ? " view \(s.position + 1)/\(s.history.count) ·" : ""
        // In a text field letters are typed, so the hint names the key that closes the field.
        let close: (Command, String) = s.search != nil || s.field != nil ? (.close, "close")
            : (.closeView, s.position > 0 || s.help != nil ? "back" : "quit")
        let right = (width >= 60 ? s.keymap.hints([(.help, "help"), close]) : s.keymap.hints([(.help, "help")])) + " "
        let rightWidth = CharWidth.of(right) + CharWidth.of(history) + 1
        var x = grid.put(" Dossier", row: 0, col: 0, style: [.reverse, .bold], color: .status)
        if width >= 70 {
            x = grid.put(" · \(s.corpusName)", row: 0, col: x, maxWidth: max(0, min(30, width - x - rightWidth - 10)),
                         style: .reverse, color: .status)
        }
        x = grid.put(" │ ", row: 0, col: x, style: .reverse, color: .status)
        grid.putClipped(where_, row: 0, col: x, maxWidth: max(0, width - x - rightWidth - 1), style: [.reverse, .bold], color: .status)
        grid.put(history + " " + right, row: 0, col: width - rightWidth, maxWidth: rightWidth, style: .reverse, color: .status)
    }

    static func drawStatus(_ s: BrowserState, _ grid: inout Grid) {
        let row = s.size.rows - 1
        let width = s.size.cols
        if let field = s.field {
            var x = grid.put(field.prompt, row: row, col: 0, style: .bold, color: .accent)
            // Show the end of long input so the cursor stays visible.
            var text = field.text
            while CharWidth.of(text) > width - x - 2, !text.isEmpty { text.removeFirst() }
            x = grid.put(text, row: row, col: x, maxWidth: width - x - 1)
            grid[row, x] = Cell(" ", style: .reverse)
            return
        }
        // Right end, as in less and tig: the warnings count and the position in the list.
        var right: [String] = []
        if !s.warnings.isEmpty {
            let n = s.warnings.count
            right.append("\(n) warning\(n == 1 ? "" : "s")" + (s.keymap.key(.warnings).map { " (\($0))" } ?? ""))
        }
        if let position = positionLabel(s) { right.append(position) }
        let rightText = right.joined(separator: "  ")
        let rightWidth = rightText.isEmpty || width < 50 ? 0 : CharWidth.of(rightText) + 2
        if rightWidth > 0 {
            grid.put(rightText, row: row, col: width - rightWidth + 1, maxWidth: rightWidth - 1,
                     style: s.warnings.isEmpty ? [] : .bold, color: s.warnings.isEmpty ? .muted : .warning)
        }
        if let message = s.message {
            grid.putClipped(message.text, row: row, col: 0, maxWidth: width - rightWidth, style: message.isWarning ? .bold : [],
                            color: message.isWarning ? .warning : .normal)
            return
        }
        let keys = s.keymap
        let text: String
        if s.help != nil { text = keys.hints([(.close, "close"), (.down, "down"), (.up, "up"), (.quit, "quit")]) }
        else if let search = s.search {
            if search.doc.items.indices.contains(search.position.selected) {
                text = ([itemStatus(search.doc.items[search.position.selected], keys), keys.fieldMoveHint("choose"),
                         keys.hints([(.close, "close")])]).filter { !$0.isEmpty }.joined(separator: " · ")
            } else {
                text = search.query.isEmpty ? "Type to search titles, text, names and aliases · " + keys.hints([(.close, "close")])
                    : [keys.fieldMoveHint("choose"), keys.hints([(.open, "open"), (.close, "close")])].filter { !$0.isEmpty }.joined(separator: " · ")
            }
        } else {
            switch s.page {
            case .articles(let l): text = l.status(keys)
            case .entities(let e): text = e.status(keys)
            case .reader(let r): text = r.status(height: s.contentHeight, keymap: keys)
            case .entity(let p):
                text = p.doc.items.indices.contains(p.position.selected)
                    ? itemStatus(p.doc.items[p.position.selected], keys) + " · " + keys.hints([(.next, "next section"), (.entityTimeline, "timeline")])
                    : keys.hints([(.entityTimeline, "timeline of \(p.name)"), (.back, "back")])
            case .timeline(let t):
                text = t.status(keys: { keys.key($0) ?? $0.name })
            }
        }
        grid.putClipped(text, row: row, col: 0, maxWidth: width - rightWidth, color: .muted)
    }

    /// An item's status text, led by the key that opens it when it opens something.
    static func itemStatus(_ item: DocItem, _ keymap: Keymap) -> String {
        guard item.target != nil, !item.summary.isEmpty else { return item.summary }
        return keymap.key(.open).map { "\($0) \(item.summary)" } ?? item.summary
    }

    /// "412/2225" for the list or page on screen; nil where there is nothing to count.
    static func positionLabel(_ s: BrowserState) -> String? {
        if let overlay = s.help { return overlay.doc.positionLabel(overlay.position) }
        if let search = s.search { return search.query.isEmpty ? nil : search.doc.positionLabel(search.position) }
        switch s.page {
        case .articles(let l): return l.positionLabel
        case .entities(let e): return e.positionLabel
        case .reader: return nil  // its status says how far through the article it is
        case .entity(let p): return p.doc.positionLabel(p.position)
        case .timeline: return nil  // its status line starts with its own "3/40" over the events
        }
    }

    static func drawSearch(_ search: SearchState, _ grid: inout Grid, top: Int, height: Int, width: Int) {
        var x = grid.put(" Search: ", row: top, col: 0, style: .bold, color: .accent)
        var q = search.query
        while CharWidth.of(q) > width - x - 2, !q.isEmpty { q.removeFirst() }
        x = grid.put(q, row: top, col: x, maxWidth: width - x - 1, style: .bold)
        grid[top, x] = Cell(" ", style: .reverse)
        if search.query.isEmpty {
            grid.put("Titles, article text, names and aliases (spelling variants too).", row: top + 2, col: 2,
                     maxWidth: width - 3, color: .muted)
            return
        }
        DocRenderer.draw(search.doc, position: search.position, into: &grid, top: top + 1, height: height - 1,
                         left: 0, width: width, focused: true)
    }

    static func drawTooSmall(_ grid: inout Grid, quitKey: String?) {
        let size = grid.size
        let need = BrowserState.minimumSize
        let words = "Terminal too small: \(size.cols)x\(size.rows). Dossier needs at least \(need.cols)x\(need.rows). Enlarge the window"
            + (quitKey.map { ", or press \($0) to quit." } ?? ".")
        let lines = ReaderLayout.wrap(words, base: 0, width: max(1, size.cols - 2)).map(\.text)
        let first = max(0, (size.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() where first + i < size.rows {
            let x = max(0, (size.cols - CharWidth.of(line)) / 2)
            grid.put(line, row: first + i, col: x, style: i == 0 ? .bold : [], color: .warning)
        }
    }
}
