// States of the screens drawn as a Doc: entity page, timeline, search results and help.

import DossierKit

public struct EntityPageState: Hashable, Sendable {
    public var entity: EntityID
    public var name: String
    public var kind: EntityKind
    public var doc: Doc
    public var position = ListPosition()
}

public struct TimelineState: Hashable, Sendable {
    /// Set when the timeline shows one entity's events only.
    public var entity: EntityID?
    public var entityName: String?
    public var doc: Doc
    /// The date value of each item (nil when undated), for jumping to a date.
    public var dates: [String?]
    /// The event behind each item, for the status line.
    public var events: [Event]
    public var eventCount: Int
    public var position = ListPosition()
    /// Which events are listed, and the filters on them.
    public var view: TimelineView = .key
    public var minSources = 1
    public var range: [String]?
    public var rangeText: String?
    /// What the doc is laid out from, which events are expanded, and for how many columns.
    public var items: [TimelineItem] = []
    public var expanded: Set<EventID> = []
    public var width = 80
    /// For each doc item: nil for an event row, 0 for its sentence, k for its k-th source.
    public var sourceRows: [Int?] = []
    /// The date the timeline opened at (its busiest recent month), for the first message.
    public var openedAt: String?

    /// What an empty timeline says. That the analysis found nothing is true only of the unfiltered
    /// view: the key events of a corpus can be none while other views list dozens.
    var emptyText: String {
        let whose = entityName.map { " of \($0)" } ?? ""
        if view == .all && range == nil && minSources == 1 {
            return "No events\(whose): the analysis found none in this corpus."
        }
        return "No \(view.label)\(whose) in this view; the other views may list some."
    }

    /// The status line for the selected event: where Enter goes and what the date rests on.
    func status(keys: (Command) -> String = { $0.defaultKeys.first?.description ?? $0.name }) -> String {
        guard let (e, source) = selectedEvent else {
            return "No events (\(filterLabel)) · \(keys(.timelineView)) other events · \(keys(.back)) back"
        }
        let counter = "\(position.selected + 1)/\(events.count)"
        if let k = source, k > 0 || e.sources.count == 1 {
            let s = e.sources[min(k, e.sources.count - 1)]
            return "\(counter) · \(keys(.open)) opens \(s.article) at this sentence · \(keys(.expand)) collapse"
        }
        let sources = e.sources.count == 1 ? "1 source" : "\(e.sources.count) sources"
        return "\(counter) · \(e.kind.rawValue) · \(sources) · \(e.date?.value ?? "undated"): \(DataSource.dateNote(e.date))"
            + " · \(keys(.expand)) expand · \(keys(.timelineView)) \(view.next.label)"
    }

    /// Selects the first event on or after a date at any granularity ("2021", "2021-04", "2021-04-14",
    /// "2021-W15", "2021-Q2"): the same event `dossier timeline --from` starts with.
    mutating func jump(to text: String, height: Int) -> String? {
        let p = text.trimmingCharacters(in: .whitespaces)
        guard let date = Timeline.bound(p) else { return "Not a date: type 2021, 2021-04, 2021-04-14, 2021-W15 or 2021-Q2." }
        guard !dates.isEmpty else { return "The timeline is empty." }
        guard let i = Timeline.firstIndex(onOrAfter: date, in: dates.lazy.map { $0.flatMap(TimeValue.init(timex:)) }) else {
            return "No event on or after \(p)."
        }
        position.selected = i
        position.top = max(0, doc.items[i].firstLine - 1)
        position.clamp(in: doc, height: height)
        guard let found = dates[i], let v = TimeValue(timex: found), v.firstDay > date.lastDay else { return nil }
        return "Nothing on \(p); the next event is on \(found)."
    }
}

public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    public var doc = Doc()
    public var position = ListPosition()
    public var hitCount = 0
    /// The query changed but the (slow) store has not been asked yet; it runs at the next pause.
    public var pending = false
}

/// A page shown over the current one: help, or the warnings list.
public struct HelpState: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case help, warnings }
    public var kind: Kind = .help
    public var doc: Doc
    /// The width the doc was laid out for; help is rebuilt when the terminal width changes.
    public var width: Int
    public var position = ListPosition()
}

/// A one-line text field at the bottom of the screen (filter, jump to date).
public struct FieldState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, jumpToDate, dateRange }
    public var purpose: Purpose
    public var text: String = ""

    var prompt: String {
        switch purpose {
        case .filter: return "Filter: "
        case .jumpToDate: return "Go to date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn): "
        case .dateRange: return "Dates (2005, 2005-03 or 2005-01..2005-03; empty for all): "
        }
    }
}

/// Editing keys every text field understands.
enum FieldEdit {
    /// Returns the edited text, or nil when the key does not edit text.
    static func apply(_ key: Key, to text: String) -> String? {
        switch key {
        case .char(let c): return text + String(c)
        case .backspace:
            return String(text.dropLast())
        case .ctrl("u"): return ""
        case .ctrl("w"):
            var t = text
            while t.last == " " { t.removeLast() }
            while let last = t.last, last != " " { t.removeLast() }
            return t
        default: return nil
        }
    }
}
