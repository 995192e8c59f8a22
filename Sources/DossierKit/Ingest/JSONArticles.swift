// Maps JSON records (JSON Lines, a top-level array, or an object holding a list) to raw documents.

import Foundation

public enum JSONArticles {
    /// Field names tried in order for each article field; the first present one wins. Unknown fields are ignored.
    static let titleKeys = ["title", "headline", "heading", "name"]
    static let textKeys = ["text", "body", "content", "articleBody", "article_body", "article", "story",
                           "full_text", "fulltext", "paragraphs", "description", "summary"]
    static let dateKeys = ["date", "published", "publishedAt", "published_at", "datePublished", "date_published",
                           "pubDate", "pub_date", "publication_date", "publish_date", "created_at", "timestamp", "time"]
    static let urlKeys = ["url", "link", "href", "canonical_url", "canonicalUrl", "source_url", "permalink"]
    static let bylineKeys = ["byline", "author", "authors", "creator", "writer", "by"]
    static let publisherKeys = ["publisher", "source", "site", "site_name", "siteName", "outlet", "publication",
                                "agency", "newspaper"]
    static let datelineKeys = ["dateline"]
    /// Keys under which an object may hold its list of articles.
    static let listKeys = ["articles", "items", "stories", "documents", "docs", "data", "results", "entries", "posts", "records"]

    /// One record's outcome: a document, or why it was skipped; warnings about tolerated fields either way.
    public struct Record {
        public var document: RawDocument?
        public var warnings: [String]
        public var skipReason: String?
    }

    /// Maps one decoded JSON value to a document. `source` is the file path relative to the corpus root.
    public static func record(_ value: Any, source: String) -> Record {
        guard let obj = value as? [String: Any] else {
            return Record(document: nil, warnings: [], skipReason: "not a JSON object (\(typeName(value)))")
        }
        var warnings: [String] = []
        func string(_ keys: [String], joiner: String = ", ") -> String? {
            for key in keys {
                guard let v = obj[key], !(v is NSNull) else { continue }
                if let s = v as? String {
                    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
                    if t.isEmpty { continue }
                    return t
                }
                if let parts = stringList(v) {
                    let joined = parts.joined(separator: joiner)
                    if !joined.isEmpty { return joined }
                    continue
                }
                if let n = v as? NSNumber, !isBool(n) {
                    warnings.append("field \"\(key)\" is a number, read as text")
                    return n.stringValue
                }
                warnings.append("field \"\(key)\" is \(typeName(v)), expected text; ignored")
            }
            return nil
        }
        guard let text = string(textKeys, joiner: "\n\n") else {
            return Record(document: nil, warnings: warnings,
                          skipReason: "no article text (looked for \(textKeys.prefix(5).joined(separator: ", ")), ...)")
        }
        var fields = DocumentFields()
        fields.title = string(titleKeys)
        fields.url = string(urlKeys)
        fields.byline = string(bylineKeys)
        fields.publisher = string(publisherKeys)
        fields.dateline = string(datelineKeys)
        for key in dateKeys {
            guard let v = obj[key], !(v is NSNull) else { continue }
            if let s = v as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty {
                fields.date = s.trimmingCharacters(in: .whitespaces)
                break
            }
            if let n = v as? NSNumber, !isBool(n), let iso = epochToISO(n.doubleValue) {
                fields.date = iso
                break
            }
            if !(v is String) { warnings.append("field \"\(key)\" is \(typeName(v)), expected a date; ignored") }
        }
        if fields.date != nil { fields.dateBasis = "json" }
        return Record(document: RawDocument(source: source, format: .json, text: text, fields: fields),
                      warnings: warnings, skipReason: nil)
    }

    /// The records of a whole `.json` file: an array, an object with a list, an object keyed by id, or one article.
    public static func records(inTopLevel value: Any) -> [Any] {
        if let array = value as? [Any] { return array }
        guard let obj = value as? [String: Any] else { return [value] }
        if textKeys.contains(where: { obj[$0] is String || stringList(obj[$0] as Any) != nil }) { return [obj] }
        for key in listKeys { if let list = obj[key] as? [Any] { return list } }
        // A map from ids to article objects (sorted by key, for a stable order).
        let values = obj.keys.sorted().compactMap { obj[$0] as? [String: Any] }
        if !values.isEmpty, values.count == obj.count { return values }
        return [obj]
    }

    /// "author": [{"name": "A"}, "B"] and similar lists of names or paragraphs.
    static func stringList(_ v: Any) -> [String]? {
        if let dict = v as? [String: Any], let name = dict["name"] as? String { return [name] }
        guard let list = v as? [Any], !list.isEmpty else { return nil }
        var out: [String] = []
        for item in list {
            if let s = item as? String { out.append(s.trimmingCharacters(in: .whitespacesAndNewlines)) }
            else if let d = item as? [String: Any], let name = (d["name"] ?? d["text"]) as? String { out.append(name) }
            else { return nil }
        }
        return out.filter { !$0.isEmpty }
    }

    static func isBool(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c" && (n == NSNumber(value: true) || n == NSNumber(value: false))
    }

    /// Seconds (or milliseconds) since 1970 to an ISO day, only for plausible news dates (1900–2200).
    static func epochToISO(_ x: Double) -> String? {
        var seconds = x
        if seconds > 1e11 { seconds /= 1000 }
        guard seconds.isFinite, seconds > -2.2e9, seconds < 7.3e9 else { return nil }
        let day = CalendarDate(dayNumber: Int((seconds / 86400).rounded(.down)))
        return day.description
    }

    static func typeName(_ v: Any) -> String {
        switch v {
        case is String: return "text"
        case let n as NSNumber: return isBool(n) ? "a boolean" : "a number"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "an unknown value"
        }
    }
}
