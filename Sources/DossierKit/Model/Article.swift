// A clean article: what the reader sees and what the extractors read.

/// What a story says about itself besides its text: the header fields cleaning finds (`CleanStory`)
/// and an article keeps (`Article`), kept in one type so that the two cannot drift apart.
public struct StoryHeader: Hashable, Codable, Sendable {
    public var title: String?
    public var byline: String?
    public var publisher: String?
    public var url: String?
    /// The publication date with its basis; nil when nothing supports one.
    public var date: DateInfo?
    /// Dateline place, e.g. "YEREVAN" from "YEREVAN (RFE/RL) —".
    public var dateline: String?

    public init(title: String? = nil, byline: String? = nil, publisher: String? = nil, url: String? = nil,
                date: DateInfo? = nil, dateline: String? = nil) {
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.url = url
        self.date = date
        self.dateline = dateline
    }
}

/// A story with a header: its fields read and write as the story's own (`story.title`), so callers
/// need not know where they are kept.
@dynamicMemberLookup
public protocol HasStoryHeader {
    var header: StoryHeader { get set }
}

extension HasStoryHeader {
    public subscript<T>(dynamicMember field: WritableKeyPath<StoryHeader, T>) -> T {
        get { header[keyPath: field] }
        set { header[keyPath: field] = newValue }
    }
}

/// One story, after cleaning. A file may hold several; `source` then ends in "#2", "#3".
/// Encodes flat, the header's fields beside the others (`show --json` prints it). Not decoded: the
/// index stores articles in its own tables.
public struct Article: Identifiable, Hashable, Encodable, Sendable, HasStoryHeader {
    public var id: ArticleID
    /// File name relative to the corpus root, plus "#n" for the n-th story of a file (n ≥ 2).
    public var source: String
    public var header: StoryHeader
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
        id: ArticleID, source: String, header: StoryHeader = StoryHeader(), text: String,
        paragraphs: [TextSpan] = [], sentences: [TextSpan] = [], captions: [String] = [],
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.source = source
        self.header = header
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.captions = captions
        self.metadata = metadata
    }

    /// The article's own keys; the header writes its keys in the same object.
    private enum CodingKeys: String, CodingKey {
        case id, source, text, paragraphs, sentences, captions, metadata
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(text, forKey: .text)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(captions, forKey: .captions)
        try c.encode(metadata, forKey: .metadata)
        try header.encode(to: encoder)
    }

    /// The source's title field when it was no headline and names no byline (a wire desk's note such as
    /// "ATTENTION - ADDS quotes ///", a headline's cut-off tail); shown beside the article, never as its title.
    public var titleNote: String? {
        metadata["source-title"].flatMap { BylineRule.parse($0) == nil ? $0 : nil }
    }

    /// The title, or the first words of the text when the source has none (for lists, not export).
    public func displayTitle(maxWords: Int = 10) -> String {
        if let title = header.title, !title.isEmpty { return title }
        // Only the first words are needed: split a short prefix, not the whole text.
        let words = text.prefix(maxWords * 40).split(whereSeparator: { $0.isWhitespace }).prefix(maxWords)
        return words.joined(separator: " ") + (words.count == maxWords ? "…" : "")
    }
}
