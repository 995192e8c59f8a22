// The one list of what a user can do: each command's name, default keys and help. Keymap, help
// screen, Resources/keymap and the README key table are all generated from this table.

public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, pageDown = "page-down", pageUp = "page-up", top, bottom
    case open, back, forward, close
    case next, previous, nextMatch = "next-match", previousMatch = "previous-match"
    case articles, entities, timeline, entityTimeline = "entity-timeline", search, help
    case sort, filter, jumpToDate = "jump-to-date"
    case expand, timelineView = "timeline-view", minSources = "min-sources"
    case redraw, quit

    /// The name used in keymap files.
    public var name: String { rawValue }

    public enum Group: String, CaseIterable, Sendable {
        case move = "Move", go = "Open and go", screens = "Screens", reader = "Reader and pages",
             lists = "Lists", program = "Program"
    }

    public var group: Group {
        switch self {
        case .down, .up, .pageDown, .pageUp, .top, .bottom: return .move
        case .open, .back, .forward, .close: return .go
        case .articles, .entities, .timeline, .entityTimeline, .search, .help: return .screens
        case .next, .previous, .nextMatch, .previousMatch: return .reader
        case .sort, .filter, .jumpToDate, .expand, .timelineView, .minSources: return .lists
        case .redraw, .quit: return .program
        }
    }

    public var defaultKeys: [Key] {
        switch self {
        case .down: return [.char("j"), .down, .ctrl("n")]
        case .up: return [.char("k"), .up, .ctrl("p")]
        case .pageDown: return [.pageDown, .char(" "), .ctrl("f")]
        case .pageUp: return [.pageUp, .char("b"), .ctrl("b")]
        case .top: return [.char("g"), .home]
        case .bottom: return [.char("G"), .end]
        case .open: return [.enter]
        case .back: return [.backspace, .char("h"), .left]
        case .forward: return [.char("l"), .right]
        case .close: return [.escape]
        case .next: return [.tab]
        case .previous: return [.backTab]
        case .nextMatch: return [.char("n")]
        case .previousMatch: return [.char("N")]
        case .articles: return [.char("a")]
        case .entities: return [.char("e")]
        case .timeline: return [.char("t")]
        case .entityTimeline: return [.char("T")]
        case .search: return [.char("/")]
        case .help: return [.char("?"), .function(1)]
        case .sort: return [.char("s")]
        case .filter: return [.char("f")]
        case .jumpToDate: return [.char("d")]
        case .expand: return [.char("x")]
        case .timelineView: return [.char("v")]
        case .minSources: return [.char("m")]
        case .redraw: return [.ctrl("l")]
        case .quit: return [.char("q")]
        }
    }

    public var help: String {
        switch self {
        case .down: return "Move down one line or item"
        case .up: return "Move up one line or item"
        case .pageDown: return "Move down one screen"
        case .pageUp: return "Move up one screen"
        case .top: return "Go to the first line or item"
        case .bottom: return "Go to the last line or item"
        case .open: return "Open the selected article, entity or event; follow the selected name"
        case .back: return "Go back to where you were (like a web browser)"
        case .forward: return "Go forward again after going back"
        case .close: return "Close help, search, a filter or the reader pane"
        case .next: return "Next name in the reader, next section on an entity page, next kind in the entity index"
        case .previous: return "Previous name, section or kind"
        case .nextMatch: return "Next match of the last search in the reader"
        case .previousMatch: return "Previous match of the last search in the reader"
        case .articles: return "Article list"
        case .entities: return "Entity index: people, organizations and places"
        case .timeline: return "Timeline of all events"
        case .entityTimeline: return "On an entity page: the timeline of that entity only"
        case .search: return "Search titles, text, names and aliases as you type"
        case .help: return "This help"
        case .sort: return "Change the sort order (articles: date or source; entities: mentions or name)"
        case .filter: return "Type to filter the article list or the entity index; in the timeline, a date range (2005-03 or 2005-01..2005-03)"
        case .jumpToDate: return "In the timeline: jump to a date (2021, 2021-04 or 2021-04-14)"
        case .expand: return "In the timeline: expand the selected event to its sentence and sources, or collapse it"
        case .timelineView: return "In the timeline: key events, all events, statements, background (cycles)"
        case .minSources: return "In the timeline: only events with at least 2, 3 or 1 sources (cycles)"
        case .redraw: return "Redraw the screen"
        case .quit: return "Quit at once"
        }
    }

    public init?(name: String) {
        self.init(rawValue: name)
    }
}
