// Groups segments into stories: header (headline, byline, date, captions), body, and a file-wide footer.

/// A story while it is being assembled.
public struct StoryDraft: Hashable, Sendable {
    public var title: String?
    public var byline: String?
    public var headerDate: DateInfo?
    public var url: String?
    public var dateline: Dateline?
    public var paragraphs: [String] = []
    public var captions: [String] = []
    public var metadata: [String: String] = [:]

    public init() {}

    mutating func addCaption(_ s: String) {
        let t = CaptionRules.tidy(s)
        if !captions.contains(t) { captions.append(t) }
    }

    mutating func appendMetadata(_ key: String, _ value: String) {
        guard !value.isEmpty else { return }
        if let old = metadata[key] { if !old.components(separatedBy: " | ").contains(value) { metadata[key] = old + " | " + value } }
        else { metadata[key] = value }
    }
}

/// What a file's footer says about every story in it (repost note, copyright, address).
public struct FileFooter: Hashable, Sendable {
    public var repostedOn: String?
    public var repostedFrom: String?
    public var copyright: String?
    public var copyrightHolder: String?
    public var address: String?

    public init() {}
}

public enum StorySplitter {
    /// Splits segments into stories. `allowSplit`/`findTitle`: only for plain text and Markdown; a JSON record or
    /// an HTML page is one story whose title comes from its fields. `keepRepeats`: a body paragraph that
    /// comes twice in a row is kept twice (it is dropped as a scraper's slip otherwise).
    public static func split(_ segments: [Segment], allowSplit: Bool, findTitle: Bool,
                             keepRepeats: Bool = false) -> ([StoryDraft], FileFooter) {
        var stories: [StoryDraft] = []
        var footer = FileFooter()
        var cur = StoryDraft()
        var inBody = false
        var lastText: String?

        func startNew() {
            if !cur.paragraphs.isEmpty || cur.title != nil { stories.append(cur) }
            cur = StoryDraft()
            inBody = false
            lastText = nil
        }
        /// Evidence that a headline opens a new story: what follows it is a story header or a caption.
        func opensStory(after k: Int) -> Bool {
            var j = k + 1
            while j < segments.count {
                switch segments[j].kind {
                case .boilerplate: j += 1; continue
                case .byline, .credit, .dateHeader: return true
                case .weekday: return false
                case .text:
                    let t = segments[j].text
                    if CaptionRules.isPhotoPrefixCaption(t) || CaptionRules.isPlaceDashCaption(t) { return true }
                    if let d = DatelineRule.parse(paragraph: t), d.agency != nil || d.date != nil { return true }
                    return false
                }
            }
            return false
        }
        func isHeadlineHere(_ k: Int) -> Bool {
            let s = segments[k]
            guard s.lineCount == 1 else { return false }
            if HeadlineRule.isStrong(s.text) { return true }
            // The first story's headline may be in sentence case when a blank line or a header follows it.
            guard stories.isEmpty, HeadlineRule.isWeak(s.text) else { return false }
            if s.blankAfter { return true }
            if k + 1 < segments.count, case .text = segments[k + 1].kind { return false }
            return k + 1 < segments.count
        }

        for (k, seg) in segments.enumerated() {
            switch seg.kind {
            case .boilerplate(let b):
                switch b {
                case .repost(let on, let from):
                    footer.repostedOn = footer.repostedOn ?? on
                    footer.repostedFrom = footer.repostedFrom ?? from
                    cur.appendMetadata("repost-note", seg.text)
                case .copyright(let holder):
                    footer.copyright = footer.copyright ?? seg.text
                    footer.copyrightHolder = footer.copyrightHolder ?? holder
                case .postalAddress:
                    footer.address = footer.address.map { $0 + " " + seg.text } ?? seg.text
                case .originalURL(let url):
                    if let url {
                        if cur.url == nil { cur.url = url }
                        cur.appendMetadata("original-url", url)
                    }
                case .related(let title): cur.appendMetadata("related", title)
                case .credits(let text): cur.appendMetadata("credits", text)
                case .accessibility: cur.appendMetadata("ui-label", seg.text)
                case .newsletter, .uiTokens, .share, .advertisement: break
                }
            case .weekday(let w):
                if inBody, allowSplit, k + 1 < segments.count, isHeadlineHere(k + 1) { startNew() }
                if cur.metadata["header-weekday"] == nil && !inBody { cur.metadata["header-weekday"] = w }
            case .dateHeader(let d):
                if inBody, allowSplit, k + 1 < segments.count, isHeadlineHere(k + 1), opensStory(after: k + 1) { startNew() }
                if !inBody, cur.headerDate == nil { cur.headerDate = d } else { cur.appendMetadata("date-line", seg.text) }
            case .byline(let name):
                if !inBody {
                    if cur.byline == nil { cur.byline = name }
                } else {
                    cur.paragraphs.append(seg.text)
                    inBody = true
                }
            case .credit:
                cur.addCaption(seg.text)
                cur.appendMetadata("photo-credit", seg.text)
            case .text:
                let t = seg.text
                // A caption printed twice in a row: both copies are one caption. A body paragraph printed
                // twice (a scraper's slip) is kept once.
                if let last = lastText, last == t, !(keepRepeats && inBody && CleanText.endsSentence(t)) {
                    let captionLike = !inBody || !CleanText.endsSentence(t) || CaptionRules.hasPlaceDashStart(t)
                    if captionLike, CleanText.words(t).count <= 80 {
                        if cur.paragraphs.last == t { cur.paragraphs.removeLast() }
                        cur.addCaption(t)
                    }
                    continue
                }
                lastText = t
                if CaptionRules.isPhotoPrefixCaption(t) || CaptionRules.isPlaceDashCaption(t) {
                    cur.addCaption(t)
                    continue
                }
                if !inBody, findTitle, cur.title == nil, cur.captions.isEmpty, isHeadlineHere(k) {
                    cur.title = t
                    continue
                }
                if inBody, allowSplit, findTitle, seg.lineCount == 1, HeadlineRule.isStrong(t),
                   cur.paragraphs.last.map(CleanText.endsSentence) ?? true, opensStory(after: k) {
                    startNew()
                    cur.title = t
                    lastText = t
                    continue
                }
                if !inBody, cur.paragraphs.isEmpty, let d = DatelineRule.parse(paragraph: t) {
                    cur.dateline = d
                    inBody = true
                    if !d.rest.isEmpty { cur.paragraphs.append(d.rest) }
                    continue
                }
                inBody = true
                cur.paragraphs.append(t)
            }
        }
        if !cur.paragraphs.isEmpty || cur.title != nil || stories.isEmpty { stories.append(cur) }
        // A title without a body is not a story: fold it back into the story before it.
        var merged: [StoryDraft] = []
        for s in stories {
            if s.paragraphs.isEmpty, var prev = merged.popLast() {
                if let t = s.title { prev.paragraphs.append(t) }
                prev.captions += s.captions.filter { !prev.captions.contains($0) }
                merged.append(prev)
            } else {
                merged.append(s)
            }
        }
        return (merged, footer)
    }
}
