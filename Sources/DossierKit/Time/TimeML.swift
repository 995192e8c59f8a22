// Reads TimeML files (TEXT, DCT, TIMEX3) and writes the tagger's own TIMEX3 annotation back as TimeML.

/// A TIMEX3 annotation with offsets in the tag-stripped `<TEXT>` (Unicode scalars).
public struct TimeMLTimex: Hashable, Sendable {
    public var span: TextSpan
    public var type: String
    public var value: String
}

/// What a TimeML file holds for temporal evaluation.
public struct TimeMLDocument: Hashable, Sendable {
    public var docID: String?
    /// The DCT's TIMEX3 value as written ("1998-02-13T14:26:00").
    public var dctValue: String
    /// The DCT's TIMEX3 type and text, kept so that output files carry the same DCT.
    public var dctType: String
    public var dctText: String
    /// The content of `<TEXT>` with tags removed and entities decoded.
    public var text: String
    /// TIMEX3 elements inside `<TEXT>` that cover text (empty ones and the creation time are skipped).
    public var timexes: [TimeMLTimex]

    /// The creation date as a calendar day (the time of day is not used).
    public var dct: CalendarDate? { CalendarDate(iso: dctValue) }
}

public enum TimeML {
    /// Parses a TimeML file. Throws `DossierError.badInput` with the file and line for malformed XML,
    /// a missing `<TEXT>` or a missing/unreadable DCT.
    public static func parse(_ source: String, file: String) throws -> TimeMLDocument {
        let s = Array(source.unicodeScalars)
        var i = 0
        var line = 1
        var stack: [(name: String, line: Int)] = []
        var docID: String? = nil
        var dct: (value: String, type: String, text: String)? = nil
        var inDCT = false
        var dctBuffer = ""
        var dctAttrs: [String: String] = [:]
        var docIDBuffer: String? = nil
        var textScalars = String.UnicodeScalarView()
        var textCount = 0
        var inText = false
        var sawText = false
        var textDone = false
        var openTimex: [(start: Int, attrs: [String: String])] = []
        var timexes: [TimeMLTimex] = []

        func fail(_ message: String, at l: Int) -> DossierError {
            .badInput(file: file, line: l, message: message)
        }
        func appendText(_ str: String.UnicodeScalarView) {
            if inText {
                textScalars.append(contentsOf: str)
                textCount += str.count
            }
            if inDCT { dctBuffer.unicodeScalars.append(contentsOf: str) }
            if docIDBuffer != nil { docIDBuffer?.unicodeScalars.append(contentsOf: str) }
        }

        while i < s.count {
            if s[i] != "<" {
                var j = i
                var chunk = String.UnicodeScalarView()
                while j < s.count && s[j] != "<" {
                    if s[j] == "\n" { line += 1 }
                    if s[j] == "&" {
                        var k = j + 1
                        while k < s.count && k - j <= 12 && s[k] != ";" && s[k] != "<" && s[k] != "&" { k += 1 }
                        if k < s.count, s[k] == ";", let decoded = decodeEntity(Array(s[(j + 1)..<k])) {
                            chunk.append(decoded)
                            j = k + 1
                            continue
                        }
                    }
                    chunk.append(s[j])
                    j += 1
                }
                if stack.isEmpty && !chunk.allSatisfy({ $0.properties.isWhitespace }) {
                    throw fail("text outside the root element", at: line)
                }
                appendText(chunk)
                i = j
                continue
            }
            let tagLine = line
            // comments, CDATA, declarations, processing instructions
            if starts(s, i, "<!--") {
                guard let end = find(s, "-->", from: i + 4) else { throw fail("comment not closed", at: tagLine) }
                line += count(s, "\n", i, end)
                i = end + 3
                continue
            }
            if starts(s, i, "<![CDATA[") {
                guard let end = find(s, "]]>", from: i + 9) else { throw fail("CDATA section not closed", at: tagLine) }
                var chunk = String.UnicodeScalarView()
                chunk.append(contentsOf: s[(i + 9)..<end])
                appendText(chunk)
                line += count(s, "\n", i, end)
                i = end + 3
                continue
            }
            if starts(s, i, "<?") || starts(s, i, "<!") {
                guard let end = find(s, ">", from: i + 2) else { throw fail("declaration not closed", at: tagLine) }
                line += count(s, "\n", i, end)
                i = end + 1
                continue
            }
            guard let end = tagEnd(s, from: i + 1) else { throw fail("tag not closed (missing '>')", at: tagLine) }
            line += count(s, "\n", i, end)
            var body = String.UnicodeScalarView()
            body.append(contentsOf: s[(i + 1)..<end])
            i = end + 1
            let tag = String(body)
            let isClose = tag.hasPrefix("/")
            let isEmpty = tag.hasSuffix("/")
            var inner = Substring(tag)
            if isClose { inner = inner.dropFirst() }
            if isEmpty { inner = inner.dropLast() }
            let name = String(inner.prefix { !$0.isWhitespace })
            guard !name.isEmpty, name.first.map({ $0.isLetter || $0 == "_" }) == true else {
                throw fail("malformed tag <\(tag.prefix(40))>", at: tagLine)
            }
            if isClose {
                guard let top = stack.last else { throw fail("closing tag </\(name)> without an opening tag", at: tagLine) }
                guard top.name == name else {
                    throw fail("closing tag </\(name)> does not match <\(top.name)> opened on line \(top.line)", at: tagLine)
                }
                stack.removeLast()
                switch name {
                case "TEXT":
                    if inText { inText = false; textDone = true }
                case "DOCID":
                    if let b = docIDBuffer { docID = b.trimmingCharacters(); docIDBuffer = nil }
                case "TIMEX3":
                    if inText, let open = openTimex.popLast() {
                        let fn = open.attrs["functionInDocument"] ?? ""
                        if fn != "CREATION_TIME" && textCount > open.start {
                            timexes.append(TimeMLTimex(span: TextSpan(open.start, textCount),
                                                       type: (open.attrs["type"] ?? "").trimmingCharacters(),
                                                       value: (open.attrs["value"] ?? "").trimmingCharacters()))
                        }
                    } else if inDCT {
                        if dct == nil, let v = dctAttrs["value"] {
                            dct = (v, dctAttrs["type"] ?? "DATE", dctBuffer)
                        }
                    }
                case "DCT":
                    inDCT = false
                default:
                    break
                }
                continue
            }
            let attrs = try parseAttributes(String(inner.dropFirst(name.count)), file: file, line: tagLine)
            if !isEmpty { stack.append((name, tagLine)) }
            switch name {
            case "TEXT" where !isEmpty:
                if !sawText { inText = true; sawText = true }
            case "DOCID" where !isEmpty:
                docIDBuffer = ""
            case "DCT" where !isEmpty:
                inDCT = true
            case "TIMEX3":
                if inText {
                    if !isEmpty { openTimex.append((textCount, attrs)) }
                } else if inDCT || (attrs["functionInDocument"] == "CREATION_TIME" && dct == nil) {
                    if isEmpty {
                        if dct == nil, let v = attrs["value"] { dct = (v, attrs["type"] ?? "DATE", "") }
                    } else {
                        dctAttrs = attrs
                        dctBuffer = ""
                        if !inDCT { inDCT = true }
                    }
                }
            default:
                break
            }
        }
        if let open = stack.last {
            throw fail("<\(open.name)> opened here is never closed", at: open.line)
        }
        guard sawText, textDone else { throw DossierError.badInput(file: file, line: nil, message: "no <TEXT> element: nothing to annotate") }
        guard let d = dct else {
            throw DossierError.badInput(file: file, line: nil, message: "no document creation time: add <DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"YYYY-MM-DD\">…</TIMEX3></DCT>")
        }
        guard CalendarDate(iso: d.value) != nil else {
            throw DossierError.badInput(file: file, line: nil, message: "the document creation time \"\(d.value)\" is not a YYYY-MM-DD date")
        }
        timexes.sort { $0.span < $1.span }
        return TimeMLDocument(docID: docID, dctValue: d.value, dctType: d.type, dctText: d.text, text: String(textScalars), timexes: timexes)
    }

    /// A TimeML file with the document's DOCID and DCT, and its TEXT with only the given TIMEX3 tags.
    /// Expressions must not overlap; ids are t1, t2, ... in text order.
    public static func write(_ doc: TimeMLDocument, timexes: [TimeExpression]) -> String {
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n\n"
        out += "<DOCID>\(escape(doc.docID ?? ""))</DOCID>\n\n"
        out += "<DCT><TIMEX3 tid=\"t0\" type=\"\(escapeAttribute(doc.dctType))\" value=\"\(escapeAttribute(doc.dctValue))\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(escape(doc.dctText))</TIMEX3></DCT>\n\n"
        out += "<TEXT>"
        let scalars = Array(doc.text.unicodeScalars)
        var pos = 0
        var n = 0
        func chunk(_ a: Int, _ b: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            return escape(String(v))
        }
        for tx in timexes.sorted(by: { $0.span < $1.span }) {
            let a = min(max(tx.span.start, pos), scalars.count), b = min(tx.span.end, scalars.count)
            guard b > a else { continue }
            n += 1
            out += chunk(pos, a)
            out += "<TIMEX3 tid=\"t\(n)\" type=\"\(tx.type.rawValue)\" value=\"\(escapeAttribute(tx.value ?? ""))\">"
            out += chunk(a, b)
            out += "</TIMEX3>"
            pos = b
        }
        out += chunk(pos, scalars.count)
        out += "</TEXT>\n\n</TimeML>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func escapeAttribute(_ s: String) -> String {
        escape(s).replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: scanning helpers

    static func decodeEntity(_ name: [Unicode.Scalar]) -> Unicode.Scalar? {
        let s = String(String.UnicodeScalarView(name))
        switch s {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if s.hasPrefix("#x") || s.hasPrefix("#X"), let v = UInt32(s.dropFirst(2), radix: 16) { return Unicode.Scalar(v) }
            if s.hasPrefix("#"), let v = UInt32(s.dropFirst()) { return Unicode.Scalar(v) }
            return nil
        }
    }

    static func parseAttributes(_ text: String, file: String, line: Int) throws -> [String: String] {
        var attrs: [String: String] = [:]
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            while i < s.count && s[i].properties.isWhitespace { i += 1 }
            if i >= s.count { break }
            var j = i
            while j < s.count && s[j] != "=" && !s[j].properties.isWhitespace { j += 1 }
            let name = String(String.UnicodeScalarView(s[i..<j]))
            while j < s.count && s[j].properties.isWhitespace { j += 1 }
            guard j < s.count, s[j] == "=" else {
                throw DossierError.badInput(file: file, line: line, message: "attribute \(name) has no value")
            }
            j += 1
            while j < s.count && s[j].properties.isWhitespace { j += 1 }
            guard j < s.count, s[j] == "\"" || s[j] == "'" else {
                throw DossierError.badInput(file: file, line: line, message: "the value of attribute \(name) is not quoted")
            }
            let quote = s[j]
            var k = j + 1
            while k < s.count && s[k] != quote { k += 1 }
            guard k < s.count else {
                throw DossierError.badInput(file: file, line: line, message: "the value of attribute \(name) is not closed")
            }
            var value = String.UnicodeScalarView()
            var m = j + 1
            while m < k {
                if s[m] == "&" {
                    var e = m + 1
                    while e < k && s[e] != ";" { e += 1 }
                    if e < k, let d = decodeEntity(Array(s[(m + 1)..<e])) { value.append(d); m = e + 1; continue }
                }
                value.append(s[m])
                m += 1
            }
            attrs[name] = String(value)
            i = k + 1
        }
        return attrs
    }

    static func starts(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
        var k = i
        for c in p.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ p: String, from: Int) -> Int? {
        var i = from
        while i < s.count {
            if starts(s, i, p) { return i }
            i += 1
        }
        return nil
    }

    /// End of a tag, skipping '>' inside quoted attribute values; nil if a '<' comes first.
    static func tagEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var i = from
        var quote: Unicode.Scalar? = nil
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            } else if c == "<" {
                return nil
            }
            i += 1
        }
        return nil
    }

    static func count(_ s: [Unicode.Scalar], _ c: Unicode.Scalar, _ a: Int, _ b: Int) -> Int {
        var n = 0
        var i = a
        while i < b && i < s.count {
            if s[i] == c { n += 1 }
            i += 1
        }
        return n
    }
}

extension String {
    /// Whitespace trimmed at both ends, without Foundation.
    func trimmingCharacters() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = s.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(s[first...last])
    }
}
