// A screen as a grid of cells: what rendering produces and what the terminal layer draws.

public struct CellStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let bold = CellStyle(rawValue: 1 << 0)
    public static let reverse = CellStyle(rawValue: 1 << 1)
    public static let underline = CellStyle(rawValue: 1 << 2)
    public static let dim = CellStyle(rawValue: 1 << 3)
}

/// Semantic colours; the terminal maps them to colour pairs (or to nothing without colour).
public enum CellColor: UInt8, Hashable, Sendable {
    case normal, person, organization, place, accent, muted, status, warning
}

public struct Cell: Hashable, Sendable {
    /// One grapheme's scalars; "" marks the right half of a double-width character.
    public var text: String
    public var style: CellStyle
    public var color: CellColor

    public init(_ text: String = " ", style: CellStyle = [], color: CellColor = .normal) {
        self.text = text
        self.style = style
        self.color = color
    }

    public static let blank = Cell()
}

public struct Size: Hashable, Sendable {
    public var rows: Int
    public var cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
}

public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.rows * size.cols))
    }

    public subscript(row: Int, col: Int) -> Cell {
        get { cells[row * size.cols + col] }
        set {
            guard row >= 0, row < size.rows, col >= 0, col < size.cols else { return }
            cells[row * size.cols + col] = newValue
        }
    }

    /// The grid's characters, one line per row, trailing blanks kept (for snapshots).
    public var text: String {
        (0..<size.rows).map { r in
            (0..<size.cols).map { c in self[r, c].text }.joined()
        }.joined(separator: "\n")
    }
}
