// The one list widget's position: selection and scroll over `count` rows, moved by the Command
// table's movement commands. The article list and the entity index both keep one.

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
