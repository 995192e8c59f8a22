// Story header rules: bylines ("By Name", "• Name", "By AFP") and headline shape.

import Foundation

public enum BylineRule {
    /// The author or agency a byline line names, or nil when the line is not a byline.
    public static func parse(_ line: String) -> String? {
        guard line.count <= 120 else { return nil }
        var rest: Substring?
        for cue in ["By ", "BY ", "by ", "Written by ", "Story by ", "Words by ", "Text by ", "Report by "] where line.hasPrefix(cue) {
            rest = line.dropFirst(cue.count)
            break
        }
        if rest == nil, let f = line.unicodeScalars.first, "•·▪●◦‣∙".unicodeScalars.contains(f) {
            let r = line.dropFirst().drop(while: { $0 == " " })
            // A bullet byline is a person (two words or more) or an agency acronym.
            guard CleanText.isNameLike(String(r), minWords: 2, maxWords: 5)
                    || (r.count >= 2 && r.count <= 8 && r.allSatisfy({ $0.isUppercase || $0 == "/" })) else { return nil }
            rest = r
        }
        guard var name = rest.map({ String($0).trimmed(" .,;:") }), !name.isEmpty
        else { return nil }
        if let bar = name.range(of: " | ") { name = String(name[..<bar.lowerBound]) }
        // "Jane Doe, Reuters" keeps the agency; "Jane Doe, staff writer" keeps only the name.
        let parts = name.split(separator: ",").map { $0.trimmed(" \t") }
        guard let first = parts.first, CleanText.isNameLike(first, maxWords: 8), CleanText.startsUpper(Substring(first))
        else { return nil }
        let kept = [first] + parts.dropFirst().prefix { CleanText.isNameLike($0, maxWords: 4) }
        // A weekday or month after "By" is a sentence ("By Monday, ..."), not a name.
        if let w = first.split(separator: " ").first, CleanText.weekdays[w.lowercased()] != nil || CleanText.month(w) != nil {
            return nil
        }
        return kept.joined(separator: ", ")
    }
}

public enum HeadlineRule {
    /// Headline Case, short, no final period or comma: the shape of a headline anywhere in a file.
    public static func isStrong(_ s: String) -> Bool {
        guard s.count <= 160, !endsBadly(s), CleanText.isTitleCase(s) else { return false }
        return BylineRule.parse(s) == nil && StatedDate.header(s) == nil
    }

    /// The looser shape allowed for a file's first line ("Ad sales boost Time Warner profit"): a short line
    /// with no final period, starting with a capital. Never a sentence: a final period rules it out.
    public static func isWeak(_ s: String) -> Bool {
        let ws = CleanText.words(s)
        guard ws.count >= 2, ws.count <= 20, s.count <= 160, !endsBadly(s), let w = ws.first, let f = w.unicodeScalars.first
        else { return false }
        if startsLowercase(s) { return false }
        if "([{-–—,;:.".unicodeScalars.contains(f) { return false }
        return BylineRule.parse(s) == nil && StatedDate.header(s) == nil
    }

    /// A source's title field read as a headline, or nil when it plainly is something else: a byline
    /// ("by Martin Stirling"), a wire desk's note ("ATTENTION - ADDS quotes ///"), a picture marker
    /// ("=(PICTURE)="), or the tail of a headline the source cut over lines: one word ("Gaza", "2006")
    /// or a lower-case start ("from post", "oil-for-food scam"; a brand such as "iPod" is a start).
    /// A fifth of one wire collection's records hold such a field: listed as headlines, they hid the story.
    public static func fromField(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = CleanText.words(t)
        guard words.count >= 2, BylineRule.parse(t) == nil, !t.contains("///"), words.first != "ATTENTION",
              !(t.hasPrefix("=(") && t.hasSuffix(")=")), !startsLowercase(t.drop { "\"'“‘(".contains($0) })
        else { return nil }
        return t
    }

    /// Starts with a lower-case letter, unless the word has a capital inside ("iTunes"); "$1m" and "£5bn" do not.
    static func startsLowercase<S: StringProtocol>(_ s: S) -> Bool {
        guard let w = CleanText.words(String(s)).first, let f = w.unicodeScalars.first, f.properties.isLowercase else { return false }
        return !w.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase })
    }

    static func endsBadly(_ s: String) -> Bool {
        guard let last = s.last else { return true }
        if last == "." { return !s.hasSuffix("...") && !s.hasSuffix("U.S.") && !s.hasSuffix("U.K.") }
        return ",;:-–—".contains(last)
    }
}
