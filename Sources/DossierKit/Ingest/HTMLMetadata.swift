// Reads an HTML page's stated metadata: <title>, <meta> (og:, article:, author, dc.*), canonical link, JSON-LD.

import Foundation

public enum HTMLMetadata {
    static let articleTypes: Set<String> = ["newsarticle", "article", "reportagenewsarticle", "blogposting",
                                            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                                            "reviewnewsarticle", "report", "scholarlyarticle", "techarticle",
                                            "liveblogposting", "webpage", "socialmediaposting"]

    /// Fields in priority order: JSON-LD and Open Graph first (written for machines), then the rest.
    public static func fields(_ doc: HTMLDocument) -> DocumentFields { read(doc).fields }

    /// What the page states about itself: the fields, and the article body as the page's JSON-LD
    /// (`articleBody`) gives it, which the extractor uses to choose and check its container.
    static func read(_ doc: HTMLDocument) -> (fields: DocumentFields, articleBody: String?) {
        var meta: [String: String] = [:]
        var title: String?
        var canonical: String?
        var ld: [[String: Any]] = []
        for (i, node) in doc.nodes.enumerated() where node.kind == .element {
            switch node.tag {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "")
                    .lowercased()
                if let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                   !key.isEmpty, !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "title" where title == nil:
                title = collapse(node.text)
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = node.attribute("href"), href.hasPrefix("http") {
                    canonical = href
                }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    ld += articleObjects(fromJSONLD: doc.nodes[i].text)
                }
            default: break
            }
        }
        let article = ld.first { obj in types(obj).contains { $0 != "webpage" } } ?? ld.first
        var f = DocumentFields()
        let site = meta["og:site_name"] ?? article.flatMap { name(of: $0["publisher"]) }
            ?? meta["application-name"] ?? meta["dc.publisher"] ?? meta["publisher"]
        f.publisher = site.map(collapse)
        f.title = [meta["og:title"], article?["headline"] as? String, meta["twitter:title"], meta["dc.title"],
                   title.map { stripSiteSuffix($0, site: site) }]
            .compactMap { $0.map(collapse) }.first { !$0.isEmpty }
        let ldAuthor = article.flatMap { name(of: $0["author"]) ?? name(of: $0["creator"]) }
        let metaAuthor = [meta["author"], meta["article:author"], meta["dc.creator"], meta["byl"], meta["sailthru.author"],
                          meta["parsely-author"]]
            .compactMap { $0 }.first { !$0.hasPrefix("http") && !$0.isEmpty }
        f.byline = (ldAuthor ?? metaAuthor).map { collapse($0.hasPrefix("By ") || $0.hasPrefix("by ") ? String($0.dropFirst(3)) : $0) }
        f.url = canonical ?? meta["og:url"].flatMap { $0.hasPrefix("http") ? $0 : nil }
            ?? (article?["url"] as? String).flatMap { $0.hasPrefix("http") ? $0 : nil }
        if let d = meta["article:published_time"] ?? meta["og:article:published_time"] {
            f.date = d; f.dateBasis = "meta"
        } else if let d = article?["datePublished"] as? String ?? article?["dateCreated"] as? String {
            f.date = d; f.dateBasis = "json-ld"
        } else if let d = [meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["dc.date"],
                           meta["dc.date.issued"], meta["dcterms.created"], meta["sailthru.date"], meta["parsely-pub-date"],
                           meta["datepublished"], meta["article.published"], meta["original-publish-date"]]
                    .compactMap({ $0 }).first {
            f.date = d; f.dateBasis = "meta"
        }
        let body = ld.lazy.compactMap { $0["articleBody"] as? String }.first { !$0.isEmpty }
        return (f, body)
    }

    /// Article-like objects in a JSON-LD block (top level, lists, and "@graph").
    static func articleObjects(fromJSONLD text: String) -> [[String: Any]] {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.hasPrefix("<!--") { s = String(s.dropFirst(4)) }
        if s.hasSuffix("-->") { s = String(s.dropLast(3)) }
        guard let data = s.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var out: [[String: Any]] = []
        func visit(_ v: Any, depth: Int) {
            guard depth < 4 else { return }
            if let list = v as? [Any] { for x in list { visit(x, depth: depth + 1) } }
            guard let obj = v as? [String: Any] else { return }
            if types(obj).contains(where: { articleTypes.contains($0) }) { out.append(obj) }
            if let graph = obj["@graph"] { visit(graph, depth: depth + 1) }
        }
        visit(value, depth: 0)
        return out
    }

    static func types(_ obj: [String: Any]) -> [String] {
        if let t = obj["@type"] as? String { return [t.lowercased()] }
        if let t = obj["@type"] as? [Any] { return t.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// A name from a string, a {"name": ...} object, or a list of either (joined with ", ").
    static func name(of v: Any?) -> String? {
        guard let v else { return nil }
        if let s = v as? String { return s.isEmpty || s.hasPrefix("http") ? nil : s }
        if let o = v as? [String: Any] { return name(of: o["name"]) }
        if let list = v as? [Any] {
            let names = list.compactMap { name(of: $0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// "Headline | Site" or "Headline - Site" → "Headline" when the tail is the site name (or short).
    static func stripSiteSuffix(_ title: String, site: String?) -> String {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let tail = title[r.upperBound...].trimmingCharacters(in: .whitespaces)
            let head = title[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            if let site, tail.lowercased() == site.lowercased() || site.lowercased().contains(tail.lowercased()) {
                return head
            }
            if tail.split(separator: " ").count <= 3, head.split(separator: " ").count >= 4 { return head }
        }
        return title
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
