// URL rules: repairing a URL broken by a space or a line break, a publisher from the host, a date from the path.

import Foundation

public enum URLRules {
    /// Characters a URL may hold (RFC 3986 plus "%").
    static func isURLChar(_ c: Unicode.Scalar) -> Bool {
        if c.value > 0x7E || c.value <= 0x20 { return false }
        return !"\"<>\\^`{|}".unicodeScalars.contains(c)
    }

    static func isURLPiece(_ s: Substring) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy(isURLChar) }

    /// Joins the pieces of a URL that a scraper split with spaces ("...-a7 3596" → "...-a73596").
    /// Everything on an "Original url" line is the URL, so every URL-shaped piece is joined; the first
    /// piece that is not URL-shaped ends it.
    public static func repairURL(_ text: String) -> String? {
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard let first = pieces.first, first.lowercased().hasPrefix("http") || first.lowercased().hasPrefix("www.") else {
            return nil
        }
        var url = ""
        for p in pieces {
            guard isURLPiece(p) else { break }
            // A second "http" starts another URL; a capitalised word starts the text after it.
            if !url.isEmpty, p.lowercased().hasPrefix("http") { break }
            if !url.isEmpty, let f = p.unicodeScalars.first, f.properties.isUppercase,
               p.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase }) { break }
            url += p
        }
        while let last = url.last, ".,;:)".contains(last) { url.removeLast() }
        return url.isEmpty ? nil : url
    }

    /// Whether a whole line could continue a URL cut by a line break (no spaces, URL characters only,
    /// and not an ordinary word that could start the next paragraph).
    public static func isURLContinuation(_ line: String) -> Bool {
        guard !line.contains(" "), isURLPiece(Substring(line)) else { return false }
        if line.contains("/") || line.contains("-") || line.contains(".") || line.contains("=") || line.contains("_") { return true }
        return line.allSatisfy { $0.isNumber || $0.isLowercase }
    }

    /// The host without "www." ("www.example-news.com" → "example-news.com"): a generic stand-in for the
    /// publisher when nothing names it.
    public static func host(_ url: String) -> String? {
        guard let comps = URLComponents(string: url), var host = comps.host?.lowercased(), host.contains(".") else { return nil }
        for prefix in ["www.", "www2.", "m.", "mobile.", "amp."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        return host
    }

    /// A date in the URL path: /2021/04/14/, /2021-04-14/, /20210414/ (day) or /2021/04/ (month).
    public static func date(_ url: String) -> DateInfo? {
        guard let comps = URLComponents(string: url) else { return nil }
        let parts = comps.path.split(separator: "/").map(String.init)
        func year(_ s: String) -> Int? { s.count == 4 ? Int(s).flatMap { (1900...2100).contains($0) ? $0 : nil } : nil }
        for (k, p) in parts.enumerated() {
            if let y = year(p), k + 1 < parts.count, parts[k + 1].count <= 2, let m = Int(parts[k + 1]), (1...12).contains(m) {
                if k + 2 < parts.count, parts[k + 2].count <= 2, let d = Int(parts[k + 2]),
                   d >= 1, d <= CalendarDate.daysIn(month: m, year: y) {
                    let value = CalendarDate(year: y, month: m, day: d).description
                    return DateInfo(value: value, granularity: .day, expression: "/\(p)/\(parts[k + 1])/\(parts[k + 2])/", basis: "url")
                }
                return DateInfo(value: String(format: "%04d-%02d", y, m), granularity: .month,
                                expression: "/\(p)/\(parts[k + 1])/", basis: "url")
            }
            // 2021-04-14 or 20210414 as a whole segment or at its start.
            let digits = p.prefix(10)
            if digits.count == 10, let d = CalendarDate(iso: String(digits)), digits.dropFirst(4).first == "-" {
                return DateInfo(value: d.description, granularity: .day, expression: String(digits), basis: "url")
            }
            if p.count == 8, p.allSatisfy(\.isNumber), let y = Int(p.prefix(4)), (1990...2100).contains(y),
               let m = Int(p.dropFirst(4).prefix(2)), let d = Int(p.suffix(2)), (1...12).contains(m),
               d >= 1, d <= CalendarDate.daysIn(month: m, year: y) {
                return DateInfo(value: CalendarDate(year: y, month: m, day: d).description, granularity: .day,
                                expression: p, basis: "url")
            }
        }
        return nil
    }
}
