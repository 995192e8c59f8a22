// Terminal column widths in pure Swift (a wcwidth equivalent), so layout is testable without a terminal.

public enum CharWidth {
    /// Columns one scalar takes: 0 for combining marks and invisible format characters, 2 for East
    /// Asian wide/fullwidth and emoji presentation, 1 otherwise (Latin, Armenian, Cyrillic, ...).
    /// Control characters count 0 here; the grid never holds them (see `Cell.sanitized`).
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }  // fast path: ASCII
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        if v == 0x00AD { return 1 }  // soft hyphen: glibc shows it
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default: break
        }
        // Hangul medial vowels and final consonants combine with the initial consonant.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        if isWide(v) { return 2 }
        if s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a grapheme cluster takes: its widest scalar, capped at 2 (a base letter with
    /// combining marks is 1; a Hangul syllable written as jamo is 2; an emoji sequence is 2).
    public static func of(_ c: Character) -> Int {
        var best = 0
        for s in c.unicodeScalars {
            let w = of(s)
            if w > best { best = w }
            if best == 2 { break }
        }
        if best == 1, c.unicodeScalars.count > 1, c.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
           c.unicodeScalars.first?.properties.isEmoji == true {
            return 2  // text-style emoji forced to emoji presentation
        }
        return best
    }

    /// Columns a string takes on one line.
    public static func of(_ text: String) -> Int {
        var ascii = 0
        for byte in text.utf8 {
            if byte >= 0x7F { ascii = -1; break }
            if byte >= 0x20 { ascii += 1 }
        }
        if ascii >= 0 { return ascii }  // pure ASCII needs no grapheme walk
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode's EastAsianWidth.txt, grouped).
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        // Binary search over sorted, non-overlapping ranges.
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.0 { hi = mid - 1 } else if v > r.1 { lo = mid + 1 } else { return true }
        }
        return false
    }

    static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
        (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
        (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1), (0x17000, 0x18CD5),
        (0x18D00, 0x18D08), (0x1AFF0, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A), (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
        (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393),
        (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E),
        (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
        (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC),
        (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
        (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]
}
