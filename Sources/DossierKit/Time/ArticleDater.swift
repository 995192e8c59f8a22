// Gives every article a publication date with its basis: stated, inferred from text, or none.

import Dispatch

/// Clues about a page that are not in the story's own body: a weekday printed as the page header,
/// the page's copyright year, and a year typical of the corpus. Stories cut from one source file
/// share the first two.
public struct DatingHints: Hashable, Sendable {
    /// ISO weekday of a header like "Tuesday," (`Article.metadata["header-weekday"]`).
    public var headerWeekday: Int?
    public var copyrightYear: Int?
    /// Only breaks ties between calendar years that a weekday allows ("Thursday, January 28").
    public var corpusYear: Int?

    public init(headerWeekday: Int? = nil, copyrightYear: Int? = nil, corpusYear: Int? = nil) {
        self.headerWeekday = headerWeekday
        self.copyrightYear = copyrightYear
        self.corpusYear = corpusYear
    }
}

public struct ArticleDater: Sendable {
    public var tagger = TemporalTagger()

    public init() {}

    /// How much a date can be trusted, for choosing between a story's own clues and its siblings'.
    enum Strength: Int, Comparable, Sendable {
        case coarse = 0, caption = 1, body = 2, stated = 3
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    struct Inference: Sendable {
        var info: DateInfo
        var strength: Strength
        /// The year was written out (stated date or a full date in the text), so it may inform others.
        var yearWritten = false
    }

    /// The stated date when the cleaner found one, else an inference from the article's own text.
    public func date(for article: Article) -> DateInfo? {
        date(for: article, hints: hints(for: [article]))
    }

    public func date(for article: Article, hints: DatingHints) -> DateInfo? {
        infer(article, hints: hints)?.info
    }

    /// Dates a whole corpus: stated dates are kept; the others are inferred with the hints of their
    /// source file and a corpus year; a story with no day of its own (or only a caption's) takes the
    /// date of a sibling story from the same file that has one from its text.
    public func dates(for articles: [Article]) -> [DateInfo?] {
        var byFile: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() { byFile[Self.fileOf(a.source), default: []].append(i) }
        // Stories cut from one page share its header and copyright; records of a JSON collection do not.
        var fileHints: [String: DatingHints] = [:]
        for (file, members) in byFile {
            if Self.isPage(file, stories: members.count) {
                fileHints[file] = hints(for: members.map { articles[$0] })
            } else {
                for m in members { fileHints[articles[m].source] = hints(for: [articles[m]]) }
            }
        }
        func hintsFor(_ a: Article) -> DatingHints { fileHints[Self.fileOf(a.source)] ?? fileHints[a.source] ?? DatingHints() }

        // the evidence of each article is read once (in parallel), then weighed with different hints
        var evidence = [DateEvidence?](repeating: nil, count: articles.count)
        evidence.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                if articles[i].date?.value == nil { slots.buffer[i] = DateEvidence(article: articles[i], tagger: tagger) }
            }
        }
        var results = articles.indices.map { i in
            infer(articles[i], evidence: evidence[i], hints: hintsFor(articles[i]))
        }
        // a corpus year from what is known well, to choose among the years a weekday allows
        let knownYears = results.compactMap { r -> Int? in
            guard let r, r.strength >= .caption, r.yearWritten, let v = r.info.value else { return nil }
            return Int(v.prefix(4))
        }.sorted()
        if !knownYears.isEmpty {
            let corpusYear = knownYears[knownYears.count / 2]
            for (i, a) in articles.enumerated() where results[i] == nil || (results[i]?.strength ?? .coarse) < .stated {
                var h = hintsFor(a)
                h.corpusYear = corpusYear
                results[i] = infer(a, evidence: evidence[i], hints: h)
            }
        }
        // siblings: stories of one page share its date when their own evidence is weaker
        for (file, members) in byFile where members.count > 1 && Self.isPage(file, stories: members.count) {
            var best: (index: Int, strength: Strength)? = nil
            for m in members {
                guard let r = results[m], r.strength >= .body else { continue }
                if best == nil || r.strength > (best?.strength ?? .coarse) { best = (m, r.strength) }
            }
            guard let b = best?.index, let source = results[b] else { continue }
            for i in members where i != b && (results[i]?.strength ?? .coarse) < .body {
                var info = source.info
                info.expression = nil
                info.conflict = nil
                info.basis = "inferred: same source page as \(articles[b].id), dated \(source.info.value ?? "-") from its text"
                results[i] = Inference(info: info, strength: .caption)
            }
        }
        return results.map { $0?.info }
    }

    // MARK: inference

    func infer(_ article: Article, evidence: DateEvidence? = nil, hints: DatingHints) -> Inference? {
        if let stated = article.date, stated.value != nil { return Inference(info: stated, strength: .stated, yearWritten: true) }
        if let fromURL = Self.urlDate(article.url ?? article.metadata["original-url"]) {
            return Inference(info: fromURL, strength: .stated, yearWritten: true)
        }
        let ev = evidence ?? DateEvidence(article: article, tagger: tagger)
        let lowestYear = ev.years.max()
        var yearNote = ""
        // Years for days written without one.
        var partialYear: Int? = nil
        // the date the other partial days are placed near: the latest full date, else the latest
        // day whose weekday fixed the year
        var partialAnchor: CalendarDate? = ev.days.map(\.date).max()
        if let latestFull = partialAnchor {
            partialYear = latestFull.year
        } else if let (y, note) = yearFromWeekdays(ev.partialDays, hints: hints, lowest: lowestYear) {
            partialYear = y
            yearNote = note
            partialAnchor = ev.partialDays.compactMap { p -> CalendarDate? in
                guard let w = p.weekday, let d = CalendarDate.valid(y, p.month, p.day), d.weekday == w else { return nil }
                return d
            }.max()
        } else if !ev.partialDays.isEmpty, let y = hints.copyrightYear {
            // the page's copyright year; the years a story mentions are mostly of past events and a
            // corpus-wide year only chooses between the years a weekday allows
            partialYear = y
            yearNote = "year from the copyright \(y)"
        }
        var days = ev.days.map { (date: $0.date, text: $0.text, caption: $0.fromCaption) }
        var conflicts = ev.conflicting.map { "'\($0)': the weekday does not fit the day" }
        if let y = partialYear {
            let anchor = partialAnchor
            for p in ev.partialDays {
                // the year nearest the latest full date, else the inferred year
                let candidates = [y - 1, y, y + 1].compactMap { CalendarDate.valid($0, p.month, p.day) }
                let chosen: CalendarDate?
                if let anchor { chosen = candidates.min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) } }
                else { chosen = CalendarDate.valid(y, p.month, p.day) }
                guard let d = chosen else { continue }
                if let w = p.weekday, d.weekday != w {
                    conflicts.append("'\(p.text)': \(d) was a \(d.weekdayName)")
                    continue
                }
                days.append((d, p.text, p.fromCaption))
            }
        }
        guard let latest = days.max(by: { ($0.date, $0.caption ? 0 : 1) < ($1.date, $1.caption ? 0 : 1) }) else {
            // Years the text mentions name past events as often as the present one: not a date.
            if let y = hints.copyrightYear {
                return Inference(info: DateInfo(value: String(y), granularity: .year, expression: nil,
                                                basis: "inferred: copyright year of the page"), strength: .coarse)
            }
            return nil
        }
        let strength: Strength = days.contains { !$0.caption } ? .body : .caption
        var anchor = latest.caption ? "caption date \(latest.date)" : "latest explicit date \(latest.date) ('\(latest.text)')"
        if !yearNote.isEmpty && !latest.caption { anchor += ", \(yearNote)" }
        else if !yearNote.isEmpty { anchor += " (\(yearNote))" }
        // A weekday that names the publication (a page header "Tuesday,", "published on Monday") moves
        // it to the first such weekday on or after the latest date. Other weekdays name reported
        // happenings, which may lie before that date, and say nothing about the publication.
        let chosen: (date: CalendarDate, why: String)?
        if let h = hints.headerWeekday {
            chosen = (latest.date.next(weekday: h), "header weekday '\(TimexLexicon.weekdayNames[h - 1])'")
        } else if let pub = ev.weekdays.first(where: \.publication) {
            chosen = (latest.date.next(weekday: pub.weekday), "weekday '\(pub.text)'")
        } else {
            chosen = nil
        }
        let conflict: String? = conflicts.isEmpty ? nil : conflicts.joined(separator: "; ") + " (not used as evidence)"
        if let c = chosen {
            let info = DateInfo(value: c.date.description, granularity: .day, expression: nil,
                                basis: "inferred: \(c.why) after \(anchor)", conflict: conflict)
            return Inference(info: info, strength: strength, yearWritten: yearNote.isEmpty)
        }
        let info = DateInfo(value: latest.date.description, granularity: .day, expression: latest.text,
                            basis: (latest.caption ? "inferred: latest date in a caption" : "inferred: latest explicit date in the text")
                                + (yearNote.isEmpty ? "" : ", \(yearNote)") + " (the article is from that day or later)", conflict: conflict)
        return Inference(info: info, strength: strength, yearWritten: yearNote.isEmpty)
    }

    /// The calendar year in which the most weekday-and-day pairs ("Thursday, January 28") fit, within
    /// the bounds the page allows; ties go to the year nearest the page's or corpus's year.
    func yearFromWeekdays(_ partials: [DateEvidence.PartialDay], hints: DatingHints, lowest: Int?) -> (Int, String)? {
        let withWeekday = partials.filter { $0.weekday != nil }
        guard !withWeekday.isEmpty else { return nil }
        let hint = hints.copyrightYear ?? hints.corpusYear ?? lowest
        let lo = lowest ?? (hint.map { $0 - 30 } ?? 1900)
        let hi = hints.copyrightYear ?? (hint.map { $0 + 30 } ?? 2100)
        guard lo <= hi else { return nil }
        var best: [Int] = []
        var bestScore = 0
        for y in lo...hi {
            let score = withWeekday.filter { p in CalendarDate.valid(y, p.month, p.day).map { $0.weekday == p.weekday } ?? false }.count
            if score > bestScore { best = [y]; bestScore = score } else if score == bestScore && score > 0 { best.append(y) }
        }
        guard bestScore > 0 else { return nil }
        let chosen: Int
        if best.count == 1, let only = best.first {
            chosen = only
        } else if let h = hint, let near = best.min(by: { (abs($0 - h), $0) < (abs($1 - h), $1) }) {
            chosen = near
        } else {
            return nil
        }
        let fitting = withWeekday.filter { p in CalendarDate.valid(chosen, p.month, p.day).map { $0.weekday == p.weekday } ?? false }
        let named = fitting.map { "'\($0.text)'" }.joined(separator: ", ")
        return (chosen, "year from the weekday of \(named)" + (best.count > 1 ? " (the fitting year nearest \(hint.map(String.init) ?? "-"))" : ""))
    }

    // MARK: hints

    /// Header weekday and copyright year pooled over the stories of one source file.
    func hints(for stories: [Article]) -> DatingHints {
        var h = DatingHints()
        for a in stories {
            if h.headerWeekday == nil, let w = a.metadata["header-weekday"] {
                h.headerWeekday = TimexLexicon.weekdays[w.lowercased().filter { $0.isLetter }]
            }
            if h.copyrightYear == nil {
                h.copyrightYear = a.metadata["copyright"].flatMap { Self.copyrightYear(in: $0, requireMarker: false) }
                    ?? Self.copyrightYear(in: a.text, requireMarker: true)
            }
        }
        return h
    }

    /// The last year in a copyright notice ("Copyright (c) 2001-2023 ..." → 2023).
    static func copyrightYear(in text: String, requireMarker: Bool) -> Int? {
        var search = Substring(text)
        if requireMarker {
            let lower = text.lowercased()
            guard let r = lower.range(of: "copyright") ?? lower.range(of: "©") ?? lower.range(of: "(c) ") else { return nil }
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
            search = text[start...].prefix(60)
        }
        var years: [Int] = []
        var digits = ""
        for ch in search + " " {
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { years.append(y) }
            digits = ""
        }
        return years.last
    }

    /// "https://site/2021/04/14/slug" → 2021-04-14.
    static func urlDate(_ url: String?) -> DateInfo? {
        guard let url else { return nil }
        let parts = url.split(separator: "/").map(String.init)
        for i in parts.indices where i + 2 < parts.count {
            guard parts[i].count == 4, let y = Int(parts[i]), (1900...2100).contains(y),
                  parts[i + 1].count <= 2, let m = Int(parts[i + 1]), parts[i + 2].count <= 2, let d = Int(parts[i + 2]),
                  let date = CalendarDate.valid(y, m, d) else { continue }
            return DateInfo(value: date.description, granularity: .day, expression: "/\(parts[i])/\(parts[i + 1])/\(parts[i + 2])/", basis: "url")
        }
        return nil
    }

    /// A file whose stories come from one page (a text or HTML file with a few stories), as opposed
    /// to a collection (JSON records, a long digest) whose stories are independent.
    static func isPage(_ file: String, stories: Int) -> Bool {
        let lower = file.lowercased()
        return stories <= 8 && !lower.hasSuffix(".json") && !lower.hasSuffix(".jsonl")
    }

    /// "001_x.txt#2" → "001_x.txt".
    static func fileOf(_ source: String) -> String {
        guard let hash = source.lastIndex(of: "#") else { return source }
        return String(source[..<hash])
    }
}
