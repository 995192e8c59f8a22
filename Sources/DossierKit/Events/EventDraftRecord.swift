// The memoised event drafts of an article (`EventMemo`) as a binary record instead of JSON: decoding
// the JSON of every unchanged article was 7% of an update's CPU (perf, one file changed on the
// 4,677-story corpus), the largest single cost of reusing the memo.

import Foundation

extension MemoCodec where Value == [EventDraft] {
    public static var eventDrafts: MemoCodec {
        MemoCodec(encode: { EventDraftRecord.encode($0) }, decode: { try? EventDraftRecord.decode($0) })
    }
}

enum EventDraftRecord {
    /// Bumped with the layout: a record of another format is not decoded (the step runs again).
    static let format: UInt8 = 1
    /// The stored fields of `EventDraft` this record writes. A test compares it with the struct's
    /// fields, so that a field added to the struct cannot be dropped here unnoticed (an update would
    /// then differ from a fresh analysis).
    static let fieldCount = 17

    static func encode(_ drafts: [EventDraft]) -> Data {
        var w = BinaryRecord.Writer()
        w.byte(format)
        w.varint(drafts.count)
        for d in drafts {
            w.varint(d.article.ordinal)
            w.varint(d.span.start)
            w.varint(d.span.end - d.span.start)
            w.string(d.sentence)
            w.byte(code(d.kind, in: EventKind.allCases))
            if let t = d.trigger {
                w.byte(1)
                w.varint(t.start)
                w.varint(t.end - t.start)
            } else {
                w.byte(0)
            }
            w.string(d.triggerText)
            w.string(d.lemma)
            w.byte(d.triggerClass.map { code($0, in: TriggerClass.allCases) + 1 } ?? 0)
            w.string(d.summary)
            w.date(d.date)
            w.varint(d.participants.count)
            for p in d.participants {
                w.varint(p.entity.ordinal)
                w.byte(p.role.map { code($0, in: ParticipantRole.allCases) + 1 } ?? 0)
            }
            w.varint(d.speaker.map { $0.ordinal + 1 } ?? 0)
            w.varint(d.sentenceIndex)
            var flags: UInt8 = 0
            for (bit, on) in [d.inHeadline, d.future, d.secondary, d.minor].enumerated() where on { flags |= 1 << UInt8(bit) }
            w.byte(flags)
        }
        return w.data
    }

    static func decode(_ data: Data) throws -> [EventDraft] {
        var r = BinaryRecord.Reader(data)
        guard try r.byte() == format else { throw BinaryRecord.Reader.damaged }
        var drafts: [EventDraft] = []
        for _ in 0..<(try r.count()) {
            let article = ArticleID(ordinal: try r.varint())
            let start = try r.varint()
            let span = TextSpan(start, start + (try r.varint()))
            let sentence = try r.string()
            let kind = try value(r.byte(), in: EventKind.allCases)
            var trigger: TextSpan?
            if try r.byte() == 1 {
                let s = try r.varint()
                trigger = TextSpan(s, s + (try r.varint()))
            }
            let triggerText = try r.string()
            let lemma = try r.string()
            let c = try r.byte()
            let triggerClass = c == 0 ? nil : try value(c - 1, in: TriggerClass.allCases)
            let summary = try r.string()
            let date = try r.date()
            var participants: [EventParticipant] = []
            for _ in 0..<(try r.count()) {
                let entity = EntityID(ordinal: try r.varint())
                let role = try r.byte()
                participants.append(EventParticipant(entity: entity, role: role == 0 ? nil : try value(role - 1, in: ParticipantRole.allCases)))
            }
            let speaker = try r.varint()
            var d = EventDraft(article: article, span: span, sentence: sentence, kind: kind, trigger: trigger,
                               triggerText: triggerText, lemma: lemma, triggerClass: triggerClass, summary: summary, date: date,
                               participants: participants, speaker: speaker == 0 ? nil : EntityID(ordinal: speaker - 1),
                               sentenceIndex: try r.varint())
            let flags = try r.byte()
            d.inHeadline = flags & 1 != 0
            d.future = flags & 2 != 0
            d.secondary = flags & 4 != 0
            d.minor = flags & 8 != 0
            drafts.append(d)
        }
        guard r.at == r.bytes.count else { throw BinaryRecord.Reader.damaged }
        return drafts
    }

    private static func code<T: Equatable>(_ v: T, in all: [T]) -> UInt8 { UInt8(all.firstIndex(of: v) ?? 0) }

    private static func value<T>(_ code: UInt8, in all: [T]) throws -> T {
        guard Int(code) < all.count else { throw BinaryRecord.Reader.damaged }
        return all[Int(code)]
    }
}
