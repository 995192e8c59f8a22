// The reader: an article wrapped to the pane, names highlighted by kind, a cursor that moves name to
// name, search matches, and a marked sentence when opened from the timeline or an entity page.

import DossierKit

public struct ReaderState: Hashable, Sendable {
    public var article: Article
    /// Every mention in the article, in offset order (linked ones can take the cursor).
    public var mentions: [Mention]
    /// Canonical names of the linked entities, for the status line.
    public var entityNames: [EntityID: String]
    /// Index into `mentions` of the name under the cursor.
    public var cursor: Int?
    /// First visible line, valid for `layoutWidth`.
    public var top: Int = 0
    /// Scalar offset of the first body character on screen, to keep the place when the width changes.
    public var anchor: Int?
    public var layoutWidth: Int = 0
    /// The sentence the reader was opened at (marked in the gutter).
    public var focus: TextSpan?
    /// The search whose matches `n` and `N` visit.
    public var query: String?
    public var matches: [TextSpan] = []
    public var match: Int?
    /// The versions of the article's story, newest first (this one included); empty when it has none.
    public var versions: [ArticleID] = []
    /// Sentences that are new since the next older version (`addedSince`), marked + in the gutter.
    public var added: [TextSpan] = []
    public var addedSince: ArticleID?
    /// Sentences of that older version that this one no longer has.
    public var removedCount = 0

    public init(article: Article, mentions: [Mention], entityNames: [EntityID: String]) {
        self.article = article
        self.mentions = mentions
        self.entityNames = entityNames
    }

    func lines(width: Int) -> [ReaderLine] { ReaderLayout.cachedLines(article, width: width) }

    /// Re-anchors `top` after the width changed, so the same text stays at the top.
    mutating func relayout(paneWidth: Int, height: Int) {
        let width = ReaderLayout.textWidth(paneWidth: paneWidth)
        guard width != layoutWidth else { return }
        let newLines = lines(width: width)
        if let anchor, let line = ReaderState.lineIndex(of: anchor, in: newLines) {
            top = line
        } else if layoutWidth > 0 {
            top = min(top, newLines.count - 1)
        }
        layoutWidth = width
        clampTop(lines: newLines, height: height, keepAnchor: true)
    }

    /// Keeps `top` in range. The anchor follows the user's scrolling, but a clamp caused by a
    /// resize keeps the old anchor, so shrinking then growing the window returns to the same text.
    mutating func clampTop(lines: [ReaderLine], height: Int, keepAnchor: Bool = false) {
        top = min(max(0, top), max(0, lines.count - max(1, height)))
        if keepAnchor, anchor != nil { return }
        anchor = lines.indices.contains(top) && lines[top].start >= 0 ? lines[top].start : nil
    }

    static func lineIndex(of offset: Int, in lines: [ReaderLine]) -> Int? {
        var best: Int?
        for (i, line) in lines.enumerated() where line.kind == .body && line.start >= 0 {
            if line.start <= offset { best = i } else { break }
        }
        return best
    }

    var linkedIndices: [Int] { mentions.indices.filter { mentions[$0].entity != nil } }

    /// Scrolls so that `offset` is on screen, about a third of the way down when it must move.
    mutating func reveal(offset: Int, lines: [ReaderLine], height: Int, force: Bool = false) {
        guard let line = ReaderState.lineIndex(of: offset, in: lines) else { return }
        if force || line < top || line >= top + height {
            top = line - max(0, height / 3)
        }
        clampTop(lines: lines, height: height)
    }

    /// Applies a command; returns a message for the status line when it has nothing to do.
    mutating func apply(_ command: Command, paneWidth: Int, height: Int, keymap: Keymap) -> String? {
        relayout(paneWidth: paneWidth, height: height)
        let lines = self.lines(width: layoutWidth)
        let h = max(1, height)
        if let step = command.step(height: h) {
            top += step
            clampTop(lines: lines, height: h)
            return nil
        }
        switch command {
        case .top: top = 0
        case .bottom: top = lines.count
        case .next, .previous:
            let linked = linkedIndices
            guard !linked.isEmpty else { return "No linked names in this article." }
            let firstVisible = lines[min(max(0, top), max(0, lines.count - 1))...].first { $0.start >= 0 }?.start ?? 0
            let lastLine = min(lines.count, top + h) - 1
            let lastVisible = lastLine >= 0 ? (lines[...lastLine].last { $0.start >= 0 }?.end ?? Int.max) : Int.max
            let cursorVisible = cursor.map { mentions[$0].span.start >= firstVisible && mentions[$0].span.start < lastVisible } ?? false
            var target: Int?
            if command == .next {
                if let c = cursor, cursorVisible { target = linked.first { $0 > c } }
                else { target = linked.first { mentions[$0].span.start >= firstVisible } }
                if target == nil { return cursor == nil ? "No more names below." : "Last name in the article." }
            } else {
                if let c = cursor, cursorVisible { target = linked.last { $0 < c } }
                else { target = linked.last { mentions[$0].span.start < lastVisible } }
                if target == nil { return "First name in the article." }
            }
            cursor = target
            if let t = target { reveal(offset: mentions[t].span.start, lines: lines, height: h); return nil }
        case .nextMatch, .previousMatch:
            guard let query, !query.isEmpty else {
                return "No search yet" + (keymap.key(.search).map { ": press \($0) to search." } ?? ".")
            }
            guard !matches.isEmpty else { return "“\(query)” is not in this article." }
            let firstVisible = lines[min(max(0, top), max(0, lines.count - 1))...].first { $0.start >= 0 }?.start ?? 0
            // Like less and vim: say which match this is, and when the search went round the end.
            var note = ""
            if let m = match, matches.count == 1, m == 0 {
                note = ": no more matches"
            } else if command == .nextMatch {
                if let m = match {
                    if m + 1 < matches.count { match = m + 1 } else { match = 0; note = " · wrapped to top" }
                } else if let i = matches.firstIndex(where: { $0.start >= firstVisible }) {
                    match = i
                } else {
                    match = 0
                    note = " · wrapped to top"
                }
            } else {
                if let m = match {
                    if m > 0 { match = m - 1 } else { match = matches.count - 1; note = " · wrapped to bottom" }
                } else if let i = matches.lastIndex(where: { $0.start < firstVisible }) {
                    match = i
                } else {
                    match = matches.count - 1
                    note = " · wrapped to bottom"
                }
            }
            guard let m = match else { return nil }
            reveal(offset: matches[m].start, lines: lines, height: h)
            return "Match \(m + 1)/\(matches.count) of “\(query)”\(note)"

        default:
            return nil
        }
        clampTop(lines: lines, height: h)
        return nil
    }

    /// The mention at a screen position inside the reader pane, if any.
    func mention(atLine row: Int, column: Int, paneWidth: Int) -> Int? {
        let lines = self.lines(width: ReaderLayout.textWidth(paneWidth: paneWidth))
        let index = top + row
        guard lines.indices.contains(index), lines[index].kind == .body else { return nil }
        let line = lines[index]
        var col = 2, offset = line.start
        for ch in line.text {
            let w = ReaderLayout.displayWidth(ch)
            if column >= col && column < col + max(1, w) {
                return mentions.firstIndex { $0.span.contains(offset) }
            }
            col += w
            offset += ch.unicodeScalars.count
        }
        return nil
    }

    /// "Version 2 of 3 (2005-12-03): 4 new sentences marked +, 1 gone since a7", for the status line.
    var versionNote: String {
        guard let k = versions.firstIndex(of: article.id) else { return "\(article.id) has no other versions." }
        var note = "Version \(versions.count - k) of \(versions.count)" + (k == 0 ? " (newest)" : "")
        if let since = addedSince {
            let changes = added.isEmpty && removedCount == 0 ? "the same sentences as \(since)"
                : "\(counted(added.count, "new sentence")) marked +" + (removedCount > 0 ? ", \(removedCount) gone" : "") + " since \(since)"
            note += ": " + changes
        } else {
            note += ": the first version"
        }
        return note
    }

    /// What the status line says: the name under the cursor, or where the reader is.
    func status(height: Int, keymap: Keymap) -> String {
        if let c = cursor, mentions.indices.contains(c) {
            let m = mentions[c]
            let name = m.entity.flatMap { entityNames[$0] } ?? m.text
            let role = m.role.map { " (\($0))" } ?? ""
            let keys = keymap.hints([(.next, "next name"), (.back, "back")])
            return (keymap.key(.open).map { "\($0) opens " } ?? "") + "\(m.kind.rawValue): \(name)\(role)" + (keys.isEmpty ? "" : " · " + keys)
        }
        let names = linkedIndices.count
        let tab = keymap.key(.next).map { " (\($0))" } ?? ""
        let keys = keymap.hints([(.back, "back"), (.help, "help")])
        var version = ""
        if let k = versions.firstIndex(of: article.id) {
            version = " · version \(versions.count - k) of \(versions.count)" + (keymap.key(.versions).map { " (\($0))" } ?? "")
        }
        return "\(article.id)\(version) · \(percent(height: height))% · \(names) name\(names == 1 ? "" : "s")\(tab)" + (keys.isEmpty ? "" : " · " + keys)
    }

    /// How far through the article the bottom of the screen is.
    func percent(height: Int) -> Int {
        let total = max(1, lines(width: max(1, layoutWidth)).count)
        return total <= height ? 100 : min(100, (top + height) * 100 / total)
    }

    // MARK: rendering

    func draw(into grid: inout Grid, top row0: Int, height: Int, left: Int, width: Int, focused: Bool) {
        let textWidth = ReaderLayout.textWidth(paneWidth: width)
        let lines = self.lines(width: textWidth)
        var first = top
        if textWidth != layoutWidth, let anchor, let line = ReaderState.lineIndex(of: anchor, in: lines) { first = line }
        first = min(max(0, first), max(0, lines.count - height))
        let cursorSpan = cursor.flatMap { mentions.indices.contains($0) ? mentions[$0].span : nil }
        let current = match.flatMap { matches.indices.contains($0) ? matches[$0] : nil }
        for r in 0..<height {
            let index = first + r
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let row = row0 + r
            let x = left + 2
            switch line.kind {
            case .title: grid.put(line.text, row: row, col: x, maxWidth: textWidth, style: .bold, color: .accent)
            case .meta: grid.put(line.text, row: row, col: x, maxWidth: textWidth, color: .muted)
            case .warning: grid.put(line.text, row: row, col: x, maxWidth: textWidth, color: .warning)
            case .rule: grid.put(line.text, row: row, col: x, maxWidth: textWidth, color: .muted)
            case .caption: grid.put(line.text, row: row, col: x, maxWidth: textWidth, style: .dim, color: .muted)
            case .blank: break
            case .body:
                let lineRange = TextSpan(line.start, max(line.end, line.start + 1))
                if let focus, focus.overlaps(lineRange) {
                    grid.put("▌", row: row, col: left, maxWidth: 1, color: .accent)
                } else if added.contains(where: { $0.overlaps(lineRange) }) {
                    // new since the older version: the difference a refile made
                    grid.put("+", row: row, col: left, maxWidth: 1, style: .bold, color: .match)
                }
                let lineSpan = TextSpan(line.start, line.end)
                let here = mentions.filter { $0.span.overlaps(lineSpan) }
                let found = matches.filter { $0.overlaps(lineSpan) }
                var col = x
                var offset = line.start
                for ch in line.text {
                    var style: CellStyle = []
                    var color = CellColor.normal
                    if let m = here.first(where: { $0.span.contains(offset) }) {
                        color = ReaderState.color(m.kind)
                        if m.entity == nil { style.insert(.dim) }
                        if let c = cursorSpan, c.contains(offset) { style.formUnion(focused ? [.reverse, .bold] : [.bold, .underline]) }
                    }
                    if found.contains(where: { $0.contains(offset) }) {
                        color = .match
                        style.insert(.underline)
                        if let c = current, c.contains(offset) { style.insert(.reverse) }
                    }
                    col = grid.put(String(ch), row: row, col: col, maxWidth: left + 2 + textWidth - col, style: style, color: color)
                    offset += ch.unicodeScalars.count
                }
            }
        }
    }

    static func color(_ kind: EntityKind) -> CellColor {
        switch kind {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        }
    }
}
