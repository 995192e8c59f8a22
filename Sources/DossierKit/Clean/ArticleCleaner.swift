// Turns a raw document into one or more clean stories: body paragraphs, captions and metadata apart.

/// A story after cleaning, before ids and sentences are assigned.
public struct CleanStory: Hashable, Sendable, HasStoryHeader {
    /// Title, byline, publisher, url, date and dateline, as the article will keep them.
    public var header: StoryHeader
    public var paragraphs: [String] = []
    public var captions: [String] = []
    public var metadata: [String: String] = [:]
}

/// The cleaning stage: reflow (Reflow), boilerplate (Boilerplate), captions (Captions), headers
/// (StoryHeaders, StatedDate, Dateline), story splitting (StorySplitter) and the choice of publisher,
/// byline and date (Publisher). Each rule is a pure function with its own tests.
public struct ArticleCleaner: Sendable {
    public init() {}

    public func clean(_ doc: RawDocument) -> [CleanStory] {
        let lines = Reflow.lines(doc.text, markdown: doc.format == .markdown)
        let script = CleanText.dominantScript(doc.text)
            .flatMap { $0.1 >= 0.6 ? $0.0 : nil }
        let segments = Reflow.segments(lines, script: script, hardBreaks: doc.format == .html)
        let isText = doc.format == .text || doc.format == .markdown
        // An HTML page's body was chosen from its markup, boilerplate and teasers left out: a paragraph
        // it repeats is repeated in the article (a refrain, a restated warning).
        var (drafts, footer) = StorySplitter.split(segments, allowSplit: isText, findTitle: isText,
                                                   keepRepeats: doc.format == .html)
        let fieldDateline = doc.fields.dateline.flatMap(DatelineRule.parse(field:))
        if !isText, let title = doc.fields.title, var first = drafts.first, first.paragraphs.first == title {
            first.paragraphs.removeFirst()
            drafts[0] = first
        }
        // A title field that is not a headline is kept as the source gave it (a refile note there tells
        // versions apart), and a byline in it ("by Jane Doe") is the byline when no other is given.
        let fieldTitle = doc.fields.title.flatMap(HeadlineRule.fromField)
        let fieldByline = doc.fields.byline ?? (fieldTitle == nil ? doc.fields.title.flatMap(BylineRule.parse) : nil)
        return drafts.map { d in
            let dateline = d.dateline ?? fieldDateline
            let url = d.url ?? doc.fields.url
            var meta = d.metadata
            if let on = footer.repostedOn { meta["reposted-on"] = on }
            if let from = footer.repostedFrom { meta["reposted-from"] = from }
            if let c = footer.copyright { meta["copyright"] = c }
            if let a = footer.address { meta["postal-address"] = a }
            if !isText, fieldTitle == nil, let raw = doc.fields.title, !raw.isEmpty { meta["source-title"] = raw }
            if let dl = dateline {
                meta["dateline"] = dl.text
                if let p = dl.partialDate { meta["dateline-date"] = p }
            }
            let header = StoryHeader(
                title: isText ? d.title : (fieldTitle ?? d.title),
                byline: PublisherRule.byline(header: d.byline, field: fieldByline, dateline: dateline),
                publisher: PublisherRule.publisher(field: doc.fields.publisher, dateline: dateline, footer: footer, url: url),
                url: url,
                date: PublisherRule.date(field: doc.fields.date, fieldBasis: doc.fields.dateBasis, header: d.headerDate,
                                         dateline: dateline, url: url),
                dateline: dateline?.place)
            return CleanStory(
                header: header,
                paragraphs: d.paragraphs,
                captions: d.captions,
                metadata: meta)
        }
    }
}
