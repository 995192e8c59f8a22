// Reads a SemEval-2015 Task 4 (TimeLine) folder: the tokenised articles, the target entities and the
// gold timelines, in the layout the task distributes (corpus_N/ with its Track A texts).

import Foundation

/// One sentence of a task article: its `<s id>` and its space-separated tokens, as the gold counts them.
public struct TimelineEvalSentence: Hashable, Sendable {
    public var id: String
    public var tokens: [String]
}

/// One task article: the document id the gold refers to, its creation date and its sentences.
public struct TimelineEvalDocument: Hashable, Sendable {
    public var docID: String
    /// File name, for messages.
    public var file: String
    /// The DCT value as written ("2005-06-13"; one file writes "03-02-2009", day first).
    public var dctValue: String
    /// The DCT as a day; nil when the value is not a readable day.
    public var dct: CalendarDate?
    /// The article's date as the cleaner reads a page (`PublisherRule.date`): the DCT as the record's
    /// field, the story's own date line ("March 01 , 2008", one of its first sentences) as a header line.
    /// Where the two name different days the date line wins (four task files carry a DCT up to a month
    /// away from their date line, and their events are told on the date line's day).
    public var published: CalendarDate? = nil
    /// `<EXTRAINFO>`: the headline.
    public var title: String?
    public var sentences: [TimelineEvalSentence]

    /// The day the article's events are told from: its publication date, else its DCT.
    public var articleDay: CalendarDate? { published ?? dct }
}

/// One task folder (corpus_1, trial_apple, ...): its articles, target entities and gold timelines.
public struct TimelineEvalCorpus: Sendable {
    /// The folder name, which is also the sub-folder name of the output ("corpus_1").
    public var name: String
    public var documents: [TimelineEvalDocument]
    /// Target entity names in the order of the target list.
    public var targets: [String]
    /// Gold timelines by file name ("boeing.txt"); empty when the folder has none.
    public var gold: [String: TimelineFile]
}

public enum TimelineEvalReader {
    /// The task folders under `path`: `path` itself when it holds articles, else each sub-folder that
    /// does, sorted by name. Throws when there is none.
    public static func corpora(at path: String) throws -> [TimelineEvalCorpus] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw DossierError.badInput(file: path, line: nil, message: "not a folder; give the SemEval-2015 TimeLine folder or one corpus_N folder in it")
        }
        if articleFolder(in: path) != nil { return [try corpus(at: path)] }
        let subs = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
        var out: [TimelineEvalCorpus] = []
        for name in subs {
            let sub = (path as NSString).appendingPathComponent(name)
            if articleFolder(in: sub) != nil { out.append(try corpus(at: sub)) }
        }
        if out.isEmpty {
            throw DossierError.badInput(file: path, line: nil, message: "no corpus_trackA_TimeML (or corpus_TimeML) folder here or one level down")
        }
        return out
    }

    /// The folder of raw articles: Track A's (only the creation date marked). The trial data has a
    /// single `corpus_TimeML`; any markup in it is dropped when reading, so only its text is used.
    static func articleFolder(in path: String) -> String? {
        for name in ["corpus_trackA_TimeML", "corpus_TimeML"] {
            let p = (path as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue { return p }
        }
        return nil
    }

    /// Reads one task folder. Targets come from `list_target_entities*.txt`; the trial folder has no
    /// such list, so there they are the first lines of the gold timelines (the entity names only).
    public static func corpus(at path: String) throws -> TimelineEvalCorpus {
        let fm = FileManager.default
        guard let articles = articleFolder(in: path) else {
            throw DossierError.badInput(file: path, line: nil, message: "no corpus_trackA_TimeML or corpus_TimeML folder")
        }
        var documents: [TimelineEvalDocument] = []
        for name in ((try? fm.contentsOfDirectory(atPath: articles)) ?? []).sorted() where name.hasSuffix(".tml") {
            let file = (articles as NSString).appendingPathComponent(name)
            documents.append(try document(readUTF8(file), file: name))
        }
        var gold: [String: TimelineFile] = [:]
        let goldDir = (path as NSString).appendingPathComponent("TimeLines_Gold_Standard")
        for name in ((try? fm.contentsOfDirectory(atPath: goldDir)) ?? []).sorted() where name.hasSuffix(".txt") {
            gold[name] = TimelineFile.parse(try readUTF8((goldDir as NSString).appendingPathComponent(name)))
        }
        var targets: [String] = []
        let lists = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
            .filter { $0.hasPrefix("list_target_entities") && $0.hasSuffix(".txt") }
        if let list = lists.first {
            let text = try readUTF8((path as NSString).appendingPathComponent(list))
            targets = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        } else {
            for name in gold.keys.sorted() {
                if let e = gold[name]?.entity, !e.isEmpty, !targets.contains(e) { targets.append(e) }
            }
        }
        return TimelineEvalCorpus(name: (path as NSString).lastPathComponent, documents: documents, targets: targets, gold: gold)
    }

    /// Parses one `.tml` file: DOCID, the DCT's value, EXTRAINFO and every `<s id>` of TEXT with its
    /// tokens (tags inside a sentence are dropped, entities decoded, tokens split at white space).
    public static func document(_ source: String, file: String) throws -> TimelineEvalDocument {
        func fail(_ message: String, at index: String.Index? = nil) -> DossierError {
            let line = index.map { source[..<$0].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            return .badInput(file: file, line: line, message: message)
        }
        let docID = element("DOCID", in: source).map { decode(stripTags($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
            ?? String(file.prefix { $0.isNumber })
        guard !docID.isEmpty else { throw fail("no <DOCID> and no number at the start of the file name") }
        guard let dctBlock = element("DCT", in: source), let value = attribute("value", in: dctBlock), !value.isEmpty else {
            throw fail("no <DCT> with a TIMEX3 value")
        }
        let title = element("EXTRAINFO", in: source).map { decode(stripTags($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let textStart = source.range(of: "<TEXT>"), let textEnd = source.range(of: "</TEXT>", range: textStart.upperBound..<source.endIndex) else {
            throw fail("no <TEXT> element")
        }
        var sentences: [TimelineEvalSentence] = []
        var cursor = textStart.upperBound
        while let open = source.range(of: "<s ", range: cursor..<textEnd.lowerBound) {
            guard let tagEnd = source.range(of: ">", range: open.upperBound..<textEnd.lowerBound) else { throw fail("<s> tag not closed", at: open.lowerBound) }
            guard let id = attribute("id", in: String(source[open.lowerBound..<tagEnd.upperBound])) else {
                throw fail("<s> without an id", at: open.lowerBound)
            }
            guard let close = source.range(of: "</s>", range: tagEnd.upperBound..<textEnd.lowerBound) else {
                throw fail("<s id=\"\(id)\"> not closed", at: open.lowerBound)
            }
            let body = decode(stripTags(String(source[tagEnd.upperBound..<close.lowerBound])))
            sentences.append(TimelineEvalSentence(id: id, tokens: body.split(whereSeparator: { $0.isWhitespace }).map(String.init)))
            cursor = close.upperBound
        }
        let dct = dctDay(value)
        return TimelineEvalDocument(docID: docID, file: file, dctValue: value, dct: dct,
                                    published: publicationDay(dct: dct, sentences: sentences), title: title, sentences: sentences)
    }

    /// The article's date (see `TimelineEvalDocument.published`): the story's date line, a sentence among
    /// the first three that is only a date, as a header line; the DCT as the record's field.
    static func publicationDay(dct: CalendarDate?, sentences: [TimelineEvalSentence]) -> CalendarDate? {
        let line = sentences.prefix(3).lazy.compactMap { StatedDate.header($0.tokens.joined(separator: " ")) }.first
        let chosen = PublisherRule.date(field: dct?.description, fieldBasis: "document creation time (DCT)", header: line,
                                        dateline: nil, url: nil)
        return chosen?.value.flatMap { CalendarDate(iso: $0) } ?? dct
    }

    /// A DCT as a day: ISO `YYYY-MM-DD[...]`, or day-month-year when the year comes last ("03-02-2009").
    public static func dctDay(_ value: String) -> CalendarDate? {
        if let d = CalendarDate(iso: value) { return d }
        let parts = value.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return CalendarDate.valid(y, m, d)
    }

    static func readUTF8(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError.unreadable(path: path, reason: "no such file or no permission")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DossierError.badInput(file: path, line: nil, message: "not UTF-8 text")
        }
        return text
    }

    /// The content of the first `<name ...>...</name>` element.
    static func element(_ name: String, in source: String) -> String? {
        guard let open = source.range(of: "<\(name)"),
              let tagEnd = source.range(of: ">", range: open.upperBound..<source.endIndex),
              let close = source.range(of: "</\(name)>", range: tagEnd.upperBound..<source.endIndex) else { return nil }
        // "<DCT>" must not match "<DCTX>": the name ends at '>' or white space
        let next = source[open.upperBound...].first
        guard next == ">" || next?.isWhitespace == true else { return nil }
        return String(source[tagEnd.upperBound..<close.lowerBound])
    }

    /// The value of `name="..."` in a tag or fragment.
    static func attribute(_ name: String, in text: String) -> String? {
        for quote in ["\"", "'"] {
            var from = text.startIndex
            while let r = text.range(of: "\(name)=\(quote)", range: from..<text.endIndex) {
                // whole attribute name only ("tid" must not answer for "id")
                let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
                if before.isWhitespace, let end = text.range(of: quote, range: r.upperBound..<text.endIndex) {
                    return decode(String(text[r.upperBound..<end.lowerBound]))
                }
                from = r.upperBound
            }
        }
        return nil
    }

    static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for c in s {
            // tags wrap whole tokens in these files, so dropping them keeps the tokens as written
            if c == "<" { inTag = true; continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let semi = scalars[(i + 1)..<min(scalars.count, i + 12)].firstIndex(of: ";"),
               let decoded = TimeML.decodeEntity(Array(scalars[(i + 1)..<semi])) {
                out.append(decoded)
                i = semi + 1
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
