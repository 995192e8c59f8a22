// The one position type: selection and scroll over `count` rows, moved by the Command table's
// movement commands. The article list and the entity index keep one over their rows; every Doc
// screen keeps one over the doc's items (its movement is in Doc.swift).

public struct ListPosition: Hashable, Sendable {
    public var selected: Int = 0
    public var top: Int = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Applies a movement command to a list of `count` rows shown `height` at a time; false when
    /// the command is not a movement. Paging scrolls the view with the selection, as in less.
    public mutating func move(_ command: Command, count: Int, height: Int) -> Bool {
        let last = max(0, count - 1)
        if let step = command.step(height: height) {
            selected = min(last, max(0, selected + step))
            if abs(step) > 1 { top += step }
        } else if command == .top {
            selected = 0
        } else if command == .bottom {
            selected = last
        } else {
            return false
        }
        clamp(count: count, height: height)
        return true
    }

    /// Keeps the selection valid and on screen.
    public mutating func clamp(count: Int, height: Int) {
        let h = max(1, height)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = min(max(0, top), max(0, count - h))
    }

    /// The first row drawn in `rows` lines (the selection always on screen, even before a clamp).
    public func firstRow(count: Int, rows: Int) -> Int {
        var first = top
        if selected < first { first = selected }
        if selected >= first + rows { first = selected - rows + 1 }
        return min(max(0, first), max(0, count - rows))
    }

    /// The row index drawn on screen line `line` of the rows, if there is one.
    public func row(atLine line: Int, count: Int, rows: Int) -> Int? {
        guard line >= 0, rows > 0 else { return nil }
        let i = firstRow(count: count, rows: rows) + line
        return (0..<count).contains(i) ? i : nil
    }

    /// "412/2225": where the selection is, for the status line ("0/0" for an empty list).
    public static func label(selected: Int, count: Int) -> String {
        count == 0 ? "0/0" : "\(min(count, selected + 1))/\(count)"
    }
}

/// A filtered, sorted list drawn by the one list widget: the article list and the entity index.
/// What they share (the filter starting at the top, the position label, the empty-list status) is
/// written once here.
public protocol FilteredList {
    var filter: String { get set }
    var position: ListPosition { get set }
    /// Rows shown, after filter and sort.
    var order: [Int] { get }
    /// Re-filters and re-sorts from the top of the list.
    mutating func refilter()
}

extension FilteredList {
    public var selected: Int {
        get { position.selected }
        set { position.selected = newValue }
    }

    public var top: Int {
        get { position.top }
        set { position.top = newValue }
    }

    /// A new filter starts at the top, so the first matches are on screen.
    mutating func setFilter(_ text: String, height: Int) {
        filter = text
        refilter()
        clamp(height: height)
    }

    mutating func clamp(height: Int) {
        position.clamp(count: order.count, height: height)
    }

    /// "412/2225" for the status line.
    var positionLabel: String { ListPosition.label(selected: position.selected, count: order.count) }

    /// The status line of an empty list: `none` when there is nothing at all, `noMatch` with the
    /// key that clears the filter when the filter hides everything.
    func emptyStatus(none: String, noMatch: String, _ keymap: Keymap) -> String {
        guard !filter.isEmpty else { return none }
        return noMatch + (keymap.key(.close).map { " \($0) clears the filter." } ?? "")
    }
}
