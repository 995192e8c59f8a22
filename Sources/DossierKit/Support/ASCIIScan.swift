// Fast paths for the word scans that the corpus-wide stage runs over every article on every update
// (version fingerprints, word counts, lower-case words, copy detection). Most news text is ASCII (all
// 2,452 wire records and 71% of the BBC files here), and for ASCII the Character and Unicode.Scalar
// predicates those scans use reduce to byte ranges; asking the Unicode tables for each scalar was a
// sixth of an update's CPU. Every function here answers exactly as its general form does (the tests
// compare both on every ASCII byte and on mixed texts); a text with non-ASCII bytes takes the general
// form, for the whole text or (`forEachRun`) for the runs of words that hold them.

enum ASCIIScan {
    /// `body` of the text's UTF-8 bytes when every one is ASCII; nil (without calling it) otherwise.
    static func withASCII<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var t = text
        return t.withUTF8 { u in
            var all: UInt8 = 0
            for b in u { all |= b }
            return all < 0x80 ? body(u) : nil
        }
    }

    /// A text's UTF-8 bytes cut into maximal runs of bytes that `joins` accepts or that are not ASCII:
    /// `ascii` gets each run that is all ASCII, `general` the text of each run with a non-ASCII byte.
    /// A scan that parts words at the ASCII bytes `joins` refuses reads a text this way as its general
    /// form reads it whole, with the Unicode tables asked about the few runs that need them (most
    /// non-ASCII news text is ASCII but for a pound sign or a curly quote). The one difference: a
    /// combining mark right after such a byte is part of the byte's Character for the general form,
    /// and starts a run here.
    static func forEachRun(_ text: String, joins: (UInt8) -> Bool,
                           ascii: (UnsafeBufferPointer<UInt8>) -> Void, general: (String) -> Void) {
        var t = text
        t.withUTF8 { u in
            var k = 0
            while k < u.count {
                guard u[k] >= 0x80 || joins(u[k]) else { k += 1; continue }
                let start = k
                var wide = false
                while k < u.count && (u[k] >= 0x80 || joins(u[k])) {
                    if u[k] >= 0x80 { wide = true }
                    k += 1
                }
                let run = UnsafeBufferPointer(rebasing: u[start..<k])
                if wide { general(String(decoding: run, as: UTF8.self)) } else { ascii(run) }
            }
        }
    }

    /// Character.isLetter and Unicode.Scalar.properties.isAlphabetic of an ASCII byte.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// Character.isNumber, and numericType != nil, of an ASCII byte.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    /// Character.isWhitespace of an ASCII byte ("\r\n", one Character, is whitespace as each byte is).
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    /// lowercased() of an ASCII byte.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}
