// Site boilerplate rules: newsletter prompts, related links, original-URL notes, copyright, addresses, reposts, UI.

import Foundation

/// What a boilerplate line was; the cleaner drops the line and keeps what carries information as metadata.
public enum Boilerplate: Hashable, Sendable {
    case newsletter
    case related(String)
    /// "Original url:" with the URL when it is on the same line (else it follows on the next lines).
    case originalURL(String?)
    case copyright(holder: String?)
    case postalAddress
    /// "Reposted on SITE with permission from SOURCE".
    case repost(on: String?, from: String?)
    case uiTokens
    case share
    case advertisement
    case accessibility
    /// "Reporting by X; Editing by Y" trailers.
    case credits(String)
}

public enum BoilerplateRules {
    /// Tries every single-line rule; nil when the line is not boilerplate.
    public static func match(_ line: String) -> Boilerplate? {
        // Every rule is about short lines; long body paragraphs skip them all.
        guard !line.isEmpty, line.utf8.count <= 260 else { return nil }
        // Lines of more than 16 words can only be the prefix-led kinds (repost, copyright, credits, related).
        if line.utf8.lazy.filter({ $0 == 0x20 }).count >= 16 {
            let head = line.prefix(30).lowercased()
            let cues = ["repost", "republish", "reprint", "cross", "posted on", "reproduced", "this article", "this story",
                        "originally", "first published", "copyright", "©", "(c)", "reporting by", "additional reporting",
                        "writing by", "editing by", "compiled by", "(reporting", "edited by", "research by"]
            guard cues.contains(where: { head.hasPrefix($0) }) || line.lowercased().contains("all rights reserved")
            else { return nil }
        }
        let rules: [(String) -> Boilerplate?] = [uiTokens, advertisement, accessibility, newsletter, related, originalURL,
                                                 repost, copyright, postalAddress, share, credits]
        for rule in rules { if let b = rule(line) { return b } }
        return nil
    }

    /// "Get the Mirror in your inbox:", "Sign up for our daily briefing", "Subscribe to our newsletter".
    public static func newsletter(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        guard CleanText.words(line).count <= 16 else { return nil }
        let cue = l.contains("inbox") || l.contains("newsletter") || l.contains("enter your email")
            || l.contains("sign up") || l.contains("subscribe") || l.contains("e-mail alerts") || l.contains("email alerts")
        guard cue else { return nil }
        let imperative = ["get ", "sign up", "subscribe", "join ", "receive ", "enter ", "click ", "don't miss",
                          "don’t miss", "want ", "never miss", "stay ", "register", "sign-up", "newsletter"]
            .contains { l.hasPrefix($0) }
        return imperative || l.hasSuffix(":") || !CleanText.endsSentence(line) ? .newsletter : nil
    }

    static let relatedCues = ["related article", "related articles", "related story", "related stories", "related",
                              "related content", "related coverage", "related link", "related links", "read more",
                              "read also", "also read", "see also", "more on this story", "more on this", "recommended",
                              "you may also like", "you might also like", "further reading", "read next", "more news",
                              "more stories", "latest news", "top stories", "most read", "most popular", "trending",
                              "watch", "listen", "more", "read"]

    /// "Related article: ...", "READ MORE: ...", or a bare "Related Articles" heading.
    public static func related(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        if let colon = l.firstIndex(where: { $0 == ":" || $0 == "|" }) {
            let head = l[..<colon].trimmed(" \t")
            if relatedCues.contains(head), head != "watch" || CleanText.words(line).count <= 14 {
                let rest = line[line.index(after: colon)...].trimmed(" \t")
                if head == "more" || head == "read", rest.isEmpty { return .related("") }
                if head == "more" || head == "read" { return nil }
                return .related(rest)
            }
        }
        let bare = l.trimmed(" :.»›>»-–—|")
        if relatedCues.contains(bare), !["watch", "listen", "more", "read"].contains(bare) { return .related("") }
        return nil
    }

    /// "Original url: https://..." (or the URL on the next lines), "Source: https://...", "Read the original at ...".
    public static func originalURL(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        let strong = ["original url", "original link", "original article", "original source", "source url", "article url",
                      "read the original article", "read the original", "originally published at"]
        let weak = ["url", "link", "source"]
        for cue in strong + weak where l.hasPrefix(cue) {
            var rest = line.dropFirst(cue.count).drop(while: { $0 == " " })
            let colon = rest.first == ":"
            if colon { rest = rest.dropFirst().drop(while: { $0 == " " }) }
            let isURL = rest.lowercased().hasPrefix("http") || rest.lowercased().hasPrefix("www.")
            if isURL { return .originalURL(URLRules.repairURL(String(rest))) }
            // A bare cue announces a URL on the next line; a weak cue needs its colon for that.
            if rest.isEmpty, strong.contains(cue) || colon { return .originalURL(nil) }
        }
        return nil
    }

    /// "Reposted on ANN/Armenian News with permission from RFE/RL", "This article originally appeared in X".
    public static func repost(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        guard CleanText.words(line).count <= 30 else { return nil }
        let starts = ["reposted", "republished", "reprinted", "cross-posted", "crossposted", "posted on", "reproduced",
                      "this article originally", "this story originally", "this article was originally",
                      "this story was originally", "originally published", "this article first appeared",
                      "this story first appeared", "this article appeared", "this story appeared", "first published"]
        guard starts.contains(where: { l.hasPrefix($0) }) else { return nil }
        func after(_ keys: [String]) -> String? {
            for k in keys {
                if let r = l.range(of: k) {
                    let start = line.index(line.startIndex, offsetBy: l.distance(from: l.startIndex, to: r.upperBound))
                    var rest = String(line[start...])
                    for stop in [" with permission", " with kind permission", " by permission", " and is ", " and was ",
                                 " under ", ". "] {
                        if let s = rest.range(of: stop) { rest = String(rest[..<s.lowerBound]) }
                    }
                    let t = rest.trimmed(" .,;:")
                    if !t.isEmpty { return t }
                }
            }
            return nil
        }
        let from = after(["permission from ", "permission of ", "courtesy of ", "appeared in ", "appeared on ",
                          "published in ", "published on ", "published by ", "published at ", "reprinted from ",
                          "republished from "])
        var on: String?
        if l.hasPrefix("reposted on ") || l.hasPrefix("republished on ") || l.hasPrefix("posted on ")
            || l.hasPrefix("cross-posted on ") || l.hasPrefix("reprinted in ") || l.hasPrefix("reprinted on ") {
            on = after([" on ", " in "])
        }
        return .repost(on: on, from: from == on ? nil : from)
    }

    /// "Copyright (c) 2023 Radio Free Europe / Radio Liberty, Inc.", "© 2021 Example Media. All rights reserved."
    public static func copyright(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        let isCopyright = l.hasPrefix("copyright") || l.hasPrefix("©") || l.hasPrefix("(c)")
            || (l.contains("all rights reserved") && CleanText.words(line).count <= 25)
        guard isCopyright, CleanText.words(line).count <= 30 else { return nil }
        var s = line
        for cut in ["All rights reserved", "all rights reserved", "ALL RIGHTS RESERVED"] {
            if let r = s.range(of: cut) { s = String(s[..<r.lowerBound]) }
        }
        var words = CleanText.words(s).map(String.init)
        while let f = words.first {
            let fl = f.lowercased().trimmed(".,:;")
            if fl == "copyright" || fl == "©" || fl == "(c)" || fl == "c" || fl.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" }) {
                words.removeFirst()
            } else { break }
        }
        var holder = words.joined(separator: " ").trimmed(" .,;")
        for suffix in [", Inc", " Inc", ", LLC", " LLC", ", Ltd", " Ltd", " Limited", ", S.A", " GmbH", " plc", " PLC"] {
            if holder.hasSuffix(suffix) { holder = String(holder.dropLast(suffix.count)).trimmed(" ,") }
        }
        return .copyright(holder: holder.isEmpty ? nil : holder)
    }

    static let streetWords: Set<String> = ["ave", "avenue", "st", "street", "road", "rd", "blvd", "boulevard", "lane",
                                           "ln", "drive", "dr", "square", "sq", "place", "pl", "way", "plaza", "suite",
                                           "floor", "fl", "highway", "hwy", "parkway", "pkwy", "court", "ct", "strasse",
                                           "straße", "ulitsa", "prospekt", "embankment", "terrace", "row", "circle"]

    /// A footer address line: "1201 Connecticut Ave., N.W. Washington DC 20036." or "P.O. Box 123, Example, CA 90000".
    public static func postalAddress(_ line: String) -> Boilerplate? {
        let ws = CleanText.words(line)
        guard ws.count >= 2, ws.count <= 16 else { return nil }
        let l = line.lowercased()
        if l.hasPrefix("p.o. box") || l.hasPrefix("po box") || l.hasPrefix("p. o. box") { return .postalAddress }
        guard let first = ws.first, first.first?.isNumber == true else { return nil }
        let hasStreet = ws.contains { streetWords.contains(CleanText.core($0).lowercased().trimmed(".")) }
        let hasPostcode = ws.dropFirst().contains { w in
            let c = CleanText.core(w).trimmed(".")
            return (c.count == 5 || c.count == 6 || c.count == 4) && c.allSatisfy(\.isNumber)
        } || line.range(of: #"\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b"#, options: .regularExpression) != nil
        return hasStreet && hasPostcode ? .postalAddress : nil
    }

    static let uiWords: Set<String> = [
        "xs", "sm", "md", "lg", "xl", "xxl", "a", "a+", "a-", "aa", "print", "email", "e-mail", "share", "tweet",
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "vk", "ok", "copy",
        "link", "comments", "comment", "save", "menu", "search", "close", "listen", "font", "size", "login", "log",
        "in", "subscribe", "next", "previous", "prev", "back", "top", "home", "more", "less", "show", "hide", "reset",
        "|", "·", "•", "/", "-", "+", "print-friendly", "pdf", "rss", "mail", "messenger", "viber", "embed", "zoom",
        "text", "increase", "decrease", "toggle", "navigation", "skip", "sections", "up", "bookmark", "gift", "article",
    ]

    /// A line made only of interface words: "XS SM MD LG", "Share Tweet Email", "Print | Email".
    public static func uiTokens(_ line: String) -> Boilerplate? {
        let ws = CleanText.words(line)
        guard !ws.isEmpty, ws.count <= 8 else { return nil }
        // One ordinary word alone ("Article", "More") is only UI when it is one of the clear button words.
        if ws.count == 1 {
            let w = ws[0].lowercased().trimmed(":")
            let buttons: Set<String> = ["xs", "sm", "md", "lg", "xl", "xxl", "a+", "a-", "aa", "print", "email", "e-mail",
                                        "share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit",
                                        "pinterest", "comments", "menu", "search", "close", "login", "subscribe", "rss",
                                        "embed", "bookmark", "|", "·", "•"]
            return buttons.contains(w) ? .uiTokens : nil
        }
        return ws.allSatisfy({ uiWords.contains($0.lowercased().trimmed(":,")) })
            ? .uiTokens : nil
    }

    /// "Share this article", "Share on Facebook", "Click to print", "Email this story".
    public static func share(_ line: String) -> Boilerplate? {
        let l = line.lowercased()
        guard CleanText.words(line).count <= 7, !CleanText.endsSentence(line) else { return nil }
        let starts = ["share this", "share on", "share via", "share the", "click to share", "click to print",
                      "click to email", "print this", "email this", "e-mail this", "follow us", "like us on",
                      "copy link", "copy the link", "save article", "save for later", "listen to this article",
                      "listen to article", "send this", "tweet this", "font size", "text size", "comments (",
                      "view comments", "show comments", "leave a comment", "jump to comments", "sign in", "log in to"]
        return starts.contains { l.hasPrefix($0) } ? .share : nil
    }

    /// "Advertisement", "Story continues below advertisement", "Scroll to continue with content".
    public static func advertisement(_ line: String) -> Boilerplate? {
        let l = line.lowercased().trimmed(" -–—:.|·•")
        let exact: Set<String> = ["advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
                                  "paid content", "paid post", "promoted", "promoted content", "story continues below",
                                  "story continues below advertisement", "article continues below",
                                  "article continues below advertisement", "continue reading below",
                                  "scroll to continue with content", "continue reading", "continue reading the main story",
                                  "skip advertisement", "advertisement - scroll to continue", "ad feedback", "report an ad"]
        return exact.contains(l) ? .advertisement : nil
    }

    /// English accessibility links ("Skip to main content"); other scripts are caught by `foreignScriptLabel`.
    public static func accessibility(_ line: String) -> Boilerplate? {
        let l = line.lowercased().trimmed(" .:")
        let exact: Set<String> = ["accessibility links", "skip to main content", "skip to content", "skip to navigation",
                                  "jump to navigation", "skip navigation", "skip to search", "skip to footer",
                                  "accessibility help", "accessibility"]
        return exact.contains(l) ? .accessibility : nil
    }

    /// A short label in another script than the document's (an accessibility-link header of the site's own
    /// language, e.g. Armenian or Russian over an English article). Needs the document's dominant script.
    public static func foreignScriptLabel(_ line: String, documentScript: CleanText.Script) -> Boilerplate? {
        guard CleanText.words(line).count <= 6, !CleanText.endsSentence(line),
              let (s, share) = CleanText.dominantScript(line), share > 0.8, s != documentScript else { return nil }
        return .accessibility
    }

    /// "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by ...", "Writing by ...".
    public static func credits(_ line: String) -> Boilerplate? {
        let l = line.lowercased().trimmed("( ")
        guard CleanText.words(line).count <= 30 else { return nil }
        let starts = ["reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
                      "(reporting by ", "edited by ", "research by "]
        guard starts.contains(where: { l.hasPrefix($0) }),
              l.contains(";") || l.contains("editing by") || CleanText.words(line).count <= 8 else { return nil }
        return .credits(line.trimmed("() "))
    }
}
