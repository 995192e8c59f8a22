// `dossier eval timeline DIR`: entity timelines built by the pipeline, scored on SemEval-2015 Task 4 gold.

import ArgumentParser
import DossierKit
import Foundation

struct EvalTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Build entity timelines from SemEval-2015 TimeLine texts and score them against the gold.",
        discussion: """
            DIR is the task folder (corpus_1, corpus_2, ... each with corpus_trackA_TimeML/ or corpus_TimeML/, \
            list_target_entities_*.txt and TimeLines_Gold_Standard/) or one such corpus folder. Each folder's \
            articles go through the pipeline (the <s> sentences as text, the DCT as article date); each \
            target entity's timeline lists the events it takes part in, one line per event:
            ORDER<TAB>DATE<TAB>DOCID-SENTID-TOKEN[<TAB>more reports]. Printed per folder and overall: \
            event-mention P/R/F1 (document, sentence, trigger token), the same when the date matches too, \
            and the share of gold ordered pairs whose order is kept. The counting is the one of \
            score_timelines.py (gold files decide what is scored; tokens compared without case).

            Example: dossier eval timeline ~/corpora/semeval2015-timeline --out /tmp/tl
            """
    )

    @Argument(help: "The SemEval-2015 TimeLine folder, or one corpus folder in it.")
    var path: String

    @Option(help: ArgumentHelp("Write the timelines to OUT/<corpus>/<entity>.txt.", valueName: "dir"))
    var out: String?

    @OptionGroup var output: JSONOption

    @Flag(help: "Also list every missed and spurious item with why it was missed.")
    var errors = false

    @Flag(help: "Also list, per target entity, the Dossier entities taken as that target and the near misses.")
    var entities = false

    @Flag(help: "Score Dossier's events alone, without the token-level mentions of each target (the event model's own figure).")
    var eventsOnly = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let corpora = try TimelineEvalReader.corpora(at: path)
        var rows: [TimelineEvalRow] = []
        var total = TimelineCounts()
        var causes: [String: Int] = [:], dateCauses: [String: Int] = [:]
        var kinds: [String: (items: Int, matched: Int)] = [:]
        for c in corpora {
            let (corpus, layouts) = TimelineEvalBuilder.analyze(c)
            let files = TimelineEvalBuilder.timelines(c, corpus: corpus, layouts: layouts, mentions: !eventsOnly)
            // Score the text as written (read back with the gold's reader), so that the figures are
            // those of the files.
            var system: [String: TimelineFile] = [:]
            for f in files { system[TimelineFile.fileName(for: f.entity)] = TimelineFile.parse(f.render()) }
            if let out {
                let dir = (out as NSString).appendingPathComponent(c.name)
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                for (name, f) in system {
                    try Data(f.render().utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(name)))
                }
            }
            for f in files {
                for (k, v) in f.itemsByKind(gold: c.gold[TimelineFile.fileName(for: f.entity)]) {
                    kinds[k, default: (0, 0)].items += v.items
                    kinds[k, default: (0, 0)].matched += v.matched
                }
            }
            let counts = TimelineScorer.score(gold: c.gold, system: system)
            total = total + counts
            rows.append(TimelineEvalRow(corpus: c.name, documents: c.documents.count, targets: c.targets.count, counts: counts))
            if entities && !output.json { printEntities(c, corpus: corpus, system: system) }
            let diagnosis = TimelineEvalDiagnosis.diagnose(c, corpus: corpus, layouts: layouts, system: system)
            for (k, v) in diagnosis.causes { causes[k, default: 0] += v }
            for (k, v) in diagnosis.dateCauses { dateCauses[k, default: 0] += v }
            if errors && !output.json {
                for item in diagnosis.items {
                    Output.write([c.name, item.kind, item.entity, item.mention, item.date, item.cause, item.sentence]
                        .map { $0.terminalSafe() }.joined(separator: "\t") + "\n")
                }
            }
        }
        if corpora.count > 1 { rows.append(TimelineEvalRow(corpus: "all", documents: rows.reduce(0) { $0 + $1.documents },
                                                           targets: rows.reduce(0) { $0 + $1.targets }, counts: total)) }
        if output.json {
            try Output.json(EvalTimelineJSON(rows: rows, missedCauses: causes, otherDateCauses: dateCauses,
                                              systemItemsByKind: kinds.mapValues { ["written": $0.items, "inGold": $0.matched] }))
            return
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        Output.table(header: ["CORPUS", "DOCS", "TARGETS", "GOLD", "SYSTEM", "EVENT P", "R", "F1", "DATED P", "R", "F1", "ORDER", "PAIRS"],
                     rows: rows.map { r in
                         let c = r.counts
                         return [r.corpus, "\(r.documents)", "\(r.targets)", "\(c.gold)", "\(c.system)",
                                 f(c.events.precision), f(c.events.recall), f(c.events.f1),
                                 f(c.datedEvents.precision), f(c.datedEvents.recall), f(c.datedEvents.f1),
                                 f(c.order), "\(c.pairsKept)/\(c.pairs)"]
                     })
        Output.write("system items by event kind (in the gold / written):"
            + kinds.keys.sorted().map { " \($0) \(kinds[$0]?.matched ?? 0)/\(kinds[$0]?.items ?? 0)" }.joined(separator: ";") + "\n")
        // found items with another date than the gold's are counted apart from the missed ones
        for (title, group) in [("missed gold items by cause", causes), ("found items with another date than the gold's", dateCauses)] {
            let n = group.values.reduce(0, +)
            guard n > 0 else { continue }
            Output.write("\(title) (\(n)):\n")
            for (k, v) in group.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                Output.write("  \(v)\t\(k)\n")
            }
        }
    }
}

extension EvalTimelineCommand {
    private func printEntities(_ c: TimelineEvalCorpus, corpus: Corpus, system: [String: TimelineFile]) {
        for target in c.targets {
            let taken = Set(TimelineEvalBuilder.entities(matching: target, in: corpus, targets: c.targets))
            let near = corpus.entities.filter { !taken.contains($0.id) && NameMatcher.score(query: target, entity: $0) > 0 }
                .sorted { $0.mentions.count > $1.mentions.count }.prefix(5)
            func show(_ e: Entity) -> String { "\(e.name) (\(e.kind.rawValue), \(e.mentions.count))" }
            let takenNames = corpus.entities.filter { taken.contains($0.id) }.map(show)
            let name = TimelineFile.fileName(for: target)
            let n = c.gold[name].map { TimelineScorer.score(gold: $0, system: system[name]) } ?? TimelineCounts()
            Output.write([c.name, target, "gold \(n.gold) system \(n.system) matched \(n.matched) dated \(n.dated)",
                          "taken: " + takenNames.joined(separator: "; "), "near: " + near.map(show).joined(separator: "; ")]
                .map { $0.terminalSafe() }.joined(separator: "\t") + "\n")
        }
    }
}

struct TimelineEvalRow: Encodable {
    var corpus: String
    var documents: Int
    var targets: Int
    var counts: TimelineCounts
}

private struct EvalTimelineJSON: Encodable {
    var rows: [TimelineEvalRow]
    var missedCauses: [String: Int]
    /// Found items dated otherwise than the gold, by why.
    var otherDateCauses: [String: Int]
    var systemItemsByKind: [String: [String: Int]]
}
