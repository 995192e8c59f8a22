// Chooses a story's publisher, byline and stated date from every source of evidence, by a fixed priority.

public enum PublisherRule {
    /// Publisher, first found: the source's own field (JSON "source", og:site_name) → the dateline's agency
    /// ("(RFE/RL)") → the repost note's source ("with permission from RFE/RL") → the copyright holder →
    /// the URL's host ("example-news.com").
    public static func publisher(field: String?, dateline: Dateline?, footer: FileFooter, url: String?) -> String? {
        if let f = field, !f.isEmpty { return f }
        if let a = dateline?.agency { return a }
        if let r = footer.repostedFrom { return r }
        if let c = footer.copyrightHolder { return c }
        return url.flatMap(URLRules.host)
    }

    /// Byline, first found: a byline line → the source's field → the dateline's agency credit.
    public static func byline(header: String?, field: String?, dateline: Dateline?) -> String? {
        header ?? field.flatMap { $0.isEmpty ? nil : $0 } ?? dateline?.agency
    }

    /// Stated date, first found: the source's field (JSON, meta, JSON-LD) → a header line → the dateline
    /// (with a year) → the URL path. Never inferred.
    public static func date(field: String?, fieldBasis: String?, header: DateInfo?, dateline: Dateline?, url: String?) -> DateInfo? {
        if let f = field, let d = StatedDate.field(f, basis: fieldBasis ?? "field") { return d }
        if let h = header { return h }
        if let d = dateline?.date { return d }
        return url.flatMap(URLRules.date)
    }
}
