// Normalised keys for names so that spelling variants meet (case, diacritics, transliteration).

import Foundation

public enum NameKey {
    /// Lower-cased, diacritics and punctuation removed, whitespace collapsed.
    public static func plain(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var lastSpace = true
        for ch in folded.unicodeScalars {
            if ch.properties.isAlphabetic || ch.properties.numericType != nil {
                out.unicodeScalars.append(ch)
                lastSpace = false
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// A key under which transliteration variants coincide (refined by the entity layer).
    public static func variant(_ name: String) -> String { plain(name) }
}
