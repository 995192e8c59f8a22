// What the terminal layer hands the browser: keys with readable names, mouse clicks and wheel, resizes.

/// A key as the user pressed it, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (letters, digits, punctuation, space, any script).
    case char(Character)
    /// Control plus a letter: `.ctrl("c")` is Ctrl-C.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape, insert
    case function(Int)

    /// Names used in keymap files and the help screen, in the order they are tried.
    static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp),
        ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Enter", .enter), ("Tab", .tab),
        ("S-Tab", .backTab), ("Backspace", .backspace), ("Del", .delete), ("Esc", .escape),
        ("Ins", .insert), ("Space", .char(" ")),
    ]

    /// The keymap name: "j", "G", "Space", "Enter", "S-Tab", "C-l", "F1", "PgDn".
    public var description: String {
        switch self {
        case .char(let c): return c == " " ? "Space" : String(c)
        case .ctrl(let c): return "C-\(c)"
        case .function(let n): return "F\(n)"
        default: return Key.named.first { $0.1 == self }?.0 ?? "?"
        }
    }

    /// Parses a keymap name; case matters for single characters ("n" and "N" differ).
    public init?(name: String) {
        if let hit = Key.named.first(where: { $0.0.lowercased() == name.lowercased() }) {
            self = hit.1
            return
        }
        if name.count == 1, let c = name.first, !(c.isWhitespace), c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = lower.last, c.isLetter, c.isASCII {
            self = .ctrl(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// What a terminal sends for this key when it cannot send the key itself: Ctrl-H is Backspace,
    /// Ctrl-I Tab, Ctrl-J and Ctrl-M Enter, so a binding to them could never fire.
    public var terminalSendsInstead: Key? {
        switch self {
        case .ctrl("h"): return .backspace
        case .ctrl("i"): return .tab
        case .ctrl("j"), .ctrl("m"): return .enter
        default: return nil
        }
    }

    /// A printable character that a text field would take.
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown
}

/// Anything that can happen to the browser from outside.
public enum Input: Hashable, Sendable {
    case key(Key)
    /// A click or wheel turn at a screen position (0-based row and column).
    case mouse(MouseButton, row: Int, col: Int)
    case resize(Size)
    /// No input for a moment: work put off while keys were arriving (a slow search) runs now.
    case idle
}
