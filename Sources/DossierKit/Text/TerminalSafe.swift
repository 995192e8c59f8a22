// Keeps article text from reaching a terminal as control sequences (ESC, CSI/OSC, BEL, bidi).

import Foundation

extension String {
    /// Control characters become visible stand-ins: C0 controls → U+2400 block ("␛"), C1 and bidi
    /// overrides are dropped; newline and tab are kept only when `keepNewlines` is set.
    public func terminalSafe(keepNewlines: Bool = false) -> String {
        var needs = false
        for s in unicodeScalars where TerminalSafety.isUnsafe(s, keepNewlines: keepNewlines) { needs = true; break }
        guard needs else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if !TerminalSafety.isUnsafe(s, keepNewlines: keepNewlines) { out.append(s); continue }
            if s.value < 0x20, let pic = Unicode.Scalar(0x2400 + s.value) { out.append(pic) }
            else if s.value == 0x7F { out.append("\u{2421}") }
            // C1 controls and bidi/format controls are removed outright.
        }
        return String(out)
    }
}

public enum TerminalSafety {
    public static func isUnsafe(_ s: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let v = s.value
        if keepNewlines && (v == 0x0A || v == 0x09) { return false }
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        // bidi embeddings/overrides/isolates and other invisible formatting that can spoof text
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            || v == 0x061C { return true }
        return false
    }
}

extension TerminalSafety {
    /// JSON text with every unsafe character beyond ASCII (C1 controls, DEL, bidi controls) written as a
    /// `\uXXXX` escape: the same JSON value, but bytes a terminal shows as they are. JSON encoders already
    /// escape C0 controls inside strings, and every unsafe character outside ASCII can only occur inside
    /// a string, so the escape is always valid there. Whitespace between tokens is left alone.
    public static func escapeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && isUnsafe($0, keepNewlines: true) }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            guard s.value >= 0x7F, isUnsafe(s, keepNewlines: true) else { out.append(s); continue }
            let hex = String(s.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(out)
    }

    public static func escapeJSON(_ json: Data) -> Data {
        Data(escapeJSON(String(decoding: json, as: UTF8.self)).utf8)
    }
}
