// Turns physical lines into logical segments: hard-wrapped lines joined, paragraphs kept, header lines apart.

import Foundation

/// One logical unit of a file after reflow: a paragraph of text, or a line a rule recognised.
public struct Segment: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        case boilerplate(Boilerplate)
        case byline(String)
        case dateHeader(DateInfo)
        case weekday(String)
        case credit
    }

    public var kind: Kind
    public var text: String
    /// Physical lines joined into this segment.
    public var lineCount: Int
    public var blankAfter: Bool
}

public struct Line: Hashable, Sendable {
    public var text: String
    public var blankBefore: Bool
}

public enum Reflow {
    /// Non-blank lines, normalised, each knowing whether a blank line preceded it.
    public static func lines(_ text: String, markdown: Bool = false) -> [Line] {
        var out: [Line] = []
        var blank = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var t = CleanText.normalizeLine(raw)
            if markdown { t = Markdown.plain(t) }
            if t.isEmpty { blank = true; continue }
            out.append(Line(text: t, blankBefore: blank || out.isEmpty))
            blank = false
        }
        return out
    }

    /// The wrap width of a hard-wrapped file (lines cut at a fixed column), or nil when lines are paragraphs.
    /// Evidence of hard wrapping is lines cut in mid-sentence (no final punctuation, the next line going on in
    /// lower case) without a blank line between; the width is the longest line that runs on into a next one.
    public static func wrapWidth(_ lines: [Line]) -> Int? {
        var continued: [Int] = []
        var cut: [Int] = []
        for k in lines.indices.dropLast() where !lines[k + 1].blankBefore {
            let len = lines[k].text.count
            continued.append(len)
            if !CleanText.endsSentence(lines[k].text),
               let f = CleanText.words(lines[k + 1].text).first, CleanText.startsLower(f) { cut.append(len) }
        }
        guard cut.count >= 3 || (cut.count == 2 && continued.count <= 8), let w = continued.max(), w >= 30, w <= 110 else { return nil }
        let mean = cut.reduce(0, +) / cut.count
        return mean * 10 >= w * 6 ? w : nil
    }

    /// Recognises one line on its own: boilerplate, a weekday or date header, a byline, a credit.
    public static func classify(_ line: String, position: Int, count: Int, script: CleanText.Script?) -> Segment.Kind? {
        // Every single-line kind is short; a paragraph-length line is text (and is not split into words here).
        guard line.utf8.count <= 300 else { return nil }
        if let b = BoilerplateRules.match(line) { return .boilerplate(b) }
        if let script, position < 3 || position >= count - 2,
           let b = BoilerplateRules.foreignScriptLabel(line, documentScript: script) { return .boilerplate(b) }
        if let w = StatedDate.weekdayOnly(line) { return .weekday(w) }
        if let d = StatedDate.header(line) { return .dateHeader(d) }
        if let b = BylineRule.parse(line) { return .byline(b) }
        if CaptionRules.isCredit(line) { return .credit }
        return nil
    }

    /// Segments in file order. `hardBreaks`: a single line break always ends a segment (an HTML page's
    /// extracted text breaks lines only where the page did: list items, table rows, lines of code).
    public static func segments(_ lines: [Line], script: CleanText.Script?, hardBreaks: Bool = false) -> [Segment] {
        let width = hardBreaks ? nil : wrapWidth(lines)
        var out: [Segment] = []
        var i = 0
        let n = lines.count
        let kinds = lines.indices.map { classify(lines[$0].text, position: $0, count: n, script: script) }
        func blankAfter(_ k: Int) -> Bool { k + 1 >= n || lines[k + 1].blankBefore }
        while i < n {
            let line = lines[i].text
            if var kind = kinds[i] {
                var text = line
                var last = i
                // "Original url:" takes the URL from the next line(s); a URL cut by a line break is joined.
                if case .boilerplate(.originalURL(let found)) = kind {
                    var url = found
                    if url == nil, i + 1 < n, let u = URLRules.repairURL(lines[i + 1].text) {
                        url = u; last = i + 1
                        text += " " + lines[i + 1].text
                    }
                    while url != nil, last + 1 < n, URLRules.isURLContinuation(lines[last + 1].text),
                          !lines[last + 1].blankBefore || last + 2 == n {
                        url = (url ?? "") + lines[last + 1].text
                        text += lines[last + 1].text
                        last += 1
                    }
                    kind = .boilerplate(.originalURL(url))
                }
                out.append(Segment(kind: kind, text: text, lineCount: last - i + 1, blankAfter: blankAfter(last)))
                i = last + 1
                continue
            }
            // A text segment: join following lines while they continue it.
            var text = line
            var prev = line
            var k = i
            while k + 1 < n {
                let next = lines[k + 1]
                if hardBreaks && !next.blankBefore { break }
                if breaks(prev: prev, segmentStart: line, joined: k - i + 1, next: next, width: width,
                          nextIsSpecial: { kinds[k + 1] != nil }) { break }
                text = join(text, next.text)
                prev = next.text
                k += 1
            }
            out.append(Segment(kind: .text, text: text, lineCount: k - i + 1, blankAfter: blankAfter(k)))
            i = k + 1
        }
        return out
    }

    /// Whether `next` starts a new segment after `prev` (the last line joined so far).
    static func breaks(prev: String, segmentStart: String, joined: Int, next: Line, width: Int?,
                       nextIsSpecial: () -> Bool) -> Bool {
        let endsSentence = CleanText.endsSentence(prev)
        let nextFirst = CleanText.words(next.text).first ?? ""
        let continuesSentence = !endsSentence && CleanText.startsLower(nextFirst)
        if next.blankBefore {
            // A hard break in mid-sentence, even across a blank line ("as well as allowing the" / "deployment of"):
            // the next line must start with a lower-case letter itself, not with a bracket or quote.
            let lowerStart = next.text.unicodeScalars.first?.properties.isLowercase ?? false
            return !(continuesSentence && lowerStart && !prev.hasSuffix(":"))
        }
        if continuesSentence { return false }
        if nextIsSpecial() { return true }
        guard let width else {
            // Lines are paragraphs: each line stands alone unless it was cut in mid-sentence.
            return true
        }
        // Hard-wrapped: a headline line ends its segment when the next line starts with a capital.
        if joined == 1, !CaptionRules.hasPlaceDashStart(prev), HeadlineRule.isStrong(prev),
           CleanText.startsUpper(Substring(nextFirst)) || nextFirst.unicodeScalars.first.map({ "\"“‘•".unicodeScalars.contains($0) }) == true {
            return true
        }
        if CaptionRules.hasPlaceDashStart(next.text), endsSentence || HeadlineRule.isStrong(prev) { return true }
        // A caption ("Place - description ...") is one sentence: it ends at its first sentence end.
        if endsSentence, CaptionRules.hasPlaceDashStart(segmentStart) { return true }
        if endsSentence {
            // The wrap was not forced: the next line's first word would have fitted, so the paragraph ended.
            return prev.count + 1 + nextFirst.count <= width
        }
        return false
    }

    /// Joins two wrapped lines: a hyphen at a line end stays and joins without a space ("Russian-" "brokered").
    static func join(_ a: String, _ b: String) -> String {
        if a.hasSuffix("-"), a.count >= 2, a.dropLast().last?.isLetter == true, b.first?.isLetter == true { return a + b }
        return a + " " + b
    }
}

/// Just enough Markdown to read articles saved as .md: headings, emphasis, links, images, quotes, rules.
public enum Markdown {
    public static func plain(_ line: String) -> String {
        var t = line
        if t == "---" || t == "***" || t == "___" { return "" }
        while t.hasPrefix("#") { t.removeFirst() }
        if t.hasPrefix("> ") { t.removeFirst(2) }
        t = t.trimmed(" \t")
        // Images become their alt text (captions), links their text.
        t = t.replacingOccurrences(of: #"!\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        for wrap in ["**", "__", "*", "_"] where t.hasPrefix(wrap) && t.hasSuffix(wrap) && t.count > 2 * wrap.count {
            t = String(t.dropFirst(wrap.count).dropLast(wrap.count))
        }
        t = t.replacingOccurrences(of: "**", with: "")
        return t
    }
}
