// Dates a source states outright: header lines ("April 14, 2021"), field values (ISO, RFC 2822), lone weekdays.

/// Never infers: relative expressions ("on Tuesday") are the time layer's job, so a bare weekday is only
/// reported (for `metadata["header-weekday"]`), never turned into a date.
public enum StatedDate {
    /// A line that is only a date, maybe with a weekday, a time, a zone and a label ("Published:", "Updated").
    public static func header(_ line: String) -> DateInfo? {
        guard line.count <= 80, let r = parseTokens(line, strict: true) else { return nil }
        // "Updated: ..." tells when the page last changed, not when the story came out
        let lower = line.lowercased()
        let revised = ["updated", "modified", "revised"].contains { lower.contains($0) }
        return DateInfo(value: r.value, granularity: r.granularity, expression: r.expression,
                        basis: revised ? "header (updated)" : headerBasis)
    }

    /// The basis of a date read from a header line that is only a date (no "Updated" label).
    public static let headerBasis = "header"

    /// "Tuesday," or "Tue." alone on a line: the weekday's full name.
    public static func weekdayOnly(_ line: String) -> String? {
        let t = line.trimmed(" ,.:|-").lowercased()
        return CleanText.weekdays[t]
    }

    /// A date field as a structured source writes it: ISO 8601, RFC 2822, or words ("April 14, 2021").
    public static func field(_ raw: String, basis: String) -> DateInfo? {
        let s = raw.trimmed(" \n\t")
        guard !s.isEmpty, s.count <= 100 else { return nil }
        // ISO: 2021-04-14, 2021-04-14T10:00:00Z, 2021-04, 2021
        let head = s.prefix(10)
        if head.count == 10, head.dropFirst(4).first == "-", let d = CalendarDate(iso: String(head)) {
            return DateInfo(value: d.description, granularity: .day, expression: s, basis: basis)
        }
        if s.count == 7, s.dropFirst(4).first == "-", let y = Int(s.prefix(4)), let m = Int(s.suffix(2)), (1...12).contains(m) {
            return DateInfo(value: String(format: "%04d-%02d", y, m), granularity: .month, expression: s, basis: basis)
        }
        if s.count == 4, let y = Int(s), (1000...2999).contains(y) {
            return DateInfo(value: s, granularity: .year, expression: s, basis: basis)
        }
        if s.count == 8, s.allSatisfy(\.isNumber), let d = CalendarDate(iso: "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))") {
            return DateInfo(value: d.description, granularity: .day, expression: s, basis: basis)
        }
        if let r = parseTokens(s, strict: false) {
            return DateInfo(value: r.value, granularity: r.granularity, expression: s, basis: basis)
        }
        return nil
    }

    /// A date anywhere inside a short text (a dateline's "April 1 , 1997"); nil without a year.
    public static func inText(_ s: String) -> (DateInfo, String)? {
        let ws = s.replacingOccurrences(of: " ,", with: ",").split(separator: " ")
        for k in ws.indices {
            guard CleanText.month(ws[k]) != nil || Int(ws[k].trimmed(",.")) != nil else { continue }
            for len in stride(from: min(4, ws.count - k), through: 2, by: -1) {
                let phrase = ws[k..<(k + len)].joined(separator: " ").trimmed(",. ")
                if let r = parseTokens(phrase, strict: true), r.granularity == .day || r.granularity == .month {
                    return (DateInfo(value: r.value, granularity: r.granularity, expression: r.expression, basis: "text"), phrase)
                }
            }
        }
        return nil
    }

    struct Parsed { var value: String; var granularity: Granularity; var expression: String }

    static let labels: Set<String> = ["published", "posted", "updated", "last", "first", "date", "dated", "on", "at",
                                      "pub", "created", "modified", "issued", "released", "publication", "time",
                                      "|", "-", "–", "—", "/", "·", "•", "and", "originally"]
    static let zones: Set<String> = ["gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt",
                                     "pst", "pdt", "cet", "cest", "eet", "eest", "msk", "bst", "ist", "jst", "amt",
                                     "azt", "get", "z", "hkt", "sgt", "aest", "aedt", "wib"]

    /// Parses tokens into one date. `strict`: every token must be understood (for whole header lines).
    static func parseTokens(_ s: String, strict: Bool) -> Parsed? {
        var cleaned = s
        for ch in [",", "(", ")", "[", "]"] { cleaned = cleaned.replacingOccurrences(of: ch, with: " ") }
        let tokens = cleaned.split(separator: " ").map { String($0) }
        guard !tokens.isEmpty, tokens.count <= 14 else { return nil }
        var year: Int?, month: Int?, day: Int?
        var exprStart: Int?, exprEnd = 0
        var sawDatePart = false
        func mark(_ k: Int) { if exprStart == nil { exprStart = k }; exprEnd = k; sawDatePart = true }
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            let tl = t.lowercased().trimmed(".:")
            if let m = CleanText.months[tl], month == nil || (day == nil && year == nil) {
                month = m; mark(k); k += 1; continue
            }
            if CleanText.weekdays[tl] != nil || labels.contains(tl) || tl.isEmpty { k += 1; continue }
            // ISO date token (maybe with a time).
            if t.count >= 10, t.dropFirst(4).first == "-", let d = CalendarDate(iso: String(t.prefix(10))) {
                year = d.year; month = d.month; day = d.day; mark(k); k += 1; continue
            }
            // 14.04.2021 or 14/04/2021 (day first unless only the other reading is valid).
            for sep: Character in [".", "/"] where t.filter({ $0 == sep }).count == 2 {
                let p = t.split(separator: sep).compactMap { Int($0) }
                if p.count == 3, p[2] >= 1900, p[2] <= 2100 {
                    var (d, m) = (p[0], p[1])
                    if m > 12 && d <= 12 { (d, m) = (m, d) } else if sep == "/" && d <= 12 && m <= 12 && d != m { return nil }
                    if (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: p[2]) {
                        year = p[2]; month = m; day = d; mark(k)
                    }
                }
            }
            if sawDatePart && exprEnd == k { k += 1; continue }
            // Numbers: day (1–31, maybe "14th") or year (4 digits).
            var num = tl
            for suf in ["st", "nd", "rd", "th"] where num.hasSuffix(suf) && num.count > 2 { num = String(num.dropLast(2)) }
            if let n = Int(num) {
                if num.count == 4, (1000...2999).contains(n), year == nil { year = n; mark(k); k += 1; continue }
                if (1...31).contains(n), day == nil, num.count <= 2 { day = n; mark(k); k += 1; continue }
                if !strict { k += 1; continue }
                return nil
            }
            // Times and zones.
            if tl.contains(":"), tl.split(separator: ":").allSatisfy({ $0.allSatisfy(\.isNumber) }) { k += 1; continue }
            if t.contains(":"), t.split(separator: ":").count >= 2, t.first?.isNumber == true { k += 1; continue }
            if ["am", "pm", "a.m", "p.m", "a.m.", "p.m."].contains(tl) || zones.contains(tl)
                || ((t.hasPrefix("+") || t.hasPrefix("-")) && t.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" })) {
                k += 1; continue
            }
            if !strict { k += 1; continue }
            return nil
        }
        guard let y = year, let m = month, let start = exprStart else { return nil }
        let expression = tokensExpression(s, from: tokens[start], through: tokens[exprEnd])
        if let d = day {
            guard d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return Parsed(value: CalendarDate(year: y, month: m, day: d).description, granularity: .day, expression: expression)
        }
        return Parsed(value: String(format: "%04d-%02d", y, m), granularity: .month, expression: expression)
    }

    /// The original text from the first date token to the last ("April 14, 2021" out of "Published: April 14, 2021 10:00").
    static func tokensExpression(_ s: String, from a: String, through b: String) -> String {
        guard let ra = s.range(of: a) else { return s }
        guard let rb = s.range(of: b, options: .backwards), rb.upperBound >= ra.upperBound else {
            return String(s[ra.lowerBound...]).trimmed(" \t")
        }
        return String(s[ra.lowerBound..<rb.upperBound])
    }
}
