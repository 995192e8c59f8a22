// The ncurses layer: draws a Grid and turns ncurses input into keys. Nothing else talks to ncurses.

@preconcurrency import CNCursesW
import Browser
#if canImport(Glibc)
import Glibc
#endif

public enum TerminalSetup {
    /// UTF-8 when the locale is unset (common over SSH and in CI), so wide characters draw.
    public static func setLocale() {
        let current = setlocale(LC_ALL, "")
        let name = current.map { String(cString: $0) } ?? ""
        if current == nil || name == "C" || name == "POSIX" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Whether the C library's locale encodes multibyte UTF-8 (wide characters can be drawn).
    static var localeIsUTF8: Bool {
        let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? ""
        return ctype.uppercased().contains("UTF-8") || ctype.uppercased().contains("UTF8")
    }
}

/// Why the browser cannot run on this terminal; the executable prints the summary instead.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case unknownTerminal(String)
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term):
            return "the terminal type '\(term)' is unknown to this system, so the browser cannot draw. Set TERM (for example TERM=xterm-256color) or use `dossier articles`."
        case .cannotAddressCursor(let term):
            return "the terminal '\(term)' cannot move the cursor, so the browser cannot draw. Use a full terminal, or `dossier articles` for a plain list."
        }
    }
}

public struct TerminalOptions: Sendable {
    /// False with --no-color, NO_COLOR or TERM=dumb; colours are also off when the terminal has none.
    public var colors: Bool
    /// Draw one frame and return (startup benchmarks).
    public var exitAfterFirstFrame: Bool
    public var mouse: Bool

    public init(colors: Bool, exitAfterFirstFrame: Bool = false, mouse: Bool = true) {
        self.colors = colors
        self.exitAfterFirstFrame = exitAfterFirstFrame
        self.mouse = mouse
    }

    /// Colour unless the user or the terminal says no (https://no-color.org: any non-empty NO_COLOR).
    public static func wantsColor(flag noColor: Bool, environment: [String: String]) -> Bool {
        if noColor { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        if let term = environment["TERM"], term == "dumb" { return false }
        return true
    }
}

/// One ncurses screen on the process's terminal.
public final class TerminalScreen {
    private let screen: OpaquePointer
    private var useColor = false
    private var last: Grid?
    private var widthCache: [UInt32: Int32] = [:]
    private let utf8: Bool

    public init(options: TerminalOptions) throws {
        TerminalSetup.setLocale()
        utf8 = TerminalSetup.localeIsUTF8
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        // Keys come from the terminal even when stdin is redirected.
        let input: UnsafeMutablePointer<FILE>? = isatty(STDIN_FILENO) == 1 ? stdin : fopen("/dev/tty", "r")
        let inFD = input.map { fileno($0) } ?? STDIN_FILENO
        dossier_save_tty(inFD, STDOUT_FILENO)
        guard let scr = newterm(nil, stdout, input ?? stdin) else { throw TerminalError.unknownTerminal(term) }
        screen = scr
        guard dossier_tigetstr("cup") != nil else {
            endwin()
            delscreen(scr)
            throw TerminalError.cannotAddressCursor(term)
        }
        dossier_set_curses_active(1)
        dossier_install_atexit()
        cbreak()
        noecho()
        nonl()
        _ = keypad(dossier_stdscr(), true)
        _ = intrflush(dossier_stdscr(), false)
        set_escdelay(25)
        _ = curs_set(0)
        if options.mouse {
            _ = mousemask(dossier_wanted_mouse_events(), nil)
            _ = mouseinterval(0)
        }
        if options.colors && has_colors() {
            start_color()
            _ = use_default_colors()
            useColor = true
            setUpPairs()
        }
        dossier_set_reset_bytes(Self.resetBytes(mouse: options.mouse))
        dossier_install_signal_handlers()
        dossier_sigwinch_interrupts_reads()
    }

    /// What endwin would send, for the signal handlers (which must not call endwin).
    static func resetBytes(mouse: Bool) -> String {
        var out = ""
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = dossier_tigetstr(cap) { out += String(cString: s) }
        }
        // Without an alternate screen, clear what was drawn (as close() does).
        if dossier_tigetstr("rmcup") == nil, let clear = dossier_tigetstr("clear") { out += String(cString: clear) }
        if mouse, dossier_tigetstr("kmous") != nil {
            out += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"
        }
        return out
    }

    public var size: Size {
        Size(rows: Int(dossier_getmaxy(dossier_stdscr())), cols: Int(dossier_getmaxx(dossier_stdscr())))
    }

    public func close() {
        guard dossier_is_curses_active() != 0 else { return }
        dossier_set_curses_active(0)
        _ = curs_set(1)
        if dossier_tigetstr("rmcup") == nil {
            // No alternate screen (vt100): the last frame would stay and the shell's prompt would
            // overwrite the status line, so leave a clean screen instead.
            _ = wclear(dossier_stdscr())
            _ = wrefresh(dossier_stdscr())
        }
        endwin()
        delscreen(screen)
    }

    deinit { close() }

    /// Forces the next frame to repaint everything (after a resize or Ctrl-L).
    public func invalidate() {
        last = nil
        _ = clearok(dossier_stdscr(), true)
    }

    // MARK: colours

    static let pairs: [CellColor: Int16] = [
        .person: 1, .organization: 2, .place: 3, .accent: 4, .muted: 5, .warning: 6, .match: 7,
    ]

    private func setUpPairs() {
        let many = COLORS >= 16
        _ = init_pair(1, Int16(COLOR_CYAN), -1)
        _ = init_pair(2, Int16(COLOR_MAGENTA), -1)
        _ = init_pair(3, Int16(COLOR_GREEN), -1)
        _ = init_pair(4, Int16(COLOR_YELLOW), -1)
        _ = init_pair(5, many ? 8 : -1, -1)
        _ = init_pair(6, Int16(COLOR_RED), -1)
        _ = init_pair(7, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
    }

    /// ncurses attributes and pair for a cell. Without colour, kinds stay apart by attributes.
    private func attributes(_ cell: Cell) -> (attr_t, Int16) {
        var a = dossier_a_normal()
        if cell.style.contains(.bold) { a |= dossier_a_bold() }
        if cell.style.contains(.reverse) { a |= dossier_a_reverse() }
        if cell.style.contains(.underline) { a |= dossier_a_underline() }
        if cell.style.contains(.dim) { a |= dossier_a_dim() }
        if useColor {
            if cell.color == .muted && COLORS < 16 { a |= dossier_a_dim() }
            return (a, Self.pairs[cell.color] ?? 0)
        }
        switch cell.color {
        case .person: a |= dossier_a_bold()
        case .organization: a |= dossier_a_underline()
        case .place: a |= dossier_a_bold() | dossier_a_underline()
        case .accent, .warning: a |= dossier_a_bold()
        case .muted: a |= dossier_a_dim()
        case .match: a |= dossier_a_standout()
        case .normal, .status: break
        }
        return (a, 0)
    }

    // MARK: drawing

    /// Draws the cells that changed since the last frame, then updates the terminal once.
    public func draw(_ grid: Grid) {
        let size = grid.size
        let full = last == nil || last?.size != size
        if full { _ = werase(dossier_stdscr()) }
        for r in 0..<size.rows {
            for c in 0..<size.cols {
                let cell = grid[r, c]
                if !full, let last, last[r, c] == cell, !(c > 0 && last[r, c - 1] != grid[r, c - 1] && cell.text.isEmpty) {
                    continue
                }
                if cell.text.isEmpty {
                    // The right half of a wide character is drawn with its left half; an orphan
                    // half (never produced by Grid, but cheap to guard) becomes a blank.
                    if c == 0 || grid[r, c - 1].width != 2 { put(Cell(" ", style: cell.style, color: cell.color), r, c, width: 1) }
                    continue
                }
                let w = cell.width
                if w == 2 && c + 1 >= size.cols {
                    put(Cell(" ", style: cell.style, color: cell.color), r, c, width: 1)
                    continue
                }
                put(cell, r, c, width: w)
            }
        }
        last = grid
        _ = wnoutrefresh(dossier_stdscr())
        _ = doupdate()
    }

    private func cWidth(_ scalar: Unicode.Scalar) -> Int32 {
        if let w = widthCache[scalar.value] { return w }
        let w = wcwidth(wchar_t(bitPattern: scalar.value))
        widthCache[scalar.value] = w
        return w
    }

    /// Draws one cell, cross-checking the C library's wcwidth: text whose width ncurses would
    /// measure differently from the grid is replaced by "?" of the grid's width, so a line can
    /// never shift or break at its end.
    private func put(_ cell: Cell, _ row: Int, _ col: Int, width: Int) {
        let scalars = Array(cell.text.unicodeScalars)
        var ok = !scalars.isEmpty && scalars.count <= 5 && (utf8 || scalars.allSatisfy { $0.isASCII })
        if ok, let first = scalars.first {
            ok = Int(cWidth(first)) == width && scalars.dropFirst().allSatisfy { cWidth($0) == 0 }
        }
        let text: [Unicode.Scalar] = ok ? scalars : (width == 2 ? (utf8 ? ["\u{FF1F}"] : ["?", "?"]) : ["?"])
        let (attrs, pair) = attributes(cell)
        if text.count == 2, text.allSatisfy({ $0 == "?" }) {
            // A wide cell drawn as two ASCII cells (no UTF-8 locale).
            for (i, s) in text.enumerated() {
                var wch: [wchar_t] = [wchar_t(bitPattern: s.value), 0]
                _ = dossier_put_cell(Int32(row), Int32(col + i), &wch, attrs, pair)
            }
            return
        }
        var wch = text.map { wchar_t(bitPattern: $0.value) } + [0]
        _ = dossier_put_cell(Int32(row), Int32(col), &wch, attrs, pair)
    }

    // MARK: input

    /// Waits for the next input. Nil when input is unusable (the terminal went away).
    ///
    /// Reads time out every 250 ms to compare the terminal's size with the screen's: a resize
    /// signal that lands while a key is being handled (not during a read) would otherwise only be
    /// noticed with the next key.
    public func read(wait: Bool = true, idleAfter: Duration? = nil) -> Input? {
        wtimeout(dossier_stdscr(), wait ? 250 : 0)
        var fastFailures = 0
        let clock = ContinuousClock()
        let since = clock.now
        while true {
            if let idleAfter, clock.now - since >= idleAfter { return .idle }
            if let idleAfter {
                let left = idleAfter - (clock.now - since)
                let millis = max(1, Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
                wtimeout(dossier_stdscr(), Int32(min(250, millis)))
            }
            var ch: wint_t = 0
            let started = ContinuousClock.now
            let rc = wget_wch(dossier_stdscr(), &ch)
            if rc == dossier_err() {
                if let resized = pendingResize() { return resized }
                if !wait { return nil }
                // A read that fails at once, again and again, means the terminal is gone.
                if ContinuousClock.now - started < .milliseconds(100) {
                    fastFailures += 1
                    if fastFailures > 50 { return nil }
                } else {
                    fastFailures = 0
                }
                continue
            }
            if rc == dossier_key_code_yes() {
                if let input = special(Int32(ch)) { return input }
                continue
            }
            if let key = Self.key(fromCharacter: UInt32(ch)) { return .key(key) }
        }
    }

    /// A resize ncurses has not reported yet, applied with resizeterm.
    private func pendingResize() -> Input? {
        var rows: Int32 = 0, cols: Int32 = 0
        guard dossier_window_size(STDOUT_FILENO, &rows, &cols) == 0 else { return nil }
        let current = size
        guard Int(rows) != current.rows || Int(cols) != current.cols else { return nil }
        // resizeterm also queues a KEY_RESIZE; handling it again is harmless (same size).
        _ = resizeterm(rows, cols)
        invalidate()
        return .resize(size)
    }

    static func key(fromCharacter v: UInt32) -> Key? {
        switch v {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A:
            guard let s = Unicode.Scalar(v + 0x60) else { return nil }
            return .ctrl(Character(s))
        case 0x00...0x1F: return nil
        default:
            guard let s = Unicode.Scalar(v), !(0x80...0x9F).contains(v) else { return nil }
            return .char(Character(s))
        }
    }

    private func special(_ code: Int32) -> Input? {
        switch code {
        case dossier_key_resize():
            invalidate()
            return .resize(size)
        case dossier_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let row = Int(event.y), col = Int(event.x)
            if event.bstate & dossier_b1_pressed() != 0 { return .mouse(.left, row: row, col: col) }
            if event.bstate & dossier_b4_pressed() != 0 { return .mouse(.wheelUp, row: row, col: col) }
            if dossier_button5_pressed() != 0, event.bstate & dossier_button5_pressed() != 0 {
                return .mouse(.wheelDown, row: row, col: col)
            }
            return nil
        default:
            if let key = Self.namedKeys[code] { return .key(key) }
            for n in 1...24 where code == dossier_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// ncurses's codes for the named keys (function keys are computed: their codes are a macro).
    private static let namedKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert, KEY_BTAB: .backTab, KEY_ENTER: .enter,
    ]
}

/// Runs the browser on the terminal until the user quits or the terminal goes away.
public enum TerminalApp {
    public static func run(_ browser: Browser, state initial: BrowserState, options: TerminalOptions) throws {
        let screen = try TerminalScreen(options: options)
        defer { screen.close() }
        var state = browser.handle(.resize(screen.size), initial)
        while true {
            if state.redrawRequested {
                state.redrawRequested = false
                screen.invalidate()
            }
            screen.draw(Browser.render(state, size: state.size))
            if options.exitAfterFirstFrame { return }
            // While a slow search waits for a pause in typing, wake up for that pause.
            let pause: Duration? = state.search?.pending == true ? .milliseconds(120) : nil
            guard let input = screen.read(idleAfter: pause) else { return }
            state = browser.handle(input, state)
            // Handle keys that arrived meanwhile before drawing again (fast typing, key repeat).
            var batched = 0
            while !state.quitRequested, batched < 64, let more = screen.read(wait: false) {
                state = browser.handle(more, state)
                batched += 1
            }
            if state.quitRequested { return }
        }
    }
}
