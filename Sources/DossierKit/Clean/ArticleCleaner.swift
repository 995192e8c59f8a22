// Turns a raw document into one or more clean stories: body paragraphs, captions and metadata apart.

/// A story after cleaning, before ids and sentences are assigned.
public struct CleanStory: Hashable, Sendable {
    public var title: String?
    public var byline: String?
    public var publisher: String?
    public var url: String?
    public var date: DateInfo?
    public var dateline: String?
    public var paragraphs: [String]
    public var captions: [String]
    public var metadata: [String: String]

    public init(title: String? = nil, byline: String? = nil, publisher: String? = nil, url: String? = nil,
                date: DateInfo? = nil, dateline: String? = nil, paragraphs: [String] = [],
                captions: [String] = [], metadata: [String: String] = [:]) {
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.url = url
        self.date = date
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.captions = captions
        self.metadata = metadata
    }
}

public struct ArticleCleaner: Sendable {
    public init() {}

    /// Splits on blank lines; the full rules (boilerplate, captions, reflow, story splitting) live
    /// in the Clean stage files.
    public func clean(_ doc: RawDocument) -> [CleanStory] {
        let paragraphs = doc.text
            .components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return [CleanStory(title: doc.fields.title, byline: doc.fields.byline, publisher: doc.fields.publisher,
                           url: doc.fields.url, paragraphs: paragraphs)]
    }
}
