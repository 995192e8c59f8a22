// Folds reports of one happening from several articles into one event with all its sources, and scores
// each event's salience.

public struct EventMerger: Sendable {
    /// Share of participants two reports must have in common (Jaccard).
    public var participantOverlap = 0.3
    /// Share of content words two reports must have in common (Jaccard).
    public var wordOverlap = 0.2
    /// The same where the rest of the evidence is weak: the participants they share are all places (a
    /// country or a city two reports name says little of whether they tell one happening: every gold
    /// medal China wins that day, every clash in one province), or each sentence names its own day and
    /// the days differ. Then most of their words must be shared too.
    public var weakEvidenceWordOverlap = 0.5
    /// How far apart two day dates may be and still name the same happening (outlets count days differently).
    public var dayTolerance = 1
    /// Salience at or above which an event is a key event (the default timeline).
    public static let keyThreshold = 0.5

    public init() {}

    /// Assigns ids in a deterministic order (article, then offset) and folds reports of the same
    /// happening (same kind, compatible dates, shared participants, triggers of one class, similar words;
    /// or the very same sentence, as in a refiled or copied story) into one event whose `alsoReportedIn`
    /// says why each was joined. `prominence` gives each entity's weight (0...1) for salience; `versions`
    /// maps each article that is a version of a story (`ArticleVersions`) to the story's newest version;
    /// `places` are the entities that are places (shared, they are weak evidence: `weakEvidenceWordOverlap`).
    public func merge(_ drafts: consuming [EventDraft], prominence: [EntityID: Double] = [:],
                      versions: [ArticleID: ArticleID] = [:], places: Set<EntityID> = []) -> [Event] {
        // Sorted in place: the drafts are the largest input of the corpus-wide stage, and a sorted
        // copy beside them was part of its memory peak.
        var ordered = consume drafts
        ordered.sort { ($0.article, $0.span.start) < ($1.article, $1.span.start) }
        var sets = UnionFind(count: ordered.count)
        // Content words only of reports that meet another in a bucket (most never do; reading every
        // sentence's words was a third of merging).
        let words = LazyWords(ordered.map(\.sentence))
        let normalized = ordered.map { Self.normalizedSentence($0.sentence) }
        let periods = ordered.map { d -> TimeValue? in d.date?.value.flatMap(TimeValue.init(timex:)) }
        // Compare only reports that share a key: the same sentence, or a participant (speaker) and a
        // date bucket. Buckets keep this near-linear and make every decision depend on a small neighbourhood.
        var buckets: [String: [Int]] = [:]
        for (i, d) in ordered.enumerated() {
            buckets["s|" + normalized[i], default: []].append(i)
            guard let p = periods[i] else { continue }
            let people = d.kind == .statement ? d.speaker.map { [$0] } ?? [] : d.participants.filter { $0.role != .place }.map(\.entity)
            for id in people {
                if (d.date?.granularity ?? .year) >= .day {
                    let day = p.firstDay.dayNumber
                    buckets["\(id)|d\(day / 2)", default: []].append(i)
                    // a neighbouring bucket catches dates one day apart across a bucket edge
                    buckets["\(id)|n\((day + 1) / 2)", default: []].append(i)
                } else {
                    buckets["\(id)|\(d.date?.value ?? "")", default: []].append(i)
                }
            }
        }
        var why: [Int: String] = [:]
        var pairs: [(Int, Int)] = []
        var seen = Set<Int>()
        for (_, members) in buckets where members.count > 1 {
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let i = min(members[a], members[b]), j = max(members[a], members[b])
                    if seen.insert(i * ordered.count + j).inserted { pairs.append((i, j)) }
                }
            }
        }
        pairs.sort { $0 < $1 }
        for (i, j) in pairs {
            let ri = sets.find(i), rj = sets.find(j)
            guard ri != rj else { continue }
            // both reports must also match the group's first report, so that a chain of near matches
            // cannot join two different happenings
            guard let reason = sameHappening(i, j, ordered, words, normalized, periods, places),
                  sameHappening(ri, j, ordered, words, normalized, periods, places) != nil || ri == i,
                  sameHappening(i, rj, ordered, words, normalized, periods, places) != nil || rj == j else { continue }
            sets.join(roots: ri, rj)
            why[max(i, j)] = reason
        }
        let groups = sets.groups()
        let leaders = groups.keys.sorted()
        var events: [Event] = []
        // which merged events lead with a plan, by index in `events`
        var reportsFuture: [Int: Bool] = [:]
        var reportsMinor: [Int: Bool] = [:]
        var reportDated: [Int: Bool] = [:]
        events.reserveCapacity(leaders.count)
        for root in leaders {
            let members = groups[root] ?? [root]
            let lead = members.min { Self.precision(ordered[$0]) > Self.precision(ordered[$1]) || (Self.precision(ordered[$0]) == Self.precision(ordered[$1]) && $0 < $1) } ?? root
            let id = EventID(ordinal: events.count + 1)
            let d = ordered[lead]
            var participants = d.participants
            for m in members {
                for p in ordered[m].participants {
                    if let k = participants.firstIndex(where: { $0.entity == p.entity }) {
                        if participants[k].role == nil { participants[k].role = p.role }
                    } else {
                        participants.append(p)
                    }
                }
            }
            let others = members.filter { $0 != lead }.map {
                EventSource(article: ordered[$0].article, span: ordered[$0].span, event: id,
                            why: why[$0] ?? why[lead].map { "joined with the report it matched: " + $0 } ?? "same happening")
            }
            // copies of one sentence, and reports from versions of one story, count once as a source
            let independent = Self.independentSources(members.map { (normalized[$0], versions[ordered[$0].article] ?? ordered[$0].article) })
            let salience = Self.salience(members.map { ordered[$0] }, lead: d, independentSources: independent,
                                         participants: participants, prominence: prominence)
            reportsFuture[events.count] = d.future
            reportsMinor[events.count] = members.allSatisfy { ordered[$0].minor }
            reportDated[events.count] = Self.isDatedByReport(d)
            events.append(Event(id: id, kind: d.kind, article: d.article, sentence: d.sentence, span: d.span,
                                trigger: d.trigger, triggerText: d.triggerText, summary: d.summary, date: d.date,
                                participants: participants, speaker: d.speaker, alsoReportedIn: others, salience: salience))
        }
        // A story's main happening is news even when one outlet alone reports it: the best event of each
        // article, if it is a fair candidate, gains what a second source would give.
        var best: [ArticleID: Int] = [:]
        // (a plan is no story's happening yet: "will meet Friday" stays below the key line)
        for (k, e) in events.enumerated() where e.kind == .event && !(reportsFuture[k] ?? false) && !(reportsMinor[k] ?? false)
            && !(reportDated[k] ?? false) {
            if let b = best[e.article], events[b].salience >= e.salience { continue }
            best[e.article] = k
        }
        for k in best.values where events[k].salience >= Self.storyLeadFloor {
            events[k].salience = min(1, ((events[k].salience + Self.storyLeadBonus) * 1000).rounded() / 1000)
        }
        return events
    }

    /// How many sources remain when reports with the same sentence, or from versions of one story
    /// (the same `story`), are one source: the connected groups of reports linked by either.
    static func independentSources(_ reports: [(sentence: String, story: ArticleID)]) -> Int {
        var sets = UnionFind(count: reports.count)
        var bySentence: [String: Int] = [:], byStory: [ArticleID: Int] = [:]
        for (k, r) in reports.enumerated() {
            for other in [bySentence[r.sentence], byStory[r.story]].compactMap({ $0 }) { sets.join(k, other) }
            if bySentence[r.sentence] == nil { bySentence[r.sentence] = k }
            if byStory[r.story] == nil { byStory[r.story] = k }
        }
        return sets.groups().count
    }

    /// Salience from which an article's best event counts as the story's main happening, and what that adds.
    static let storyLeadFloor = 0.4
    static let storyLeadBonus = 0.15

    /// Whether a happening's only date is the day of its report: the sentence names none, and the date is the
    /// article's or the speech's ("rebels killed 40 people, an army spokesman said Wednesday"). Read at scale, such
    /// a happening was mostly earlier than its report (the raid was on Tuesday), so the day is kept as the report's
    /// but the event is no key event: the default view shows happenings whose day the text gives.
    /// Only a day is a report's day: a report dated by its year or month (a page's copyright year) says
    /// honestly when the happening was, and its story's happenings stay eligible (the bundled corpus's
    /// stories of 2023 had lost every key event).
    static func isDatedByReport(_ d: EventDraft) -> Bool {
        guard let date = d.date, date.value != nil, date.expression == nil, (date.granularity ?? .day) >= .day else { return false }
        return date.basis.hasPrefix("no date in the sentence: reported") || date.basis.hasPrefix("no date of its own: reported on")
    }

    /// Why two reports are one happening, or nil when they are not.
    func sameHappening(_ i: Int, _ j: Int, _ ordered: [EventDraft], _ words: LazyWords, _ normalized: [String],
                       _ periods: [TimeValue?], _ places: Set<EntityID>) -> String? {
        let a = ordered[i], b = ordered[j]
        guard a.kind == b.kind else { return nil }
        if normalized[i] == normalized[j] && !normalized[i].isEmpty {
            // one sentence may report several happenings and a statement: a copy is the same one of them
            guard a.lemma == b.lemma, a.triggerText.lowercased() == b.triggerText.lowercased() else { return nil }
            guard a.date?.value == b.date?.value || a.date?.value == nil || b.date?.value == nil else { return nil }
            return a.article == b.article ? "the same sentence again in \(a.article)" : "the same sentence (a copy or refile of \(a.article))"
        }
        guard a.article != b.article else { return nil }
        guard let pa = periods[i], let pb = periods[j] else { return nil }
        // dates: days at most a day apart, or a coarser date that contains the other
        let ga = a.date?.granularity ?? .year, gb = b.date?.granularity ?? .year
        let dateWhy: String
        var gap = 0
        if ga >= .day && gb >= .day {
            gap = abs(pa.firstDay.dayNumber - pb.firstDay.dayNumber)
            guard gap <= dayTolerance else { return nil }
            dateWhy = gap == 0 ? "same day \(pa.firstDay)" : "days a day apart (\(pa.firstDay), \(pb.firstDay))"
        } else {
            guard pa.firstDay.dayNumber >= pb.firstDay.dayNumber && pa.lastDay.dayNumber <= pb.lastDay.dayNumber
                    || pb.firstDay.dayNumber >= pa.firstDay.dayNumber && pb.lastDay.dayNumber <= pa.lastDay.dayNumber else { return nil }
            dateWhy = "compatible dates \(a.date?.value ?? "-") and \(b.date?.value ?? "-")"
        }
        let wa = words[i], wb = words[j]
        guard !wa.isEmpty, !wb.isEmpty else { return nil }
        let wShare = Double(wa.intersection(wb).count) / Double(wa.union(wb).count)
        let percent = Int((wShare * 100).rounded())
        if a.kind == .statement {
            guard let s = a.speaker, s == b.speaker, wShare >= 0.35 else { return nil }
            return "\(dateWhy), same speaker \(s), \(percent)% of words shared"
        }
        guard let ca = a.triggerClass, ca == b.triggerClass else { return nil }
        if gap > 0 {
            // A day apart is allowed for outlets that count days differently. Markets and prices are
            // reported every day in the same words, so figures a day apart are two days' figures; and
            // two sentences that each name their day ("elected Tuesday", "resigned Wednesday") tell
            // two happenings unless they tell them in mostly the same words.
            if ca == .economy { return nil }
            if Self.datedInSentence(a), Self.datedInSentence(b), wShare < weakEvidenceWordOverlap { return nil }
        }
        let pa2 = Set(a.participants.filter { $0.role != .place }.map(\.entity))
        let pb2 = Set(b.participants.filter { $0.role != .place }.map(\.entity))
        let shared = pa2.intersection(pb2)
        guard !shared.isEmpty else { return nil }
        let all = Set(a.participantIDs).union(b.participantIDs)
        let pShare = Double(Set(a.participantIDs).intersection(b.participantIDs).count) / Double(max(1, all.count))
        guard pShare >= participantOverlap, wShare >= wordOverlap else { return nil }
        if shared.isSubset(of: places), wShare < weakEvidenceWordOverlap { return nil }
        let triggerWhy = a.lemma == b.lemma ? "trigger \(a.triggerText) ~ \(b.triggerText)" : "trigger \(a.triggerText) ~ \(b.triggerText) (\(ca.rawValue))"
        let ids = shared.sorted().map(\.description).joined(separator: ", ")
        return "\(dateWhy), shared participants (\(ids)), \(triggerWhy), \(percent)% of words shared"
    }

    /// The report's date is read in its own sentence (not taken from the article or a statement's date).
    static func datedInSentence(_ d: EventDraft) -> Bool {
        guard let date = d.date, date.value != nil else { return false }
        return !(date.expression == nil || date.basis.hasPrefix("statement"))
    }

    /// Finer dates and dates read in the sentence lead over coarse or publication-day dates.
    static func precision(_ d: EventDraft) -> Int {
        guard let date = d.date, date.value != nil else { return 0 }
        let fromSentence = datedInSentence(d) ? 1 : 0
        return (date.granularity?.rank ?? 0) * 2 + fromSentence
    }

    /// What a reader would weigh: independent sources, how prominent the participants are, whether the
    /// report leads its article or is in its headline, and how precise its date is. Statements and
    /// background score lower, and so do plans (a future): they are kept, but not key events.
    static func salience(_ reports: [EventDraft], lead: EventDraft, independentSources: Int, participants: [EventParticipant],
                         prominence: [EntityID: Double]) -> Double {
        let sources = min(1.0, Double(independentSources - 1) / 3.0)
        let prominent = participants.map { prominence[$0.entity] ?? 0 }.max() ?? 0
        let leads = reports.contains { $0.sentenceIndex <= 1 } ? 1.0 : reports.contains { $0.sentenceIndex <= 3 } ? 0.5 : 0
        let headline = reports.contains { $0.inHeadline } ? 1.0 : 0
        let precision: Double
        // a day taken from the article, not the sentence ("no date in the sentence"), says only "on or shortly
        // before publication", no one day: weighed as a coarse date
        let inferred = lead.date?.expression == nil && (lead.date?.basis.hasPrefix("no date in the sentence") ?? false)
        switch lead.date?.granularity {
        case .day? where inferred: precision = 0.3
        case .day?, .time?: precision = 1
        case .week?, .month?: precision = 0.6
        case .season?, .quarter?, .year?: precision = 0.3
        default: precision = 0
        }
        var score = 0.30 * sources + 0.15 * prominent + 0.25 * leads + 0.15 * headline + 0.15 * precision
        if participants.isEmpty { score *= 0.7 }
        // a plan or a schedule is not yet a happening: kept, but the default view shows what happened
        if lead.future { score *= 0.5 }
        // a statistic, an opinion or a figure of speech is an event, but no happening to show: never key
        if reports.allSatisfy(\.minor) { score *= 0.45 }
        // a happening dated only by its report may be earlier than its day: kept, never key (see `isDatedByReport`)
        if isDatedByReport(lead) { score *= 0.45 }
        // the sentence's further happenings ("... and signed an accord") are rarely its news
        if reports.allSatisfy(\.secondary) { score *= 0.6 }
        switch lead.kind {
        case .event: break
        case .statement: score *= 0.5
        case .background: score *= 0.4
        }
        return (score * 1000).rounded() / 1000
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "his", "her", "its", "their", "this",
        "from", "said", "says", "will", "would", "which", "who", "also", "been", "are", "not", "but", "they", "she",
        "him", "them", "than", "into", "about", "after", "before", "over", "under", "on", "in", "at", "of", "to",
    ]

    /// The sentence as compared for copies: lower case, letters and digits only, single spaces.
    static func normalizedSentence(_ s: String) -> String {
        if let ascii = ASCIIScan.withASCII(s, { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                if ASCIIScan.isLetter(b) || ASCIIScan.isDigit(b) {
                    if space && !out.isEmpty { out.append(0x20) }
                    out.append(ASCIIScan.lower(b))
                    space = false
                } else {
                    space = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }) { return ascii }
        return generalNormalizedSentence(s)
    }

    /// `normalizedSentence` by Unicode properties, for any text.
    static func generalNormalizedSentence(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                if space && !out.isEmpty { out.append(" ") }
                out.append(c)
                space = false
            } else {
                space = true
            }
        }
        return String(out)
    }

    /// Lower-cased words of three letters or more, without common function words, crudely stemmed.
    /// `contentWords` of each sentence, computed the first time it is asked for.
    final class LazyWords {
        private let sentences: [String]
        private var cache: [Set<String>?]
        init(_ sentences: [String]) {
            self.sentences = sentences
            cache = Array(repeating: nil, count: sentences.count)
        }
        subscript(i: Int) -> Set<String> {
            if let w = cache[i] { return w }
            let w = EventMerger.contentWords(sentences[i])
            cache[i] = w
            return w
        }
    }

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
