// What an article's own words say about when it was written: a publication line, and dates it reports.

/// Date clues found in one article's body and captions, before a publication date is chosen.
struct DateEvidence: Sendable {
    struct Day: Sendable {
        var date: CalendarDate
        var text: String
        var fromCaption: Bool
    }

    /// Full dates the text says the story was published or updated on ("Published on 12 March 2005",
    /// "updated: Tuesday, 14 March 2005"): publication evidence, like a header.
    var publication: [Day] = []
    /// Days written in full (with their year) whose weekday, if any, fits, in past-tense clauses: the
    /// story is from one of them or later, so the latest is a lower bound.
    var days: [Day] = []

    static let publicationVerbs: Set<String> = [
        "published", "updated", "posted", "filed", "dated", "date", "printed", "issued",
    ]

    /// Present-tense words that put a day on a schedule right before it ("takes place on", "opens on"):
    /// a clause in the past elsewhere in the sentence ("hosted by ...") does not make that day past.
    static let schedulingWords: Set<String> = [
        "takes", "take", "begins", "starts", "opens", "ends", "closes", "runs", "due", "scheduled", "kicks",
    ]

    /// Collects evidence from the body and each caption (captions are tagged on their own).
    init(article: Article, tagger: TemporalTagger) {
        add(tagger.hits(in: article.text), text: article.text, fromCaption: false)
        for caption in article.captions {
            add(tagger.hits(in: caption), text: caption, fromCaption: true)
        }
    }

    /// A short line of its own that opens with a publication word ("Published: 12 March 2005",
    /// "Last updated on Tuesday, 14 March 2005 by Jane Doe"); a sentence that mentions a date some
    /// report was published on is not about the story itself.
    static func isPublicationLine(_ text: String, at span: TextSpan) -> Bool {
        let scalars = text.unicodeScalars
        guard span.start <= scalars.count else { return false }
        let at = scalars.index(scalars.startIndex, offsetBy: span.start)
        let lineStart = scalars[..<at].lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
        let lineEnd = scalars[at...].firstIndex(of: "\n") ?? scalars.endIndex
        let line = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
        guard line.count <= 100 else { return false }
        let words = line.lowercased().split { !$0.isLetter }.prefix(3)
        return words.contains { publicationVerbs.contains(String($0)) } && (words.first.map { ["last", "first", "originally", "date"].contains(String($0)) || publicationVerbs.contains(String($0)) } ?? false)
    }

    private mutating func add(_ hits: [TimexHit], text: String, fromCaption: Bool) {
        for h in hits {
            // only a year written out: a day without one ("Saturday 12 March") would need a guessed year
            guard case .calendar(.explicit(let y), let m?, let d?, let w) = h.spec, let date = CalendarDate.valid(y, m, d) else { continue }
            if let w, date.weekday != w { continue }
            // "published on", "Updated:": the words just before the date say it is the story's own
            if !fromCaption && h.before.contains(where: Self.publicationVerbs.contains) && Self.isPublicationLine(text, at: h.span) {
                publication.append(Day(date: date, text: h.text, fromCaption: false))
                continue
            }
            // only what the story reports as past: the present tense often announces a scheduled day
            // ("the ceremony takes place on 27 February 2005"), which the story may precede
            guard h.tense == .past, !h.before.contains(where: Self.schedulingWords.contains) else { continue }
            days.append(Day(date: date, text: h.text, fromCaption: fromCaption))
        }
    }
}
