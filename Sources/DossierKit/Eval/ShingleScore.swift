// The article-extraction benchmark's metric: 4-token shingle precision/recall, page means, F1 of the means.

/// Tokens are maximal runs of word characters as Python's `\w` defines them (letters, numbers, "_");
/// each text is a multiset of overlapping 4-token shingles (one shorter shingle for 1–3 tokens).
public enum ShingleScore {
    public static func tokens(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        var i = text.startIndex
        for s in text.unicodeScalars {
            let next = text.unicodeScalars.index(after: i)
            if isWord(s) {
                if start == nil { start = i }
            } else if let st = start {
                out.append(text[st..<i])
                start = nil
            }
            i = next
        }
        if let st = start { out.append(text[st..<text.endIndex]) }
        return out
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return s.properties.numericType != nil
        }
    }

    public static func shingles(_ text: String, size: Int = 4) -> [String: Int] {
        let t = tokens(text)
        var out: [String: Int] = [:]
        guard !t.isEmpty else { return out }
        if t.count < size { out[t.joined(separator: "\u{1}"), default: 0] += 1; return out }
        for k in 0...(t.count - size) { out[t[k..<(k + size)].joined(separator: "\u{1}"), default: 0] += 1 }
        return out
    }

    /// One page: precision nil when the prediction has no shingle, recall nil when the truth has none.
    public struct Page: Sendable {
        public var precision: Double?
        public var recall: Double?
    }

    public static func page(predicted: String, truth: String) -> Page {
        let p = shingles(predicted), g = shingles(truth)
        var tp = 0
        for (k, c) in p { tp += min(c, g[k] ?? 0) }
        let pTotal = p.values.reduce(0, +), gTotal = g.values.reduce(0, +)
        return Page(precision: pTotal == 0 ? nil : Double(tp) / Double(pTotal),
                    recall: gTotal == 0 ? nil : Double(tp) / Double(gTotal))
    }

    public struct Summary: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var pages: Int
    }

    /// Means over the pages that define each figure; F1 is the harmonic mean of the two means.
    public static func summary(_ pages: [Page]) -> Summary {
        let ps = pages.compactMap(\.precision), rs = pages.compactMap(\.recall)
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return Summary(precision: p, recall: r, f1: p + r == 0 ? 0 : 2 * p * r / (p + r), pages: pages.count)
    }
}
