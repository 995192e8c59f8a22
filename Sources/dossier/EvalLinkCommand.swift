// `dossier eval link DIR`: entity linking scored on gold name mentions (MEANTIME CAT XML).

import ArgumentParser
import DossierKit
import Foundation

struct EvalLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Score entity linking on gold name mentions (CAT XML with cross-document instance ids).",
        discussion: """
            Takes every named (NAM) mention of a PER/ORG/LOC entity in the .xml files under DIR, links them \
            with Dossier's linker (mentions only, plus the document text) and with exact-string matching, \
            and prints B-cubed and cross-document pairwise precision, recall and F1 for both.

            Example: dossier eval link ~/corpora/meantime-en/intra_cross-doc_annotation
            """
    )

    @Argument(help: "A folder of CAT XML files (searched recursively), or one file.")
    var path: String

    @OptionGroup var output: JSONOption

    @Option(help: "Also list the N largest wrong merges and missed links.")
    var errors = 0

    @Option(help: "Link N copies of the documents as distinct articles (letters enciphered per copy, so names differ) and report the time, to see how linking scales. Scores are for the first copy.")
    var `repeat` = 1

    @Option(help: "Also print the entities whose name or alias contains this text, with why each alias joined.")
    var explain: String?

    @Flag(help: "Count all mentions whose entity has no instance id as one gold entity (the convention of peers.md).")
    var missingInstanceAsOne = false

    struct Row: Encodable {
        var system: String
        var scores: LinkScores
    }

    struct Report: Encodable {
        var documents: Int
        var mentions: Int
        var goldEntities: Int
        var rows: [Row]
        var linkSeconds: Double
        var copies: Int
    }

    func run() throws {
        let docs = try CATReader.read(path: path, missingInstanceAsOne: missingInstanceAsOne)
        let withMentions = docs.filter { !$0.mentions.isEmpty }
        guard !withMentions.isEmpty else {
            throw DossierError.badInput(file: path, line: nil, message: "no gold NAM mentions of PER/ORG/LOC entities found; give the folder of CAT XML files (e.g. meantime-en/intra_cross-doc_annotation).")
        }
        let gold = withMentions.flatMap(\.gold)
        let document = withMentions.enumerated().flatMap { i, d in [Int](repeating: i, count: d.mentions.count) }
        let exact = withMentions.flatMap { $0.mentions.map(\.text) }

        // Copies renumber the articles so that scaling can be measured on more input.
        let copies = max(1, `repeat`)
        var articles: [Article] = []
        var mentions: [[Mention]] = []
        for c in 0..<copies {
            for d in withMentions {
                let id = ArticleID(ordinal: articles.count + 1)
                var a = d.article
                a.id = id
                if c > 0 {
                    // Each copy's letters are enciphered (lengths kept), so its names are new names.
                    a.source += "#copy\(c)"
                    a.text = Self.encipher(a.text, copy: c)
                }
                articles.append(a)
                mentions.append(d.mentions.map { m in
                    var m = m
                    m.article = id
                    if c > 0 { m.text = Self.encipher(m.text, copy: c) }
                    return m
                })
            }
        }
        let linker = EntityLinker()
        let started = DispatchTime.now().uptimeNanoseconds
        let result = linker.link(articles: articles, mentions: mentions)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

        // Score the first copy only (the copies are linked to each other too, which the gold does not know).
        let firstCopy = copies == 1 ? result : linker.link(articles: Array(articles.prefix(withMentions.count)),
                                                           mentions: Array(mentions.prefix(withMentions.count)))
        let renumbered = withMentions.enumerated().map { i, d -> GoldLinkDocument in
            var d = d
            d.article.id = ArticleID(ordinal: i + 1)
            d.mentions = d.mentions.map { var m = $0; m.article = d.article.id; return m }
            return d
        }
        let system = LinkScoring.systemLabels(documents: renumbered, result: firstCopy)
        let rows = [
            Row(system: "exact string", scores: LinkScoring.score(system: exact, gold: gold, document: document)),
            Row(system: "dossier", scores: LinkScoring.score(system: system, gold: gold, document: document)),
        ]
        let report = Report(documents: withMentions.count, mentions: gold.count, goldEntities: Set(gold).count,
                            rows: rows, linkSeconds: seconds, copies: copies)
        if output.json {
            try Output.json(report)
            return
        }
        Output.write("\(report.mentions) gold name mentions (PER/ORG/LOC), \(report.goldEntities) gold entities, \(report.documents) documents\n")
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        Output.table(header: ["SYSTEM", "B3-P", "B3-R", "B3-F1", "PAIR-P", "PAIR-R", "PAIR-F1"], rows: rows.map {
            [$0.system, f($0.scores.bcubed.precision), f($0.scores.bcubed.recall), f($0.scores.bcubed.f1),
             f($0.scores.crossDocumentPairs.precision), f($0.scores.crossDocumentPairs.recall), f($0.scores.crossDocumentPairs.f1)]
        })
        let total = mentions.reduce(0) { $0 + $1.count }
        Output.write(String(format: "linking time: %.3f s for %d articles, %d mentions\n", seconds, articles.count, total))
        if errors > 0 { printErrors(documents: renumbered, system: system, gold: gold) }
        if let needle = explain?.lowercased() {
            for e in firstCopy.entities where ([e.name] + e.aliases.map(\.name)).contains(where: { $0.lowercased().contains(needle) }) {
                Output.write("\n\(e.id) \(e.kind.rawValue) \(e.name) (\(e.mentions.count) mentions)\n".terminalSafe(keepNewlines: true))
                for a in e.aliases { Output.write("  \(a.name): \(a.reason)\n".terminalSafe(keepNewlines: true)) }
            }
        }
    }

    /// An affine cipher on ASCII letters (case kept), different for each copy number.
    static func encipher(_ text: String, copy: Int) -> String {
        let multipliers = [1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25]
        let k = multipliers[(copy / 26) % multipliers.count], b = copy % 26
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v >= 65 && v <= 90, let u = Unicode.Scalar(65 + (k * Int(v - 65) + b) % 26) { out.append(u) }
            else if v >= 97 && v <= 122, let u = Unicode.Scalar(97 + (k * Int(v - 97) + b) % 26) { out.append(u) }
            else { out.append(s) }
        }
        return String(out)
    }

    /// The largest wrong merges (one system cluster, several gold entities) and missed links.
    private func printErrors(documents: [GoldLinkDocument], system: [String], gold: [String]) {
        var texts: [String] = []
        var docOf: [String] = []
        for d in documents { for m in d.mentions { texts.append(m.text); docOf.append(d.article.id.description) } }
        var bySystem: [String: [Int]] = [:], byGold: [String: [Int]] = [:]
        for i in system.indices { bySystem[system[i], default: []].append(i); byGold[gold[i], default: []].append(i) }
        func describe(_ idx: [Int], by label: [String]) -> String {
            var groups: [String: [String]] = [:]
            for i in idx { groups[label[i], default: []].append(texts[i]) }
            return groups.keys.sorted().map { k in
                let names = Dictionary(grouping: groups[k] ?? [], by: { $0 }).map { "\($0.key)×\($0.value.count)" }.sorted()
                return "{" + names.joined(separator: ", ") + "}"
            }.joined(separator: " | ")
        }
        let merges = bySystem.values.filter { Set($0.map { gold[$0] }).count > 1 }.sorted { $0.count > $1.count }
        Output.write("\nwrong merges (system cluster → gold entities):\n")
        for idx in merges.prefix(errors) { Output.write("  " + describe(idx, by: gold).terminalSafe() + "\n") }
        let splits = byGold.values.filter { Set($0.map { system[$0] }).count > 1 }.sorted { $0.count > $1.count }
        Output.write("\nmissed links (gold entity → system clusters):\n")
        for idx in splits.prefix(errors) { Output.write("  " + describe(idx, by: system).terminalSafe() + "\n") }
    }
}
