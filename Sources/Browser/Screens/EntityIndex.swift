// The entity index: every person, organization and place; kind tabs, sort, type to filter.

import DossierKit

public enum EntitySort: String, Hashable, Sendable { case mentions, name }

public struct EntityIndexState: Hashable, Sendable, FilteredList {
    public var all: [EntitySummary]
    public var kind: EntityKind?
    public var sort: EntitySort = .mentions
    public var filter: String = ""
    public private(set) var order: [Int] = []
    public var position = ListPosition()
    /// Each entity's names folded (case, diacritics) on the first filter keystroke, then reused.
    private var keys: [String] = []
    /// Lower-cased names for sorting by name, computed once.
    private let sortNames: [String]

    public init(_ all: [EntitySummary]) {
        self.all = all
        sortNames = all.map { $0.name.lowercased() }
        reorder(keeping: nil)
    }

    public var selectedEntity: EntitySummary? { order.indices.contains(selected) ? all[order[selected]] : nil }

    func count(_ kind: EntityKind?) -> Int { kind.map { k in all.lazy.filter { $0.kind == k }.count } ?? all.count }

    mutating func reorder(keeping id: EntityID?) {
        let key = NameKey.plain(filter)
        if !key.isEmpty && keys.isEmpty {
            keys = all.map { NameKey.plain(([$0.name] + $0.aliases).joined(separator: "\n")) }
        }
        var rows = all.indices.filter { i in
            let e = all[i]
            if let kind, e.kind != kind { return false }
            return key.isEmpty || keys[i].contains(key)
        }
        switch sort {
        case .mentions:
            rows.sort { x, y in
                let a = all[x].mentionCount, b = all[y].mentionCount
                return a != b ? a > b : x < y
            }
        case .name:
            rows.sort { x, y in sortNames[x] != sortNames[y] ? sortNames[x] < sortNames[y] : x < y }
        }
        order = rows
        // A new filter, kind or sort starts at the top; `keeping` an entity keeps it selected.
        position = ListPosition()
        if let id, let i = rows.firstIndex(where: { all[$0].id == id }) { selected = i }
    }

    static let kinds: [EntityKind?] = [nil, .person, .organization, .place]

    mutating func apply(_ command: Command, height: Int) -> String? {
        if position.move(command, count: order.count, height: height) { return nil }
        switch command {
        case .next, .previous:
            let i = EntityIndexState.kinds.firstIndex(of: kind) ?? 0
            let n = EntityIndexState.kinds.count
            kind = EntityIndexState.kinds[(i + (command == .next ? 1 : n - 1)) % n]
            reorder(keeping: nil)
            clamp(height: height)
            return nil
        case .sort:
            sort = sort == .mentions ? .name : .mentions
            reorder(keeping: nil)
            clamp(height: height)
            return "Sorted by \(sort.rawValue)."
        default: return nil
        }
    }

    public mutating func refilter() { reorder(keeping: nil) }

    func status(_ keymap: Keymap) -> String {
        guard let e = selectedEntity else {
            return emptyStatus(none: "No entities yet: the analysis found no names.", noMatch: "Nothing matches “\(filter)”.", keymap)
        }
        let aka = e.aliases.isEmpty ? "" : " · also " + e.aliases.prefix(3).joined(separator: ", ")
        let keys = keymap.hints([(.next, "kind"), (.sort, "sort"), (.filter, "filter")])
        return (keymap.key(.open).map { "\($0) opens " } ?? "") + "\(e.kind.rawValue): \(e.name)\(aka)" + (keys.isEmpty ? "" : " · " + keys)
    }

    static func shortLabel(_ kind: EntityKind?) -> String {
        switch kind {
        case nil: return "All"
        case .person?: return "Per"
        case .organization?: return "Org"
        case .place?: return "Plc"
        }
    }

    static func kindLabel(_ kind: EntityKind?) -> String {
        switch kind {
        case nil: return "All"
        case .person?: return "People"
        case .organization?: return "Organizations"
        case .place?: return "Places"
        }
    }

    // MARK: rendering

    /// Lines above the rows: kind tabs and the column header.
    static let headerLines = 2

    func draw(into grid: inout Grid, top row0: Int, height: Int, left: Int, width: Int, focused: Bool) {
        var x = left + 1
        let short = width < 72
        for k in EntityIndexState.kinds {
            let label = " \(short ? EntityIndexState.shortLabel(k) : EntityIndexState.kindLabel(k)) \(count(k)) "
            let active = k == kind
            x = grid.put(label, row: row0, col: x, maxWidth: left + width - x, style: active ? [.reverse, .bold] : [],
                         color: k.map(ReaderState.color) ?? .accent)
            x += 1
        }
        let mentionsW = 6, articlesW = 5
        let showAliases = width >= 60
        let nameW = showAliases ? max(16, min(40, (width - 2 - 4 - mentionsW - articlesW - 3) / 2 + 4))
            : max(4, width - 2 - 4 - mentionsW - articlesW - 1)
        var hx = left + 1 + 4
        grid.put("NAME", row: row0 + 1, col: hx, maxWidth: nameW, style: .bold, color: .muted); hx += nameW + 1
        grid.put(" MENT", row: row0 + 1, col: hx, maxWidth: mentionsW, style: .bold, color: .muted); hx += mentionsW
        grid.put("  ART", row: row0 + 1, col: hx, maxWidth: articlesW, style: .bold, color: .muted); hx += articlesW + 2
        if showAliases {
            grid.put("ALSO KNOWN AS", row: row0 + 1, col: hx, maxWidth: max(0, left + width - hx - 1), style: .bold, color: .muted)
        }
        let rows = height - EntityIndexState.headerLines
        guard rows > 0 else { return }
        if order.isEmpty {
            let text = all.isEmpty ? "No entities: the analysis found no people, organizations or places."
                : "Nothing matches “\(filter)”."
            grid.put(text, row: row0 + 2, col: left + 1, maxWidth: width - 2, color: .muted)
            return
        }
        let first = firstRow(rows: rows)
        for r in 0..<rows {
            let i = first + r
            guard order.indices.contains(i) else { break }
            let e = all[order[i]]
            let row = row0 + EntityIndexState.headerLines + r
            var x = left + 1
            let tag: String
            switch e.kind { case .person: tag = "PER"; case .organization: tag = "ORG"; case .place: tag = "PLC" }
            grid.put(tag, row: row, col: x, maxWidth: 3, color: ReaderState.color(e.kind)); x += 4
            grid.putClipped(e.name, row: row, col: x, maxWidth: nameW, style: .bold); x += nameW + 1
            let m = String(e.mentionCount), a = String(e.articleCount)
            grid.put(String(repeating: " ", count: max(0, mentionsW - m.count)) + m, row: row, col: x, maxWidth: mentionsW); x += mentionsW
            grid.put(String(repeating: " ", count: max(0, articlesW - a.count)) + a, row: row, col: x, maxWidth: articlesW); x += articlesW + 2
            if showAliases {
                grid.putClipped(e.aliases.joined(separator: ", "), row: row, col: x, maxWidth: max(0, left + width - x - 1), color: .muted)
            }
            if i == selected {
                grid.restyle(row: row, from: left, to: left + width, adding: focused ? .reverse : [.bold, .underline])
            }
        }
    }

    func firstRow(rows: Int) -> Int { position.firstRow(count: order.count, rows: rows) }

    func row(atLine line: Int, height: Int) -> Int? {
        position.row(atLine: line - EntityIndexState.headerLines, count: order.count, rows: height - EntityIndexState.headerLines)
    }
}
