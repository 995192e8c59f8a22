// `dossier annotate --format FORMAT ...`: writes the recognizers' output in the field's standard formats.

import ArgumentParser
import DossierKit
import Foundation

enum AnnotateFormat: String, ExpressibleByArgument, CaseIterable {
    case conll, timeml, jsonl
}

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate standard-format files with Dossier's recognizers, for external scorers and tools.",
        discussion: """
            conll:  dossier annotate --format conll IN.conll [-o OUT]
                    Same lines plus one column, the predicted BIO tag (B-PER, I-ORG, B-LOC, B-MISC, O);
                    -DOCSTART- lines get O. Documents are tagged one at a time.
            """
    )

    @Option(help: "Input format: \(AnnotateFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: AnnotateFormat

    @Argument(help: "Input path(s), as the format needs (conll: one file).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: "conll only: `conll` (CoNLL annotation conventions) or `dossier` (Dossier's own).")
    var conventions: NERConventions = .conll

    @Flag(help: "The statistical tagger alone, without the rules.")
    var taggerOnly = false

    @Option(help: "A model file from `dossier train ner` instead of the bundled one.")
    var model: String?

    func run() throws {
        switch format {
        case .conll: try annotateConll()
        case .timeml, .jsonl:
            throw ValidationError("--format \(format.rawValue) is not yet available; use --format conll.")
        }
    }

    private func annotateConll() throws {
        guard paths.count == 1, let path = paths.first else {
            throw ValidationError("--format conll takes one input file: dossier annotate --format conll IN.conll [-o OUT]")
        }
        let file = try ConllFile.parse(try readText(path), name: path)
        var recognizer = try model.map { EntityRecognizer(model: try NERModel(contentsOf: URL(fileURLWithPath: $0))) } ?? EntityRecognizer()
        recognizer.conventions = conventions
        recognizer.applyRules = !taggerOnly
        let text = try ConllAnnotator.annotate(file, recognizer: recognizer)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            // A file or pipe gets the data byte for byte; a terminal gets it without control sequences.
            Output.write(Output.isTerminal ? text.terminalSafe(keepNewlines: true) : text)
        }
    }
}
