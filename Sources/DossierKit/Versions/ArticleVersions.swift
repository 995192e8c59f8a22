// Finds articles that are versions of one story (a wire refile with added paragraphs, the same file
// twice in a folder) and groups them, newest first.

/// Versions of one story are grouped so that the article list shows the story once and a sentence
/// they share counts once as a source. Every decision looks only at the two articles compared (their
/// text, publisher, date and title), never at ids or file order, so the groups do not depend on the
/// order the files were read in.
public struct ArticleVersions: Sendable {
    /// Words per shingle: long enough that shared shingles mean shared sentences, short enough that a
    /// changed number or name in a refile leaves most of a sentence matching.
    public var shingleWords = 4
    /// A shingle found in more articles than this is boilerplate or a stock phrase, not evidence.
    public var commonShingle = 40
    /// Share of the shorter article's shingles found in the other: a copy, or a refile that kept the
    /// whole story under a new top.
    public var contained = 0.8
    /// With the same lead (or title), this much shared text is a refile that cut or rewrote the rest.
    public var sameLeadContained = 0.5
    /// With a refile marker ("ATTENTION - ADDS", "2nd Ld", "UPDATES") and the same lead, less is enough.
    public var markedContained = 0.3
    /// Share of a lead paragraph's shingles found in the other article for it to count as the same lead.
    public var sameLead = 0.5
    /// Shingles two articles must share at least (a short flash and a long story share a few words by chance).
    public var minimumShared = 8
    /// Days two dated versions may lie apart (a story filed before midnight and refiled after it);
    /// also the most a whole group's dates may span, so that a daily report cannot chain a month.
    public var dayTolerance = 1
    /// Share of the capitalised words of one lead (names, places) that the other article must have
    /// (and of the other lead, this less 0.2): a template filled with other names and places ("X met Y
    /// in Z") is another story.
    public var sameNames = 0.7

    public init() {}

    /// Groups of two or more articles that are versions of one story, each newest first (date, then
    /// the longer text, then source name); groups in the order of their newest article's id.
    public func groups(_ articles: [Article]) -> [[ArticleID]] {
        let n = articles.count
        guard n > 1 else { return [] }
        var prints = [Fingerprints](repeating: Fingerprints(), count: n)
        prints.withUnsafeMutableBufferPointer { buf in
            let out = UnsafeMutableSendable(buf)
            Parallel.forEach(n, jobs: nil) { i in out.buffer[i] = fingerprints(articles[i]) }
        }
        // Shared shingles per pair, from the (shingle, article) list sorted by shingle: no hash table
        // of every shingle, and a fixed order.
        var postings: [(UInt64, Int32)] = []
        postings.reserveCapacity(prints.reduce(0) { $0 + $1.shingles.count })
        for (i, p) in prints.enumerated() { for s in p.shingles { postings.append((s, Int32(i))) } }
        postings.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var shared: [Int: Int] = [:]
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count && postings[end].0 == postings[start].0 { end += 1 }
            if end - start > 1 && end - start <= commonShingle {
                for a in start..<end {
                    for b in (a + 1)..<end {
                        let i = Int(postings[a].1), j = Int(postings[b].1)
                        guard compatible(prints[i], prints[j]) else { continue }
                        shared[i * n + j, default: 0] += 1
                    }
                }
            }
            start = end
        }
        var sets = UnionFind(count: n)
        // The dated span of each group (at its root), so that a union never spans more than `dayTolerance`.
        var span: [ClosedRange<Int>?] = prints.map(\.days)
        for key in shared.keys.sorted() {
            let count = shared[key] ?? 0
            let i = key / n, j = key % n
            guard count >= minimumShared, sameStory(prints[i], prints[j], shared: count) else { continue }
            let ri = sets.find(i), rj = sets.find(j)
            guard ri != rj else { continue }
            var joined = span[ri] ?? span[rj]
            if let a = span[ri], let b = span[rj] {
                let whole = min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
                guard whole.upperBound - whole.lowerBound <= dayTolerance else { continue }
                joined = whole
            }
            sets.join(roots: ri, rj)
            span[min(ri, rj)] = joined
        }
        let members = sets.groups()
        var out: [[ArticleID]] = []
        for (_, group) in members where group.count > 1 {
            let ordered = group.sorted { newer(articles[$0], prints[$0], than: articles[$1], prints[$1]) }
            out.append(ordered.map { articles[$0].id })
        }
        return out.sorted { $0[0] < $1[0] }
    }

    /// Whether two articles may be versions at all: one publisher (or neither names one) and dates
    /// no more than `dayTolerance` apart. Undated articles are compatible with any date.
    func compatible(_ a: Fingerprints, _ b: Fingerprints) -> Bool {
        guard a.publisher == b.publisher else { return false }
        guard let da = a.days, let db = b.days else { return true }
        return da.lowerBound - dayTolerance <= db.upperBound && db.lowerBound - dayTolerance <= da.upperBound
    }

    /// The evidence that two compatible articles sharing `shared` shingles tell one story.
    func sameStory(_ a: Fingerprints, _ b: Fingerprints, shared: Int) -> Bool {
        let smaller = min(a.shingles.count, b.shingles.count)
        guard smaller > 0 else { return false }
        // the same people and places: one lead's names are (nearly) all in the other article, and most
        // of the other lead's too (a refile's new top may add a few names, a template swaps them all)
        if !a.leadNames.isEmpty || !b.leadNames.isEmpty {
            let ab = Self.share(a.leadNames, in: b.names), ba = Self.share(b.leadNames, in: a.names)
            guard max(ab, ba) >= sameNames, min(ab, ba) >= sameNames - 0.2 else { return false }
        }
        let share = Double(shared) / Double(smaller)
        if share >= contained { return true }
        guard share >= markedContained else { return false }
        let lead = max(Self.share(a.lead, in: b.shingles), Self.share(b.lead, in: a.shingles))
        // a title of a word or two ("Pictures", "Exam") is a label, not a story
        let sameTitle = a.title.split(separator: " ").count >= 3 && a.title == b.title
        if share >= sameLeadContained && (lead >= sameLead || sameTitle) { return true }
        return (a.marked || b.marked) && lead >= sameLead + 0.1
    }

    /// Newest first: the later date; on the same day (or undated) the longer text, since a refile adds;
    /// then the source name, so that identical copies order the same whatever the reading order.
    func newer(_ a: Article, _ pa: Fingerprints, than b: Article, _ pb: Fingerprints) -> Bool {
        let da = pa.days?.lowerBound, db = pb.days?.lowerBound
        if let da, let db, da != db { return da > db }
        if (da == nil) != (db == nil) { return da != nil }
        if pa.words != pb.words { return pa.words > pb.words }
        if a.source != b.source { return a.source > b.source }
        return a.id > b.id
    }

    /// What the comparison needs of one article.
    struct Fingerprints: Sendable {
        /// Hashes of every run of `shingleWords` normalised words of the body, sorted, unique.
        var shingles: [UInt64] = []
        /// The same for the lead (the first paragraph of eight words or more).
        var lead: [UInt64] = []
        /// Hashes of the capitalised words of the body and of the lead, sorted, unique.
        var names: [UInt64] = []
        var leadNames: [UInt64] = []
        var words = 0
        /// The title without refile markers, normalised ("" when none).
        var title = ""
        /// The title carries a refile marker.
        var marked = false
        /// Lower-cased publisher ("" when none).
        var publisher = ""
        /// First and last day of the article's date (day numbers); nil when undated.
        var days: ClosedRange<Int>?
    }

    func fingerprints(_ article: Article) -> Fingerprints {
        var f = Fingerprints()
        f.publisher = article.publisher?.lowercased() ?? ""
        if let v = article.date?.value.flatMap(TimeValue.init(timex:)), v.firstDay.dayNumber <= v.lastDay.dayNumber {
            f.days = v.firstDay.dayNumber...v.lastDay.dayNumber
        }
        let words = Self.wordHashes(article.text)
        f.words = words.count
        f.shingles = shingles(words)
        let scalars = ScalarText(article.text)
        for p in article.paragraphs where p.start >= 0 && p.end <= scalars.count && p.start < p.end {
            let paragraph = scalars[p]
            let w = Self.wordHashes(paragraph)
            if w.count >= 8 {
                f.lead = shingles(w)
                f.leadNames = Self.capitalisedWords(paragraph)
                break
            }
        }
        if f.lead.isEmpty {
            f.lead = shingles(Array(words.prefix(40)))
            f.leadNames = Self.capitalisedWords(String(article.text.prefix(300)))
        }
        f.names = Self.capitalisedWords(article.text)
        // A title field that was not a headline may still carry the refile note ("ATTENTION - ADDS ...").
        if let title = article.title ?? article.metadata["source-title"] {
            f.marked = Self.hasRefileMarker(title)
            f.title = Self.plainTitle(title)
        }
        return f
    }

    func shingles(_ words: [UInt64]) -> [UInt64] {
        guard words.count >= shingleWords else { return words.isEmpty ? [] : [Self.combine(words)] }
        var out: [UInt64] = []
        out.reserveCapacity(words.count)
        for i in 0...(words.count - shingleWords) { out.append(Self.combine(words[i..<(i + shingleWords)])) }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for s in out where unique.last != s { unique.append(s) }
        return unique
    }

    static func combine<C: Collection>(_ words: C) -> UInt64 where C.Element == UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for w in words { h = (h ^ w) &* 0x100000001b3; h ^= h >> 29 }
        return h
    }

    /// Share of `part` (sorted, unique) found in `whole` (sorted, unique).
    static func share(_ part: [UInt64], in whole: [UInt64]) -> Double {
        guard !part.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < part.count && j < whole.count {
            if part[i] == whole[j] { common += 1; i += 1; j += 1 } else if part[i] < whole[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(part.count)
    }

    /// Stable hashes of the lower-cased letter-and-digit runs of a text (the words as copies compare them).
    static func wordHashes(_ text: String) -> [UInt64] {
        ASCIIScan.withASCII(text) { bytes in
            hashRuns(bytes.lazy.map { b in ASCIIScan.isLetter(b) || ASCIIScan.isDigit(b) ? UInt64(ASCIIScan.lower(b)) : nil })
        } ?? mixedWordHashes(text)
    }

    /// `generalWordHashes` scalar by scalar, asking the Unicode tables about non-ASCII scalars only
    /// (lower-casing a text is lower-casing each scalar).
    static func mixedWordHashes(_ text: String) -> [UInt64] {
        var units: [UInt64?] = []
        units.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            if c.isASCII {
                let b = UInt8(c.value)
                units.append(ASCIIScan.isLetter(b) || ASCIIScan.isDigit(b) ? UInt64(ASCIIScan.lower(b)) : nil)
                continue
            }
            for l in c.properties.lowercaseMapping.unicodeScalars {
                units.append(l.properties.isAlphabetic || l.properties.numericType != nil ? UInt64(l.value) : nil)
            }
        }
        return hashRuns(units)
    }

    /// `wordHashes` by Unicode properties, for any text.
    static func generalWordHashes(_ text: String) -> [UInt64] {
        hashRuns(text.lowercased().unicodeScalars.lazy.map { c in
            c.properties.isAlphabetic || c.properties.numericType != nil ? UInt64(c.value) : nil
        })
    }

    /// FNV-1a hashes of the runs of word characters: `units` gives each character's value, nil for
    /// a character between words.
    static func hashRuns<S: Sequence>(_ units: S) -> [UInt64] where S.Element == UInt64? {
        var out: [UInt64] = []
        var h: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for unit in units {
            if let v = unit {
                h = (h ^ v) &* 0x100000001b3
                inWord = true
            } else if inWord {
                out.append(h)
                h = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { out.append(h) }
        return out
    }

    /// Hashes of the words that start with a capital letter (names, places, and sentence starts),
    /// lower-cased so that "YEREVAN" in a dateline meets "Yerevan"; sorted, unique.
    static func capitalisedWords(_ text: String) -> [UInt64] {
        var out = ASCIIScan.withASCII(text) { bytes -> [UInt64] in
            var out: [UInt64] = []
            var i = 0
            while i < bytes.count {
                guard ASCIIScan.isLetter(bytes[i]) || ASCIIScan.isDigit(bytes[i]) else { i += 1; continue }
                let capital = ASCIIScan.isUpper(bytes[i])
                var h: UInt64 = 0xcbf29ce484222325
                while i < bytes.count && (ASCIIScan.isLetter(bytes[i]) || ASCIIScan.isDigit(bytes[i])) {
                    h = (h ^ UInt64(ASCIIScan.lower(bytes[i]))) &* 0x100000001b3
                    i += 1
                }
                if capital { out.append(h) }
            }
            return out
        } ?? generalCapitalisedWords(text)
        out.sort()
        var unique: [UInt64] = []
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    /// The unsorted hashes of `capitalisedWords` by Character properties, for any text.
    static func generalCapitalisedWords(_ text: String) -> [UInt64] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { word -> UInt64? in
            guard let first = word.first, first.isUppercase else { return nil }
            var h: UInt64 = 0xcbf29ce484222325
            for c in word.lowercased().unicodeScalars { h = (h ^ UInt64(c.value)) &* 0x100000001b3 }
            return h
        }
    }

    /// Words that mark a wire refile when written in capitals ("ATTENTION - ADDS quotes", "UPDATE-2").
    static let capitalMarkers: Set<String> = ["ATTENTION", "ADDS", "UPDATES", "UPDATE", "CORRECTS", "RECASTS", "INSERTS",
                                              "REFILES", "WRITETHRU", "REPEATS"]
    /// Words that mark one in any case ("2nd Ld-Writethru", "(updated 2)", "a corrected repetition").
    static let anyCaseMarkers: Set<String> = ["writethru", "refile", "refiled", "repetition", "updated"]

    /// Whether a title says it is a refile: capital markers, "1st Lead", "2nd Ld", "updated", "writethru".
    static func hasRefileMarker(_ title: String) -> Bool {
        let words = title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (k, w) in words.enumerated() {
            if capitalMarkers.contains(w) || anyCaseMarkers.contains(w.lowercased()) { return true }
            let lower = w.lowercased()
            if lower == "lead" || lower == "ld" {
                // "1st Lead", "2nd Ld", or a title that starts "Lead:" (not "Lead singer ...")
                if k == 0 {
                    if title.drop(while: { !$0.isLetter }).dropFirst(w.count).first == ":" { return true }
                    continue
                }
                let before = words[k - 1].lowercased()
                if before.first?.isNumber == true && ["st", "nd", "rd", "th"].contains(where: { before.hasSuffix($0) }) { return true }
            }
        }
        return false
    }

    /// The title as versions share it: markers and their labels ("2nd Ld:", "(updated)") dropped, lower case.
    static func plainTitle(_ title: String) -> String {
        var words = title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        words.removeAll { w in
            let lower = w.lowercased()
            return capitalMarkers.contains(w) || anyCaseMarkers.contains(lower) || lower == "lead" || lower == "ld"
                || lower == "urgent" || (lower.first?.isNumber == true && ["st", "nd", "rd", "th"].contains { lower.hasSuffix($0) })
        }
        return words.map { $0.lowercased() }.joined(separator: " ")
    }

    // MARK: - differences between versions

    /// Sentences of `newer` that are not in `older` (compared as copies are: lower case, letters and
    /// digits only), in order: what a refile added or rewrote.
    public static func newSentences(in newer: Article, since older: Article) -> [TextSpan] {
        let before = Set(sentenceTexts(older).map(\.normalized))
        return sentenceTexts(newer).filter { !$0.normalized.isEmpty && !before.contains($0.normalized) }.map(\.span)
    }

    /// How many sentences of `older` are gone from `newer`.
    public static func removedSentenceCount(in newer: Article, since older: Article) -> Int {
        let after = Set(sentenceTexts(newer).map(\.normalized))
        return sentenceTexts(older).filter { !$0.normalized.isEmpty && !after.contains($0.normalized) }.count
    }

    static func sentenceTexts(_ article: Article) -> [(span: TextSpan, normalized: String)] {
        let scalars = ScalarText(article.text)
        return article.sentences.compactMap { s in
            guard s.start >= 0, s.end <= scalars.count, s.start < s.end else { return nil }
            return (s, EventMerger.normalizedSentence(scalars[s]))
        }
    }
}

extension Corpus {
    /// The versions of an article's story, newest first (the article itself included); [] when it has none.
    public func versions(of id: ArticleID) -> [ArticleID] {
        versions.first { $0.contains(id) } ?? []
    }
}
