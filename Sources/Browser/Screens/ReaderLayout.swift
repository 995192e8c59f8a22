// Wraps an article (header, body paragraphs, captions) into display lines of a given width.

import DossierKit
import Foundation

public struct ReaderLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case title, meta, warning, blank, body, rule, caption }
    public var kind: Kind
    public var text: String
    /// For body lines, the Unicode-scalar range of `text` in the article text; -1 otherwise.
    public var start: Int
    public var end: Int
}

public enum ReaderLayout {
    /// Widest text column the reader uses; longer lines are hard to read.
    public static let maxTextWidth = 100

    public static func textWidth(paneWidth: Int) -> Int { max(8, min(maxTextWidth, paneWidth - 3)) }

    /// `lines` memoised for the few articles on screen (reader, preview, history), so scrolling a
    /// long article does not wrap it again on every key. Same input, same output: still pure.
    static func cachedLines(_ article: Article, width: Int) -> [ReaderLine] {
        let key = LayoutCache.Key(article: article.id, width: width, textCount: article.text.utf8.count,
                                  title: article.title, captions: article.captions.count)
        if let hit = LayoutCache.shared.get(key) { return hit }
        let lines = self.lines(article, width: width)
        LayoutCache.shared.put(key, lines)
        return lines
    }

    public static func lines(_ article: Article, width: Int) -> [ReaderLine] {
        var out: [ReaderLine] = []
        func add(_ kind: ReaderLine.Kind, _ text: String) {
            for piece in wrap(text, base: 0, width: width) {
                out.append(ReaderLine(kind: kind, text: piece.text, start: -1, end: -1))
            }
        }
        add(.title, article.displayTitle(maxWords: 12))
        var meta: [String] = []
        if let byline = article.byline, !byline.isEmpty { meta.append(byline) }
        // A byline that only names the publisher ("RFE/RL · RFE/RL") is said once.
        if let publisher = article.publisher, !publisher.isEmpty,
           !meta.contains(where: { ReaderLayout.sameName($0, publisher) }) { meta.append(publisher) }
        meta.append(dateText(article.date))
        add(.meta, meta.joined(separator: " · "))
        if let conflict = article.date?.conflict { add(.warning, "Date conflict: \(conflict)") }
        if let url = article.url, !url.isEmpty { add(.meta, url) }
        if let note = article.titleNote { add(.meta, "Title field: \(note)") }
        var place = [article.source, article.id.description]
        if let dateline = article.dateline, !dateline.isEmpty { place.insert("Dateline: \(dateline)", at: 0) }
        add(.meta, place.joined(separator: " · "))
        out.append(ReaderLine(kind: .blank, text: "", start: -1, end: -1))

        var first = true
        for para in paragraphSpans(article) {
            if !first { out.append(ReaderLine(kind: .blank, text: "", start: -1, end: -1)) }
            first = false
            let text = ScalarText(article.text)[para]
            for piece in wrap(text, base: para.start, width: width) {
                out.append(ReaderLine(kind: .body, text: piece.text, start: piece.start, end: piece.end))
            }
        }
        if !article.captions.isEmpty {
            out.append(ReaderLine(kind: .blank, text: "", start: -1, end: -1))
            let label = " Captions "
            let side = max(2, (width - CharWidth.of(label)) / 2)
            out.append(ReaderLine(kind: .rule, text: String(repeating: "─", count: side) + label
                                    + String(repeating: "─", count: max(0, width - side - CharWidth.of(label))),
                                  start: -1, end: -1))
            for caption in article.captions {
                let pieces = wrap(caption, base: 0, width: max(4, width - 2))
                for (i, piece) in pieces.enumerated() {
                    out.append(ReaderLine(kind: .caption, text: (i == 0 ? "▪ " : "  ") + piece.text, start: -1, end: -1))
                }
            }
        }
        return out
    }

    /// "2021-04-14 (dateline)", "2021-04 (month, url)", or "no date".
    public static func dateText(_ date: DateInfo?) -> String {
        guard let date else { return "no date" }
        // a lower bound is shown as such, never as the date
        guard let value = date.value else { return date.after.map { "no date: after \($0) (\(date.basis))" } ?? "no date" }
        var notes: [String] = []
        if let g = date.granularity, g != .day, g != .time { notes.append(g.rawValue) }
        if !date.basis.isEmpty { notes.append(date.basis) }
        return notes.isEmpty ? value : "\(value) (\(notes.joined(separator: ", ")))"
    }

    /// The article's paragraphs, from the model or (when absent) by splitting on blank lines.
    static func paragraphSpans(_ article: Article) -> [TextSpan] {
        if !article.paragraphs.isEmpty { return article.paragraphs }
        var spans: [TextSpan] = []
        var start = 0, offset = 0, newlines = 0
        for s in article.text.unicodeScalars {
            if s == "\n" {
                newlines += 1
            } else {
                if newlines >= 2 {
                    spans.append(TextSpan(start, offset - newlines))
                    start = offset
                }
                newlines = 0
            }
            offset += 1
        }
        if offset - newlines > start { spans.append(TextSpan(start, offset - newlines)) }
        return spans.filter { !$0.isEmpty }
    }

    /// Columns a grapheme takes once made safe for display (a control character shows as one
    /// visible picture; invisible format controls vanish).
    static func displayWidth(_ c: Character) -> Int {
        if let a = c.asciiValue {
            if a >= 0x20 && a < 0x7F { return 1 }
            if a == 0x09 { return 1 }
        }
        let shown = Grid.displayable(String(c))
        return shown.isEmpty ? 0 : CharWidth.of(shown)
    }

    public struct Piece: Hashable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// "RFE/RL" and "By RFE/RL" name the same outlet.
    public static func sameName(_ byline: String, _ publisher: String) -> Bool {
        var b = byline.trimmingCharacters(in: .whitespaces)
        if b.lowercased().hasPrefix("by ") { b = String(b.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
        return b.caseInsensitiveCompare(publisher.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }

    /// Whether a line may break after the hyphen at `k`: between letters of words ("well-known"),
    /// never inside a date or number ("2021-03-02") or a URL or path, which must copy whole.
    static func breaksAfterHyphen(_ chars: [(ch: Character, offset: Int, width: Int)], _ k: Int, wordStart: Int) -> Bool {
        guard k > 0, k + 1 < chars.count, chars[k - 1].ch.isLetter, chars[k + 1].ch.isLetter else { return false }
        return !chars[wordStart..<k].contains { $0.ch == "/" || $0.ch == "." || $0.ch == "@" || $0.ch == ":" }
    }

    /// Greedy word wrap by display width. Breaks at spaces, after hyphens and dashes, and between
    /// wide (CJK) characters; a word longer than the width is cut. Offsets are Unicode scalars,
    /// shifted by `base`. A newline inside the text forces a break.
    public static func wrap(_ text: String, base: Int, width: Int) -> [Piece] {
        let width = max(1, width)
        var chars: [(ch: Character, offset: Int, width: Int)] = []
        chars.reserveCapacity(text.utf8.count)
        var offset = base
        for ch in text {
            chars.append((ch, offset, ch == "\t" ? 1 : displayWidth(ch)))
            offset += ch.unicodeScalars.count
        }
        let end = offset
        var out: [Piece] = []
        func piece(_ from: Int, _ to: Int) {
            var s = ""
            for k in from..<to { s.append(chars[k].ch == "\t" ? " " : chars[k].ch) }
            let e = to < chars.count ? chars[to].offset : end
            out.append(Piece(text: s, start: chars[from].offset, end: e))
        }
        var i = 0
        let n = chars.count
        while i < n {
            while i < n, chars[i].ch == " " { i += 1 }
            if i >= n { break }
            // The word may have begun on the line before, when it was longer than the width:
            // whether it is a URL (no break at its hyphens) depends on all of it.
            var wordStart = i
            while wordStart > 0, chars[wordStart - 1].ch != " ", !chars[wordStart - 1].ch.isNewline { wordStart -= 1 }
            var w = 0, j = i, lastBreak = -1
            var forced = false
            while j < n {
                let c = chars[j]
                if c.ch == "\n" || c.ch == "\r\n" {
                    forced = true
                    break
                }
                if c.ch == " " { lastBreak = j; wordStart = j + 1 }
                else if c.width == 2 && j > i { lastBreak = j }
                if w + c.width > width { break }
                w += c.width
                j += 1
                if j < n && chars[j].ch != " " {
                    if c.ch == "—" || c.ch == "–" || (c.ch == "-" && breaksAfterHyphen(chars, j - 1, wordStart: wordStart)) { lastBreak = j }
                }
            }
            if forced {
                if j > i { piece(i, j) } else { out.append(Piece(text: "", start: chars[i].offset, end: chars[i].offset)) }
                i = j + 1
            } else if j >= n {
                piece(i, n)
                i = n
            } else if lastBreak > i {
                var e = lastBreak
                while e > i, chars[e - 1].ch == " " { e -= 1 }
                piece(i, e)
                i = lastBreak
            } else {
                let e = max(j, i + 1)
                piece(i, e)
                i = e
            }
        }
        return out
    }
}

/// A small most-recently-used cache of wrapped articles.
final class LayoutCache: @unchecked Sendable {
    struct Key: Hashable {
        var article: ArticleID
        var width: Int
        var textCount: Int
        var title: String?
        var captions: Int
    }

    static let shared = LayoutCache()
    private let lock = NSLock()
    private var entries: [(Key, [ReaderLine])] = []
    private let capacity = 8

    func get(_ key: Key) -> [ReaderLine]? {
        lock.lock()
        defer { lock.unlock() }
        guard let i = entries.firstIndex(where: { $0.0 == key }) else { return nil }
        let hit = entries.remove(at: i)
        entries.append(hit)
        return hit.1
    }

    func put(_ key: Key, _ lines: [ReaderLine]) {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll { $0.0 == key }
        entries.append((key, lines))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
}
