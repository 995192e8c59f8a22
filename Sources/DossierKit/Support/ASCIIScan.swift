// Fast paths for the word scans that the corpus-wide stage runs over every article on every update
// (version fingerprints, word counts, lower-case words, copy detection). Most news text is ASCII (all
// 2,452 wire records and 71% of the BBC files here), and for ASCII the Character and Unicode.Scalar
// predicates those scans use reduce to byte ranges; asking the Unicode tables for each scalar was a
// sixth of an update's CPU. Every function here answers exactly as its general form does (the tests
// compare both on every ASCII byte and on mixed texts); a text with any non-ASCII byte takes the general form.

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
