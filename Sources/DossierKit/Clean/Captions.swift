// Photo captions and credits: kept in `captions`, out of the body.

import Foundation

public enum CaptionRules {
    /// Photo agencies and stock libraries (generic public knowledge) that make a credit line a credit.
    static let photoAgencies: Set<String> = [
        "afp", "ap", "reuters", "getty", "getty images", "epa", "epa-efe", "efe", "tass", "sputnik", "ria novosti",
        "xinhua", "anadolu", "anadolu agency", "photolure", "shutterstock", "alamy", "pool", "ap photo", "afp photo",
        "bloomberg", "upi", "dpa", "ansa", "kyodo", "yonhap", "pa", "pa images", "pa media", "rex", "rex features",
        "imago", "abaca", "sipa", "corbis", "istock", "istockphoto", "handout", "file", "nurphoto", "zuma", "zuma press",
        "ap images", "reuters pictures", "kremlin press service", "press service", "sopa images", "wire", "courtesy",
    ]

    /// "Name / Agency / Agency", "AP Photo/Jane Doe", "Photo: Jane Doe / Reuters", "Getty Images".
    public static func isCredit(_ line: String) -> Bool {
        let ws = CleanText.words(line)
        guard !ws.isEmpty, ws.count <= 12, !CleanText.endsSentence(line) || ws.count <= 4 else { return false }
        let l = line.lowercased()
        for cue in ["photo:", "photos:", "photo by ", "photograph:", "photograph by ", "image:", "image by ",
                    "picture:", "pictures:", "illustration:", "illustration by ", "graphic:", "credit:", "photo credit:",
                    "image credit:", "(photo:", "(photo ", "courtesy of ", "video:", "source: getty", "file photo:"] {
            if l.hasPrefix(cue) { return true }
        }
        let bare = l.trimmed(" .()")
        if photoAgencies.contains(bare) && ws.count <= 3 && bare != "file" && bare != "wire" { return true }
        if bare.hasSuffix(" via getty images") || bare.hasSuffix("/getty images") { return true }
        // Slash-separated credits: every part a short name, at least one an agency or three parts.
        guard line.contains("/") else { return false }
        let parts = line.split(separator: "/").map { $0.trimmed(" \t") }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && CleanText.isNameLike($0, maxWords: 4) }) else { return false }
        // "RFE/RL" alone is an organisation, not a credit.
        if parts.count == 2, parts.allSatisfy({ $0.count <= 3 }) { return false }
        return parts.count >= 3 || parts.contains { photoAgencies.contains($0.lowercased()) }
    }

    /// "FILE PHOTO: ...", "FILE - ...", "PHOTO: ...", "Pictured: ...", "IN PICTURES: ...".
    public static func isPhotoPrefixCaption(_ line: String) -> Bool {
        for cue in ["FILE PHOTO:", "FILE PHOTO -", "FILE PHOTO –", "FILE -", "FILE –", "FILE:", "PHOTO:", "IN PICTURES:",
                    "PICTURED:", "Pictured:", "ABOVE:", "Above:", "TOP:", "IMAGE:", "PHOTO -", "VIDEO:"] {
            if line.hasPrefix(cue) { return true }
        }
        return false
    }

    /// A caption of the form "PLACE - description" / "COUNTRY -- description", recognised only with evidence a
    /// dateline paragraph would not have: a closing ", Month D, YYYY" (photo date), or a broken end left by a
    /// scraper (", .", "..", " ."). Returns false for a body paragraph that merely starts like a dateline.
    public static func isPlaceDashCaption(_ segment: String) -> Bool {
        guard hasPlaceDashStart(segment), CleanText.words(segment).count <= 70 else { return false }
        return endsWithPhotoDate(segment) || hasBrokenEnd(segment)
    }

    /// Starts "Place -", "Place --", "Place –", with a capitalised place of at most four words.
    public static func hasPlaceDashStart(_ full: String) -> Bool {
        let s = String(full.prefix(48))
        for sep in [" -- ", " - ", " – ", " — "] {
            guard let r = s.range(of: sep), s.distance(from: s.startIndex, to: r.lowerBound) <= 40 else { continue }
            let place = String(s[..<r.lowerBound])
            if place.contains(","), place.contains("(") { return false }
            return CleanText.isNameLike(place, maxWords: 4) && !place.contains("(")
        }
        return false
    }

    /// ", May 21, 2021" or ", 21 May 2021" at the end (maybe followed by a period).
    public static func endsWithPhotoDate(_ s: String) -> Bool {
        var t = s.trimmed(" \t")
        if t.hasSuffix(".") { t.removeLast() }
        guard let comma = t.range(of: ",", options: .backwards) else { return false }
        // Take the last two comma-separated chunks ("May 21, 2021").
        let before = t[..<comma.lowerBound]
        let prevComma = before.range(of: ",", options: .backwards)
        let tail = prevComma.map { String(t[$0.upperBound...]) } ?? String(t[comma.upperBound...])
        let ws = tail.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard ws.count == 3, let y = Int(ws[2]), (1900...2100).contains(y) else {
            // "…, 21 May 2021"
            let ws2 = t[comma.upperBound...].split(separator: " ")
            return ws2.count == 3 && Int(ws2[0]) != nil && CleanText.month(ws2[1]) != nil && Int(ws2[2]) != nil
        }
        return CleanText.month(ws[0]) != nil && Int(ws[1]) != nil
    }

    /// ", ." / ",." / " ." / ".." (but not an ellipsis "...") at the end: a caption whose date was cut out.
    public static func hasBrokenEnd(_ s: String) -> Bool {
        let t = s.trimmed(" \t")
        if t.hasSuffix("...") || t.hasSuffix("…") { return false }
        return t.hasSuffix(", .") || t.hasSuffix(",.") || t.hasSuffix(" .") || t.hasSuffix("..") || t.hasSuffix(", ..")
            || t.hasSuffix(",")
    }

    /// The caption text with a scraper's broken end tidied (", ." → "."). A caption that simply
    /// ends without a stop (a photo credit, "Photo: Reuters") is left as written.
    public static func tidy(_ s: String) -> String {
        var t = s.trimmed(" \t")
        var broken = false
        while t.hasSuffix(" .") || t.hasSuffix(",.") || t.hasSuffix("..") && !t.hasSuffix("...") || t.hasSuffix(",") {
            t.removeLast()
            t = t.trimmed(" ,")
            broken = true
        }
        if broken, let last = t.last, !".!?\"”".contains(last) { t += "." }
        return t
    }
}
