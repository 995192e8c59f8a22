// Queries the store on the browser's behalf and builds screen states from the answers.

import DossierKit
import Foundation

/// Store access plus small lookups (names by id, list rows by id) computed once per session.
final class DataSource: @unchecked Sendable {
    let store: any CorpusStore
    // Filled lazily on the main thread only; the lock guards against accidental concurrent use.
    private let lock = NSLock()
    private var articles = RowCache<ArticleSummary, ArticleID>(id: \.id)
    private var entities = RowCache<EntitySummary, EntityID>(id: \.id)

    /// How long the last search took (nil before the first): fast stores are asked on every key,
    /// slow or untried ones when typing pauses.
    private var lastSearchCost: Duration?

    init(store: any CorpusStore) { self.store = store }

    /// Whether the store answers searches quickly enough to ask it on every keystroke.
    var searchIsFast: Bool {
        lock.lock()
        defer { lock.unlock() }
        return lastSearchCost.map { $0 < .milliseconds(40) } ?? false
    }

    func articleSummaries() throws -> [ArticleSummary] {
        lock.lock()
        defer { lock.unlock() }
        return try articles.rows(store.articleSummaries)
    }

    func articleSummary(_ id: ArticleID) -> ArticleSummary? {
        lock.lock()
        defer { lock.unlock() }
        return try? articles.row(id, store.articleSummaries)
    }

    func entitySummaries() throws -> [EntitySummary] {
        lock.lock()
        defer { lock.unlock() }
        return try entities.rows { try store.entitySummaries(kind: nil) }
    }

    func entitySummary(_ id: EntityID) -> EntitySummary? {
        lock.lock()
        defer { lock.unlock() }
        return try? entities.row(id) { try store.entitySummaries(kind: nil) }
    }

    // MARK: reader

    func reader(_ id: ArticleID, focus: TextSpan?, mention: TextSpan?, query: String?,
                paneWidth: Int, height: Int) throws -> ReaderState? {
        guard let article = try store.article(id) else { return nil }
        let mentions = try store.mentions(in: id)
        var names: [EntityID: String] = [:]
        for m in mentions {
            if let e = m.entity, names[e] == nil { names[e] = entitySummary(e)?.name ?? m.text }
        }
        var state = ReaderState(article: article, mentions: mentions, entityNames: names)
        // A version of a story: what is new since the next older version, so that the differences
        // a refile made can be found.
        if let versions = articleSummary(id)?.versions, let k = versions.firstIndex(of: id) {
            state.versions = versions
            if k + 1 < versions.count, let older = try store.article(versions[k + 1]) {
                state.addedSince = older.id
                state.added = ArticleVersions.newSentences(in: article, since: older)
                state.removedCount = ArticleVersions.removedSentenceCount(in: article, since: older)
            }
        }
        state.relayout(paneWidth: paneWidth, height: height)
        let lines = state.lines(width: state.layoutWidth)
        if let mention {
            state.cursor = mentions.firstIndex { $0.span == mention && $0.entity != nil }
                ?? mentions.firstIndex { $0.span.overlaps(mention) }
        }
        if let query, !query.isEmpty {
            state.query = query
            state.matches = try matches(of: query, in: article, mentions: mentions)
        }
        if let focus {
            state.focus = focus
            state.reveal(offset: focus.start, lines: lines, height: height, force: true)
        } else if let c = state.cursor {
            state.reveal(offset: mentions[c].span.start, lines: lines, height: height)
        } else if !state.matches.isEmpty {
            state.match = 0
            state.reveal(offset: state.matches[0].start, lines: lines, height: height)
        }
        return state
    }

    /// What the search marks in this article, as its results' snippets mark it (`SearchQuery.marks`):
    /// the query's words, phrases and prefixes, and the mentions of the entities its `entity:` fields
    /// name; when its words are not in the text, the mentions of the entities they name (the article
    /// was found through a spelling variant).
    func matches(of query: String, in article: Article, mentions: [Mention]) throws -> [TextSpan] {
        guard let parsed = try? SearchQuery.parse(query) else { return [] }
        var entities = Set<EntityID>()
        for name in parsed.entities { entities.formUnion(try store.entities(named: name)) }
        let found = parsed.marks(in: article.text, mentions: mentions, entities: entities)
        guard found.isEmpty, parsed.entities.isEmpty else { return found }
        let named = Set(try NameAwareSearch.names(parsed, store: store).map(\.id))
        return parsed.marks(in: "", mentions: mentions, entities: named)
    }

    // MARK: entity page

    func entityPage(_ id: EntityID) throws -> EntityPageState? {
        guard let entity = try store.entity(id) else { return nil }
        var doc = Doc()
        let color = ReaderState.color(entity.kind)
        doc.text([Span(entity.name, style: .bold, color: color)])
        let articleIDs = entity.articleIDs
        doc.text([Span(entity.kind.rawValue, color: color),
                  Span(" · \(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s") in \(articleIDs.count) article\(articleIDs.count == 1 ? "" : "s") · \(entity.id)", color: .muted)])
        doc.blank()

        doc.heading("ALSO KNOWN AS")
        if entity.aliases.isEmpty { doc.text([Span("  No other names.", color: .muted)]) }
        doc.startSection()
        for alias in entity.aliases {
            let spans = [Span("  "), Span(alias.name, style: .bold), Span(" — \(alias.reason)", color: .muted)]
            // Enter shows the name written that way, in the first article that does so.
            let key = NameKey.plain(alias.name)
            if let m = entity.mentions.first(where: { $0.text == alias.name }) ?? entity.mentions.first(where: { NameKey.plain($0.text) == key }) {
                doc.item([spans], target: .article(m.article, focus: nil, mention: m.span),
                         summary: "opens \(m.article) where it says “\(m.text)”")
            } else {
                doc.text(spans)
            }
        }
        doc.blank()

        doc.heading("ROLES")
        if entity.roles.isEmpty { doc.text([Span("  No titles or roles stated.", color: .muted)]) }
        doc.startSection()
        // One line per title with its count and span of dates, as `dossier lookup` shows them.
        let dated = entity.roles.map { r in Role(title: r.title, article: r.article, date: r.date ?? articleSummary(r.article)?.date?.value) }
        for group in RoleGroup.group(dated) {
            guard let first = group.roles.first else { continue }
            var spans = [Span("  "), Span(group.title, style: .bold)]
            if group.roles.count > 1 { spans.append(Span("  \(group.roles.count) articles", color: .accent)) }
            if let span = group.dateSpan { spans.append(Span("  \(span)", color: .muted)) }
            if group.roles.count == 1 { spans.append(Span("  \(first.article) \(articleSummary(first.article)?.displayTitle ?? "")", color: .muted)) }
            let which = group.roles.count == 1 ? "" : " (the first of \(group.roles.count))"
            doc.item([spans], target: .article(first.article, focus: nil, mention: nil),
                     summary: "opens \(first.article)\(which), where the text calls them \(group.title)")
        }
        doc.blank()

        let related = try store.related(to: id, limit: 50)
        doc.heading("RELATED")
        if related.isEmpty { doc.text([Span("  No related names yet.", color: .muted)]) }
        doc.startSection()
        for r in related {
            var why: [String] = []
            if r.coMentions > 0 { why.append("\(r.coMentions) shared sentence\(r.coMentions == 1 ? "" : "s")") }
            for link in r.relations { why.append("\(link.relation) (\(link.evidence))") }
            doc.item([[Span("  "), Span(EntityPageState.tag(r.entity.kind) + " ", color: ReaderState.color(r.entity.kind)),
                       Span(r.entity.name, style: .bold, color: ReaderState.color(r.entity.kind)),
                       Span("  " + why.joined(separator: "; "), color: .muted)]],
                     target: .entity(r.entity.id), summary: "opens \(r.entity.kind.rawValue): \(r.entity.name)")
        }
        doc.blank()

        doc.heading("ARTICLES AND SENTENCES")
        if articleIDs.isEmpty { doc.text([Span("  No mentions.", color: .muted)]) }
        doc.startSection()
        var byArticle: [ArticleID: [Mention]] = [:]
        for m in entity.mentions { byArticle[m.article, default: []].append(m) }
        for aid in articleIDs {
            let summary = articleSummary(aid)
            let ms = (byArticle[aid] ?? []).sorted { $0.span < $1.span }
            doc.item([[Span("  "), Span(summary?.date?.value.map { String($0.prefix(10)) } ?? "no date", color: .muted),
                       Span("  "), Span(summary?.displayTitle ?? aid.description, style: .bold),
                       Span("  " + (summary.map(ArticleListState.sourceName) ?? ""), color: .accent)]],
                     target: .article(aid, focus: nil, mention: ms.first?.span),
                     summary: "opens \(aid): \(summary?.displayTitle ?? "")")
            // An agency credited in the byline or dateline: the story names it nowhere in its text.
            if ms.isEmpty, let c = entity.credits.first(where: { $0.article == aid }) {
                doc.text([Span("    credited in the \(c.field): \(c.text)", color: .muted)])
                continue
            }
            guard let article = try store.article(aid) else { continue }
            let text = ScalarText(article.text)
            var done = Set<TextSpan>()
            for m in ms {
                let sentence = article.sentences.first { $0.contains(m.span.start) } ?? TextSpan(max(0, m.span.start - 60), min(text.count, m.span.end + 60))
                if !done.insert(sentence).inserted { continue }
                let inSentence = ms.filter { sentence.contains($0.span.start) }
                var spans: [Span] = [Span("    “", color: .muted)]
                var cursor = sentence.start
                var keep: Int?
                var column = 5
                for hit in inSentence {
                    let before = Self.oneLine(text[TextSpan(cursor, max(cursor, hit.span.start))])
                    spans.append(Span(before))
                    column += CharWidth.of(before)
                    if keep == nil { keep = column }
                    let name = Self.oneLine(text[TextSpan(max(cursor, hit.span.start), hit.span.end)])
                    spans.append(Span(name, style: .bold, color: color))
                    column += CharWidth.of(name)
                    cursor = max(cursor, hit.span.end)
                }
                spans.append(Span(Self.oneLine(text[TextSpan(cursor, sentence.end)])))
                spans.append(Span("”", color: .muted))
                doc.item([spans], target: .article(aid, focus: sentence, mention: m.span),
                         summary: "opens \(aid) at this sentence", keepVisible: [keep])
            }
        }
        doc.blank()

        // Its happenings (every one, not only the corpus's key events), then what it said.
        let events = try store.timeline(TimelineQuery(entity: id, includeUndated: true, kinds: [.event]))
        doc.heading("TIMELINE")
        if events.isEmpty { doc.text([Span("  No events.", color: .muted)]) }
        doc.startSection()
        func eventRow(_ e: Event) {
            let date = e.date?.value ?? "undated"
            let gran = e.date?.granularity.map { " \($0.rawValue)" } ?? ""
            doc.item([[Span("  "), Span(date, style: .bold, color: .accent), Span(gran, color: .muted), Span("  "),
                       Span(Self.oneLine(e.summary))]],
                     target: .article(e.article, focus: e.span, mention: nil),
                     summary: "opens \(e.article) at this sentence · \(Self.dateNote(e.date))")
        }
        for item in events { eventRow(item.event) }
        let statements = try store.timeline(TimelineQuery(entity: id, includeUndated: true, kinds: [.statement]))
            .filter { $0.event.speaker == id }
        if !statements.isEmpty {
            doc.blank()
            doc.heading("STATEMENTS (\(statements.count))")
            doc.startSection()
            for item in statements.reversed() { eventRow(item.event) }
        }
        var page = EntityPageState(entity: id, name: entity.name, kind: entity.kind, doc: doc)
        page.position.selected = 0
        return page
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline }) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func dateNote(_ date: DateInfo?) -> String {
        guard let date else { return "no date" }
        var parts: [String] = []
        if let expr = date.expression { parts.append("from “\(expr)”") }
        if !date.basis.isEmpty { parts.append(date.basis) }
        if let c = date.conflict { parts.append("conflict: \(c)") }
        return parts.isEmpty ? (date.value ?? "no date") : parts.joined(separator: ", ")
    }

    // MARK: timeline

    // MARK: search

    func search(_ query: String) throws -> SearchState {
        let clock = ContinuousClock()
        let started = clock.now
        defer {
            let cost = clock.now - started
            lock.lock()
            lastSearchCost = cost
            lock.unlock()
        }
        var state = SearchState(query: query)
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return state }
        // Entities by the query's plain words (not its field filters); articles by the whole query syntax.
        let words = (try? SearchQuery.parse(trimmed))?.freeText ?? trimmed
        let entities = words.isEmpty ? [] : try store.lookup(words, limit: 60)
        let result = try NameAwareSearch.run(trimmed, limit: 200, store: store)
        let articles = result.hits.filter { $0.kind == .article }
        var doc = Doc()
        for kind in EntityKind.allCases {
            let group = entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            doc.heading("\(EntityIndexState.kindLabel(kind).uppercased()) (\(group.count))", color: ReaderState.color(kind))
            doc.startSection()
            for e in group {
                var spans = [Span("  "), Span(e.name, style: .bold, color: ReaderState.color(kind))]
                if !e.aliases.isEmpty { spans.append(Span("  also " + e.aliases.prefix(4).joined(separator: ", "), color: .muted)) }
                spans.append(Span("  " + counted(e.mentionCount, "mention") + " in " + counted(e.articleCount, "article"), color: .muted))
                doc.item([spans], target: .entity(e.id), summary: "opens \(kind.rawValue): \(e.name)")
            }
            doc.blank()
        }
        if !articles.isEmpty {
            doc.heading("ARTICLES (\(articles.count)\(articles.count == 200 ? "+" : ""))" + (result.note.map { " · " + $0 } ?? ""))
            doc.startSection()
            for hit in articles {
                guard let aid = hit.article else { continue }
                let summary = articleSummary(aid)
                var line1 = [Span("  "), Span(hit.title, style: .bold)]
                if let s = summary {
                    line1.append(Span("  \(s.date?.value.map { String($0.prefix(10)) } ?? "no date") · \(ArticleListState.sourceName(s))", color: .muted))
                }
                var line2: [Span] = [Span("    ")]
                let scalars = ScalarText(Self.oneLine(hit.snippet))
                var at = 0
                var keep: Int?
                for h in hit.highlights.sorted() where h.start >= at {
                    line2.append(Span(scalars[TextSpan(at, h.start)], color: .muted))
                    if keep == nil { keep = 4 + CharWidth.of(scalars[TextSpan(0, h.start)]) }
                    line2.append(Span(scalars[h], style: .bold, color: .match))
                    at = h.end
                }
                line2.append(Span(scalars[TextSpan(at, scalars.count)], color: .muted))
                doc.item([line1, line2], target: .article(aid, focus: nil, mention: nil),
                         summary: "opens \(aid): \(hit.title)", keepVisible: [nil, keep])
            }
        }
        if doc.isEmpty {
            doc.text([Span("  Nothing found for “\(trimmed)”.", color: .muted)])
        }
        state.doc = doc
        state.hitCount = entities.count + articles.count
        return state
    }

    // MARK: help

    /// The help page for a pane width: keys and help side by side when there is room, else
    /// keys above their (wrapped) help.
    static func help(keymap: Keymap, notes: [String], width: Int) -> HelpState {
        var doc = Doc()
        let text = max(10, width - 4)
        doc.heading("DOSSIER KEYS", color: .accent)
        for piece in ReaderLayout.wrap("Every command with the keys it has now: Resources/keymap, then your keymap file (see README).", base: 0, width: text) {
            doc.text([Span("  " + piece.text, color: .muted)])
        }
        for note in notes {
            for piece in ReaderLayout.wrap(note, base: 0, width: text) { doc.text([Span("  " + piece.text, color: .warning)]) }
        }
        let keyWidth = min(22, Command.allCases.map { c in CharWidth.of(keymap.keys(for: c).map(\.description).joined(separator: " ")) }.max() ?? 10)
        let sideBySide = width >= 70
        var group: Command.Group?
        for row in Command.table {
            let command = row.command
            if row.group != group {
                group = row.group
                doc.blank()
                doc.heading(row.group.rawValue.uppercased())
            }
            let keys = keymap.keys(for: command).map(\.description).joined(separator: " ")
            let shown = keys.isEmpty ? "(unbound)" : keys
            if sideBySide {
                let helpWidth = max(10, width - keyWidth - 6)
                let pieces = ReaderLayout.wrap(command.help + "  [\(command.name)]", base: 0, width: helpWidth)
                for (i, piece) in pieces.enumerated() {
                    let pad = String(repeating: " ", count: max(1, keyWidth + 2 - (i == 0 ? CharWidth.of(shown) : 0)))
                    doc.text([Span("  "), Span(i == 0 ? shown : "", style: .bold, color: .accent), Span(pad), Span(piece.text)])
                }
            } else {
                doc.text([Span("  "), Span(shown, style: .bold, color: .accent), Span("  [\(command.name)]", color: .muted)])
                for piece in ReaderLayout.wrap(command.help, base: 0, width: max(10, width - 6)) {
                    doc.text([Span("    " + piece.text)])
                }
            }
        }
        doc.blank()
        doc.heading("MARKS")
        doc.text([Span("  Names: "), Span("person", color: .person), Span(", "), Span("organization", color: .organization),
                  Span(", "), Span("place", color: .place)])
        let notesText = [
            "Without colour, people are bold, organizations underlined and places both.",
            "▌ in the reader's margin marks the sentence you came to.",
            "The selected row or name is shown in reverse video.",
            "In the search, filter and date fields, type freely; arrows move"
                + (keymap.key(.open).map { ", \($0) accepts" } ?? "") + (keymap.key(.close).map { ", \($0) closes" } ?? "")
                + "; C-u clears and C-w deletes a word.",
            "Mouse: click to select, click again to open, wheel to scroll.",
        ]
        for note in notesText {
            for (i, piece) in ReaderLayout.wrap(note, base: 0, width: text).enumerated() {
                doc.text([Span((i == 0 ? "  " : "  ") + piece.text)])
            }
        }
        return HelpState(doc: doc, width: width)
    }

    /// The warnings view: every problem met reading the corpus or the keymap, one item each.
    static func warnings(_ warnings: [String], width: Int) -> HelpState {
        var doc = Doc()
        doc.heading(warnings.isEmpty ? "NO WARNINGS" : "WARNINGS (\(warnings.count))", color: .warning)
        if warnings.isEmpty {
            doc.text([Span("  Every file was read and the keymap had no problems.", color: .muted)])
        }
        for warning in warnings {
            // Wrapped, not cut: a path is the part the user needs whole.
            let pieces = ReaderLayout.wrap(warning, base: 0, width: max(10, width - 6))
            doc.item(pieces.enumerated().map { i, piece in [Span(i == 0 ? "  " : "    "), Span(piece.text)] },
                     target: nil, summary: "")
        }
        return HelpState(kind: .warnings, doc: doc, width: width)
    }
}

extension EntityPageState {
    static func tag(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "PER"
        case .organization: return "ORG"
        case .place: return "PLC"
        }
    }
}

/// List rows read from the store once per session, and the same rows by id.
private struct RowCache<Row, ID: Hashable> {
    let id: (Row) -> ID
    private var loaded: [Row]?
    private var byID: [ID: Row] = [:]

    init(id: @escaping (Row) -> ID) { self.id = id }

    mutating func rows(_ read: () throws -> [Row]) throws -> [Row] {
        if let loaded { return loaded }
        let rows = try read()
        loaded = rows
        byID = Dictionary(rows.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        return rows
    }

    mutating func row(_ key: ID, _ read: () throws -> [Row]) throws -> Row? {
        _ = try rows(read)
        return byID[key]
    }
}
