// Finds a page's article body (paragraphs, no menus/comments/related links/footers) by scoring text density.

import Foundation

/// How it works: drop what is never body (scripts, nav, hidden, boilerplate by class/id/role), score each
/// paragraph by its length and commas and credit its ancestors, take the best container less its link
/// density, add siblings that score well, then render it, leaving out link lists, captions and share bars.
/// When that finds too little text it tries again without the class/id filter (some sites name the
/// article container "content-sidebar" and such).
public struct HTMLArticleExtractor: Sendable {
    public struct Page: Sendable {
        public var text: String
        public var fields: DocumentFields
    }

    public init() {}

    public func extract(html: String) -> Page {
        let doc = HTMLParser.parse(html)
        let fields = HTMLMetadata.fields(doc)
        var text = HTMLBody(doc, stripUnlikely: true).render()
        if text.unicodeScalars.count < 250 {
            let retry = HTMLBody(doc, stripUnlikely: false).render()
            if retry.unicodeScalars.count > text.unicodeScalars.count { text = retry }
        }
        // The headline is metadata, not body.
        if let title = fields.title, text.hasPrefix(title + "\n") {
            text = String(text.dropFirst(title.count)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return Page(text: text, fields: fields)
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

    static let neverBody: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                                         "embed", "canvas", "button", "select", "input", "textarea", "nav", "aside",
                                         "head", "video", "audio", "map", "dialog", "menu", "title", "form-never",
                                         "figcaption", "label", "option", "datalist", "picture", "footer"]
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
                                         "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th",
                                         "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
                                         "form", "fieldset", "address", "hr", "center", "details", "summary", "body",
                                         "html", "caption", "hgroup", "br"]
    static let unlikely = ["-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment",
                           "community", "cookie", "cover-wrap", "disqus", "extra", "footer", "gdpr", "legends", "menu",
                           "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social",
                           "sponsor", "supplemental", "pagination", "pager", "popup", "modal", "newsletter", "subscribe",
                           "signup", "promo", "share", "sharing", "toolbar", "outbrain", "taboola", "recommend",
                           "trending", "most-popular", "mostpopular", "masthead", "navbar", "navigation", "site-header",
                           "byline", "author-bio", "tags", "tag-list", "caption", "credit", "paywall", "overlay",
                           "read-more", "readmore", "more-stories", "topics", "widget", "print-only", "visually-hidden",
                           "sr-only", "screen-reader"]
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination-not",
                           "post", "text", "blog", "story", "paragraph", "prose", "rich-text", "richtext"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer",
                           "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
                           "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
                           "byline", "caption", "credit", "newsletter", "subscribe", "social", "recommend", "nav",
                           "timestamp", "dateline", "signup"]
    static let hiddenRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                                           "alert", "menu", "menubar", "toolbar", "alertdialog", "tablist"]

    init(_ doc: HTMLDocument, stripUnlikely: Bool) {
        self.doc = doc
        let n = doc.nodes.count
        dead = [Bool](repeating: false, count: n)
        textLen = [Int](repeating: 0, count: n)
        linkLen = [Int](repeating: 0, count: n)
        commas = [Int](repeating: 0, count: n)
        hasBlockChild = [Bool](repeating: false, count: n)
        classWeight = [Int](repeating: 0, count: n)
        // Top-down: a dead parent kills its subtree (parents precede children in `nodes`).
        for i in 1..<max(n, 1) {
            let node = doc.nodes[i]
            if dead[node.parent] { dead[i] = true; continue }
            guard node.kind == .element else { continue }
            let cls = HTMLBody.classAndID(node)
            classWeight[i] = HTMLBody.weight(cls)
            if HTMLBody.neverBody.contains(node.tag) || HTMLBody.isHidden(node) { dead[i] = true; continue }
            if let role = node.attribute("role")?.lowercased(), HTMLBody.hiddenRoles.contains(role) { dead[i] = true; continue }
            if stripUnlikely, !["body", "html", "article", "main", "a", "p"].contains(node.tag), !cls.isEmpty,
               HTMLBody.unlikely.contains(where: { cls.contains($0) }), !HTMLBody.maybe.contains(where: { cls.contains($0) }) {
                dead[i] = true
            }
        }
        // Bottom-up: text, link text and commas of each subtree.
        for i in stride(from: n - 1, through: 1, by: -1) where !dead[i] {
            let node = doc.nodes[i]
            if node.kind == .text {
                var len = 0, c = 0
                var space = true
                for b in node.text.utf8 {
                    let isSpace = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0xA0
                    if isSpace { if !space { len += 1 }; space = true; continue }
                    space = false
                    if b & 0xC0 != 0x80 { len += 1 }  // count scalars, not bytes
                    if b == 0x2C { c += 1 }
                }
                textLen[i] = len
                commas[i] = c
            } else if node.tag == "a" {
                linkLen[i] = textLen[i]
            }
            let p = node.parent
            textLen[p] += textLen[i]
            linkLen[p] += linkLen[i]
            commas[p] += commas[i]
            if node.kind == .element, HTMLBody.blockTags.contains(node.tag), node.tag != "br" { hasBlockChild[p] = true }
        }
    }

    static func classAndID(_ node: HTMLNode) -> String {
        let c = (node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")
        return c.count > 1 ? c.lowercased() : ""
    }

    static func weight(_ cls: String) -> Int {
        guard !cls.isEmpty else { return 0 }
        var w = 0
        if negative.contains(where: { cls.contains($0) }) { w -= 25 }
        if positive.contains(where: { cls.contains($0) }) { w += 25 }
        return w
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    func linkDensity(_ i: Int) -> Double {
        textLen[i] == 0 ? 0 : Double(linkLen[i]) / Double(textLen[i])
    }

    /// The best-scoring container and the siblings that belong with it.
    func chooseContent() -> [Int] {
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
            return s
        }
        for (i, node) in doc.nodes.enumerated() where !dead[i] && node.kind == .element {
            let isPara = node.tag == "p" || node.tag == "pre" || node.tag == "td"
                || (["div", "section", "article", "span", "font", "blockquote"].contains(node.tag) && !hasBlockChild[i])
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
        var best = -1
        var bestScore = -Double.infinity
        for (i, s) in score {
            let f = s * (1 - linkDensity(i))
            if f > bestScore || (f == bestScore && i < best) { best = i; bestScore = f }
        }
        guard best > 0 else { return [] }
        // Climb while the container is the only element of its parent.
        var top = best
        while doc.nodes[top].parent > 0 {
            let p = doc.nodes[top].parent
            let elementKids = doc.nodes[p].children.filter { doc.nodes[$0].kind == .element && !dead[$0] }
            if elementKids.count == 1, doc.nodes[p].tag != "body" { top = p } else { break }
        }
        let topScore = max(bestScore, 1)
        let parent = doc.nodes[top].parent
        guard parent > 0 else { return [top] }
        var out: [Int] = []
        let threshold = max(10, topScore * 0.2)
        let topClass = doc.nodes[top].attribute("class")
        for s in doc.nodes[parent].children where !dead[s] {
            if s == top { out.append(s); continue }
            let node = doc.nodes[s]
            guard node.kind == .element else { continue }
            var sScore = (score[s] ?? -1000) * (1 - linkDensity(s))
            if let c = topClass, !c.isEmpty, node.attribute("class") == c { sScore += topScore * 0.2 }
            if sScore >= threshold { out.append(s); continue }
            if node.tag == "p" {
                let ld = linkDensity(s)
                if textLen[s] > 80 && ld < 0.25 { out.append(s); continue }
                if textLen[s] > 0 && textLen[s] <= 80 && ld == 0 && plainText(s).contains(". ") { out.append(s) }
            }
        }
        return out
    }

    /// Whether a node inside the chosen content is boilerplate (a link list, a share bar, an ad box).
    func isJunk(_ i: Int) -> Bool {
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
            if classWeight[i] < 0 && ld > 0.2 { return true }
            if classWeight[i] < 0 && len < 300 { return true }
            if commas[i] < 10 {
                if ld > 0.5 { return true }
                if ld > 0.25 && classWeight[i] <= 0 && len < 500 { return true }
            }
            return false
        default:
            return false
        }
    }

    func plainText(_ i: Int) -> String {
        var out = ""
        func walk(_ k: Int) {
            let node = doc.nodes[k]
            if node.kind == .text { out += node.text; return }
            for c in node.children where !dead[c] { walk(c) }
        }
        walk(i)
        return out
    }

    /// Paragraphs of the chosen content, joined by blank lines.
    func render() -> String {
        let content = chooseContent()
        var paragraphs: [String] = []
        var current = ""
        var pendingSpace = false
        func flush() {
            let t = current.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { paragraphs.append(t) }
            current = ""
            pendingSpace = false
        }
        func addText(_ s: String, pre: Bool) {
            if pre {
                for (k, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if k > 0 { flush() }
                    current += line
                }
                return
            }
            for ch in s.unicodeScalars {
                if ch.properties.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace && !current.isEmpty { current.unicodeScalars.append(" ") }
                    pendingSpace = false
                    current.unicodeScalars.append(ch)
                }
            }
        }
        func walk(_ i: Int, pre: Bool) {
            let node = doc.nodes[i]
            if node.kind == .text { addText(node.text, pre: pre); return }
            if dead[i] || isJunk(i) { return }
            if node.tag == "br" { flush(); return }
            // A table row is one paragraph; its cells are separated by spaces.
            if node.tag == "td" || node.tag == "th" {
                pendingSpace = true
                for c in node.children where !dead[c] { walk(c, pre: pre) }
                pendingSpace = true
                return
            }
            let block = HTMLBody.blockTags.contains(node.tag)
            if block { flush() }
            let inPre = pre || node.tag == "pre"
            for c in node.children where !dead[c] { walk(c, pre: inPre) }
            if block { flush() }
        }
        for c in content { walk(c, pre: false) }
        flush()
        return paragraphs.joined(separator: "\n\n")
    }
}
