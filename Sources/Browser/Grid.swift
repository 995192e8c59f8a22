// A screen as a grid of cells: what rendering produces and what the terminal layer draws.

import DossierKit

public struct CellStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let bold = CellStyle(rawValue: 1 << 0)
    public static let reverse = CellStyle(rawValue: 1 << 1)
    public static let underline = CellStyle(rawValue: 1 << 2)
    public static let dim = CellStyle(rawValue: 1 << 3)
}

/// Semantic colours; the terminal maps them to colour pairs (or to nothing without colour).
public enum CellColor: UInt8, Hashable, Sendable, CaseIterable {
    case normal, person, organization, place, accent, muted, status, warning, match
}

public struct Cell: Hashable, Sendable {
    /// One grapheme's scalars; "" marks the right half of a double-width character.
    /// Never a control character: `init` replaces them, so article text cannot drive the terminal.
    public private(set) var text: String
    public var style: CellStyle
    public var color: CellColor

    public init(_ text: String = " ", style: CellStyle = [], color: CellColor = .normal) {
        self.text = Cell.sanitized(text)
        self.style = style
        self.color = color
    }

    public static let blank = Cell()

    /// Columns this cell's text covers (2 for a wide character, 0 for a continuation).
    public var width: Int { text.isEmpty ? 0 : CharWidth.of(text) }

    /// Keeps the first grapheme and makes control, line-separator and bidi-override characters
    /// visible (C0 → U+2400 pictures) or removes them.
    static func sanitized(_ text: String) -> String {
        guard let first = text.first else { return "" }
        let g = String(first)
        guard g.unicodeScalars.contains(where: isUnsafe) else { return g }
        var out = String.UnicodeScalarView()
        for u in g.unicodeScalars {
            if !isUnsafe(u) { out.append(u) }
            else if u.value < 0x20, let pic = Unicode.Scalar(0x2400 + u.value) { out.append(pic) }
            else if u.value == 0x7F { out.append("\u{2421}") }
        }
        return String(String(out).first ?? " ")
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        if TerminalSafety.isUnsafe(s, keepNewlines: false) { return true }
        switch s.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}

public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    public var description: String { "\(cols)x\(rows)" }
}

/// A run of text with one style, the unit screens compose lines from.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: CellStyle
    public var color: CellColor

    public init(_ text: String, style: CellStyle = [], color: CellColor = .normal) {
        self.text = text
        self.style = style
        self.color = color
    }
}

public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(rows: max(0, size.rows), cols: max(0, size.cols))
        cells = Array(repeating: .blank, count: self.size.rows * self.size.cols)
    }

    /// Writes outside the grid are ignored. Overwriting half of a wide character blanks its other
    /// half, so the grid never holds a broken double-width cell.
    public subscript(row: Int, col: Int) -> Cell {
        get {
            guard row >= 0, row < size.rows, col >= 0, col < size.cols else { return .blank }
            return cells[row * size.cols + col]
        }
        set {
            guard row >= 0, row < size.rows, col >= 0, col < size.cols else { return }
            let i = row * size.cols + col
            let old = cells[i]
            if old.text.isEmpty, col > 0, !newValue.text.isEmpty {
                // Replacing the right half of a wide character: its left half can no longer draw.
                let left = cells[i - 1]
                cells[i - 1] = Cell(" ", style: left.style, color: left.color)
            }
            if old.width == 2, col + 1 < size.cols, newValue.width < 2, cells[i + 1].text.isEmpty {
                let right = cells[i + 1]
                cells[i + 1] = Cell(" ", style: right.style, color: right.color)
            }
            cells[i] = newValue
        }
    }

    /// Draws `text` from (row, col) without passing `col + maxWidth` (or the right edge); returns
    /// the column after the last cell written. A wide character that would straddle the limit is
    /// replaced by a blank, and zero-width graphemes that cannot attach to anything are dropped.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, maxWidth: Int? = nil,
                             style: CellStyle = [], color: CellColor = .normal) -> Int {
        guard row >= 0, row < size.rows else { return col }
        let limit = min(size.cols, maxWidth.map { col + max(0, $0) } ?? size.cols)
        var x = col
        for ch in Grid.displayable(text) {
            if x >= limit { break }
            let g = String(ch)
            let w = CharWidth.of(ch)
            if w == 0 { continue }
            if x < 0 { x += w; continue }
            if w == 2 {
                if x + 1 >= limit {
                    self[row, x] = Cell(" ", style: style, color: color)
                    x += 1
                    break
                }
                self[row, x] = Cell(g, style: style, color: color)
                setContinuation(row: row, col: x + 1, style: style, color: color)
                x += 2
            } else {
                self[row, x] = Cell(g, style: style, color: color)
                x += 1
            }
        }
        return x
    }

    /// Like `put`, but text wider than `maxWidth` ends in "…" so the cut is visible.
    @discardableResult
    public mutating func putClipped(_ text: String, row: Int, col: Int, maxWidth: Int,
                                    style: CellStyle = [], color: CellColor = .normal) -> Int {
        guard maxWidth > 0 else { return col }
        if CharWidth.of(Grid.displayable(text)) <= maxWidth {
            return put(text, row: row, col: col, maxWidth: maxWidth, style: style, color: color)
        }
        let end = put(text, row: row, col: col, maxWidth: maxWidth - 1, style: style, color: color)
        return put("…", row: row, col: end, maxWidth: 1, style: style, color: color)
    }

    /// Draws spans one after another; returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ spans: [Span], row: Int, col: Int, maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { col + $0 } ?? size.cols
        var x = col
        for span in spans {
            if x >= limit { break }
            x = put(span.text, row: row, col: x, maxWidth: limit - x, style: span.style, color: span.color)
        }
        return x
    }

    /// Fills columns `from..<to` of a row with one cell.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, with cell: Cell = .blank) {
        let end = min(size.cols, to ?? size.cols)
        var c = max(0, from)
        while c < end {
            self[row, c] = cell
            c += 1
        }
    }

    /// Adds a style (and optionally sets a colour) on columns `from..<to` of a row, keeping text.
    public mutating func restyle(row: Int, from: Int = 0, to: Int? = nil, adding style: CellStyle,
                                 color: CellColor? = nil) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.cols, to ?? size.cols)
        var c = max(0, from)
        while c < end {
            let i = row * size.cols + c
            cells[i].style.formUnion(style)
            if let color { cells[i].color = color }
            c += 1
        }
    }

    /// Copies another grid into this one with its top-left corner at (row, col).
    public mutating func paste(_ other: Grid, row: Int, col: Int) {
        for r in 0..<other.size.rows where row + r >= 0 && row + r < size.rows {
            for c in 0..<other.size.cols where col + c >= 0 && col + c < size.cols {
                cells[(row + r) * size.cols + col + c] = other.cells[r * other.size.cols + c]
            }
        }
    }

    /// Text with controls made visible (C0 → U+2400 pictures) and C1, bidi overrides and line
    /// separators removed or blanked, so every grapheme left is safe to draw.
    public static func displayable(_ text: String) -> String {
        var safe = text.terminalSafe()
        if safe.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 }) {
            safe = String(String.UnicodeScalarView(safe.unicodeScalars.map {
                $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0
            }))
        }
        return safe
    }

    private mutating func setContinuation(row: Int, col: Int, style: CellStyle, color: CellColor) {
        guard row >= 0, row < size.rows, col >= 0, col < size.cols else { return }
        let i = row * size.cols + col
        if cells[i].width == 2, col + 1 < size.cols, cells[i + 1].text.isEmpty {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style, color: cells[i + 1].color)
        }
        cells[i] = Cell("", style: style, color: color)
    }

    /// The grid's characters, one line per row, trailing blanks kept (for snapshots).
    public var text: String {
        (0..<size.rows).map { row($0) }.joined(separator: "\n")
    }

    /// One row's characters (a wide character's right half contributes nothing).
    public func row(_ r: Int) -> String {
        guard r >= 0, r < size.rows else { return "" }
        var out = ""
        for c in 0..<size.cols { out += cells[r * size.cols + c].text }
        return out
    }
}
