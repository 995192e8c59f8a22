// Folds reports of the same happening from several articles into one event with all its sources.

public struct EventMerger: Sendable {
    /// Share of participants two reports must have in common (Jaccard).
    public var participantOverlap = 0.5
    /// Share of content words two reports must have in common (Jaccard).
    public var wordOverlap = 0.25
    /// How far apart two day dates may be and still name the same happening (outlets count days differently).
    public var dayTolerance = 1

    public init() {}

    /// Assigns ids in a deterministic order (article, then offset) and folds reports of the same
    /// happening from different articles (same participants, close dates, similar words) into one
    /// event: the report with the most precise date leads; the others become `alsoReportedIn`.
    public func merge(_ drafts: [EventDraft]) -> [Event] {
        let ordered = drafts.sorted { ($0.article, $0.span.start) < ($1.article, $1.span.start) }
        var parent = Array(ordered.indices)
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var y = x
            while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
            return r
        }
        let words = ordered.map { Self.contentWords($0.sentence) }
        let days = ordered.map { d -> CalendarDate? in d.date?.value.flatMap(TimeValue.init(timex:)).map(\.firstDay) }
        // Compare only reports that share a participant and a date bucket (keeps this near-linear).
        var buckets: [String: [Int]] = [:]
        for (i, d) in ordered.enumerated() {
            guard let value = d.date?.value, let day = days[i], !d.participants.isEmpty else { continue }
            let granular = (d.date?.granularity ?? .year) >= .day
            for p in d.participants {
                let key = granular ? "\(p)|d\(day.dayNumber / 2)" : "\(p)|\(value)"
                buckets[key, default: []].append(i)
                if granular {
                    // a neighbouring bucket catches dates one day apart across a bucket edge
                    buckets["\(p)|d\((day.dayNumber + 1) / 2)|n", default: []].append(i)
                }
            }
        }
        var checked = Set<Int>()
        for key in buckets.keys.sorted() {
            guard let members = buckets[key], members.count > 1 else { continue }
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let i = members[a], j = members[b]
                    guard ordered[i].article != ordered[j].article else { continue }
                    let pairKey = i * ordered.count + j
                    guard checked.insert(pairKey).inserted else { continue }
                    if sameHappening(ordered[i], ordered[j], words[i], words[j], days[i], days[j]) {
                        let ri = find(i), rj = find(j)
                        if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in ordered.indices { groups[find(i), default: []].append(i) }
        let leaders = groups.keys.sorted()
        var events: [Event] = []
        events.reserveCapacity(leaders.count)
        for root in leaders {
            let members = groups[root] ?? [root]
            let lead = members.min { Self.precision(ordered[$0]) > Self.precision(ordered[$1]) || (Self.precision(ordered[$0]) == Self.precision(ordered[$1]) && $0 < $1) } ?? root
            let id = EventID(ordinal: events.count + 1)
            let d = ordered[lead]
            var participants = d.participants
            for m in members { for p in ordered[m].participants where !participants.contains(p) { participants.append(p) } }
            let others = members.filter { $0 != lead }.map { EventSource(article: ordered[$0].article, span: ordered[$0].span, event: id) }
            events.append(Event(id: id, article: d.article, sentence: d.sentence, span: d.span, date: d.date,
                                participants: participants, alsoReportedIn: others))
        }
        return events
    }

    func sameHappening(_ a: EventDraft, _ b: EventDraft, _ wa: Set<String>, _ wb: Set<String>,
                       _ da: CalendarDate?, _ db: CalendarDate?) -> Bool {
        let pa = Set(a.participants), pb = Set(b.participants)
        guard !pa.isEmpty, !pb.isEmpty else { return false }
        let pShare = Double(pa.intersection(pb).count) / Double(pa.union(pb).count)
        guard pShare >= participantOverlap else { return false }
        guard let va = a.date?.value, let vb = b.date?.value, let x = da, let y = db else { return false }
        let ga = a.date?.granularity ?? .year, gb = b.date?.granularity ?? .year
        if ga >= .day && gb >= .day {
            guard abs(x.dayNumber - y.dayNumber) <= dayTolerance else { return false }
        } else if va != vb {
            return false
        }
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        let wShare = Double(wa.intersection(wb).count) / Double(wa.union(wb).count)
        return wShare >= wordOverlap
    }

    /// Finer dates and dates read in the sentence lead over coarse or publication-day dates.
    static func precision(_ d: EventDraft) -> Int {
        guard let date = d.date, date.value != nil else { return 0 }
        let fromSentence = date.basis.hasPrefix("reporting verb") ? 0 : 1
        return (date.granularity?.rank ?? 0) * 2 + fromSentence
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "his", "her", "its", "their", "this",
        "from", "said", "says", "will", "would", "which", "who", "also", "been", "are", "not", "but", "they", "she",
        "him", "them", "than", "into", "about", "after", "before", "over", "under", "on", "in", "at", "of", "to",
    ]

    /// Lower-cased words of three letters or more, without common function words, crudely stemmed.
    static func contentWords(_ sentence: String) -> Set<String> {
        var out = Set<String>()
        for token in Tokenizer.tokenize(sentence) {
            let w = token.text.lowercased()
            guard w.count >= 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }), !stopWords.contains(w) else { continue }
            var stem = w
            for suffix in ["ing", "ed", "es", "s"] where stem.count > suffix.count + 3 && stem.hasSuffix(suffix) {
                stem = String(stem.dropLast(suffix.count))
                break
            }
            out.insert(stem)
        }
        return out
    }
}
