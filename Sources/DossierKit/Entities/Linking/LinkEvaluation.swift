// Scores entity linking against gold cross-document identities (MEANTIME CAT XML): B-cubed and
// pairwise cross-document precision/recall/F1, for the linker and for exact-string matching.

import Foundation

/// One gold document: the article rebuilt from its tokens, its gold name mentions and their gold ids.
public struct GoldLinkDocument: Sendable {
    public var article: Article
    public var mentions: [Mention]
    /// Gold identity of each mention (cross-document instance id, or a document-local id).
    public var gold: [String]

    public init(article: Article, mentions: [Mention], gold: [String]) {
        self.article = article
        self.mentions = mentions
        self.gold = gold
    }
}

/// Reads MEANTIME-style CAT XML: `<token>` elements, `ENTITY_MENTION` markables anchored to tokens,
/// `ENTITY` elements with `ent_type` and `instance_id`, and `REFERS_TO` relations between them.
public enum CATReader {
    /// Gold named (NAM) mentions of PER/ORG/LOC entities in every `.xml` file under `path`, in path order.
    /// `missingInstanceAsOne` puts every mention whose entity lacks an `instance_id` in one gold
    /// cluster (how peers.md counted); otherwise such an entity is local to its document.
    public static func read(path: String, missingInstanceAsOne: Bool = false) throws -> [GoldLinkDocument] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DossierError.pathNotFound(path) }
        let root = URL(fileURLWithPath: path)
        let files: [URL]
        if isDir.boolValue {
            files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
                .filter { $0.pathExtension.lowercased() == "xml" }
                .sorted { $0.path < $1.path }
        } else {
            files = [root]
        }
        var docs: [GoldLinkDocument] = []
        for url in files {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DossierError.unreadable(path: url.path, reason: "not readable")
            }
            let rel = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            if let doc = try parse(String(decoding: data, as: UTF8.self), source: rel, ordinal: docs.count + 1,
                                   missingInstanceAsOne: missingInstanceAsOne) {
                docs.append(doc)
            }
        }
        return docs
    }

    /// One CAT document; nil when it has no tokens.
    public static func parse(_ xml: String, source: String, ordinal: Int, missingInstanceAsOne: Bool = false) throws -> GoldLinkDocument? {
        let ns = xml as NSString
        func matches(_ pattern: String, in range: NSRange? = nil) -> [NSTextCheckingResult] {
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
            return re.matches(in: xml, range: range ?? NSRange(location: 0, length: ns.length))
        }
        let attributeRE = try? NSRegularExpression(pattern: #"([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)""#)
        func attributes(_ s: String) -> [String: String] {
            var out: [String: String] = [:]
            guard let re = attributeRE else { return out }
            let n = s as NSString
            for m in re.matches(in: s, range: NSRange(location: 0, length: n.length)) {
                out[n.substring(with: m.range(at: 1))] = decode(n.substring(with: m.range(at: 2)))
            }
            return out
        }
        // Tokens, joined by spaces; sentences by line breaks.
        var tokenSpan: [String: TextSpan] = [:]
        var text = ""
        var offset = 0
        var lastSentence: String?
        var sentences: [TextSpan] = []
        var sentenceStart = 0
        for m in matches(#"<token\b([^>]*)>([^<]*)</token>"#) {
            let attrs = attributes(ns.substring(with: m.range(at: 1)))
            let word = decode(ns.substring(with: m.range(at: 2)))
            guard let id = attrs["t_id"], !word.isEmpty else { continue }
            let sentence = attrs["sentence"]
            if !text.isEmpty {
                if sentence != lastSentence {
                    sentences.append(TextSpan(sentenceStart, offset))
                    text += "\n"
                    offset += 1
                    sentenceStart = offset
                } else {
                    text += " "
                    offset += 1
                }
            }
            lastSentence = sentence
            let len = word.unicodeScalars.count
            tokenSpan[id] = TextSpan(offset, offset + len)
            text += word
            offset += len
        }
        guard !text.isEmpty else { return nil }
        sentences.append(TextSpan(sentenceStart, offset))

        var mentionSpan: [String: (TextSpan, String)] = [:]  // m_id → span, syntactic type
        let anchorRE = try? NSRegularExpression(pattern: #"t_id\s*=\s*"([^"]*)""#)
        for m in matches(#"<ENTITY_MENTION\b([^>]*?)>(.*?)</ENTITY_MENTION>"#) {
            let attrs = attributes(ns.substring(with: m.range(at: 1)))
            guard let mid = attrs["m_id"] else { continue }
            let body = ns.substring(with: m.range(at: 2))
            var lo = Int.max, hi = -1
            guard let anchorRE else { continue }
            let b = body as NSString
            for a in anchorRE.matches(in: body, range: NSRange(location: 0, length: b.length)) {
                if let s = tokenSpan[b.substring(with: a.range(at: 1))] { lo = min(lo, s.start); hi = max(hi, s.end) }
            }
            if hi > lo { mentionSpan[mid] = (TextSpan(lo, hi), attrs["syntactic_type"] ?? "") }
        }
        var entityInfo: [String: (type: String, instance: String?)] = [:]
        for m in matches(#"<ENTITY\b([^>]*?)/?>"#) {
            let attrs = attributes(ns.substring(with: m.range(at: 1)))
            guard let mid = attrs["m_id"], let type = attrs["ent_type"] else { continue }
            entityInfo[mid] = (type, attrs["instance_id"].flatMap { $0.isEmpty ? nil : $0 })
        }
        let docID = ArticleID(ordinal: ordinal)
        var creation: String?
        for m in matches(#"<TIMEX3\b([^>]*?)/?>"#) {
            let attrs = attributes(ns.substring(with: m.range(at: 1)))
            if attrs["functionInDocument"] == "CREATION_TIME", let v = attrs["value"], CalendarDate(iso: v) != nil {
                creation = String(v.prefix(10))
            }
        }
        var mentions: [Mention] = []
        var gold: [String] = []
        var seen = Set<String>()
        for m in matches(#"<REFERS_TO\b[^>]*>(.*?)</REFERS_TO>"#) {
            let body = ns.substring(with: m.range(at: 1))
            let b = body as NSString
            guard let re = try? NSRegularExpression(pattern: #"<(source|target)\b[^>]*m_id\s*=\s*"([^"]*)""#) else { continue }
            var sources: [String] = [], target: String?
            for r in re.matches(in: body, range: NSRange(location: 0, length: b.length)) {
                let role = b.substring(with: r.range(at: 1)), id = b.substring(with: r.range(at: 2))
                if role == "target" { target = id } else { sources.append(id) }
            }
            guard let t = target, let info = entityInfo[t] else { continue }
            let kind: EntityKind
            switch info.type {
            case "PER": kind = .person
            case "ORG": kind = .organization
            case "LOC": kind = .place
            default: continue
            }
            let goldID = info.instance ?? (missingInstanceAsOne ? "(no instance)" : "\(source)#\(t)")
            for s in sources {
                guard let (span, type) = mentionSpan[s], type == "NAM", seen.insert(s).inserted else { continue }
                mentions.append(Mention(article: docID, span: span, text: text.scalarSlice(span), kind: kind))
                gold.append(goldID)
            }
        }
        let order = mentions.indices.sorted { (mentions[$0].span, $0) < (mentions[$1].span, $1) }
        let date = creation.map { DateInfo(value: $0, granularity: .day, expression: nil, basis: "creation time") }
        let article = Article(id: docID, source: source, header: StoryHeader(date: date), text: text, sentences: sentences)
        return GoldLinkDocument(article: article, mentions: order.map { mentions[$0] }, gold: order.map { gold[$0] })
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";"), s.distance(from: i, to: semi) <= 10 {
                let name = s[s.index(after: i)..<semi]
                var rep: String?
                switch name {
                case "amp": rep = "&"
                case "lt": rep = "<"
                case "gt": rep = ">"
                case "quot": rep = "\""
                case "apos": rep = "'"
                default:
                    if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { rep = String(Character(u)) }
                    else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { rep = String(Character(u)) }
                }
                if let rep {
                    out += rep
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}

public struct LinkScores: Hashable, Codable, Sendable {
    public var bcubed: PRF
    /// Over pairs of mentions in different documents.
    public var crossDocumentPairs: PRF
}

public enum LinkScoring {
    /// B-cubed and cross-document pairwise scores. `system[i]`, `gold[i]`, `document[i]` label mention i.
    /// Linear in the number of mentions (counts per cell, never all pairs).
    public static func score(system: [String], gold: [String], document: [Int]) -> LinkScores {
        let n = system.count
        guard n > 0, gold.count == n, document.count == n else {
            return LinkScores(bcubed: PRF(precision: 0, recall: 0), crossDocumentPairs: PRF(precision: 0, recall: 0))
        }
        var cell: [String: Int] = [:], sysSize: [String: Int] = [:], goldSize: [String: Int] = [:]
        var cellDoc: [String: Int] = [:], sysDoc: [String: Int] = [:], goldDoc: [String: Int] = [:]
        for i in 0..<n {
            let c = system[i] + "\u{1}" + gold[i]
            cell[c, default: 0] += 1
            sysSize[system[i], default: 0] += 1
            goldSize[gold[i], default: 0] += 1
            cellDoc[c + "\u{1}\(document[i])", default: 0] += 1
            sysDoc[system[i] + "\u{1}\(document[i])", default: 0] += 1
            goldDoc[gold[i] + "\u{1}\(document[i])", default: 0] += 1
        }
        var p = 0.0, r = 0.0
        for (c, k) in cell {
            let parts = c.split(separator: "\u{1}", omittingEmptySubsequences: false)
            let s = String(parts[0]), g = String(parts[1])
            p += Double(k * k) / Double(sysSize[s] ?? 1)
            r += Double(k * k) / Double(goldSize[g] ?? 1)
        }
        func pairs(_ k: Int) -> Int { k * (k - 1) / 2 }
        let tp = cell.values.reduce(0) { $0 + pairs($1) } - cellDoc.values.reduce(0) { $0 + pairs($1) }
        let sysPairs = sysSize.values.reduce(0) { $0 + pairs($1) } - sysDoc.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSize.values.reduce(0) { $0 + pairs($1) } - goldDoc.values.reduce(0) { $0 + pairs($1) }
        return LinkScores(
            bcubed: PRF(precision: p / Double(n), recall: r / Double(n)),
            crossDocumentPairs: PRF(precision: sysPairs > 0 ? Double(tp) / Double(sysPairs) : 1,
                                    recall: goldPairs > 0 ? Double(tp) / Double(goldPairs) : 1))
    }

    /// The linker's cluster label for each gold mention ("e12", or a singleton label when unlinked).
    public static func systemLabels(documents: [GoldLinkDocument], result: LinkResult) -> [String] {
        var byPlace: [String: [String]] = [:]
        for e in result.entities {
            for m in e.mentions { byPlace["\(m.article)|\(m.span.start)|\(m.span.end)", default: []].append(e.id.description) }
        }
        var labels: [String] = []
        var k = 0
        for d in documents {
            for m in d.mentions {
                let key = "\(m.article)|\(m.span.start)|\(m.span.end)"
                if var ids = byPlace[key], !ids.isEmpty {
                    labels.append(ids.removeFirst())
                    byPlace[key] = ids
                } else {
                    k += 1
                    labels.append("unlinked-\(k)")
                }
            }
        }
        return labels
    }
}
