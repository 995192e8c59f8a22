// A clean article: what the reader sees and what the extractors read.

/// One story, after cleaning. A file may hold several; `source` then ends in "#2", "#3".
public struct Article: Identifiable, Hashable, Codable, Sendable {
    public var id: ArticleID
    /// File name relative to the corpus root, plus "#n" for the n-th story of a file (n ≥ 2).
    public var source: String
    public var title: String?
    public var byline: String?
    public var publisher: String?
    public var url: String?
    /// The publication date with its basis; nil when nothing supports one.
    public var date: DateInfo?
    /// Dateline place, e.g. "YEREVAN" from "YEREVAN (RFE/RL) —".
    public var dateline: String?
    /// Clean body; paragraphs joined by "\n\n".
    public var text: String
    /// Paragraph spans in `text` (Unicode-scalar offsets).
    public var paragraphs: [TextSpan]
    /// Sentence spans in `text` (Unicode-scalar offsets), in order, non-overlapping.
    public var sentences: [TextSpan]
    /// Photo captions and credits, kept out of the body.
    public var captions: [String]
    /// What cleaning removed that still carries information: "original-url", "reposted-from",
    /// "copyright", "photo-credit", ... Keys are stable; values are as found.
    public var metadata: [String: String]

    public init(
        id: ArticleID, source: String, title: String? = nil, byline: String? = nil, publisher: String? = nil,
        url: String? = nil, date: DateInfo? = nil, dateline: String? = nil, text: String,
        paragraphs: [TextSpan] = [], sentences: [TextSpan] = [], captions: [String] = [],
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.url = url
        self.date = date
        self.dateline = dateline
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.captions = captions
        self.metadata = metadata
    }

    /// The title, or the first words of the text when the source has none (for lists, not export).
    public func displayTitle(maxWords: Int = 10) -> String {
        if let title, !title.isEmpty { return title }
        // Only the first words are needed: split a short prefix, not the whole text.
        let words = text.prefix(maxWords * 40).split(whereSeparator: { $0.isWhitespace }).prefix(maxWords)
        return words.joined(separator: " ") + (words.count == maxWords ? "…" : "")
    }
}
