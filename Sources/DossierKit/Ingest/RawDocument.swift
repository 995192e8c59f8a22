// What a reader hands to the cleaner: decoded text plus any fields the source format states.

public enum SourceFormat: String, Codable, Sendable {
    case text, markdown, html, json
}

/// Fields a structured source (HTML meta, JSON-LD, a JSON record) states outright.
public struct DocumentFields: Hashable, Codable, Sendable {
    public var title: String?
    public var byline: String?
    public var publisher: String?
    public var url: String?
    /// The date as written by the source (ISO, RFC 2822, "April 14, 2021", ...).
    public var date: String?
    /// Where `date` came from: "meta", "json-ld", "json", ...
    public var dateBasis: String?
    public var dateline: String?

    public init(title: String? = nil, byline: String? = nil, publisher: String? = nil, url: String? = nil,
                date: String? = nil, dateBasis: String? = nil, dateline: String? = nil) {
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.url = url
        self.date = date
        self.dateBasis = dateBasis
        self.dateline = dateline
    }
}

/// One unit read from disk: a whole text file, an HTML page's body, or one JSON record.
public struct RawDocument: Hashable, Sendable {
    /// Path relative to the corpus root ("politics/001.txt"). The analyzer numbers the stories of one
    /// file ("#2", "#3") after cleaning, so every record of a JSON Lines file keeps the bare path here.
    public var source: String
    public var format: SourceFormat
    /// Decoded text with "\n" line ends. For HTML, the article body as plain text.
    public var text: String
    public var fields: DocumentFields

    public init(source: String, format: SourceFormat, text: String, fields: DocumentFields = DocumentFields()) {
        self.source = source
        self.format = format
        self.text = text
        self.fields = fields
    }
}

/// What reading a path produced: documents in a deterministic order, and per-file warnings.
public struct ReadResult: Sendable {
    public var documents: [RawDocument] = []
    public var diagnostics: [Diagnostic] = []
    /// Files in a folder that are not articles (documentation, data tables, images), relative paths.
    public var ignored: [String] = []
}
