// Grid-to-text snapshots with an attribute legend, compared with files; DOSSIER_RECORD=1 re-records.

import Browser
import Foundation

public enum GridSnapshot {
    /// The grid as text: a header with the size and a legend, then each row between bars, followed
    /// (when the row has attributes) by a line of letters naming each cell's style and colour.
    public static func text(_ grid: Grid) -> String {
        var codes: [String: Character] = [:]
        var legend: [(Character, String)] = []
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        func code(_ cell: Cell) -> Character {
            if cell.style.isEmpty && cell.color == .normal { return "." }
            let name = describe(cell)
            if let c = codes[name] { return c }
            let c = legend.count < letters.count ? letters[legend.count] : "?"
            codes[name] = c
            legend.append((c, name))
            return c
        }
        var body: [String] = []
        for r in 0..<grid.size.rows {
            body.append("|" + grid.row(r) + "|")
            var marks = ""
            var any = false
            for c in 0..<grid.size.cols {
                let cell = grid[r, c]
                let m = code(cell)
                if m != "." { any = true }
                marks.append(m)
            }
            if any { body.append(" " + marks) }
        }
        var out = "size \(grid.size.cols)x\(grid.size.rows)\n"
        out += "legend (attribute lines under rows; . is plain):\n"
        for (c, name) in legend { out += "  \(c) = \(name)\n" }
        out += body.joined(separator: "\n") + "\n"
        return out
    }

    static func describe(_ cell: Cell) -> String {
        var parts: [String] = []
        if cell.style.contains(.reverse) { parts.append("reverse") }
        if cell.style.contains(.bold) { parts.append("bold") }
        if cell.style.contains(.underline) { parts.append("underline") }
        if cell.style.contains(.dim) { parts.append("dim") }
        if cell.color != .normal { parts.append("\(cell.color)") }
        return parts.joined(separator: " ")
    }

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" }

    /// Compares `text` with the stored snapshot; records it when DOSSIER_RECORD=1 or when missing
    /// (a missing snapshot is still reported, so a new screen is never silently accepted).
    /// Returns nil on a match, else a message with the first differing line.
    public static func check(_ text: String, named name: String, in folder: URL) -> String? {
        let url = folder.appendingPathComponent(name + ".txt")
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if isRecording || existing == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try text.write(to: url, atomically: true, encoding: .utf8) } catch { return "cannot record \(url.path): \(error)" }
            return existing == nil && !isRecording ? "recorded a new snapshot \(url.path); check it and run again" : nil
        }
        guard let existing, existing != text else { return nil }
        let a = existing.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end>", y = i < b.count ? b[i] : "<end>"
            if x != y {
                return "\(url.lastPathComponent) differs at line \(i + 1) (DOSSIER_RECORD=1 re-records):\n  stored: \(x)\n  now:    \(y)"
            }
        }
        return "\(url.lastPathComponent) differs"
    }
}
