// Turns file bytes into text: BOMs, UTF-8 with a Windows-1252 fallback per bad byte, UTF-16, line ends, binary sniffing.

/// What decoding found out about a file, beside its text.
public struct DecodedText: Sendable, Hashable {
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8", utf8BOM = "UTF-8 with BOM", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
        case utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"
        /// Mostly UTF-8, but some bytes were not, and were read as Windows-1252.
        case utf8WithFallback = "UTF-8 with Windows-1252 fallback"
        /// No valid multi-byte UTF-8 at all: read as Windows-1252 (a superset of printable Latin-1).
        case windows1252 = "Windows-1252"
    }

    /// Text with "\n" line ends only.
    public var text: String
    public var encoding: Encoding
    /// Bytes that were not valid UTF-8 and were read as Windows-1252.
    public var fallbackBytes: Int
}

/// Why bytes are not text.
public enum BinaryKind: Sendable, Hashable, CustomStringConvertible {
    case magic(String)
    case nulBytes
    case controlCharacters(percent: Int)

    public var description: String {
        switch self {
        case .magic(let what):
            // "an ELF executable", "a PDF": every name in the list starts with the sound of its letter.
            let an = what.first.map { "AEIOUaeiou".contains($0) } ?? false
            return "\(an ? "an" : "a") \(what) file, not text"
        case .nulBytes: return "binary data (NUL bytes), not text"
        case .controlCharacters(let p): return "binary data (\(p)% control bytes), not text"
        }
    }
}

public enum TextDecoder {
    /// How many leading bytes the binary sniffer looks at.
    static let sniffLength = 64 * 1024

    /// Decodes bytes, or says why they look binary. Never traps on any input.
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, BinaryBytes> {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    public struct BinaryBytes: Error, Sendable, Hashable { public var kind: BinaryKind }

    public static func decode(_ b: UnsafeBufferPointer<UInt8>) -> Result<DecodedText, BinaryBytes> {
        // Byte-order marks first: they are unambiguous.
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 {
            return .success(finish(decodeUTF32(b, from: 4, bigEndian: false), .utf32LE, 0))
        }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF {
            return .success(finish(decodeUTF32(b, from: 4, bigEndian: true), .utf32BE, 0))
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
            let (s, bad) = decodeUTF8(b, from: 3)
            return .success(finish(s, bad > 0 ? .utf8WithFallback : .utf8BOM, bad))
        }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE {
            return .success(finish(decodeUTF16(b, from: 2, bigEndian: false), .utf16LE, 0))
        }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
            return .success(finish(decodeUTF16(b, from: 2, bigEndian: true), .utf16BE, 0))
        }
        // UTF-16 without a BOM shows as ASCII with every other byte zero.
        if let bigEndian = sniffBOMlessUTF16(b) {
            return .success(finish(decodeUTF16(b, from: 0, bigEndian: bigEndian), bigEndian ? .utf16BE : .utf16LE, 0))
        }
        if let kind = sniffBinary(b) { return .failure(BinaryBytes(kind: kind)) }
        let (s, bad) = decodeUTF8(b, from: 0)
        let encoding: DecodedText.Encoding = bad == 0 ? .utf8 : (hasValidMultibyte(b) ? .utf8WithFallback : .windows1252)
        return .success(finish(s, encoding, bad))
    }

    // MARK: - sniffing

    static func sniffBinary(_ b: UnsafeBufferPointer<UInt8>) -> BinaryKind? {
        let magics: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF"), ([0x50, 0x4B, 0x03, 0x04], "ZIP (or .docx/.epub)"),
            ([0x1F, 0x8B], "gzip-compressed (decompress it first)"), ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
            ([0x42, 0x5A, 0x68], "bzip2-compressed"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz-compressed"),
        ]
        for (magic, name) in magics where b.count >= magic.count {
            if zip(magic, b.prefix(magic.count)).allSatisfy({ $0 == $1 }) { return .magic(name) }
        }
        let n = min(b.count, sniffLength)
        guard n > 0 else { return nil }
        var controls = 0
        for i in 0..<n {
            let c = b[i]
            if c == 0 { return .nulBytes }
            // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 bytes do not.
            if c < 0x20, c != 0x09, c != 0x0A, c != 0x0B, c != 0x0C, c != 0x0D, c != 0x1B { controls += 1 }
        }
        let percent = controls * 100 / n
        return percent >= 5 ? .controlCharacters(percent: percent) : nil
    }

    /// true = big-endian, false = little-endian, nil = not UTF-16.
    static func sniffBOMlessUTF16(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = min(b.count, sniffLength) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenZero += 1 }
            if b[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 9, evenZero * 10 < pairs { return false }
        if evenZero * 10 >= pairs * 9, oddZero * 10 < pairs { return true }
        return nil
    }

    static func hasValidMultibyte(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            if b[i] >= 0xC2, let len = utf8SequenceLength(b, at: i), len > 1 { return true }
            i += 1
        }
        return false
    }

    // MARK: - decoders

    /// The length of a valid UTF-8 sequence starting at `i`, or nil when the bytes there are not one.
    @inline(__always)
    static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return 1 }
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : nil
        case 0xE0: return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : nil
        case 0xED: return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : nil  // no surrogates
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : nil
        case 0xF0: return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : nil
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : nil
        case 0xF4: return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : nil
        default: return nil
        }
    }

    /// Valid UTF-8 runs are kept byte for byte; each invalid byte is read as Windows-1252.
    static func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int) {
        let body = UnsafeBufferPointer(rebasing: b[start...])
        // Fast path: the whole buffer is valid.
        if let s = String(validating: body, as: UTF8.self) { return (s, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 64)
        var bad = 0
        var i = 0
        while i < body.count {
            if let len = utf8SequenceLength(body, at: i) {
                for k in 0..<len { out.append(body[i + k]) }
                i += len
            } else {
                bad += 1
                appendUTF8(of: windows1252Scalar(body[i]), to: &out)
                i += 1
            }
        }
        return (String(decoding: out, as: UTF8.self), bad)
    }

    static func decodeUTF16(_ b: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity((b.count - start) / 2)
        var i = start
        while i + 1 < b.count {
            units.append(bigEndian ? UInt16(b[i]) << 8 | UInt16(b[i + 1]) : UInt16(b[i + 1]) << 8 | UInt16(b[i]))
            i += 2
        }
        // Unpaired surrogates become U+FFFD.
        return String(decoding: units, as: UTF16.self)
    }

    static func decodeUTF32(_ b: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> String {
        var view = String.UnicodeScalarView()
        var i = start
        while i + 3 < b.count {
            let v = bigEndian
                ? UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
                : UInt32(b[i + 3]) << 24 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i])
            view.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            i += 4
        }
        return String(view)
    }

    /// Windows-1252 for 0x80–0x9F, Latin-1 elsewhere (the five bytes 1252 leaves undefined stay C1 controls,
    /// which line normalisation removes).
    public static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        if byte >= 0x80 && byte <= 0x9F { return Unicode.Scalar(table[Int(byte - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(byte)
    }

    static func appendUTF8(of scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// "\r\n" and lone "\r" become "\n"; everything else is left alone.
    public static func normalizeLineEnds(_ s: String) -> String {
        guard s.utf8.contains(0x0D) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for c in s.utf8 {
            if c == 0x0D { out.append(0x0A); previousCR = true; continue }
            if c == 0x0A && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func finish(_ s: String, _ e: DecodedText.Encoding, _ bad: Int) -> DecodedText {
        DecodedText(text: normalizeLineEnds(s), encoding: e, fallbackBytes: bad)
    }
}
