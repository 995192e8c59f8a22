// Prints tables aligned for people on a terminal and tab-separated for pipes; all text made safe.

import DossierKit
import Foundation
import Terminal

enum Output {
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Escapes for bold and reverse video only on a terminal that wants colour: the same rule as
    /// the browser (NO_COLOR set, TERM=dumb or --no-color turn it off).
    static var useColor: Bool {
        isTerminal && TerminalOptions.wantsColor(flag: false, environment: ProcessInfo.processInfo.environment)
    }

    /// Columns of the terminal on standard output (80 when unknown), for wrapping text.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 80
    }

    /// A number in plain decimal with about `significant` digits, never in e-notation
    /// (1.033e-06 → 0.000001033), so scores read and sort as text.
    static func decimal(_ x: Double, significant: Int = 4) -> String {
        guard x.isFinite, x != 0 else { return x.isFinite ? "0" : "\(x)" }
        let magnitude = Int(floor(log10(abs(x))))
        let digits = min(15, max(0, significant - 1 - magnitude))
        return String(format: "%.\(digits)f", x)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Columns padded to their widest cell on a terminal (last column unpadded), tabs otherwise.
    static func table(header: [String], rows: [[String]]) {
        let safeRows = rows.map { $0.map { $0.terminalSafe() } }
        guard isTerminal else {
            write(safeRows.map { $0.joined(separator: "\t") + "\n" }.joined())
            return
        }
        let all = [header] + safeRows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in all {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        write(out)
    }

    static func json<T: Encodable>(_ value: T) throws {
        var data = try JSONOutput.encode(value, pretty: true)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
