// Recognises page furniture in a sentence (a second guard after cleaning, for text that was never cleaned) that must yield no entities: newsletter prompts, credits, copyright and address lines, links.

public enum SentenceFurniture {
    /// Lower-case phrases that mark a line as page furniture rather than story text.
    static let markers = [
        "in your inbox", "sign up for", "sign up to", "subscribe to", "subscribe now", "newsletter", "follow us on",
        "click here", "read more:", "related article", "related story", "related stories", "original url",
        "reposted on", "reposted from", "republished with", "with permission from", "copyright", "\u{00A9}",
        "all rights reserved", "(c) 19", "(c) 20", "photo by", "photo:", "photo credit", "photograph:", "image:",
        "credit:", "share this", "advertisement", "http://", "https://", "www.", "privacy policy", "terms of use",
        "cookie policy", "accessibility links", "skip to content", "listen to this article", "download the app",
    ]

    static let streetWords: Set<String> = ["ave", "ave.", "avenue", "st.", "street", "road", "rd.", "blvd", "blvd.",
                                           "boulevard", "suite", "lane", "drive", "n.w.", "s.w.", "n.e.", "s.e.", "floor"]

    /// A word of every marker: the full (slower) phrase search runs only when one of these occurs.
    static let anchors: Set<String> = [
        "inbox", "sign", "subscribe", "newsletter", "follow", "click", "read", "related", "original", "reposted",
        "republished", "permission", "copyright", "\u{00A9}", "reserved", "c", "photo", "photograph", "image", "credit",
        "share", "advertisement", "http", "https", "www", "www.", "privacy", "terms", "cookie", "accessibility", "skip",
        "listen", "download",
    ]

    /// First letters of the anchors, lower-cased: most tokens are ruled out without building a key.
    static let anchorInitials: Set<UInt8> = Set(anchors.compactMap { $0.utf8.first.map { $0 | 0x20 } })

    /// Whether a sentence or line is furniture. `tokens` are its tokens; `text()` its text, built only when needed.
    public static func isBoilerplate(_ text: () -> String, tokens: [Substring]) -> Bool {
        if tokens.contains(where: { t in
            guard let b = t.utf8.first, anchorInitials.contains(b | 0x20) || b >= 0x80, t.utf8.count <= 13 else { return false }
            return anchors.contains(RuleLexicon.key(t))
        }) {
            let lower = text().lowercased()
            if markers.contains(where: { lower.contains($0) }) { return true }
        }
        if isAddress(tokens) || isCredit(tokens) || isByline(tokens) || isWidgetResidue(tokens) { return true }
        // Text in another script: the tagger reads English news.
        var letters = 0, latin = 0
        for t in tokens {
            for u in t.unicodeScalars where u.value >= 0x80 || TokenText.isLetter(u.value) {
                guard u.value < 0x80 || u.properties.isAlphabetic else { continue }
                letters += 1
                if u.value < 0x250 { latin += 1 }
            }
        }
        return letters > 0 && latin * 2 < letters
    }

    /// "1201 Connecticut Ave., N.W. Washington DC 20036": a house number, a street word and a postcode.
    static func isAddress(_ tokens: [Substring]) -> Bool {
        guard tokens.contains(where: { $0.first?.isNumber ?? false }) else { return false }
        let keys = tokens.map { RuleLexicon.key($0) }
        guard keys.contains(where: { streetWords.contains($0) }) else { return false }
        let numbers = tokens.filter { $0.allSatisfy(\.isNumber) && (1...6).contains($0.count) }
        return numbers.count >= 2 || (numbers.count == 1 && tokens.count <= 12)
    }

    /// "Jane Roe / Photo Agency / Wire Service": short capitalised names split by slashes or pipes.
    static func isCredit(_ tokens: [Substring]) -> Bool {
        let separators = tokens.filter { $0 == "/" || $0 == "|" }.count
        guard separators >= 1, tokens.count <= 16 else { return false }
        let words = tokens.filter { $0 != "/" && $0 != "|" }
        guard !words.isEmpty, words.count <= 4 * (separators + 1) else { return false }
        return words.allSatisfy { w in
            guard let f = w.unicodeScalars.first else { return false }
            return TokenText.isUpper(f.value) || !f.properties.isAlphabetic && w.count == 1 && w != "."
        }
    }

    /// A byline alone: "By AFP", "By Jane Roe and John Doe".
    static func isByline(_ tokens: [Substring]) -> Bool {
        guard tokens.count >= 2, tokens.count <= 8, RuleLexicon.key(tokens[0]) == "by" else { return false }
        return tokens.dropFirst().allSatisfy { t in
            guard let f = t.unicodeScalars.first else { return false }
            return TokenText.isUpper(f.value) || ["and", ",", "in", "|"].contains(RuleLexicon.key(t))
        }
    }

    /// Leftover interface labels: three or more tokens, all short upper-case codes ("XS SM MD LG").
    static func isWidgetResidue(_ tokens: [Substring]) -> Bool {
        tokens.count >= 3 && tokens.allSatisfy { $0.count <= 3 && $0.unicodeScalars.allSatisfy { TokenText.isUpper($0.value) } }
    }
}
