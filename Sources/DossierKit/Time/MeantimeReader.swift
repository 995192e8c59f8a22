// Reads MEANTIME (NewsReader CAT XML) documents as text plus gold TIMEX3, for temporal evaluation.

/// Turns a CAT XML file (one `<token>` per word, `<TIMEX3>` markables anchored to token ids) into the
/// same shape as a TimeML document: text rebuilt from the tokens, gold spans in that text, the DCT.
public enum MeantimeReader {
    /// MEANTIME annotates time expressions in the title and the first sentences only (sentences 0-5,
    /// the date line being sentence 1); the text outside is left out so that it is not scored.
    public static let annotatedSentences = 0...5

    /// Whether a file looks like CAT XML (its root element is `<Document`).
    public static func isCAT(_ source: String) -> Bool {
        source.prefix(400).contains("<Document")
    }

    public static func parse(_ source: String, file: String) throws -> TimeMLDocument {
        let s = Array(source.unicodeScalars)
        var i = 0
        var line = 1
        var stack: [(name: String, line: Int)] = []
        var tokens: [(id: String, sentence: String, text: String)] = []
        var currentToken: (id: String, sentence: String)? = nil
        var tokenText = String.UnicodeScalarView()
        var timexes: [(attrs: [String: String], anchors: [String])] = []
        var openTimex: [String: String]? = nil
        var anchors: [String] = []
        var docID: String? = nil

        while i < s.count {
            if s[i] != "<" {
                var j = i
                while j < s.count && s[j] != "<" {
                    if s[j] == "\n" { line += 1 }
                    if currentToken != nil {
                        if s[j] == "&" {
                            var k = j + 1
                            while k < s.count && k - j <= 12 && s[k] != ";" && s[k] != "<" { k += 1 }
                            if k < s.count, s[k] == ";", let d = TimeML.decodeEntity(Array(s[(j + 1)..<k])) {
                                tokenText.append(d)
                                j = k + 1
                                continue
                            }
                        }
                        tokenText.append(s[j])
                    }
                    j += 1
                }
                i = j
                continue
            }
            let tagLine = line
            if TimeML.starts(s, i, "<!--") {
                guard let end = TimeML.find(s, "-->", from: i + 4) else { throw DossierError.badInput(file: file, line: tagLine, message: "comment not closed") }
                line += TimeML.count(s, "\n", i, end)
                i = end + 3
                continue
            }
            if TimeML.starts(s, i, "<?") || TimeML.starts(s, i, "<!") {
                guard let end = TimeML.find(s, ">", from: i + 2) else { throw DossierError.badInput(file: file, line: tagLine, message: "declaration not closed") }
                line += TimeML.count(s, "\n", i, end)
                i = end + 1
                continue
            }
            guard let end = TimeML.tagEnd(s, from: i + 1) else {
                throw DossierError.badInput(file: file, line: tagLine, message: "tag not closed (missing '>')")
            }
            line += TimeML.count(s, "\n", i, end)
            let tag = String(String.UnicodeScalarView(s[(i + 1)..<end]))
            i = end + 1
            let isClose = tag.hasPrefix("/"), isEmpty = tag.hasSuffix("/")
            var inner = Substring(tag)
            if isClose { inner = inner.dropFirst() }
            if isEmpty { inner = inner.dropLast() }
            let name = String(inner.prefix { !$0.isWhitespace })
            if isClose {
                guard let top = stack.popLast(), top.name == name else {
                    throw DossierError.badInput(file: file, line: tagLine, message: "closing tag </\(name)> does not match the open element")
                }
                if name == "token", let tk = currentToken {
                    tokens.append((tk.id, tk.sentence, String(tokenText)))
                    currentToken = nil
                } else if name == "TIMEX3", let attrs = openTimex {
                    timexes.append((attrs, anchors))
                    openTimex = nil
                }
                continue
            }
            let attrs = try TimeML.parseAttributes(String(inner.dropFirst(name.count)), file: file, line: tagLine)
            if !isEmpty { stack.append((name, tagLine)) }
            switch name {
            case "Document":
                docID = attrs["doc_id"]
            case "token":
                currentToken = (attrs["t_id"] ?? "", attrs["sentence"] ?? "")
                tokenText = String.UnicodeScalarView()
                if isEmpty { tokens.append((attrs["t_id"] ?? "", attrs["sentence"] ?? "", "")); currentToken = nil }
            case "TIMEX3":
                if isEmpty { timexes.append((attrs, [])) } else { openTimex = attrs; anchors = [] }
            case "token_anchor":
                if openTimex != nil, let id = attrs["t_id"] { anchors.append(id) }
            default:
                break
            }
        }
        if let open = stack.last {
            throw DossierError.badInput(file: file, line: open.line, message: "<\(open.name)> opened here is never closed")
        }
        // The creation time's own words (the date line) are the DCT, not text to tag.
        var dctTokens = Set<String>()
        for tx in timexes where tx.attrs["functionInDocument"] == "CREATION_TIME" { dctTokens.formUnion(tx.anchors) }
        tokens = tokens.filter { tk in
            !dctTokens.contains(tk.id) && Int(tk.sentence).map { annotatedSentences.contains($0) } ?? false
        }
        // Rebuild the text: a space between tokens, none before closing punctuation, a line per sentence.
        let noSpaceBefore: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"]
        let noSpaceAfter: Set<String> = ["(", "[", "{", "$"]
        var text = String.UnicodeScalarView()
        var offsets: [String: TextSpan] = [:]
        var count = 0
        var lastSentence: String? = nil
        var lastToken = ""
        for tk in tokens {
            if let ls = lastSentence {
                let sep: String = ls != tk.sentence ? "\n" : (noSpaceBefore.contains(tk.text.lowercased()) || noSpaceAfter.contains(lastToken) ? "" : " ")
                text.append(contentsOf: sep.unicodeScalars)
                count += sep.unicodeScalars.count
            }
            let n = tk.text.unicodeScalars.count
            offsets[tk.id] = TextSpan(count, count + n)
            text.append(contentsOf: tk.text.unicodeScalars)
            count += n
            lastSentence = tk.sentence
            lastToken = tk.text
        }
        var dct: String? = nil
        var gold: [TimeMLTimex] = []
        for tx in timexes {
            if tx.attrs["functionInDocument"] == "CREATION_TIME" {
                if dct == nil { dct = tx.attrs["value"] }
                continue
            }
            let spans = tx.anchors.compactMap { offsets[$0] }
            guard let lo = spans.map(\.start).min(), let hi = spans.map(\.end).max() else { continue }
            gold.append(TimeMLTimex(span: TextSpan(lo, hi), type: tx.attrs["type"] ?? "", value: tx.attrs["value"] ?? ""))
        }
        guard let d = dct else {
            throw DossierError.badInput(file: file, line: nil, message: "no TIMEX3 with functionInDocument=\"CREATION_TIME\": the document creation time is needed")
        }
        guard CalendarDate(iso: d) != nil else {
            throw DossierError.badInput(file: file, line: nil, message: "the document creation time \"\(d)\" is not a YYYY-MM-DD date")
        }
        gold.sort { $0.span < $1.span }
        return TimeMLDocument(docID: docID, dctValue: d, dctType: "DATE", dctText: "", text: String(text), timexes: gold)
    }
}
