// `dossier eval ner FILE.conll`: exact-span P/R/F1 per type of the annotate output against the file's gold column.

import ArgumentParser
import DossierKit
import Foundation

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the entity recognizer on a CoNLL-2003 file (exact-span micro P/R/F1, MISC not in the total).",
        discussion: """
            Runs exactly what `dossier annotate --format conll FILE` writes through a conlleval-style scorer \
            (gold = the file's last column), so any external scorer gets the same figures from that output.
            """
    )

    @Argument(help: "A CoNLL-2003 style file whose last column is the gold BIO tag.")
    var file: String

    @Option(help: "Write the annotated file here as well (same as `dossier annotate --format conll`).")
    var annotated: String?

    @OptionGroup var recognizer: RecognizerOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let conll = try ConllFile.parse(try readText(file), name: file)
        let (score, text) = try ConllAnnotator.evaluate(conll, recognizer: try recognizer.recognizer())
        if let annotated { try Data(text.utf8).write(to: URL(fileURLWithPath: annotated)) }
        var rows: [[String]] = []
        func row(_ name: String, _ c: SpanCounts) {
            rows.append([name, String(format: "%.4f", c.precision), String(format: "%.4f", c.recall), String(format: "%.4f", c.f1),
                         "\(c.truePositives)", "\(c.falsePositives)", "\(c.falseNegatives)"])
        }
        for t in [NERType.per, .org, .loc, .misc] { row(t.label, score.byType[t] ?? SpanCounts()) }
        row("PER+ORG+LOC", score.combined)
        Output.table(header: ["TYPE", "P", "R", "F1", "TP", "FP", "FN"], rows: rows)
    }
}

extension NERConventions: ExpressibleByArgument {}
