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
    /// (with a year) → the URL path. Never inferred. A header line printed with the story that names
    /// another day than the field is the date its readers were given: a record's field may hold the day
    /// it was created, edited or collected (Wikinews records dated ten days after the story's own date
    /// line). The field's day is kept as the conflict. A line that says when the story was updated
    /// ("Updated: ...") does not outrank the field.
    public static func date(field: String?, fieldBasis: String?, header: DateInfo?, dateline: Dateline?, url: String?) -> DateInfo? {
        if let f = field, let d = StatedDate.field(f, basis: fieldBasis ?? "field") {
            if var h = header, h.basis == StatedDate.headerBasis, h.granularity == .day, d.granularity == .day,
               let hv = h.value, let dv = d.value, hv != dv {
                h.conflict = "the \(d.basis) says \(dv)"
                return h
            }
            return d
        }
        if let h = header { return h }
        if let d = dateline?.date { return d }
        return url.flatMap(URLRules.date)
    }
}
