// Small text predicates the cleaning rules share: line normalisation, word shapes, scripts, punctuation.

public enum CleanText {
    /// Trims, turns NBSP and other spaces into " ", drops zero-width and control characters, collapses runs.
    public static func normalizeLine(_ s: Substring) -> String {
        // Fast path: printable ASCII with single inner spaces and no "&" is already normal.
        var clean = true
        var prevSpace = true
        for b in s.utf8 {
            if b == 0x20 { if prevSpace { clean = false; break }; prevSpace = true; continue }
            if b < 0x21 || b > 0x7E || b == 0x26 { clean = false; break }
            prevSpace = false
        }
        if clean && !prevSpace { return String(s) }
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            let v = c.value
            // ASCII fast path: Unicode property look-ups are slow and most text is ASCII.
            if v > 0x20 && v < 0x7F {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
                continue
            }
            if v == 0x20 { space = true; continue }
            if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0xAD || v == 0x2060 { continue }
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) {
                if v == 0x09 { space = true }
                continue
            }
            if c.properties.isWhitespace { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        let line = String(out)
        // Character references left in scraped text ("&#163;1.8m", "&amp;") are decoded.
        if line.contains("&#") || line.contains("&amp;") || line.contains("&quot;") || line.contains("&nbsp;") {
            return normalizeLine(Substring(HTMLEntities.decode(line)))
        }
        return line
    }

    public static func words(_ s: String) -> [Substring] { s.split(separator: " ") }

    /// Ends a sentence: . ! ? … optionally followed by closing quotes or brackets.
    public static func endsSentence(_ s: String) -> Bool {
        var it = s.unicodeScalars.reversed().makeIterator()
        while let c = it.next() {
            if "\"'\u{201D}\u{2019}\u{00BB})]".unicodeScalars.contains(c) { continue }
            return c == "." || c == "!" || c == "?" || c == "\u{2026}"
        }
        return false
    }

    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "by", "from", "as",
        "vs", "vs.", "via", "into", "onto", "over", "per", "than", "off", "up", "out", "amid", "after", "before",
        "about", "against", "between", "under", "upon", "is", "its", "it", "be", "de", "la", "le", "du", "van", "von",
        "der", "den", "al", "el", "bin", "y", "e", "da", "do", "dos", "das", "des", "if", "so", "not", "no",
    ]

    /// The letters of a word without surrounding quotes and punctuation.
    static func core(_ w: Substring) -> Substring {
        var w = w
        while let f = w.unicodeScalars.first, !(f.properties.isAlphabetic || f.properties.numericType != nil) {
            w = w.dropFirst()
        }
        while let l = w.unicodeScalars.last, !(l.properties.isAlphabetic || l.properties.numericType != nil || l == ".") {
            w = w.dropLast()
        }
        return w
    }

    static func startsUpper(_ w: Substring) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        return f.properties.isUppercase || f.properties.numericType != nil
    }

    static func startsLower(_ s: Substring) -> Bool {
        guard let f = core(s).unicodeScalars.first else { return false }
        return f.properties.isLowercase
    }

    /// Headline Case: every content word starts with a capital (or digit), at least two such words.
    public static func isTitleCase(_ s: String) -> Bool {
        let ws = words(s)
        guard ws.count >= 2, ws.count <= 22 else { return false }
        var capitals = 0, lower = 0
        for (k, w) in ws.enumerated() {
            let c = core(w)
            guard let f = c.unicodeScalars.first, f.properties.isAlphabetic || f.properties.numericType != nil else { continue }
            if startsUpper(c) { capitals += 1; continue }
            if k > 0, functionWords.contains(c.lowercased()) { continue }
            // A hyphenated word counts by its head ("Russian-brokered").
            lower += 1
        }
        return capitals >= 2 && lower == 0
    }

    /// A personal name or agency: 1–6 words, each capitalised, particles allowed ("Ruzanna Stepanian", "AFP").
    public static func isNameLike(_ s: String, minWords: Int = 1, maxWords: Int = 6) -> Bool {
        let ws = words(s)
        guard ws.count >= minWords, ws.count <= maxWords else { return false }
        var caps = 0
        for w in ws {
            let c = core(w)
            if c.isEmpty { if w == "&" || w == "|" { continue } else { return false } }
            if startsUpper(c) { caps += 1; continue }
            if ["de", "da", "van", "von", "der", "al", "bin", "el", "la", "le", "and", "y", "di", "du", "dos", "ter"]
                .contains(c.lowercased()) { continue }
            return false
        }
        return caps >= 1
    }

    public enum Script: Hashable, Sendable { case latin, cyrillic, armenian, greek, georgian, arabic, hebrew, cjk, other }

    public static func script(of c: Unicode.Scalar) -> Script? {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .latin : nil }
        guard c.properties.isAlphabetic else { return nil }
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x400...0x52F: return .cyrillic
        case 0x531...0x58F, 0xFB13...0xFB17: return .armenian
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x10A0...0x10FF, 0x1C90...0x1CBF: return .georgian
        case 0x600...0x6FF, 0x750...0x77F: return .arabic
        case 0x590...0x5FF: return .hebrew
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF: return .cjk
        default: return .other
        }
    }

    /// The script most letters of `s` are in, and that share (0–1).
    public static func dominantScript(_ s: String) -> (Script, Double)? {
        var counts: [Script: Int] = [:]
        var total = 0
        for c in s.unicodeScalars.prefix(4000) { if let sc = script(of: c) { counts[sc, default: 0] += 1; total += 1 } }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && "\($0.key)" > "\($1.key)") }),
              total > 0 else { return nil }
        return (best.key, Double(best.value) / Double(total))
    }

    /// Case-insensitive prefix test on ASCII-ish text.
    static func hasPrefixCI(_ s: String, _ p: String) -> Bool {
        s.count >= p.count && s.prefix(p.count).lowercased() == p
    }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: String] = [
        "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday", "friday": "Friday",
        "saturday": "Saturday", "sunday": "Sunday", "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday",
        "wed": "Wednesday", "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
        "sat": "Saturday", "sun": "Sunday",
    ]

    static func month(_ w: Substring) -> Int? {
        var t = w.lowercased()
        if t.hasSuffix(".") || t.hasSuffix(",") { t.removeLast() }
        return months[t]
    }
}

extension StringProtocol {
    /// Trims the given characters from both ends, in pure Swift (Foundation's trimming bridges to NSString
    /// and dominated the cleaning profile).
    public func trimmed(_ chars: String) -> String {
        let set = chars.unicodeScalars
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !set.contains(first) && !set.contains(last) { return String(self) }
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, set.contains(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo {
            let before = scalars.index(before: hi)
            if set.contains(scalars[before]) { hi = before } else { break }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }
}
