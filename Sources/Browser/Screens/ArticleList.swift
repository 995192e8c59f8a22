// The article list: date, source, entity counts and title per row; sort by date or source; filter.
// Versions of one story (refiles, copies) are one row, the newest, and can be shown beneath it.

import DossierKit

public enum ArticleSort: String, Hashable, Sendable { case date, source }

public struct ArticleListState: Hashable, Sendable, FilteredList {
    public var all: [ArticleSummary]
    public var sort: ArticleSort = .date
    public var filter: String = ""
    /// Stories (by their newest version) whose older versions are listed beneath them.
    public var expanded: Set<ArticleID> = []
    /// Indices into `all`, sorted and filtered: the rows shown.
    public private(set) var order: [Int] = []
    public var position = ListPosition()

    public init(_ all: [ArticleSummary]) {
        self.all = all
        reorder(keeping: nil)
    }

    public var selectedArticle: ArticleSummary? {
        order.indices.contains(selected) ? all[order[selected]] : nil
    }

    /// Re-sorts and re-filters. A new filter or sort starts at the top of the list (the first
    /// matches on screen); `keeping` an article keeps it selected when it is still listed.
    mutating func reorder(keeping id: ArticleID?) {
        let needle = filter.lowercased()
        var index: [ArticleID: Int] = [:]
        for (i, a) in all.enumerated() { index[a.id] = i }
        func matches(_ a: ArticleSummary) -> Bool {
            a.displayTitle.lowercased().contains(needle) || (a.publisher ?? a.source).lowercased().contains(needle)
                || a.source.lowercased().contains(needle) || (a.date?.value ?? "").hasPrefix(needle)
        }
        // One row per story: the newest version stands for all, and a filter that matches any version
        // lists the story.
        var rows = all.indices.filter { i in
            let a = all[i]
            guard a.versionOf == nil else { return false }
            guard !needle.isEmpty else { return true }
            return matches(a) || a.versions.contains { v in index[v].map { matches(all[$0]) } ?? false }
        }
        switch sort {
        case .date:
            // Newest first; undated last; ties in corpus order.
            rows.sort { x, y in
                let dx = all[x].date?.value, dy = all[y].date?.value
                switch (dx, dy) {
                case let (a?, b?) where a != b: return a > b
                case (nil, _?): return false
                case (_?, nil): return true
                default: return x < y
                }
            }
        case .source:
            rows.sort { x, y in
                let sx = ArticleListState.sourceName(all[x]).lowercased(), sy = ArticleListState.sourceName(all[y]).lowercased()
                if sx != sy { return sx < sy }
                let dx = all[x].date?.value ?? "", dy = all[y].date?.value ?? ""
                return dx != dy ? dx > dy : x < y
            }
        }
        order = []
        for i in rows {
            order.append(i)
            guard expanded.contains(all[i].id) else { continue }
            order += all[i].versions.dropFirst().compactMap { index[$0] }
        }
        position = ListPosition()
        if let id, let i = order.firstIndex(where: { all[$0].id == id }) { selected = i }
    }

    /// Shows or hides the older versions of the selected story beneath it.
    mutating func toggleVersions(height: Int) -> String {
        guard let a = selectedArticle else { return "No article selected." }
        let story = a.versions.first ?? a.id
        guard a.versions.count > 1 else { return "\(a.id) has no other versions." }
        let top = position.top
        if expanded.contains(story) { expanded.remove(story) } else { expanded.insert(story) }
        reorder(keeping: story)
        position.top = top
        clamp(height: height)
        return expanded.contains(story)
            ? "\(a.versions.count) versions of \(story), newest first: " + a.versions.map(\.description).joined(separator: ", ")
            : "Versions of \(story) hidden."
    }

    /// The publisher; when it is unknown, the folder the file is in ("unknown" at the top), since
    /// a file name says nothing about who published it.
    static func sourceName(_ a: ArticleSummary) -> String {
        if let p = a.publisher, !p.isEmpty { return p }
        let parts = a.source.split(separator: "/")
        return parts.count > 1 ? String(parts[parts.count - 2]) + "/" : "unknown"
    }

    mutating func apply(_ command: Command, height: Int) -> String? {
        if position.move(command, count: order.count, height: height) { return nil }
        guard command == .sort else { return nil }
        sort = sort == .date ? .source : .date
        reorder(keeping: nil)
        clamp(height: height)
        return "Sorted by \(sort.rawValue)."
    }

    public mutating func refilter() { reorder(keeping: nil) }

    func status(_ keymap: Keymap) -> String {
        guard let a = selectedArticle else {
            return emptyStatus(none: "No articles.", noMatch: "No article matches “\(filter)”.", keymap)
        }
        var parts: [String] = [a.id.description]
        if let newest = a.versionOf, let k = a.versions.firstIndex(of: a.id) {
            parts.append("version \(a.versions.count - k) of \(a.versions.count), newest is \(newest)")
        } else if a.versions.count > 1 {
            parts.append("\(a.versions.count) versions" + (keymap.key(.versions).map { " (\($0))" } ?? ""))
        }
        if let byline = a.byline, !byline.isEmpty { parts.append(byline) }
        parts.append("\(a.wordCount) words")
        parts.append([plural(a.people, "person", "people"), plural(a.organizations, "organization", "organizations"),
                      plural(a.places, "place", "places")].joined(separator: ", "))
        if let d = a.date, d.value != nil { parts.append("date from \(d.basis)") }
        parts.append(a.source)
        return parts.joined(separator: " · ")
    }

    // MARK: rendering

    /// Column widths for a pane width: date, source, counts (0 when hidden) and title.
    static func columns(width: Int) -> (date: Int, source: Int, counts: Int, title: Int) {
        let date = 10
        let counts = width >= 60 ? 11 : 0
        let source = width >= 56 ? min(18, max(10, width / 6)) : 0
        let gaps = 1 + (source > 0 ? 2 : 0) + (counts > 0 ? 2 : 0) + 2
        return (date, source, counts, max(4, width - date - source - counts - gaps - 1))
    }

    func draw(into grid: inout Grid, top row0: Int, height: Int, left: Int, width: Int, focused: Bool) {
        let cols = ArticleListState.columns(width: width)
        // Column header.
        var x = left + 1
        func header(_ text: String, _ w: Int) {
            grid.put(text, row: row0, col: x, maxWidth: w, style: .bold, color: .muted)
            x += w + 2
        }
        header("DATE", cols.date)
        if cols.source > 0 { header("SOURCE", cols.source) }
        if cols.counts > 0 { header("PPL ORG PLC", cols.counts) }
        header("TITLE", cols.title)
        let rows = height - 1
        guard rows > 0 else { return }
        if order.isEmpty {
            grid.put(filter.isEmpty ? "No articles." : "No article matches “\(filter)”.", row: row0 + 1, col: left + 1,
                     maxWidth: width - 2, color: .muted)
            return
        }
        let first = position.firstRow(count: order.count, rows: rows)
        for r in 0..<rows {
            let i = first + r
            guard order.indices.contains(i) else { break }
            let a = all[order[i]]
            let row = row0 + 1 + r
            x = left + 1
            grid.put(a.date?.value.map { String($0.prefix(10)) } ?? a.date?.after.map { "after " + $0 } ?? "—", row: row, col: x, maxWidth: cols.date, color: .muted)
            x += cols.date + 2
            if cols.source > 0 {
                grid.putClipped(ArticleListState.sourceName(a), row: row, col: x, maxWidth: cols.source, color: .accent)
                x += cols.source + 2
            }
            if cols.counts > 0 {
                func count(_ n: Int, _ color: CellColor) {
                    let text = n == 0 ? "·" : n > 999 ? "999" : String(n)
                    grid.put(String(repeating: " ", count: 3 - text.count) + text, row: row, col: x, maxWidth: 3,
                             color: n == 0 ? .muted : color)
                    x += 4
                }
                count(a.people, .person)
                count(a.organizations, .organization)
                count(a.places, .place)
                x = left + 1 + cols.date + 2 + (cols.source > 0 ? cols.source + 2 : 0) + cols.counts + 2
            }
            if a.versionOf != nil {
                // an older version listed beneath its story
                x = grid.put("↳ ", row: row, col: x, maxWidth: cols.title, color: .muted)
            } else if a.versions.count > 1 {
                x = grid.put("\(a.versions.count) versions · ", row: row, col: x, maxWidth: cols.title, color: .accent)
            }
            grid.putClipped(a.displayTitle, row: row, col: x, maxWidth: max(0, left + 1 + cols.date + 2 + (cols.source > 0 ? cols.source + 2 : 0)
                                + (cols.counts > 0 ? cols.counts + 2 : 0) + cols.title - x))
            if i == selected {
                grid.restyle(row: row, from: left, to: left + width, adding: focused ? .reverse : [.bold, .underline])
            }
        }
    }

    /// Row index under a click on content line `line` (0 = column header).
    func row(atLine line: Int, height: Int) -> Int? {
        position.row(atLine: line - 1, count: order.count, rows: height - 1)
    }
}

/// "1 person", "3 people", "no places".
func plural(_ n: Int, _ one: String, _ many: String) -> String {
    n == 0 ? "no \(many)" : n == 1 ? "1 \(one)" : "\(n) \(many)"
}

/// "1 mention", "3 mentions", "0 mentions".
func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) \(n == 1 ? one : many ?? one + "s")"
}
