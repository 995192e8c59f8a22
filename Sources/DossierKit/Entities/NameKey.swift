// Normalised keys for names so that spelling variants meet (case, diacritics, transliteration).

import Foundation

public enum NameKey {
    /// Lower-cased, diacritics and punctuation removed, whitespace collapsed. Apostrophes inside a word
    /// vanish ("O'Leary" → "oleary") so that "O'Leary" and "OLeary" meet.
    public static func plain(_ name: String) -> String {
        // Most names are ASCII: lower-case them without Foundation's folding.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out = [UInt8]()
            out.reserveCapacity(name.utf8.count)
            var lastSpace = true
            for b in name.utf8 {
                switch b {
                case 0x41...0x5A: out.append(b + 32); lastSpace = false
                case 0x61...0x7A, 0x30...0x39: out.append(b); lastSpace = false
                case 0x27, 0x60: continue  // apostrophes
                default:
                    if !lastSpace { out.append(0x20); lastSpace = true }
                }
            }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var lastSpace = true
        for ch in folded.unicodeScalars {
            // Letters that have no decomposition, so folding leaves them alone.
            if let ascii = latinWithoutDecomposition[ch] {
                out += ascii
                lastSpace = false
            } else if ch.properties.isAlphabetic || ch.properties.numericType != nil {
                out.unicodeScalars.append(ch)
                lastSpace = false
            } else if isApostrophe(ch) {
                continue
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The words of `plain(name)`.
    public static func words(_ name: String) -> [String] {
        plain(name).split(separator: " ").map(String.init)
    }

    /// A key under which transliteration variants coincide: each word of `plain` reduced by
    /// `Transliteration.skeleton` ("Pashinian" and "Pashinyan" → "pashinian"). Words stay separate,
    /// so an index can match single words of a longer name.
    public static func variant(_ name: String) -> String {
        words(name).map(Transliteration.skeleton).joined(separator: " ")
    }

    /// `variant` without spaces, so that "Hsien-Loong" and "Hsien Loong" coincide.
    public static func compact(_ name: String) -> String {
        words(name).map(Transliteration.skeleton).joined()
    }

    /// The words of a name as linking compares them. The spelling-variant rules (double letters,
    /// -ian/-yan, transliteration) are for romanised names, so a word of fewer than 4 letters or one
    /// written in capitals keeps its letters: "BBC" is not "BCC", a "Baa" rating is not "BA".
    public static func linkWords(_ name: String) -> [String] {
        pieces(name).flatMap { piece, exact in words(piece).map { exact || $0.count < 4 ? $0 : Transliteration.skeleton($0) } }
    }

    /// `linkWords` without spaces.
    public static func linkCompact(_ name: String) -> String { linkWords(name).joined() }

    /// `loose` under the same guard as `linkWords`: short words and capitals keep their letters.
    public static func linkLoose(_ name: String) -> String {
        pieces(name).flatMap { piece, exact in words(piece).map { exact || $0.count < 4 ? $0 : Transliteration.consonants($0) } }
            .joined(separator: " ")
    }

    /// The name split at spaces, hyphens and slashes, each piece with whether it is written in capitals.
    static func pieces(_ name: String) -> [(String, Bool)] {
        name.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" || $0 == "\u{2010}" }).map { piece in
            var letters = 0, upper = 0
            for u in piece.unicodeScalars where u.properties.isAlphabetic {
                letters += 1
                if u.properties.isUppercase { upper += 1 }
            }
            return (String(piece), letters >= 2 && upper == letters)
        }
    }

    /// A looser key: the variant skeleton of each word without its inner vowels
    /// ("Muhammad"/"Mohammed" → "mhmd"). Evidence only when something else agrees.
    public static func loose(_ name: String) -> String {
        words(name).map(Transliteration.consonants).joined(separator: " ")
    }

    /// Every key an index should store for a name so that `NameMatcher` can find it: the variant
    /// key, its compact form, each word's variant and each word's loose form.
    public static func indexKeys(_ name: String) -> [String] {
        let ws = words(name).map(Transliteration.skeleton)
        var keys = [ws.joined(separator: " "), ws.joined()]
        keys += ws
        keys += words(name).map(Transliteration.consonants)
        var seen = Set<String>()
        return keys.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static let latinWithoutDecomposition: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
    ]

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" || s == "`" || s == "\u{00B4}"
    }
}
