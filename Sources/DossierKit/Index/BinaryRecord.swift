// Compact binary records: varints, zigzag steps, length-prefixed UTF-8, little-endian doubles and the
// date record, and the mention and entity kind every model record holds. The index's per-file cache
// (`FileCache`) and the memoised steps (`StageMemo`) are written with them; JSON of the same values was the larger part of an update's decoding time.

import Foundation

enum BinaryRecord {
    struct Writer {
        /// An array, not `Data`: appending a byte to `Data` costs several times more, and the memo's
        /// digests write every profile of a corpus on every update (`CorpusLinker.componentDigest`).
        var bytes: [UInt8] = []

        var data: Data { Data(bytes) }

        mutating func byte(_ b: UInt8) { bytes.append(b) }

        mutating func varint(_ value: Int) {
            var v = UInt64(max(0, value))
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        /// Zigzag, so small negative steps stay one byte.
        mutating func signed(_ value: Int) { varint(value >= 0 ? value << 1 : ((-value) << 1) - 1) }

        mutating func kind(_ k: EntityKind) { byte(UInt8(EntityKind.allCases.firstIndex(of: k) ?? 0)) }

        /// A mention after its article and start, which each record writes its own way: its length,
        /// text, kind, role, entity and confidence (`Reader.mention(article:start:)`).
        mutating func mentionAfterStart(_ m: Mention) {
            varint(m.span.end - m.span.start)
            string(m.text)
            kind(m.kind)
            optional(m.role)
            varint(m.entity.map { $0.ordinal + 1 } ?? 0)
            double(m.confidence)
        }

        mutating func string(_ s: String) {
            varint(s.utf8.count)
            bytes.append(contentsOf: s.utf8)
        }

        mutating func optional(_ s: String?) {
            if let s { byte(1); string(s) } else { byte(0) }
        }

        mutating func double(_ d: Double) {
            var bits = d.bitPattern.littleEndian
            withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
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
        static let damaged = DossierError.index(path: "", message: "a cached record of the index is damaged")
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

        mutating func kind() throws -> EntityKind {
            let code = Int(try byte())
            guard code < EntityKind.allCases.count else { throw Self.damaged }
            return EntityKind.allCases[code]
        }

        /// What `Writer.mentionAfterStart` wrote, as a mention of `article` starting at `start`.
        mutating func mention(article: ArticleID, start: Int) throws -> Mention {
            let length = try varint()
            let text = try string()
            let kind = try kind()
            let role = try optional()
            let entity = try varint()
            return Mention(article: article, span: TextSpan(start, start + length), text: text, kind: kind, role: role,
                           entity: entity == 0 ? nil : EntityID(ordinal: entity - 1), confidence: try double())
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
