// A tolerant HTML tokenizer and tree builder: never fails, recovers from unclosed and stray tags like browsers do.

/// One node of a parsed page. Nodes live in `HTMLDocument.nodes`; relations are indices.
public struct HTMLNode: Sendable {
    public enum Kind: Sendable { case document, element, text }
    public var kind: Kind
    /// Lower-cased tag name; empty for text and the document.
    public var tag: String
    public var attributes: [(name: String, value: String)]
    public var children: [Int]
    public var parent: Int
    /// Decoded text for text nodes; raw content for script/style (kept for JSON-LD).
    public var text: String

    public func attribute(_ name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }
}

public struct HTMLDocument: Sendable {
    public var nodes: [HTMLNode]
    public static let root = 0

    public subscript(_ i: Int) -> HTMLNode { nodes[i] }

    /// Every element with one of `tags`, in document order.
    public func elements(_ tags: Set<String>) -> [Int] {
        var out: [Int] = []
        for (i, n) in nodes.enumerated() where n.kind == .element && tags.contains(n.tag) { out.append(i) }
        return out
    }

    /// Ancestors of `i`, nearest first (excluding the document).
    public func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var p = nodes[i].parent
        while p > 0 { out.append(p); p = nodes[p].parent }
        return out
    }
}

public enum HTMLParser {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "param", "source", "track", "wbr", "keygen", "basefont", "frame"]
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes",
                                               "iframe", "noscript", "plaintext"]
    /// Start tags that close an open <p> (HTML's "closes a p element" list).
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    ]
    /// The deepest element nesting the tree keeps (see `startElement`).
    public static let maxDepth = 200
    /// Elements an implied end tag search does not cross.
    static let scopeBoundary: Set<String> = ["html", "body", "table", "td", "th", "caption", "template", "object",
                                             "applet", "marquee", "button"]

    public static func parse(_ html: String) -> HTMLDocument {
        var bytes = Array(html.utf8)
        bytes.append(0)  // sentinel simplifies look-ahead
        return bytes.withUnsafeBufferPointer { parse(UnsafeBufferPointer(rebasing: $0[0..<($0.count - 1)])) }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> HTMLDocument {
        var nodes: [HTMLNode] = [HTMLNode(kind: .document, tag: "", attributes: [], children: [], parent: -1, text: "")]
        nodes.reserveCapacity(b.count / 40)
        var stack: [Int] = [0]
        let n = b.count

        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
        func isNameChar(_ c: UInt8) -> Bool {
            !(isSpace(c) || c == 0x2F || c == 0x3E || c == 0x3D || c == 0x3C || c == 0x22 || c == 0x27)
        }
        func appendText(_ s: String) {
            guard !s.isEmpty else { return }
            let parent = stack[stack.count - 1]
            if let last = nodes[parent].children.last, nodes[last].kind == .text {
                nodes[last].text += s
                return
            }
            nodes.append(HTMLNode(kind: .text, tag: "", attributes: [], children: [], parent: parent, text: s))
            nodes[parent].children.append(nodes.count - 1)
        }
        func tagOf(_ i: Int) -> String { nodes[stack[i]].tag }
        /// Pops up to and including the nearest open `name`, unless a boundary comes first.
        func closeOpen(_ names: Set<String>, boundary: Set<String>) {
            var k = stack.count - 1
            while k > 0 {
                let t = tagOf(k)
                if names.contains(t) { stack.removeSubrange(k...); return }
                if boundary.contains(t) { return }
                k -= 1
            }
        }
        func startElement(_ tag: String, _ attrs: [(name: String, value: String)], selfClosing: Bool) -> Int {
            if closesParagraph.contains(tag) { closeOpen(["p"], boundary: scopeBoundary.union(["div", "section", "article", "li"])) }
            switch tag {
            case "li": closeOpen(["li"], boundary: scopeBoundary.union(["ul", "ol", "menu"]))
            case "dt", "dd": closeOpen(["dt", "dd"], boundary: scopeBoundary.union(["dl"]))
            case "tr": closeOpen(["tr"], boundary: ["table", "html", "body"])
            case "td", "th": closeOpen(["td", "th"], boundary: ["tr", "table", "html", "body"])
            case "option": closeOpen(["option"], boundary: ["select", "datalist", "html", "body"])
            case "a": closeOpen(["a"], boundary: scopeBoundary)
            case "h1", "h2", "h3", "h4", "h5", "h6":
                if let t = stack.last.map({ nodes[$0].tag }), ["h1", "h2", "h3", "h4", "h5", "h6"].contains(t) { stack.removeLast() }
            default: break
            }
            let parent = stack[stack.count - 1]
            nodes.append(HTMLNode(kind: .element, tag: tag, attributes: attrs, children: [], parent: parent, text: ""))
            let id = nodes.count - 1
            nodes[parent].children.append(id)
            // Past `maxDepth` open elements a new one is kept but not entered: what follows goes beside
            // it. Real pages nest a few dozen deep; 100,000 nested <div>s would overflow the stack of
            // every recursive walk over the tree.
            if !selfClosing && !voidElements.contains(tag) && stack.count < maxDepth { stack.append(id) }
            return id
        }
        func endElement(_ tag: String) {
            if tag == "br" { _ = startElement("br", [], selfClosing: true); return }
            if tag == "p", !stack.contains(where: { nodes[$0].tag == "p" }) { return }
            var k = stack.count - 1
            // Look a bounded way down the stack: a stray end tag must not close the whole page.
            while k > 0, stack.count - k <= 48 {
                if tagOf(k) == tag { stack.removeSubrange(k...); return }
                k -= 1
            }
        }

        var i = 0
        var textStart = 0
        func flushText(_ end: Int) {
            if end > textStart {
                appendText(HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[textStart..<end])))
            }
        }
        while i < n {
            guard b[i] == 0x3C, i + 1 < n else { i += 1; continue }  // "<"
            let c1 = b[i + 1]
            if c1 == 0x21 {  // "<!"
                flushText(i)
                if i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                    var j = i + 4
                    while j + 2 < n, !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                    i = min(n, j + 3)
                } else {
                    var j = i + 2
                    while j < n, b[j] != 0x3E { j += 1 }
                    i = min(n, j + 1)
                }
                textStart = i
                continue
            }
            if c1 == 0x3F {  // "<?"
                flushText(i)
                var j = i + 2
                while j < n, b[j] != 0x3E { j += 1 }
                i = min(n, j + 1)
                textStart = i
                continue
            }
            let isEnd = c1 == 0x2F
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < n, (b[nameStart] | 0x20) >= 0x61, (b[nameStart] | 0x20) <= 0x7A else { i += 1; continue }
            flushText(i)
            var j = nameStart
            var nameBytes: [UInt8] = []
            while j < n, isNameChar(b[j]) { nameBytes.append(lower(b[j])); j += 1 }
            let tag = String(decoding: nameBytes, as: UTF8.self)
            // Attributes.
            var attrs: [(name: String, value: String)] = []
            var selfClosing = false
            while j < n, b[j] != 0x3E {
                if isSpace(b[j]) { j += 1; continue }
                if b[j] == 0x2F { selfClosing = true; j += 1; continue }
                selfClosing = false
                var an: [UInt8] = []
                while j < n, isNameChar(b[j]) { an.append(lower(b[j])); j += 1 }
                if an.isEmpty { j += 1; continue }
                while j < n, isSpace(b[j]) { j += 1 }
                var value = ""
                if j < n, b[j] == 0x3D {
                    j += 1
                    while j < n, isSpace(b[j]) { j += 1 }
                    if j < n, b[j] == 0x22 || b[j] == 0x27 {
                        let q = b[j]
                        let vs = j + 1
                        j = vs
                        while j < n, b[j] != q { j += 1 }
                        value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[vs..<min(j, n)]))
                        j += 1
                    } else {
                        let vs = j
                        while j < n, !isSpace(b[j]), b[j] != 0x3E { j += 1 }
                        value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[vs..<j]))
                    }
                }
                if !isEnd { attrs.append((String(decoding: an, as: UTF8.self), value)) }
            }
            i = min(n, j + 1)
            textStart = i
            if isEnd { endElement(tag); continue }
            let id = startElement(tag, attrs, selfClosing: selfClosing)
            if rawTextElements.contains(tag) && !selfClosing {
                // Content up to the matching end tag, taken as is (decoded only for title/textarea).
                var k = i
                var found = n
                while k + 1 < n {
                    if b[k] == 0x3C, b[k + 1] == 0x2F, k + 2 + nameBytes.count <= n {
                        var match = true
                        for (m, ch) in nameBytes.enumerated() where lower(b[k + 2 + m]) != ch { match = false; break }
                        if match { found = k; break }
                    }
                    k += 1
                }
                let raw = UnsafeBufferPointer(rebasing: b[i..<found])
                nodes[id].text = (tag == "title" || tag == "textarea") ? HTMLEntities.decode(raw)
                    : String(decoding: raw, as: UTF8.self)
                if stack.last == id { stack.removeLast() }
                var e = found
                while e < n, b[e] != 0x3E { e += 1 }
                i = min(n, e + 1)
                textStart = i
            }
        }
        flushText(n)
        return HTMLDocument(nodes: nodes)
    }
}
