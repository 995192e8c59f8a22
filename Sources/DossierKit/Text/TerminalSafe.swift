// Keeps article text from reaching a terminal as control sequences (ESC, CSI/OSC, BEL, bidi).

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
