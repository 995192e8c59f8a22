// Decodes HTML character references: named (the Latin-1 set and common typography), decimal and hex.

public enum HTMLEntities {
    /// Latin-1 names, in code-point order from U+00A0.
    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
        Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
        Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
        ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
        oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    static let table: [String: String] = {
        var t: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "bull": "\u{2022}",
            "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
            "prime": "\u{2032}", "Prime": "\u{2033}", "oline": "\u{203E}", "frasl": "\u{2044}", "euro": "\u{20AC}",
            "trade": "\u{2122}", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}",
            "harr": "\u{2194}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}",
            "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "OElig": "\u{0152}", "oelig": "\u{0153}",
            "Scaron": "\u{0160}", "scaron": "\u{0161}", "Yuml": "\u{0178}", "fnof": "\u{0192}", "circ": "\u{02C6}",
            "tilde": "\u{02DC}", "minus": "\u{2212}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}",
            "infin": "\u{221E}", "asymp": "\u{2248}", "hearts": "\u{2665}", "star": "\u{2606}", "check": "\u{2713}",
            "nbhy": "\u{2011}", "NewLine": "\n", "Tab": "\t", "colon": ":", "comma": ",", "period": ".",
            "excl": "!", "quest": "?", "num": "#", "dollar": "$", "percnt": "%", "lpar": "(", "rpar": ")",
            "ast": "*", "plus": "+", "sol": "/", "bsol": "\\", "semi": ";", "equals": "=", "commat": "@",
            "lsqb": "[", "rsqb": "]", "lowbar": "_", "grave": "`", "lcub": "{", "rcub": "}", "verbar": "|",
            "Alpha": "\u{391}", "Beta": "\u{392}", "Gamma": "\u{393}", "Delta": "\u{394}", "Omega": "\u{3A9}",
            "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}", "epsilon": "\u{3B5}",
            "lambda": "\u{3BB}", "mu": "\u{3BC}", "pi": "\u{3C0}", "sigma": "\u{3C3}", "omega": "\u{3C9}",
        ]
        for (i, name) in latin1Names.enumerated() {
            if let s = Unicode.Scalar(0xA0 + i) { t[name] = String(Character(s)) }
        }
        return t
    }()

    /// References that browsers decode even without the final ";" (legacy).
    private static let legacyNoSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// Decodes every reference in `s`. Unknown names are left as written.
    public static func decode(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }  // no "&"
        return decode(Array(s.utf8)[...])
    }

    public static func decode(_ b: ArraySlice<UInt8>) -> String {
        b.withUnsafeBufferPointer { decode($0) }
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard b.contains(0x26) else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            guard c == 0x26, i + 1 < end else { out.append(c); i += 1; continue }
            if b[i + 1] == 0x23 {  // "&#"
                var j = i + 2
                var hex = false
                if j < end, b[j] == 0x78 || b[j] == 0x58 { hex = true; j += 1 }
                var value: UInt32 = 0
                let digitsStart = j
                while j < end, j - digitsStart < 8 {
                    let d = b[j]
                    if d >= 0x30 && d <= 0x39 { value = value &* (hex ? 16 : 10) &+ UInt32(d - 0x30) }
                    else if hex, d >= 0x61 && d <= 0x66 { value = value &* 16 &+ UInt32(d - 0x61 + 10) }
                    else if hex, d >= 0x41 && d <= 0x46 { value = value &* 16 &+ UInt32(d - 0x41 + 10) }
                    else { break }
                    j += 1
                }
                if j == digitsStart { out.append(c); i += 1; continue }
                if j < end, b[j] == 0x3B { j += 1 }
                out.append(contentsOf: String(Character(numericScalar(value))).utf8)
                i = j
                continue
            }
            // Named: letters and digits up to 32, then ";".
            var j = i + 1
            while j < end, j - i <= 32, isAlnum(b[j]) { j += 1 }
            if j > i + 1 {
                let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
                if j < end, b[j] == 0x3B, let rep = table[name] {
                    out.append(contentsOf: rep.utf8)
                    i = j + 1
                    continue
                }
                if legacyNoSemicolon.contains(name), let rep = table[name], j >= end || b[j] != 0x3D {
                    out.append(contentsOf: rep.utf8)
                    i = j
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func numericScalar(_ v: UInt32) -> Unicode.Scalar {
        if v >= 0x80 && v <= 0x9F { return TextDecoder.windows1252Scalar(UInt8(v)) }
        if v == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    @inline(__always)
    static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
