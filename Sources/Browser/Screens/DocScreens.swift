// States of the screens drawn as a Doc: entity page, timeline, search results and help.

import DossierKit

public struct EntityPageState: Hashable, Sendable {
    public var entity: EntityID
    public var name: String
    public var kind: EntityKind
    public var doc: Doc
    public var position = DocPosition()
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
    public var position = DocPosition()
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

    /// Selects the first event on or after a date prefix ("2021", "2021-04", "2021-04-14").
    mutating func jump(to prefix: String, height: Int) -> String? {
        let p = prefix.trimmingCharacters(in: .whitespaces)
        guard TimelineState.isDatePrefix(p) else { return "Not a date: type 2021, 2021-04 or 2021-04-14." }
        guard !dates.isEmpty else { return "The timeline is empty." }
        // Items are in timeline order, so the first dated one at or after the prefix is the place.
        if let i = dates.firstIndex(where: { d in d.map { $0.hasPrefix(p) || $0 >= p } ?? false }) {
            position.selected = i
            position.top = max(0, doc.items[i].firstLine - 1)
            position.clamp(in: doc, height: height)
            return dates[i].map { $0.hasPrefix(p) ? nil : "Nothing on \(p); the next event is on \($0)." } ?? nil
        }
        return "No event on or after \(p)."
    }

    static func isDatePrefix(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        if parts.count > 1, let m = Int(parts[1]), !(1...12).contains(m) || parts[1].count != 2 { return false }
        if parts.count > 2, let d = Int(parts[2]), !(1...31).contains(d) || parts[2].count != 2 { return false }
        return true
    }
}

public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    public var doc = Doc()
    public var position = DocPosition()
    public var hitCount = 0
    /// The query changed but the (slow) store has not been asked yet; it runs at the next pause.
    public var pending = false
}

public struct HelpState: Hashable, Sendable {
    public var doc: Doc
    /// The width the doc was laid out for; help is rebuilt when the terminal width changes.
    public var width: Int
    public var position = DocPosition()
}

/// A one-line text field at the bottom of the screen (filter, jump to date).
public struct FieldState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, jumpToDate, dateRange }
    public var purpose: Purpose
    public var text: String = ""

    var prompt: String {
        switch purpose {
        case .filter: return "Filter: "
        case .jumpToDate: return "Go to date (YYYY, YYYY-MM or YYYY-MM-DD): "
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
