// The memoised event drafts' binary record: every field comes back exactly (an update that reuses the
// memo must equal a fresh analysis), a field added to EventDraft cannot be forgotten by the record,
// and a damaged or foreign record is a miss, never a crash.

@testable import DossierKit
import Foundation
import Testing

@Suite struct EventDraftRecordTests {
    /// Every field set to something other than its default, and a draft with the defaults.
    static let drafts: [EventDraft] = {
        var full = EventDraft(article: ArticleID(ordinal: 3), span: TextSpan(120, 188), sentence: "Ministers met in Ереван on Monday.",
                              kind: .background, trigger: TextSpan(130, 133), triggerText: "met", lemma: "meet",
                              triggerClass: .meeting, summary: "Ministers met", 
                              date: DateInfo(value: "2021-04-12", granularity: .day, expression: "on Monday", basis: "sentence",
                                             conflict: "metadata says 2021-04-13", after: "1951-02-20"),
                              participants: [EventParticipant(entity: EntityID(ordinal: 2), role: .agent),
                                             EventParticipant(entity: EntityID(ordinal: 300), role: nil),
                                             EventParticipant(entity: EntityID(ordinal: 5), role: .place)],
                              speaker: EntityID(ordinal: 9), sentenceIndex: 4, inHeadline: true)
        full.future = true
        full.secondary = true
        full.minor = true
        let plain = EventDraft(article: ArticleID(ordinal: 1), span: TextSpan(0, 10), sentence: "", summary: "", date: nil, participants: [])
        var partly = plain
        partly.secondary = true
        partly.speaker = EntityID(ordinal: 0)
        return [full, plain, partly]
    }()

    @Test func everyFieldComesBackExactly() throws {
        let back = try EventDraftRecord.decode(EventDraftRecord.encode(Self.drafts))
        #expect(back == Self.drafts)
        #expect(try EventDraftRecord.decode(EventDraftRecord.encode([])) == [])
        // Through the memo's codec too.
        let codec = MemoCodec<[EventDraft]>.eventDrafts
        #expect(codec.encode(Self.drafts).flatMap(codec.decode) == Self.drafts)
    }

    @Test func theRecordWritesEveryStoredFieldOfADraft() {
        // If this fails, a field was added to EventDraft: write and read it in EventDraftRecord, then
        // update fieldCount (and the format byte), or memoised drafts would lose it.
        #expect(Mirror(reflecting: Self.drafts[0]).children.count == EventDraftRecord.fieldCount)
    }

    @Test func aDamagedOrForeignRecordIsAMiss() {
        let blob = EventDraftRecord.encode(Self.drafts)
        let codec = MemoCodec<[EventDraft]>.eventDrafts
        for cut in [1, 5, blob.count / 2, blob.count - 1] { #expect(codec.decode(blob.prefix(cut)) == nil) }
        var other = blob
        other[0] = EventDraftRecord.format &+ 1
        #expect(codec.decode(other) == nil)
        // The JSON an older index stored is not read as a record.
        let json = (try? JSONEncoder().encode(Self.drafts)) ?? Data()
        #expect(codec.decode(json) == nil)
        #expect(codec.decode(blob + Data([0])) == nil)
    }
}
