// Prints tables aligned for people on a terminal and tab-separated for pipes; all text made safe.

import DossierKit
import Foundation

enum Output {
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = TerminalSafety.escapeJSON(try encoder.encode(value))
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
