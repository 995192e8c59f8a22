// `dossier timeline [--entity NAME] [--from DATE --to DATE] [--all] [--kind K] [--min-sources N] [--json] [PATH]`.

import ArgumentParser
import DossierKit
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the events in chronological order, for the corpus, one entity or a date range.",
        discussion: """
            Events sort by the first day their date covers: a week, month, quarter or year sorts at its start \
            (coarser dates before the days they contain) and years before the common era come first.

            By default the key events: happenings (kind `event`) with a salience of at least \(EventMerger.keyThreshold) \
            (sources, prominent participants, lead or headline, precise date). `--all` lists every event, \
            statements ("X said ...") and background (history) included; `--kind` picks kinds.

            Reports of one happening in several articles are one line with all their sources \
            (`--json` says why each source was joined). Versions of one story (a refile, a copy) count and \
            show as one source, its other versions in brackets ("12 [versions 13 14]"; `--json`: `versions`).

            DATE is YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn; bounds are inclusive and an event is in \
            the range when it starts in it (the browser's jump to a date lands on the first event --from \
            lists). Without a range, undated events are listed last.
            """
    )

    @Option(help: "Only events in which this person, organization or place takes part (name or alias).")
    var entity: String?

    @Option(help: "Earliest date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn), inclusive: events starting on or after it.")
    var from: String?

    @Option(help: "Latest date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn), inclusive: events starting on or before its end.")
    var to: String?

    @Flag(help: "Every event, not only the key ones: statements and background included.")
    var all = false

    @Option(name: .customLong("kind"), help: "Only events of this kind (event, statement or background); repeatable.")
    var kinds: [EventKind] = []

    @Option(help: "Only events reported by at least N sources (versions of one story count once).")
    var minSources: Int = 1

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func validate() throws {
        if minSources < 1 { throw ValidationError("--min-sources \(minSources): use 1 or more") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let v = value, Timeline.bound(v) == nil {
                throw ValidationError("\(name) \(v): use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn")
            }
        }
    }

    func run() throws {
        let store = try corpus.openStore()
        // sources are counted by story below, so the store filters on nothing about them
        var query = TimelineQuery(from: from, to: to, includeUndated: from == nil && to == nil,
                                  kinds: kinds.isEmpty ? nil : Set(kinds), all: all, minSources: 1)
        var entityName: String? = nil
        if let name = entity {
            guard let match = try store.lookup(name, limit: 1).first else {
                // Nothing found, as `lookup` says it: exit status 1, not a usage error.
                throw NothingFound("no person, organization or place matches \"\(name)\"; `dossier entities` lists them")
            }
            query.entity = match.id
            entityName = match.name
        }
        var versions: [ArticleID: [ArticleID]] = [:]
        for summary in try store.articleSummaries() where summary.versions.count > 1 { versions[summary.id] = summary.versions }
        let items = try store.timeline(query).map { ($0, Timeline.stories($0.sources, versions: versions)) }
            .filter { $0.1.count >= minSources }
        try output.print(items.map { TimelineJSON($0.0, stories: $0.1) }) {
            if let entityName {
                corpus.common.note("timeline of \(entityName)")
            }
            Output.table(header: ["DATE", "KIND", "SOURCES", "EVENT"], rows: items.map { pair in
                let (item, stories) = pair
                let e = item.event
                let sources = stories.map { story in
                    story.versions.isEmpty ? story.source.article.description
                        : "\(story.source.article) [versions \(story.versions.map(\.article.description).joined(separator: " "))]"
                }.joined(separator: ",")
                return [e.date?.value ?? "-", e.kind.rawValue, sources, e.summary.replacingOccurrences(of: "\n", with: " ")]
            })
        }
        if items.isEmpty {
            if !all && kinds.isEmpty {
                var everything = query
                everything.all = true
                let count = try store.timeline(everything).count
                if count > 0 {
                    corpus.common.note("no key events; --all lists \(count) event\(count == 1 ? "" : "s") (statements and background included)")
                }
            }
            throw NothingFound()
        }
    }
}

/// One timeline line for scripts, in the export's field names.
private struct TimelineJSON: Encodable {
    let id: EventID
    let kind: EventKind
    let trigger: String
    let summary: String
    let date: DateInfo?
    let sentence: String
    let participants: [EventParticipant]
    let speaker: EntityID?
    let salience: Double
    /// One per story; the story's other versions that report the event are under `versions`.
    let sources: [Source]

    /// A report: its article, sentence span and why it was joined. A story's entry lists the story's
    /// other versions; a version has no such list (nil leaves the key out).
    struct Source: Encodable {
        let article: ArticleID
        let start: Int
        let end: Int
        let why: String?
        let versions: [Source]?

        init(_ s: EventSource, versions: [Source]? = nil) {
            article = s.article
            start = s.span.start
            end = s.span.end
            why = s.why
            self.versions = versions
        }
    }

    init(_ item: TimelineItem, stories: [StorySource]) {
        id = item.event.id
        kind = item.event.kind
        trigger = item.event.triggerText
        summary = item.event.summary
        date = item.event.date
        sentence = item.event.sentence
        participants = item.event.participants
        speaker = item.event.speaker
        salience = item.event.salience
        sources = stories.map { Source($0.source, versions: $0.versions.map { Source($0) }) }
    }
}

extension EventKind: ExpressibleByArgument {}
