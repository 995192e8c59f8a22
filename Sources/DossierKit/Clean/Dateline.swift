// Datelines that open a story: "YEREVAN (RFE/RL) —", "GENEVA, Nov 5 (Reuters) -", "KUALA LUMPUR, April 1, 1997 (AFP)".

import Foundation

/// A parsed dateline. The cleaner removes it from the body text (the article keeps `dateline` = place,
/// `metadata["dateline"]` = the whole dateline as written) so the body starts with the story's first word.
public struct Dateline: Hashable, Sendable {
    /// The place as written ("YEREVAN", "Geneva").
    public var place: String
    /// The agency in brackets ("RFE/RL", "AFP"), if any.
    public var agency: String?
    /// A date with a year ("April 1, 1997"); nil when the dateline has none or no year.
    public var date: DateInfo?
    /// A month-day without a year ("Nov 5"), kept for the time layer.
    public var partialDate: String?
    /// The dateline as written, without the final dash.
    public var text: String
    /// The paragraph after the dateline.
    public var rest: String
}

public enum DatelineRule {
    static let separators = [" — ", " – ", " -- ", " - ", "— ", "—", " —", " –", " : "]

    /// A dateline at the start of a body paragraph, or nil.
    public static func parse(paragraph p: String) -> Dateline? {
        let window = p.prefix(110)
        var best: (Range<String.Index>, String)?
        for sep in separators {
            if let r = window.range(of: sep), best.map({ r.lowerBound < $0.0.lowerBound }) ?? true { best = (r, sep) }
        }
        guard let (r, _) = best else { return nil }
        let head = String(p[p.startIndex..<r.lowerBound]).trimmed(" \t")
        let rest = String(p[r.upperBound...]).trimmed(" \t")
        guard let first = rest.unicodeScalars.first,
              first.properties.isUppercase || first.properties.numericType != nil || "\"“‘'(".unicodeScalars.contains(first),
              var d = parseHead(head, requireAllCapsWithoutAgency: true) else { return nil }
        d.rest = rest
        return d
    }

    /// A dateline given as its own field (JSON "dateline"): no separator needed.
    public static func parse(field: String) -> Dateline? {
        let t = field.trimmed(" -—–:")
        return parseHead(t, requireAllCapsWithoutAgency: false)
    }

    static func parseHead(_ headIn: String, requireAllCapsWithoutAgency: Bool) -> Dateline? {
        var head = headIn.replacingOccurrences(of: " ,", with: ",")
        guard !head.isEmpty, head.count <= 90 else { return nil }
        var agency: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = head[head.index(after: open)..<head.index(before: head.endIndex)].trimmed(" \t")
            guard !inner.isEmpty, inner.count <= 40, CleanText.isNameLike(inner.replacingOccurrences(of: "/", with: " "), maxWords: 6)
            else { return nil }
            agency = inner
            head = String(head[..<open]).trimmed(" \t")
        }
        let parts = head.split(separator: ",").map { $0.trimmed(" \t") }
        guard let place = parts.first, !place.isEmpty else { return nil }
        let placeWords = place.split(separator: " ")
        guard placeWords.count <= 4 else { return nil }
        let letters = place.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return nil }
        let allCaps = letters.allSatisfy { $0.properties.isUppercase }
        if !allCaps {
            guard agency != nil || !requireAllCapsWithoutAgency, CleanText.isTitleCase(place + " X") || placeWords.count == 1,
                  CleanText.startsUpper(Substring(place)) else { return nil }
        }
        if allCaps, letters.count < 3, agency == nil { return nil }
        var date: DateInfo?
        var partial: String?
        var regions: [String] = []
        let dateText = parts.dropFirst().joined(separator: ", ")
        if !dateText.isEmpty {
            if let (info, _) = StatedDate.inText(dateText) {
                date = DateInfo(value: info.value, granularity: info.granularity, expression: info.expression, basis: "dateline")
            }
            for part in parts.dropFirst() {
                let ws = part.split(separator: " ")
                if let f = ws.first, CleanText.month(f) != nil, ws.count <= 2 {
                    if date == nil { partial = part }
                    continue
                }
                if part.count == 4, Int(part) != nil { continue }
                if CleanText.isNameLike(part, maxWords: 4) { regions.append(part); continue }
                return nil
            }
        }
        return Dateline(place: place, agency: agency, date: date, partialDate: partial,
                        text: headIn.trimmed(" \t"), rest: "")
    }
}
