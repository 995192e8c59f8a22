// The one list of what a user can do: one row per command with its name, group, default keys, the
// screens it acts on and its help. Keymap, help screen, status-line hints, Resources/keymap and the
// README key table all come from this table.

public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, pageDown = "page-down", pageUp = "page-up", halfPageDown = "half-page-down",
         halfPageUp = "half-page-up", top, bottom
    case open, back, forward, close, closeView = "close-view"
    case next, previous, nextMatch = "next-match", previousMatch = "previous-match"
    case articles, entities, timeline, entityTimeline = "entity-timeline", search, warnings, help
    case sort, filter, jumpToDate = "jump-to-date"
    case expand, timelineView = "timeline-view", minSources = "min-sources", versions
    case redraw, quit

    /// The name used in keymap files.
    public var name: String { rawValue }

    public enum Group: String, CaseIterable, Sendable {
        case move = "Move", go = "Open and go", screens = "Screens", reader = "Reader and pages",
             lists = "Lists", program = "Program"
    }

    /// The kinds of page a command can act on ("does nothing on this screen" otherwise).
    public enum Screen: String, CaseIterable, Hashable, Sendable {
        case articles, reader, entity, entities, timeline
    }

    /// One row of the table.
    public struct Row: Sendable {
        public let command: Command
        public let group: Group
        public let keys: [Key]
        /// Where the command does something; every screen for most commands.
        public let screens: [Screen]
        public let help: String

        init(_ command: Command, _ group: Group, _ keys: [Key], on screens: [Screen] = Screen.allCases, _ help: String) {
            self.command = command
            self.group = group
            self.keys = keys
            self.screens = screens
            self.help = help
        }
    }

    /// The table, in the order help and the keymap file list it (grouped).
    public static let table: [Row] = [
        Row(.down, .move, [.char("j"), .down, .ctrl("n")], "Move down one line or item"),
        Row(.up, .move, [.char("k"), .up, .ctrl("p")], "Move up one line or item"),
        Row(.pageDown, .move, [.pageDown, .char(" "), .ctrl("f")], "Move down one screen"),
        Row(.pageUp, .move, [.pageUp, .char("b"), .ctrl("b")], "Move up one screen"),
        Row(.halfPageDown, .move, [.ctrl("d")], "Move down half a screen"),
        Row(.halfPageUp, .move, [.ctrl("u")], "Move up half a screen"),
        Row(.top, .move, [.char("g"), .home], "Go to the first line or item"),
        Row(.bottom, .move, [.char("G"), .end], "Go to the last line or item"),

        Row(.open, .go, [.enter], "Open the selected article, entity or event; follow the selected name; accept what is typed in a field"),
        Row(.back, .go, [.backspace, .char("h"), .left], "Go back to where you were (like a web browser)"),
        Row(.forward, .go, [.char("l"), .right], "Go forward again after going back"),
        Row(.close, .go, [.escape], "Close help, search, a field, a filter or the reader pane"),
        Row(.closeView, .go, [.char("q")], "Close this view and go back to the one before; on the first screen, quit"),

        Row(.articles, .screens, [.char("a")], "Article list"),
        Row(.entities, .screens, [.char("e")], "Entity index: people, organizations and places"),
        Row(.timeline, .screens, [.char("t")], "Timeline of all events"),
        Row(.entityTimeline, .screens, [.char("T")], on: [.entity], "On an entity page: the timeline of that entity only"),
        Row(.search, .screens, [.char("/")], "Search titles, text, names and aliases as you type"),
        Row(.warnings, .screens, [.char("W")], "Warnings from reading the corpus (skipped files, keymap problems)"),
        Row(.help, .screens, [.char("?"), .function(1)], "This help"),

        Row(.next, .reader, [.tab], on: [.reader, .entity, .entities, .timeline],
            "Next name in the reader, next section on an entity page, next kind in the entity index"),
        Row(.previous, .reader, [.backTab], on: [.reader, .entity, .entities, .timeline], "Previous name, section or kind"),
        Row(.nextMatch, .reader, [.char("n")], on: [.reader], "Next match of the last search in the reader"),
        Row(.previousMatch, .reader, [.char("N")], on: [.reader], "Previous match of the last search in the reader"),

        Row(.sort, .lists, [.char("s")], on: [.articles, .entities],
            "Change the sort order (articles: date or source; entities: mentions or name)"),
        Row(.filter, .lists, [.char("f")], on: [.articles, .entities, .timeline],
            "Type to filter the article list or the entity index; in the timeline, a date range (2005-03 or 2005-01..2005-03)"),
        Row(.jumpToDate, .lists, [.char("d")], on: [.timeline], "In the timeline: jump to a date (2021, 2021-04, 2021-04-14, 2021-W15 or 2021-Q2)"),
        Row(.expand, .lists, [.char("x")], on: [.timeline],
            "In the timeline: expand the selected event to its sentence and sources, or collapse it"),
        Row(.timelineView, .lists, [.char("v")], on: [.timeline],
            "In the timeline: key events, all events, statements, background (cycles)"),
        Row(.minSources, .lists, [.char("m")], on: [.timeline],
            "In the timeline: only events with at least 2, 3 or 1 sources (cycles)"),

        Row(.versions, .lists, [.char("V")], on: [.articles, .reader],
            "Versions of a story (refiles, copies): in the article list show or hide them under it; in the reader open the next older one, its new sentences marked +"),

        Row(.redraw, .program, [.ctrl("l")], "Redraw the screen"),
        Row(.quit, .program, [.char("Q")], "Quit at once, from any screen"),
    ]

    private static let rows: [Command: Row] = Dictionary(table.map { ($0.command, $0) }, uniquingKeysWith: { a, _ in a })

    /// This command's row (every command has one; a test checks it).
    public var row: Row { Command.rows[self] ?? Row(self, .program, [], "") }

    public var group: Group { row.group }
    public var defaultKeys: [Key] { row.keys }
    public var help: String { row.help }

    /// Whether the command does something on that kind of page.
    public func acts(on screen: Screen) -> Bool { row.screens.contains(screen) }

    /// How far a movement command moves in a list or page of `height` rows (nil: not a relative move).
    public func step(height: Int) -> Int? {
        let h = max(1, height)
        switch self {
        case .down: return 1
        case .up: return -1
        case .pageDown: return max(1, h - 1)
        case .pageUp: return -max(1, h - 1)
        case .halfPageDown: return max(1, h / 2)
        case .halfPageUp: return -max(1, h / 2)
        default: return nil
        }
    }

    public init?(name: String) {
        self.init(rawValue: name)
    }
}
