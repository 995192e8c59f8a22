// Everything the screen shows, as a value: the history of pages, overlays and the status line.

import DossierKit

/// One place in the history. Each page keeps its own position, so going back restores it.
public enum Page: Hashable, Sendable {
    case articles(ArticleListState)
    case reader(ReaderState)
    case entity(EntityPageState)
    case entities(EntityIndexState)
    case timeline(TimelineState)

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .reader: return "Reader"
        case .entity(let e): return e.name
        case .entities: return "Entities"
        case .timeline(let t): return t.entityName.map { "Timeline: \($0)" } ?? "Timeline"
        }
    }

    /// The kind of page, as the Command table names it.
    public var screen: Command.Screen {
        switch self {
        case .articles: return .articles
        case .reader: return .reader
        case .entity: return .entity
        case .entities: return .entities
        case .timeline: return .timeline
        }
    }

    /// Pages that list things and can sit to the left of the reader on a wide terminal.
    var isListPane: Bool {
        switch self {
        case .articles, .timeline: return true
        default: return false
        }
    }
}

public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isWarning: Bool
    public init(_ text: String, isWarning: Bool = false) {
        self.text = text
        self.isWarning = isWarning
    }
}

public struct BrowserState: Hashable, Sendable {
    public var size: Size
    /// What the title bar calls the corpus ("bundled sample", a folder name).
    public var corpusName: String
    public var history: [Page]
    /// Index of the current page in `history`.
    public var position: Int
    public var help: HelpState?
    public var search: SearchState?
    public var field: FieldState?
    /// A message shown once on the status line (cleared by the next input).
    public var message: StatusMessage?
    /// The last search, for `n`/`N` in the reader.
    public var lastQuery: String?
    /// On a wide terminal, the article selected in the list or timeline, shown beside it.
    public var preview: ReaderState?
    public var quitRequested = false
    /// The keys as the keymap has them, for every hint on screen (title bar, status line).
    public var keymap: Keymap = .defaults
    /// Problems met while reading the corpus and the keymap, counted on the status line and
    /// listed by the warnings command.
    public var warnings: [String] = []
    /// Set by the redraw command; the terminal repaints everything and clears it.
    public var redrawRequested = false

    public init(size: Size, corpusName: String, first: Page) {
        self.size = size
        self.corpusName = corpusName
        history = [first]
        position = 0
    }

    public var page: Page {
        get { history[position] }
        set { history[position] = newValue }
    }

    public static let minimumSize = Size(rows: 12, cols: 40)
    public static let wideColumns = 120

    public var isTooSmall: Bool { size.rows < BrowserState.minimumSize.rows || size.cols < BrowserState.minimumSize.cols }
    public var isWide: Bool { size.cols >= BrowserState.wideColumns && !isTooSmall }

    /// Rows between the title bar and the status line.
    var contentHeight: Int { max(1, size.rows - 2) }

    /// The page shown to the left of the reader on a wide terminal (the list the reader came from).
    var leftPane: Page? {
        guard isWide, case .reader = page, position > 0, history[position - 1].isListPane else { return nil }
        return history[position - 1]
    }

    /// Widths of the two panes on a wide terminal: list, then reader (a one-column rule between).
    var splitWidths: (left: Int, right: Int) {
        let left = min(76, max(56, size.cols * 45 / 100))
        return (left, size.cols - left - 1)
    }

    /// Width of the current page's pane.
    var pageWidth: Int {
        guard isWide else { return size.cols }
        if leftPane != nil { return splitWidths.right }
        if page.isListPane { return splitWidths.left }
        return size.cols
    }
}
