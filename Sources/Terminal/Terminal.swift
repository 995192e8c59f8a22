// The ncurses layer: draws a Grid and turns ncurses input into keys. Nothing else talks to ncurses.

@preconcurrency import CNCursesW
import Browser

public enum TerminalSetup {
    /// UTF-8 when the locale is unset (common over SSH and in CI), so wide characters draw.
    public static func setLocale() {
        let current = setlocale(LC_ALL, "")
        let name = current.map { String(cString: $0) } ?? ""
        if current == nil || name == "C" || name == "POSIX" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
