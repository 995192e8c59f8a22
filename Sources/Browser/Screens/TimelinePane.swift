// The event pane: events under date headings, key events first, each expandable to its sentence and sources.

import DossierKit

/// Which events the timeline lists; `v` cycles through them.
public enum TimelineView: String, CaseIterable, Hashable, Sendable {
    case key, all, statements, background

    var label: String {
        switch self {
        case .key: return "key events"
        case .all: return "all events"
        case .statements: return "statements"
        case .background: return "background"
        }
    }

    /// The label after a count: "1 key event", "3 key events".
    func label(count: Int) -> String {
        count == 1 && label.hasSuffix("s") ? String(label.dropLast()) : label
    }

    var next: TimelineView {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    func query(entity: EntityID?, minSources: Int, from: String?, to: String?) -> TimelineQuery {
        let undated = from == nil && to == nil
        switch self {
        case .key: return TimelineQuery(entity: entity, from: from, to: to, includeUndated: undated, minSources: minSources)
        case .all: return TimelineQuery(entity: entity, from: from, to: to, includeUndated: undated, all: true, minSources: minSources)
        case .statements: return TimelineQuery(entity: entity, from: from, to: to, includeUndated: undated, kinds: [.statement], minSources: minSources)
        case .background: return TimelineQuery(entity: entity, from: from, to: to, includeUndated: undated, kinds: [.background], minSources: minSources)
        }
    }
}

extension TimelineState {
    /// What the timeline shows, for its title: "key events · 2+ sources · 2005-03".
    var filterLabel: String { filterLabel(count: nil) }

    /// `filterLabel` after a count of `count` events ("1 key event · 2005-03").
    func filterLabel(count: Int?) -> String {
        var parts = [count.map { view.label(count: $0) } ?? view.label]
        if minSources > 1 { parts.append("\(minSources)+ sources") }
        if let r = rangeText { parts.append(r) }
        return parts.joined(separator: " · ")
    }

    /// A date range typed in the filter field: "2005", "2005-03", "2005-01..2005-03" (empty clears it).
    static func parseRange(_ text: String) -> (from: String?, to: String?)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return (nil, nil) }
        let parts = t.components(separatedBy: "..")
        guard parts.count <= 2 else { return nil }
        let from = parts[0].trimmingCharacters(in: .whitespaces)
        let to = (parts.count == 2 ? parts[1] : parts[0]).trimmingCharacters(in: .whitespaces)
        for p in [from, to] where !p.isEmpty { guard Timeline.bound(p) != nil else { return nil } }
        return (from.isEmpty ? nil : from, to.isEmpty ? nil : to)
    }

    /// The event of the selected row and, for a source row, which source.
    var selectedEvent: (event: Event, source: Int?)? {
        guard events.indices.contains(position.selected) else { return nil }
        return (events[position.selected], sourceRows.indices.contains(position.selected) ? sourceRows[position.selected] : nil)
    }

    /// Where the timeline opens: the first event of its busiest month among its latest quarter of dated
    /// events (so that one wrongly far-future date cannot decide it), or nothing for a short timeline.
    static func openingItem(_ items: [TimelineItem]) -> Int? {
        let dated = items.indices.filter { items[$0].event.date?.value != nil }
        guard dated.count > 20 else { return nil }
        let recent = dated[(dated.count * 3 / 4)...]
        var counts: [String: Int] = [:]
        for i in recent {
            guard let v = items[i].event.date?.value, let p = TimeValue(timex: v) else { continue }
            counts[String(p.firstDay.description.prefix(7)), default: 0] += 1
        }
        guard let busiest = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key,
              let month = TimeValue(timex: busiest) else { return nil }
        // the same "first event on or after" as --from and the jump to a date
        return Timeline.firstIndex(onOrAfter: month, in: items.lazy.map { $0.event.date?.value.flatMap(TimeValue.init(timex:)) })
    }
}

extension DataSource {
    /// The timeline of the corpus or one entity, laid out for `width` columns.
    func timeline(entity: EntityID?, view: TimelineView = .key, minSources: Int = 1, range: (from: String?, to: String?) = (nil, nil),
                  width: Int = 80) throws -> TimelineState {
        let items = try store.timeline(view.query(entity: entity, minSources: minSources, from: range.from, to: range.to))
        _ = try? entitySummaries()
        let name = entity.flatMap { entitySummary($0)?.name }
        var state = TimelineState(entity: entity, entityName: name, doc: Doc(), dates: [], events: [], eventCount: items.count)
        state.view = view
        state.minSources = minSources
        state.rangeText = range.from == nil && range.to == nil ? nil
            : range.from == range.to ? range.from : "\(range.from ?? "…")..\(range.to ?? "…")"
        state.range = range.from == nil && range.to == nil ? nil : [range.from ?? "", range.to ?? ""]
        state.items = items
        state.width = width
        layoutTimeline(&state)
        if entity == nil, range.from == nil, range.to == nil, let start = TimelineState.openingItem(items),
           let row = state.events.firstIndex(where: { $0.id == items[start].event.id }) {
            state.position.selected = row
            state.position.top = max(0, state.doc.items[row].firstLine - 1)
            state.openedAt = items[start].event.date?.value
        }
        return state
    }

    /// Builds the doc from the state's items: a heading per date, two lines per event (its summary and
    /// source count; its participants and first outlet), and for an expanded event its whole sentence
    /// and one selectable row per source with why it was joined.
    func layoutTimeline(_ t: inout TimelineState) {
        _ = try? articleSummaries()
        var doc = Doc()
        var dates: [String?] = [], events: [Event] = [], sourceRows: [Int?] = []
        var lastValue: String?? = .none
        let wrapWidth = max(20, t.width - 8)
        for item in t.items {
            let e = item.event
            let value = e.date?.value
            if lastValue == .none || lastValue! != value {
                if lastValue != .none { doc.blank() }
                doc.heading(Self.dateHeading(e.date))
                doc.startSection()
                lastValue = .some(value)
            }
            var first: [Span] = [Span("  ")]
            if e.kind != .event { first.append(Span(e.kind == .statement ? "said: " : "background: ", color: .muted)) }
            first.append(contentsOf: Self.summarySpans(e))
            // Versions of one story (refiles, copies) are one source, listed once with how many versions report it.
            let stories = storySources(item.sources)
            if stories.count > 1 { first.append(Span("  ×\(stories.count) sources", color: .accent)) }
            var second: [Span] = [Span("     ")]
            let people = e.participants.filter { $0.entity != e.speaker }
            if let speaker = e.speaker, let s = entitySummary(speaker) {
                second.append(Span(s.name, color: ReaderState.color(s.kind)))
                if !people.isEmpty { second.append(Span(" on ", color: .muted)) }
            }
            for (i, p) in people.prefix(6).enumerated() {
                if i > 0 { second.append(Span(", ", color: .muted)) }
                let s = entitySummary(p.entity)
                second.append(Span(s?.name ?? p.entity.description, color: s.map { ReaderState.color($0.kind) } ?? .normal))
                if let role = p.role, role != .place { second.append(Span(" (\(role.rawValue))", color: .muted)) }
            }
            if people.count > 6 { second.append(Span(" +\(people.count - 6)", color: .muted)) }
            if people.isEmpty && e.speaker == nil { second.append(Span("no named participants", color: .muted)) }
            second.append(Span(" · " + sourceLabel(e.article), color: .muted))
            doc.item([first, second], target: .article(e.article, focus: e.span, mention: nil), summary: "")
            dates.append(value)
            events.append(e)
            sourceRows.append(nil)
            guard t.expanded.contains(e.id) else { continue }
            var sentenceLines: [[Span]] = []
            for (i, line) in ReaderLayout.wrap(DataSource.oneLine(e.sentence), base: 0, width: wrapWidth).map(\.text).enumerated() {
                sentenceLines.append([Span(i == 0 ? "     “" : "      "), Span(line)])
            }
            if var last = sentenceLines.popLast() { last.append(Span("”", color: .muted)); sentenceLines.append(last) }
            let note = DataSource.dateNote(e.date)
            sentenceLines.append([Span("      date: ", color: .muted), Span(e.date?.value ?? "unknown"), Span(" · " + note, color: .muted)])
            doc.item(sentenceLines, target: .article(e.article, focus: e.span, mention: nil), summary: "")
            dates.append(value)
            events.append(e)
            sourceRows.append(0)
            for (k, articles) in stories {
                let source = item.sources[k]
                var lines: [[Span]] = [[Span("     ▸ ", color: .accent), Span(sourceLabel(source.article, withDate: true))]]
                let others = articles.dropFirst()
                if !others.isEmpty {
                    lines.append([Span("       also in \(others.count) other version\(others.count == 1 ? "" : "s") of this story: ", color: .accent),
                                  Span(others.map(\.description).joined(separator: ", "), color: .muted)])
                }
                if let why = source.why {
                    for (i, w) in ReaderLayout.wrap("joined: " + why, base: 0, width: wrapWidth).map(\.text).enumerated() {
                        lines.append([Span(i == 0 ? "       " : "         "), Span(w, color: .muted)])
                    }
                }
                doc.item(lines, target: .article(source.article, focus: source.span, mention: nil), summary: "")
                dates.append(value)
                events.append(e)
                sourceRows.append(k)
            }
        }
        t.doc = doc
        t.dates = dates
        t.events = events
        t.sourceRows = sourceRows
    }

    /// One entry per story among an event's sources: the index of its first source and the articles
    /// (versions of that story) that report it, that source's first.
    func storySources(_ sources: [EventSource]) -> [(index: Int, articles: [ArticleID])] {
        var out: [(index: Int, articles: [ArticleID])] = []
        var seen: [ArticleID: Int] = [:]
        for (k, s) in sources.enumerated() {
            let story = articleSummary(s.article)?.versions.first ?? s.article
            if let at = seen[story] {
                if !out[at].articles.contains(s.article) { out[at].articles.append(s.article) }
                continue
            }
            seen[story] = out.count
            out.append((k, [s.article]))
        }
        return out
    }

    /// "AFP · 2005-03-01 · Title of the story (a12)".
    func sourceLabel(_ id: ArticleID, withDate: Bool = false) -> String {
        guard let a = articleSummary(id) else { return id.description }
        var parts = [ArticleListState.sourceName(a)]
        if withDate { parts.append(a.date?.value ?? "undated") }
        parts.append(a.displayTitle + " (\(id))")
        return parts.joined(separator: " · ")
    }

    /// The summary with its trigger in bold.
    static func summarySpans(_ e: Event) -> [Span] {
        let s = oneLine(e.summary)
        guard !e.triggerText.isEmpty, let r = s.range(of: e.triggerText) else { return [Span(s)] }
        return [Span(String(s[..<r.lowerBound])), Span(String(s[r]), style: .bold), Span(String(s[r.upperBound...]))]
    }

    /// "2005-03-01 Tuesday", "2005-03 · month", "2005-W04-WE · weekend 2005-01-29 – 2005-01-30", "Undated".
    static func dateHeading(_ date: DateInfo?) -> String {
        guard let v = date?.value, let p = TimeValue(timex: v) else { return "Undated" }
        let g = p.granularity
        if g == .day || g == .time {
            let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            return "\(p.firstDay) \(names[(p.firstDay.weekday - 1) % 7])"
        }
        if p.firstDay == p.lastDay { return "\(v) · \(g.rawValue)" }
        return "\(v) · \(g.rawValue) \(p.firstDay) – \(p.lastDay)"
    }
}
