// Finds a page's article body (paragraphs, headings, lists, quotes, code, tables; no menus, comments, related
// links or footers) by weighing several signals, and says when a page is an index of teasers, not an article.

import Foundation

/// How it works: drop what is never body (scripts, nav, hidden, boilerplate by class/id/role), score each
/// paragraph by its length and commas and credit its ancestors, weigh each container by its link density,
/// by whether it is a known article container or sits by the headline, and by how well it matches the
/// page's JSON-LD `articleBody`; take the best, add siblings that continue it, then render it block by
/// block, leaving out link lists, captions and share bars. When that finds too little text it tries again
/// without the class/id filter (some sites name the article container "content-sidebar" and such).
public struct HTMLArticleExtractor: Sendable {
    public struct Page: Sendable {
        /// Blocks separated by blank lines; list items carry their marker ("- ", "2. "), table rows have
        /// their cells joined by " | ", and a preformatted block keeps its line breaks (single newlines).
        public var text: String
        public var fields: DocumentFields
        /// Set when the page is an index or section front (many teasers, no article): a few of its
        /// headline links, for the warning. `text` is empty then.
        public var indexHeadlines: [String]?
    }

    public init() {}

    public func extract(html: String) -> Page {
        let doc = HTMLParser.parse(html)
        let (fields, ldBody) = HTMLMetadata.read(doc)
        let headline = fields.title
        let first = HTMLBody(doc, stripUnlikely: true, title: headline, ldBody: ldBody)
        var result = first.render()
        if result.text.unicodeScalars.count < 250 && result.indexHeadlines == nil {
            let retry = HTMLBody(doc, stripUnlikely: false, title: headline, ldBody: ldBody).render()
            if retry.indexHeadlines == nil, retry.text.unicodeScalars.count > result.text.unicodeScalars.count {
                result = retry
            }
        }
        if let heads = result.indexHeadlines {
            return Page(text: "", fields: fields, indexHeadlines: heads)
        }
        var text = result.text
        // The page's own statement of its body, when the markup yielded far less (a body filled in by
        // script): the JSON-LD text is the page's, only its paragraph breaks may be lost.
        if let ldBody, ldBody.unicodeScalars.count >= 400, text.unicodeScalars.count * 10 < ldBody.unicodeScalars.count * 3 {
            text = ldBody.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        // The headline is metadata, not body.
        if let title = fields.title, text.hasPrefix(title + "\n") {
            text = String(text.dropFirst(title.count)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return Page(text: text, fields: fields, indexHeadlines: nil)
    }
}

/// Substring tests of a lower-cased class/id string against many keywords in one pass over its bytes
/// (testing each keyword with String.contains was a large share of extraction time).
struct Keywords {
    private var byFirst: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ words: [String]) {
        for w in words { let b = Array(w.utf8); if let f = b.first { byFirst[Int(f)].append(b) } }
    }

    func matches(_ s: [UInt8]) -> Bool {
        let n = s.count
        for i in 0..<n {
            for w in byFirst[Int(s[i])] where i + w.count <= n {
                var k = 1
                while k < w.count, s[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
        }
        return false
    }
}

/// One scoring pass over a parsed page.
struct HTMLBody {
    let doc: HTMLDocument
    var dead: [Bool]
    var textLen: [Int]
    var linkLen: [Int]
    var commas: [Int]
    var hasBlockChild: [Bool]
    var classWeight: [Int]
    /// Paragraph-like blocks of 80+ characters in the subtree: how much running text a container holds.
    var longParas: [Int]
    /// Headline links (a link in a heading, or a heading in a link) in the subtree: teasers.
    var headlineLinks: [Int]
    /// The last node of each subtree (nodes are in document order, a subtree is a contiguous range).
    var end: [Int]
    /// Live text characters before each node, in document order: distance from the headline.
    var textBefore: [Int]
    /// Elements named as the article's container (itemprop=articleBody, .article-body, .entry-content, ...).
    var articleContainer: [Bool]
    /// Hidden or soft-unlikely containers kept because they hold running text.
    var revived: [Bool]
    let ldWords: Set<Substring>
    var headline: Int?

    static let neverBody: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                                         "embed", "canvas", "button", "select", "input", "textarea", "nav", "aside",
                                         "head", "video", "audio", "map", "dialog", "menu", "title", "form-never",
                                         "figcaption", "label", "option", "datalist", "picture", "footer"]
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
                                         "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th",
                                         "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
                                         "form", "fieldset", "address", "hr", "center", "details", "summary", "body",
                                         "html", "caption", "hgroup", "br"]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let unlikely = Keywords(["-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx",
                                    "comment", "community", "cookie", "cover-wrap", "disqus", "footer", "gdpr", "legends",
                                    "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
                                    "social", "sponsor", "pagination", "pager", "popup", "modal", "newsletter",
                                    "subscribe", "signup", "promo", "share", "sharing", "toolbar", "outbrain", "taboola",
                                    "recommend", "trending", "most-popular", "mostpopular", "masthead", "navbar",
                                    "navigation", "site-header", "byline", "author-bio", "tags", "tag-list", "caption",
                                    "credit", "more-stories", "response", "topics", "widget", "print-only", "visually-hidden",
                                    "sr-only", "screen-reader"])
    /// Unlikely names that also wrap article text: a "read more" container holding the rest of the story,
    /// a paywall box around it. Dropped only when they do not hold running text (see `isRunningText`).
    static let softUnlikely = Keywords(["read-more", "readmore", "paywall", "overlay", "extra", "supplemental"])
    static let maybe = Keywords(["and", "article", "body", "column", "content", "main", "shadow", "story", "entry",
                                 "post-text"])
    static let positive = Keywords(["article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                                    "pagination-not", "post", "text", "blog", "story", "paragraph", "prose",
                                    "rich-text", "richtext"])
    static let negative = Keywords(["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer",
                                    "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
                                    "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
                                    "tool", "widget", "byline", "caption", "credit", "newsletter", "subscribe", "social",
                                    "recommend", "nav", "timestamp", "dateline", "signup", "gallery", "slide", "carousel",
                                    "teaser", "response", "reply"])
    /// Class names content-management systems give the article body itself.
    static let containers = Keywords(["article-body", "articlebody", "article__body", "article_body", "article-content",
                                      "article__content", "articlecontent", "article-text", "articletext", "story-body",
                                      "storybody", "story-content", "story__body", "entry-content", "entrycontent",
                                      "post-content", "postcontent", "post-body", "post__content", "body-text",
                                      "bodytext", "field-body", "main-content", "article-main"])
    static let hiddenRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                                           "alert", "menu", "menubar", "toolbar", "alertdialog", "tablist"]

    init(_ doc: HTMLDocument, stripUnlikely: Bool, title: String?, ldBody: String?) {
        self.doc = doc
        let n = doc.nodes.count
        dead = [Bool](repeating: false, count: n)
        textLen = [Int](repeating: 0, count: n)
        linkLen = [Int](repeating: 0, count: n)
        commas = [Int](repeating: 0, count: n)
        hasBlockChild = [Bool](repeating: false, count: n)
        classWeight = [Int](repeating: 0, count: n)
        longParas = [Int](repeating: 0, count: n)
        headlineLinks = [Int](repeating: 0, count: n)
        end = Array(0..<n)
        textBefore = [Int](repeating: 0, count: n)
        articleContainer = [Bool](repeating: false, count: n)
        revived = [Bool](repeating: false, count: n)
        ldWords = ldBody.map { HTMLBody.words($0) } ?? []
        headline = nil
        // Text nodes are measured once; the two aggregations below reuse the counts.
        for i in 0..<n where doc.nodes[i].kind == .text {
            var len = 0, c = 0
            var space = true
            for b in doc.nodes[i].text.utf8 {
                let isSpace = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0xA0
                if isSpace { if !space { len += 1 }; space = true; continue }
                space = false
                if b & 0xC0 != 0x80 { len += 1 }  // count scalars, not bytes
                if b == 0x2C { c += 1 }
            }
            textLen[i] = len
            commas[i] = c
        }
        // First, every subtree measured whatever its class, so that a soft-unlikely or hidden container can
        // be judged by what it holds.
        aggregate()
        var soft = [Bool](repeating: false, count: n)
        // Top-down: a dead parent kills its subtree (parents precede children in `nodes`).
        for i in 1..<max(n, 1) {
            let node = doc.nodes[i]
            if dead[node.parent] { dead[i] = true; continue }
            guard node.kind == .element else { continue }
            let cls = HTMLBody.classAndID(node)
            classWeight[i] = HTMLBody.weight(cls)
            if !cls.isEmpty, HTMLBody.containers.matches(cls) { articleContainer[i] = true }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { articleContainer[i] = true }
            if HTMLBody.neverBody.contains(node.tag) { dead[i] = true; continue }
            if let role = node.attribute("role")?.lowercased(), HTMLBody.hiddenRoles.contains(role) { dead[i] = true; continue }
            // Hidden text is usually a menu or a dialog, but a story's remaining paragraphs are often
            // hidden behind a "read more" button: those are kept.
            // Hidden microdata (itemscope) is a machine-readable copy of the page, never more text.
            if HTMLBody.isHidden(node) {
                if node.attribute("itemscope") != nil || node.attribute("itemprop") != nil { dead[i] = true; continue }
                soft[i] = true
            }
            if stripUnlikely, !["body", "html", "article", "main", "a", "p"].contains(node.tag), !cls.isEmpty,
               !articleContainer[i], HTMLBody.unlikely.matches(cls) || HTMLBody.softUnlikely.matches(cls),
               !HTMLBody.maybe.matches(cls) {
                if HTMLBody.unlikely.matches(cls) { dead[i] = true } else { soft[i] = true }
            }
            if soft[i], !dead[i] { if isRunningText(i) { revived[i] = true } else { dead[i] = true } }
        }
        for i in 0..<n { if dead[i] { textLen[i] = 0; commas[i] = 0 } }
        // Then the live page only.
        for i in 0..<n where doc.nodes[i].kind == .element {
            textLen[i] = 0; commas[i] = 0; linkLen[i] = 0; longParas[i] = 0; headlineLinks[i] = 0
        }
        aggregate()
        var before = 0
        for i in 0..<n {
            textBefore[i] = before
            if doc.nodes[i].kind == .text, !dead[i] { before += textLen[i] }
        }
        headline = HTMLBody.findHeadline(doc, dead: dead, title: title)
    }

    /// Bottom-up sums of the live subtree: text, link text, commas, long paragraphs, headline links.
    private mutating func aggregate() {
        let n = doc.nodes.count
        for i in stride(from: n - 1, through: 1, by: -1) where !dead[i] {
            let node = doc.nodes[i]
            let p = node.parent
            if end[i] > end[p] { end[p] = end[i] }
            if node.kind == .element {
                let tag = node.tag
                if tag == "a" {
                    linkLen[i] = textLen[i]
                    if textLen[i] >= 15 && textLen[i] <= 200 && (headlineLinks[i] > 0 || isHeadlineLink(i)) {
                        headlineLinks[i] = 1
                    }
                } else if HTMLBody.headingTags.contains(tag), linkLen[i] > 0, linkLen[i] * 2 >= textLen[i], textLen[i] >= 15 {
                    // A heading that is (mostly) a link: one teaser, however its link is nested.
                    headlineLinks[i] = 1
                }
                if textLen[i] >= 80, tag == "p" || tag == "pre" || tag == "li" || tag == "blockquote"
                    || ((tag == "div" || tag == "section") && !hasBlockChild[i]) {
                    longParas[i] += 1
                }
                if HTMLBody.blockTags.contains(tag), tag != "br" { hasBlockChild[p] = true }
            }
            textLen[p] += textLen[i]
            linkLen[p] += linkLen[i]
            commas[p] += commas[i]
            longParas[p] += longParas[i]
            headlineLinks[p] += headlineLinks[i]
        }
    }

    /// A link that names a story: it holds a heading, or its class says title/headline.
    private func isHeadlineLink(_ i: Int) -> Bool {
        for c in doc.nodes[i].children where doc.nodes[c].kind == .element && HTMLBody.headingTags.contains(doc.nodes[c].tag) {
            return true
        }
        let cls = HTMLBody.classAndID(doc.nodes[i])
        return cls.contains(UInt8(ascii: "t")) && (HTMLBody.titleKeywords.matches(cls))
    }
    static let titleKeywords = Keywords(["title", "headline", "hed"])

    /// Running text, not a menu or a dialog: two or more long paragraphs with few links.
    func isRunningText(_ i: Int) -> Bool {
        textLen[i] >= 300 && longParas[i] >= 2 && linkLen[i] * 5 < textLen[i]
    }

    static func classAndID(_ node: HTMLNode) -> [UInt8] {
        let c = node.attribute("class"), d = node.attribute("id")
        guard c != nil || d != nil else { return [] }
        var out = Array((c ?? "").utf8)
        out.append(0x20)
        out += (d ?? "").utf8
        for k in out.indices where out[k] >= 0x41 && out[k] <= 0x5A { out[k] += 32 }
        return out.count > 1 ? out : []
    }

    static func weight(_ cls: [UInt8]) -> Int {
        guard !cls.isEmpty else { return 0 }
        var w = 0
        if negative.matches(cls) { w -= 25 }
        if positive.matches(cls) { w += 25 }
        return w
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    /// Lower-cased words of 2+ letters or digits: the vocabulary used to match the JSON-LD body.
    static func words(_ s: String) -> Set<Substring> {
        Set(s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).filter { $0.count >= 2 })
    }

    /// The page's headline element: a live h1 (else h2) whose text is the stated title, or starts it.
    static func findHeadline(_ doc: HTMLDocument, dead: [Bool], title: String?) -> Int? {
        guard let title, title.count >= 8 else { return nil }
        let want = HTMLMetadata.collapse(title).lowercased()
        for tag in ["h1", "h2"] {
            for (i, node) in doc.nodes.enumerated() where node.kind == .element && node.tag == tag && !dead[i] {
                var s = ""
                HTMLBody.collect(doc, i, dead: dead, into: &s)
                let got = HTMLMetadata.collapse(s).lowercased()
                if got.count >= 8, got == want || want.hasPrefix(got) || got.hasPrefix(want) { return i }
            }
        }
        return nil
    }

    static func collect(_ doc: HTMLDocument, _ i: Int, dead: [Bool], into s: inout String) {
        let node = doc.nodes[i]
        if node.kind == .text { s += node.text; return }
        for c in node.children where !dead[c] { collect(doc, c, dead: dead, into: &s) }
    }

    func linkDensity(_ i: Int) -> Double {
        textLen[i] == 0 ? 0 : Double(linkLen[i]) / Double(textLen[i])
    }

    func contains(_ a: Int, _ i: Int) -> Bool { i > a && i <= end[a] }

    /// The headline's neighbourhood: a container that holds the headline, or starts right after it (a
    /// byline and a date between), is where the article is; a photo gallery or teaser beside it is not.
    func nearHeadline(_ a: Int) -> Bool {
        guard let h = headline else { return false }
        if contains(a, h) { return true }
        let gap = textBefore[a] - (textBefore[h] + textLen[h])
        return gap >= 0 && gap <= 250
    }

    /// Whether the first text of `i` belongs to a headline link (a teaser's shape: headline, then summary).
    func opensWithHeadlineLink(_ i: Int) -> Bool {
        var k = i + 1
        while k <= end[i] {
            if !dead[k], doc.nodes[k].kind == .text, textLen[k] > 0 { break }
            k += 1
        }
        guard k <= end[i] else { return false }
        var a = doc.nodes[k].parent
        while a != i, a > 0 {
            // The page's own headline, linked to itself (a blog post's permalink), is no teaser.
            if a == headline { return false }
            if headlineLinks[a] == 1, doc.nodes[a].tag == "a" || HTMLBody.headingTags.contains(doc.nodes[a].tag) { return true }
            a = doc.nodes[a].parent
        }
        return false
    }

    /// The best-scoring container and the siblings that belong with it.
    func chooseContent() -> (content: [Int], top: Int) {
        var score: [Int: Double] = [:]
        func initial(_ i: Int) -> Double {
            var s = Double(classWeight[i])
            switch doc.nodes[i].tag {
            case "div", "article", "main", "section": s += 5
            case "pre", "td", "blockquote": s += 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s -= 3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s -= 5
            default: break
            }
            if doc.nodes[i].tag == "article" { s += 10 }
            if articleContainer[i] { s += 25 }
            return s
        }
        for (i, node) in doc.nodes.enumerated() where !dead[i] && node.kind == .element {
            let tag = node.tag
            // List items are paragraphs too (a how-to is mostly steps), unless they are links (a menu).
            let isPara = tag == "p" || tag == "pre" || tag == "td"
                || (tag == "li" && !hasBlockChild[i] && linkLen[i] * 3 < textLen[i])
                || (["div", "section", "article", "span", "font", "blockquote"].contains(tag) && !hasBlockChild[i])
            guard isPara, textLen[i] >= 25 else { continue }
            let content = 1 + Double(commas[i]) + min(Double(textLen[i] / 100), 3)
            var level = 0
            var a = node.parent
            while a > 0, level < 5 {
                if score[a] == nil { score[a] = initial(a) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[a, default: 0] += content / divider
                a = doc.nodes[a].parent
                level += 1
            }
        }
        func final(_ i: Int, _ s: Double) -> Double {
            var f = s * (1 - linkDensity(i))
            if nearHeadline(i) { f *= 1.3 }
            // Teasers are headline links with a summary: a container made of them is a list, not a story.
            // (A story may link two or three others inside its text: the cut grows with their share.)
            if headlineLinks[i] >= 2 { f *= max(0.2, 1 - Double(headlineLinks[i] * 150) / Double(max(textLen[i], 1))) }
            // One teaser: a block that opens with another story's headline link.
            else if headlineLinks[i] == 1, opensWithHeadlineLink(i) { f *= 0.5 }
            return f
        }
        var ranked = score.map { (i: $0.key, s: final($0.key, $0.value)) }
        ranked.sort { $0.s > $1.s || ($0.s == $1.s && $0.i < $1.i) }
        guard var best = ranked.first?.i, best > 0 else { return ([], 0) }
        var bestScore = ranked[0].s
        if let m = matchStatedBody(ranked.prefix(12).map(\.i)) {
            best = m
            bestScore = max(bestScore, final(m, score[m] ?? 0))
        }
        // Climb while the container is the only element of its parent.
        var top = best
        while doc.nodes[top].parent > 0 {
            let p = doc.nodes[top].parent
            let elementKids = doc.nodes[p].children.filter { doc.nodes[$0].kind == .element && !dead[$0] }
            if elementKids.count == 1, doc.nodes[p].tag != "body" { top = p } else { break }
        }
        let topScore = max(bestScore, 1)
        let parent = doc.nodes[top].parent
        guard parent > 0 else { return ([top], top) }
        var out: [Int] = []
        let threshold = max(10, topScore * 0.2)
        let topClass = doc.nodes[top].attribute("class")
        var afterTop = false
        // A sibling that repeats what is already chosen (a hidden machine-readable copy of the body) is no
        // continuation.
        var chosenWords: Set<Substring>?
        func repeats(_ s: Int) -> Bool {
            if chosenWords == nil { chosenWords = HTMLBody.words(plainText(top)) }
            let w = HTMLBody.words(plainText(s))
            return !w.isEmpty && w.intersection(chosenWords ?? []).count * 10 >= w.count * 8
        }
        for s in doc.nodes[parent].children where !dead[s] {
            if s == top { out.append(s); afterTop = true; continue }
            let node = doc.nodes[s]
            guard node.kind == .element else { continue }
            var sScore = (score[s] ?? -1000) * (1 - linkDensity(s))
            if let c = topClass, !c.isEmpty, node.attribute("class") == c { sScore += topScore * 0.2 }
            let teaser = headlineLinks[s] >= 2 || (headlineLinks[s] == 1 && opensWithHeadlineLink(s))
            if sScore >= threshold, !teaser, !revived[s] || !repeats(s) { out.append(s); continue }
            // The story going on after it (the part behind a "read more" button, a second body block):
            // running text with no teasers in it, right after the chosen container.
            if afterTop, !HTMLBody.negative.matches(HTMLBody.classAndID(node)), isRunningText(s), headlineLinks[s] == 0, linkLen[s] * 10 < textLen[s] * 2,
               !repeats(s) {
                out.append(s); continue
            }
            if node.tag == "p" {
                let ld = linkDensity(s)
                if textLen[s] > 80 && ld < 0.25 { out.append(s); continue }
                if textLen[s] > 0 && textLen[s] <= 80 && ld == 0 && plainText(s).contains(". ") { out.append(s) }
            }
        }
        return (out, top)
    }

    /// The candidate whose words best match the page's own JSON-LD `articleBody`, when one matches well.
    /// A truncated or summary `articleBody` matches nothing well and leaves the choice to the scores.
    func matchStatedBody(_ candidates: [Int]) -> Int? {
        guard ldWords.count >= 30 else { return nil }
        var pool = candidates
        for c in candidates { let p = doc.nodes[c].parent; if p > 0, !pool.contains(p) { pool.append(p) } }
        var best: (i: Int, f: Double)?
        for c in pool where textLen[c] > 0 {
            let w = HTMLBody.words(plainText(c))
            guard !w.isEmpty else { continue }
            let common = Double(w.intersection(ldWords).count)
            let recall = common / Double(ldWords.count), precision = common / Double(w.count)
            guard recall >= 0.7 else { continue }
            let f = 2 * recall * precision / (recall + precision)
            if f > (best?.f ?? 0.5) || (f == best?.f && textLen[c] < textLen[best?.i ?? c]) { best = (c, f) }
        }
        return best?.i
    }

    /// Whether a node inside the chosen content is boilerplate (a link list, a share bar, an ad box).
    func isJunk(_ i: Int, root: Bool = false) -> Bool {
        let node = doc.nodes[i]
        let len = textLen[i]
        let ld = linkDensity(i)
        switch node.tag {
        case "h1": return true
        case "figure": return true
        case "ul", "ol":
            return ld > 0.5 || classWeight[i] < 0
        case "li", "p", "h2", "h3", "h4", "h5", "h6":
            return (ld > 0.5 && len < 300) || (classWeight[i] < 0 && len < 200)
        case "div", "section", "table", "header", "form", "span":
            // The chosen container itself was weighed already, links and all (a short agency item with
            // linked names and a "meta" class name is still the story); what is inside it is sifted.
            if root { return false }
            if classWeight[i] < 0 && ld > 0.2 { return true }
            if classWeight[i] < 0 && len < 300 { return true }
            if commas[i] < 10 {
                if ld > 0.5 { return true }
                if ld > 0.25 && classWeight[i] <= 0 && len < 500 { return true }
            }
            // A teaser for another story inside the body (headline link and summary).
            if headlineLinks[i] > 0, len < 400, linkLen[i] * 5 >= len { return true }
            if headlineLinks[i] == 1, len < 1000, opensWithHeadlineLink(i) { return true }
            return false
        default:
            return false
        }
    }

    func plainText(_ i: Int) -> String {
        var out = ""
        HTMLBody.collect(doc, i, dead: dead, into: &out)
        return out
    }

    /// A few headline links of the page, for the "not an article" warning.
    func headlineTexts(limit: Int) -> [String] {
        var out: [String] = []
        for (i, node) in doc.nodes.enumerated() where !dead[i] && node.kind == .element && headlineLinks[i] == 1 {
            guard node.tag == "a" || HTMLBody.headingTags.contains(node.tag) else { continue }
            // The outermost node counted for this teaser (a heading holding its link, or the link).
            let p = node.parent
            if p > 0, headlineLinks[p] == 1, doc.nodes[p].tag == "a" || HTMLBody.headingTags.contains(doc.nodes[p].tag) { continue }
            let t = HTMLMetadata.collapse(plainText(i))
            if !t.isEmpty, !out.contains(t) { out.append(t) }
            if out.count == limit { break }
        }
        return out
    }

    /// An index or section front: many teasers on the page, and what scored best is one teaser's summary
    /// or a run of teasers. A page that states its article body is an article whatever it links to.
    func isIndexPage(_ content: [Int]) -> Bool {
        guard headlineLinks[0] >= 8, ldWords.isEmpty, !articleContainer.contains(true) else { return false }
        guard let top = content.first else { return false }
        let inContent = content.reduce(0) { $0 + headlineLinks[$1] }
        let text = content.reduce(0) { $0 + textLen[$1] }
        if inContent >= 3 && inContent * 400 >= text { return true }
        if headlineLinks[top] >= 1, opensWithHeadlineLink(top) { return true }
        // One teaser: the first ancestor that adds text adds a headline link.
        var a = top
        while doc.nodes[a].parent > 0, textLen[doc.nodes[a].parent] == textLen[a] { a = doc.nodes[a].parent }
        let up = doc.nodes[a].parent
        guard up > 0 else { return false }
        let extra = textLen[up] - textLen[a]
        return headlineLinks[up] > headlineLinks[a] && (linkLen[up] - linkLen[a]) * 2 >= extra && extra <= 300
    }

    /// The chosen content as blocks joined by blank lines, or the verdict that the page is an index.
    func render() -> (text: String, indexHeadlines: [String]?) {
        let (content, top) = chooseContent()
        if isIndexPage(content) { return ("", headlineTexts(limit: 5)) }
        var blocks: [String] = []
        var current = ""
        var pendingSpace = false
        var marker = ""
        func flush() {
            let t = current.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { blocks.append(t) }
            current = ""
            pendingSpace = false
            marker = ""
        }
        func addText(_ s: String) {
            for ch in s.unicodeScalars {
                if ch.properties.isWhitespace {
                    pendingSpace = true
                } else {
                    if current.isEmpty && !marker.isEmpty { current = marker; marker = "" }
                    else if pendingSpace && !current.isEmpty { current.unicodeScalars.append(" ") }
                    pendingSpace = false
                    current.unicodeScalars.append(ch)
                }
            }
        }
        /// Preformatted text keeps its lines and indentation; only blank edges and trailing spaces go.
        func addPre(_ i: Int) {
            flush()
            var raw = ""
            func walk(_ k: Int) {
                let node = doc.nodes[k]
                if node.kind == .text { raw += node.text; return }
                if node.tag == "br" { raw += "\n"; return }
                for c in node.children where !dead[c] { walk(c) }
            }
            walk(i)
            var lines = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { line -> String in
                    var l = String(line).replacingOccurrences(of: "\u{A0}", with: " ")
                    while let last = l.unicodeScalars.last, last.properties.isWhitespace { l.unicodeScalars.removeLast() }
                    return l
                }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            // A blank line inside the block would read as a block break; the code's lines stay together.
            let block = lines.filter { !$0.isEmpty }.joined(separator: "\n")
            if !block.isEmpty { blocks.append(block) }
        }
        func walk(_ i: Int, root: Bool = false) {
            let node = doc.nodes[i]
            if node.kind == .text { addText(node.text); return }
            if dead[i] || isJunk(i, root: root) { return }
            if revived[i], !content.contains(i) {
                flush()
                let w = HTMLBody.words(plainText(i))
                let seen = HTMLBody.words(blocks.joined(separator: " "))
                if !w.isEmpty, w.intersection(seen).count * 10 >= w.count * 8 { return }
            }
            switch node.tag {
            case "br": flush(); return
            case "pre": addPre(i); return
            case "td" where !hasBlockChild[i], "th" where !hasBlockChild[i]:
                // A row of a data table is one line, its cells joined by " | ".
                if !current.isEmpty { current += " |"; pendingSpace = true }
                for c in node.children where !dead[c] { walk(c) }
                pendingSpace = true
                return
            case "ul", "ol":
                flush()
                let ordered = node.tag == "ol"
                var number = ordered ? Int(node.attribute("start") ?? "") ?? 1 : 0
                for c in node.children where !dead[c] {
                    let child = doc.nodes[c]
                    if child.kind == .element, child.tag == "li" {
                        if isJunk(c) { continue }
                        flush()
                        marker = ordered ? "\(number). " : "- "
                        number += 1
                        for g in child.children where !dead[g] { walk(g) }
                        flush()
                    } else {
                        walk(c)
                    }
                }
                flush()
                return
            default: break
            }
            let block = HTMLBody.blockTags.contains(node.tag)
            if block { flush() }
            for c in node.children where !dead[c] { walk(c) }
            if block { flush() }
        }
        for c in content { walk(c, root: c == top) }
        flush()
        return (blocks.joined(separator: "\n\n"), nil)
    }
}
