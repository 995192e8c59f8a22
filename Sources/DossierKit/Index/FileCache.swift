// The per-file stage's output as the index caches it (`files.analysis`): a compact binary record
// that leaves out what the model tables already hold. An article's text, title, byline, spans,
// captions and metadata are in `articles` and `spans` (the corpus-wide stage changes only its date),
// so the cache keeps per article its source (the key to that row), the date the file itself gave
// (before corpus-wide dating) and the recognizer's mentions before linking. JSON of the whole
// `FileAnalysis` stored every text a second time and made the cache the largest part of the index.

import Foundation

enum FileCache {
    /// Bumped with the layout; a blob of another format is an error (the schema version, bumped
    /// together with it, rebuilds old indexes before one is read).
    static let format: UInt8 = 1

    struct Cached {
        /// Per article, in file order: the key to its row, the file's own date, recognizer mentions.
        var articles: [(source: String, date: DateInfo?, mentions: [Mention])]
        var diagnostics: [Diagnostic]
    }

    static func encode(_ analysis: FileAnalysis) -> Data {
        var w = Writer()
        w.byte(format)
        w.varint(analysis.diagnostics.count)
        for d in analysis.diagnostics {
            w.byte(severityCode(d.severity))
            w.string(d.file)
            w.varint(d.line.map { $0 + 1 } ?? 0)
            w.string(d.message)
        }
        w.varint(analysis.articles.count)
        for (i, a) in analysis.articles.enumerated() {
            w.string(a.source)
            w.date(a.date)
            let ms = i < analysis.mentions.count ? analysis.mentions[i] : []
            w.varint(ms.count)
            var previous = 0
            for m in ms {
                w.varint(m.article.ordinal)
                w.signed(m.span.start - previous)
                previous = m.span.start
                w.varint(m.span.end - m.span.start)
                w.string(m.text)
                w.byte(kindCode(m.kind))
                w.optional(m.role)
                w.varint(m.entity.map { $0.ordinal + 1 } ?? 0)
                w.double(m.confidence)
            }
        }
        return w.data
    }

    static func decode(_ data: Data) throws -> Cached {
        var r = Reader(data)
        guard try r.byte() == format else { throw DossierError.index(path: "", message: "cached analysis in an unknown format") }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try r.count()) {
            let severity = try severity(r.byte())
            let file = try r.string()
            let line = try r.varint()
            diagnostics.append(Diagnostic(severity, file: file, line: line == 0 ? nil : line - 1, message: try r.string()))
        }
        var articles: [(source: String, date: DateInfo?, mentions: [Mention])] = []
        for _ in 0..<(try r.count()) {
            let source = try r.string()
            let date = try r.date()
            var mentions: [Mention] = []
            var previous = 0
            for _ in 0..<(try r.count()) {
                let article = try r.varint()
                let start = previous + (try r.signed())
                previous = start
                let length = try r.varint()
                let text = try r.string()
                let kind = try kind(r.byte())
                let role = try r.optional()
                let entity = try r.varint()
                mentions.append(Mention(article: ArticleID(ordinal: article), span: TextSpan(start, start + length), text: text,
                                        kind: kind, role: role, entity: entity == 0 ? nil : EntityID(ordinal: entity - 1),
                                        confidence: try r.double()))
            }
            articles.append((source, date, mentions))
        }
        return Cached(articles: articles, diagnostics: diagnostics)
    }

    static func kindCode(_ k: EntityKind) -> UInt8 { UInt8(EntityKind.allCases.firstIndex(of: k) ?? 0) }

    static func kind(_ code: UInt8) throws -> EntityKind {
        guard Int(code) < EntityKind.allCases.count else { throw Reader.damaged }
        return EntityKind.allCases[Int(code)]
    }

    static func severityCode(_ s: Diagnostic.Severity) -> UInt8 {
        switch s {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    static func severity(_ code: UInt8) throws -> Diagnostic.Severity {
        switch code {
        case 0: return .note
        case 1: return .warning
        case 2: return .error
        default: throw Reader.damaged
        }
    }

    struct Writer {
        var data = Data()

        mutating func byte(_ b: UInt8) { data.append(b) }

        mutating func varint(_ value: Int) {
            var v = UInt64(max(0, value))
            while v >= 0x80 {
                data.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            data.append(UInt8(v))
        }

        /// Zigzag, so small negative steps stay one byte.
        mutating func signed(_ value: Int) { varint(value >= 0 ? value << 1 : ((-value) << 1) - 1) }

        mutating func string(_ s: String) {
            let bytes = Array(s.utf8)
            varint(bytes.count)
            data.append(contentsOf: bytes)
        }

        mutating func optional(_ s: String?) {
            if let s { byte(1); string(s) } else { byte(0) }
        }

        mutating func double(_ d: Double) {
            var bits = d.bitPattern.littleEndian
            withUnsafeBytes(of: &bits) { data.append(contentsOf: $0) }
        }

        mutating func date(_ d: DateInfo?) {
            guard let d else { byte(0); return }
            byte(1)
            optional(d.value)
            byte(d.granularity.map { UInt8((Granularity.allCases.firstIndex(of: $0) ?? 0) + 1) } ?? 0)
            optional(d.expression)
            string(d.basis)
            optional(d.conflict)
            optional(d.after)
        }
    }

    struct Reader {
        static let damaged = DossierError.index(path: "", message: "cached analysis is damaged")
        let bytes: [UInt8]
        var at = 0

        init(_ data: Data) { bytes = [UInt8](data) }

        mutating func byte() throws -> UInt8 {
            guard at < bytes.count else { throw Self.damaged }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func varint() throws -> Int {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
                if shift > 56 { throw Self.damaged }
            }
            return Int(truncatingIfNeeded: v)
        }

        /// A count that the remaining bytes could hold (a damaged blob must not allocate wildly).
        mutating func count() throws -> Int {
            let n = try varint()
            guard n >= 0, n <= bytes.count - at else { throw Self.damaged }
            return n
        }

        mutating func signed() throws -> Int {
            let z = try varint()
            return z & 1 == 0 ? z >> 1 : -((z + 1) >> 1)
        }

        mutating func string() throws -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }

        mutating func optional() throws -> String? {
            try byte() == 0 ? nil : string()
        }

        mutating func double() throws -> Double {
            guard at + 8 <= bytes.count else { throw Self.damaged }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return Double(bitPattern: bits)
        }

        mutating func date() throws -> DateInfo? {
            guard try byte() == 1 else { return nil }
            let value = try optional()
            let g = Int(try byte())
            guard g <= Granularity.allCases.count else { throw Self.damaged }
            let expression = try optional()
            let basis = try string()
            return DateInfo(value: value, granularity: g == 0 ? nil : Granularity.allCases[g - 1], expression: expression,
                            basis: basis, conflict: try optional(), after: try optional())
        }
    }
}
