// `dossier eval timex DIR`: TempEval-3 scores of the temporal tagger on TimeML (or MEANTIME CAT XML) gold.

import ArgumentParser
import DossierKit
import Foundation

struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score temporal expressions against TimeML gold (TempEval-3 measures).",
        discussion: """
            Reads every .tml file under DIR (and MEANTIME CAT .xml files), tags the text of <TEXT> with the \
            <DCT> as article date, writes TimeML as `dossier annotate --format timeml` does, reads that back \
            and scores it: strict and relaxed extent P/R/F1, type and value accuracy (over relaxed matches) \
            and type and value F1 as TempEval-3 defines them. Files without a DCT or with malformed XML are \
            reported on stderr and skipped.
            """
    )

    @Argument(help: "A folder of .tml files (searched recursively) or one file.")
    var path: String

    @OptionGroup var output: JSONOption

    @Flag(help: "List misses, spurious expressions and attribute errors per file.")
    var errors = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let result = try TimexEvaluation.evaluate(path)
        for e in result.errors { common.note(e.description) }
        if result.files.isEmpty {
            throw DossierError.badInput(file: path, line: nil, message: "no readable .tml or CAT .xml files to score")
        }
        if errors { printErrors(result) }
        let s = result.scores
        if output.json {
            try Output.json(EvalTimexJSON(scores: s, skipped: result.errors.count))
            return
        }
        let c = s.counts
        Output.write("files \(c.documents) (skipped \(result.errors.count)), gold timexes \(c.gold), system timexes \(c.system)\n")
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        Output.table(header: ["MEASURE", "P", "R", "F1", "ACCURACY", "MATCHES"], rows: [
            ["strict extent", f(s.strict.precision), f(s.strict.recall), f(s.strict.f1), "-", "\(c.strict)"],
            ["relaxed extent", f(s.relaxed.precision), f(s.relaxed.recall), f(s.relaxed.f1), "-", "\(c.relaxed)"],
            ["type", f(s.type.precision), f(s.type.recall), f(s.type.f1), f(s.typeAccuracy), "\(c.typeCorrect)"],
            ["value", f(s.value.precision), f(s.value.recall), f(s.value.f1), f(s.valueAccuracy), "\(c.valueCorrect)"],
        ])
    }

    private func printErrors(_ result: TimexEvaluationResult) {
        for file in result.files {
            let text = ScalarText(file.gold.text)
            func show(_ t: TimeMLTimex?) -> String {
                guard let t else { return "-" }
                return "\"\(text[t.span].replacingOccurrences(of: "\n", with: " "))\" \(t.type) \(t.value)"
            }
            let name = (file.path as NSString).lastPathComponent
            for d in TimexScorer.differences(gold: file.gold.timexes, system: file.system) {
                let context = d.gold ?? d.system
                var around = ""
                if let sp = context?.span {
                    around = text[TextSpan(max(0, sp.start - 40), min(text.count, sp.end + 25))].replacingOccurrences(of: "\n", with: " ")
                }
                let basis = d.system.flatMap { s in file.found.first { $0.span == s.span }?.basis } ?? ""
                let fields = [d.kind.rawValue, name, "DCT \(file.gold.dctValue.prefix(10))", "gold \(show(d.gold))",
                              "sys \(show(d.system))", "…\(around)…", basis]
                Output.write(fields.map { $0.terminalSafe() }.joined(separator: "\t") + "\n")
            }
        }
    }
}

private struct EvalTimexJSON: Encodable {
    let scores: TimexScores
    let skipped: Int
}
