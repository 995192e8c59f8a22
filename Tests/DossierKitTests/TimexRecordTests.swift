// The time expressions' binary record: what it keeps comes back exactly (texts given back by the
// article's text or stored when they differ), and a damaged record reads as nothing to reuse.

@testable import DossierKit
import Foundation
import Testing

@Suite struct TimexRecordTests {
    static let text = ScalarText("Ереван, 14 апреля — talks resumed on Friday after three weeks; the 1990s were calmer.")

    static let timexes: [TimeExpression] = [
        TimeExpression(span: TextSpan(8, 17), text: "14 апреля", type: .date, value: "2021-04-14", granularity: .day,
                       basis: "dateline", conflict: "metadata says 2021-04-15"),
        // Out of offset order on purpose: starts may step backwards.
        TimeExpression(span: TextSpan(47, 64), text: "after three weeks", type: .duration, value: "P3W", granularity: nil,
                       basis: "duration"),
        TimeExpression(span: TextSpan(34, 43), text: "on Friday", type: .date, value: nil, granularity: .day,
                       basis: "needs an article date to anchor \"Friday\""),
        // A text that is not the article's at its span is kept as written.
        TimeExpression(span: TextSpan(66, 75), text: "the 1990s", type: .date, value: "199X", granularity: .decade, basis: "explicit"),
        TimeExpression(span: TextSpan(200, 205), text: "later", type: .set, value: nil, granularity: .time, basis: "beyond the text"),
    ]

    @Test func whatTheRecordKeepsComesBackExactly() throws {
        #expect(Self.text[TextSpan(34, 43)] == "on Friday")
        let record = TimexRecord.encode(Self.timexes, text: Self.text)
        #expect(TimexRecord.decode(record, text: Self.text) == Self.timexes)
        #expect(TimexRecord.decode(TimexRecord.encode([], text: Self.text), text: Self.text) == [])
        // The texts the article gives back are not stored: smaller than the same record with every text.
        let elsewhere = ScalarText(String(repeating: "x", count: 300))
        #expect(record.count < TimexRecord.encode(Self.timexes, text: elsewhere).count)
    }

    @Test func aDamagedRecordReadsAsNothingToReuse() {
        let record = TimexRecord.encode(Self.timexes, text: Self.text)
        for cut in [0, 1, 2, record.count / 2, record.count - 1] {
            #expect(TimexRecord.decode(record.prefix(cut), text: Self.text) == nil, "cut at \(cut)")
        }
        var otherFormat = record
        otherFormat[otherFormat.startIndex] = TimexRecord.format &+ 1
        #expect(TimexRecord.decode(otherFormat, text: Self.text) == nil)
        // A record whose texts the article gave back, read against a shorter text, is not trusted.
        #expect(TimexRecord.decode(record, text: ScalarText("short")) == nil)
    }
}
