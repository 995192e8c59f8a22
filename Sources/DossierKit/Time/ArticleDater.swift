// Gives every article a publication date from evidence about its publication, or says it has none.

import Dispatch

/// The inferences of each dating unit, keyed by its articles (`StageMemo`).
public typealias DateMemo = StageMemo<[ArticleDater.StoredInference?]>

/// Clues about a page that are not in the story's own body: a weekday printed as the page header and
/// the page's copyright year. Stories cut from one source file share them.
public struct DatingHints: Hashable, Sendable {
    /// ISO weekday of a header like "Tuesday," (`Article.metadata["header-weekday"]`).
    public var headerWeekday: Int?
    public var copyrightYear: Int?

    public init(headerWeekday: Int? = nil, copyrightYear: Int? = nil) {
        self.headerWeekday = headerWeekday
        self.copyrightYear = copyrightYear
    }
}

/// Publication dates come only from evidence about the publication: a header, a dateline or a
/// metadata field (all read by the cleaner into `Article.date`), the URL, or a line of the text that
/// says when it was published ("Published on 12 March 2005"). Stories cut from one page share the
/// page's evidence. A date the story merely mentions is not its publication date: the latest one
/// is kept as a lower bound (`DateInfo.after`), never as the date, so an undated story stays undated
/// and its relative expressions ("on Saturday") stay unresolved rather than anchored to a guess.
public struct ArticleDater: Sendable {
    public var tagger = TemporalTagger()

    public init() {}

    /// How much a date can be trusted, for choosing between a story's own clues and its siblings'.
    enum Strength: Int, Comparable, Sendable {
        /// Only a lower bound or a copyright year: no publication date.
        case bound = 0
        /// A page's publication evidence shared with a story cut from the same page.
        case sibling = 1
        /// The story's own publication evidence.
        case stated = 2
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    struct Inference: Sendable {
        var info: DateInfo
        var strength: Strength
    }

    /// An inference as the index's memo keeps it.
    public struct StoredInference: Codable, Sendable {
        var info: DateInfo
        var strength: Int
    }

    /// The stated date when the cleaner found one, else the article's own publication evidence.
    public func date(for article: Article) -> DateInfo? {
        date(for: article, hints: hints(for: [article]))
    }

    public func date(for article: Article, hints: DatingHints) -> DateInfo? {
        infer(article, hints: hints)?.info
    }

    /// Dates a whole corpus: each story from its own evidence; a story of a page without its own
    /// publication date takes the one a sibling story of the same page states. `memo` gives back the
    /// inferences of dating units (a page's stories, or one record of a collection) whose articles
    /// are the same as in an earlier run.
    public func dates(for articles: [Article], memo: DateMemo? = nil) -> [DateInfo?] {
        var byFile: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() { byFile[Self.fileOf(a.source), default: []].append(i) }
        // Stories cut from one page share its header and copyright, so they are dated together;
        // records of a JSON collection do not.
        var units: [[Int]] = []
        for (file, members) in byFile {
            if Self.isPage(file, stories: members.count) { units.append(members) } else { units += members.map { [$0] } }
        }
        units.sort { $0[0] < $1[0] }
        var results = [Inference?](repeating: nil, count: articles.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            let frozenUnits = units
            DispatchQueue.concurrentPerform(iterations: frozenUnits.count) { u in
                let members = frozenUnits[u]
                let compute = {
                    let h = hints(for: members.map { articles[$0] })
                    return members.map { infer(articles[$0], hints: h) }
                }
                guard let memo else {
                    for (i, r) in zip(members, compute()) { slots.buffer[i] = r }
                    return
                }
                // Ids within the unit (a1, a2, ...): inference does not read them.
                let input = members.enumerated().map { k, i -> Article in
                    var a = DateMemo.withoutText(articles[i])
                    a.id = ArticleID(ordinal: k + 1)
                    return a
                }
                let digest = DateMemo.digest(input, texts: members.map { articles[$0].text })
                let unit = articles[members[0]].source
                if let stored = memo.stored(digest), stored.count == members.count {
                    memo.record(u, unit: unit, digest: digest, value: nil, reused: true)
                    for (i, r) in zip(members, stored) { slots.buffer[i] = r.map { Inference(info: $0.info, strength: Strength(rawValue: $0.strength) ?? .bound) } }
                    return
                }
                let found = compute()
                memo.record(u, unit: unit, digest: digest, value: found.map { $0.map { StoredInference(info: $0.info, strength: $0.strength.rawValue) } },
                            reused: false)
                for (i, r) in zip(members, found) { slots.buffer[i] = r }
            }
        }
        // siblings: a story of a page without its own publication date takes the page's
        for (file, members) in byFile where members.count > 1 && Self.isPage(file, stories: members.count) {
            guard let b = members.first(where: { (results[$0]?.strength ?? .bound) >= .stated }), let source = results[b] else { continue }
            let value = source.info.value ?? "-"
            for i in members where i != b && (results[i]?.strength ?? .bound) < .stated {
                var info = source.info
                info.expression = nil
                info.after = nil
                info.basis = "same source page as \(articles[b].id), whose \(source.info.basis) gives \(value)"
                info.conflict = nil
                results[i] = Inference(info: info, strength: .sibling)
            }
        }
        return results.map { $0?.info }
    }

    // MARK: inference

    func infer(_ article: Article, hints: DatingHints) -> Inference? {
        if let stated = article.date, stated.value != nil { return Inference(info: stated, strength: .stated) }
        if let fromURL = Self.urlDate(article.url ?? article.metadata["original-url"]) {
            return Inference(info: fromURL, strength: .stated)
        }
        let ev = DateEvidence(article: article, tagger: tagger)
        if let pub = ev.publication.max(by: { $0.date < $1.date }) {
            var conflict: String? = nil
            if let w = hints.headerWeekday, pub.date.weekday != w {
                conflict = "the page header says \(TimexLexicon.weekdayNames[w - 1]), but \(pub.date) was a \(pub.date.weekdayName)"
            }
            return Inference(info: DateInfo(value: pub.date.description, granularity: .day, expression: pub.text,
                                            basis: "publication line in the text", conflict: conflict), strength: .stated)
        }
        // No publication evidence. The latest date the story reports is only a lower bound.
        let latest = ev.days.max { ($0.date, $0.fromCaption ? 0 : 1) < ($1.date, $1.fromCaption ? 0 : 1) }
        let boundNote = latest.map { "the latest date it reports ('\($0.text)') is a lower bound" }
        if let y = hints.copyrightYear {
            // the page's copyright notice is metadata about the page: a year, not a day
            var info = DateInfo(value: String(y), granularity: .year, expression: nil, basis: "copyright year of the page")
            if let l = latest, l.date.year == y {
                info.after = l.date.description
                info.basis += "; " + (boundNote ?? "")
            }
            return Inference(info: info, strength: .bound)
        }
        guard let l = latest else { return nil }
        let info = DateInfo(value: nil, granularity: nil, expression: l.text,
                            basis: "no publication date: " + (boundNote ?? ""), after: l.date.description)
        return Inference(info: info, strength: .bound)
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
