// Each article's time expressions as one binary record (`timexes.record`), in place of JSON: smaller
// (an expression's text is left out when the article's text at its span gives it back, as an event's
// sentence is), and read without a JSON decoder when an update reuses the expressions of every
// unchanged article.

import Foundation

enum TimexRecord {
    /// Bumped when the layout changes; a record of another format reads as damaged (tagged again).
    static let format: UInt8 = 1
    private static let types: [TimexType] = [.date, .time, .duration, .set]

    static func encode(_ timexes: [TimeExpression], text: ScalarText) -> Data {
        var w = BinaryRecord.Writer()
        w.byte(format)
        w.varint(timexes.count)
        var previous = 0
        for t in timexes {
            w.signed(t.span.start - previous)
            previous = t.span.start
            w.varint(t.span.end - t.span.start)
            // The type, and whether the text is the article's at the span (the high bit).
            let own = t.span.end <= text.count && text[t.span] == t.text
            w.byte(UInt8(types.firstIndex(of: t.type) ?? 0) | (own ? 0x80 : 0))
            if !own { w.string(t.text) }
            w.optional(t.value)
            w.byte(t.granularity.map { UInt8((Granularity.allCases.firstIndex(of: $0) ?? 0) + 1) } ?? 0)
            w.string(t.basis)
            w.optional(t.conflict)
        }
        return w.data
    }

    /// What `encode` wrote for an article of `text`; nil when the record is damaged or of another format.
    static func decode(_ data: Data, text: ScalarText) -> [TimeExpression]? {
        var r = BinaryRecord.Reader(data)
        do {
            guard try r.byte() == format else { return nil }
            var out: [TimeExpression] = []
            let n = try r.count()
            out.reserveCapacity(n)
            var start = 0
            for _ in 0..<n {
                start += try r.signed()
                let span = TextSpan(start, start + (try r.varint()))
                let code = try r.byte()
                guard Int(code & 0x7F) < types.count else { return nil }
                let own = code & 0x80 != 0
                if own && span.end > text.count { return nil }
                let written = own ? text[span] : try r.string()
                let value = try r.optional()
                let g = Int(try r.byte())
                guard g <= Granularity.allCases.count else { return nil }
                out.append(TimeExpression(span: span, text: written, type: types[Int(code & 0x7F)], value: value,
                                          granularity: g == 0 ? nil : Granularity.allCases[g - 1], basis: try r.string(),
                                          conflict: try r.optional()))
            }
            return out
        } catch {
            return nil
        }
    }
}
