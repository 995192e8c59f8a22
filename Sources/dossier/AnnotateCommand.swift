// `dossier annotate --format FORMAT ...`: Dossier's annotation written in the formats of the field.

import ArgumentParser
import DossierKit
import Foundation

enum AnnotateFormat: String, ExpressibleByArgument, CaseIterable {
    case conll, timeml, jsonl
}

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate files in standard formats (CoNLL, TimeML) so that any scorer can check Dossier.",
        discussion: """
            conll: dossier annotate --format conll IN.conll [-o OUT]
            The same lines plus one column, the predicted BIO tag (B-PER, I-ORG, B-LOC, B-MISC, O); \
            -DOCSTART- lines get O. Documents are tagged one at a time.

            jsonl: dossier annotate --format jsonl [PATH] [-o OUT]
            One JSON object per article: id, source, title, date, text, mentions (start, end, text, \
            kind, entity id or null, role) and timexes (start, end, text, type, value); offsets \
            count Unicode scalars of text.

            timeml: dossier annotate --format timeml IN_DIR OUT_DIR
            For each .tml file in IN_DIR, tags the text of <TEXT> with the <DCT> as article date and \
            writes OUT_DIR/<same name>.tml with the same <DOCID>, <DCT> and TEXT characters, holding \
            only Dossier's own <TIMEX3 tid type value> tags. Files without a DCT or with malformed \
            XML are reported (file and line) and the others are still written.
            """
    )

    @Option(help: "Format: \(AnnotateFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: AnnotateFormat

    @Argument(help: "conll: IN.conll; timeml: IN_DIR OUT_DIR; jsonl: a corpus PATH (default: the bundled corpus).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "conll, jsonl: output file (default: standard output).")
    var output: String?

    @OptionGroup(title: "Recognizer options (conll only)") var recognizer: RecognizerOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        switch format {
        case .conll: try annotateConll()
        case .timeml: try annotateTimeML()
        case .jsonl: try annotateJSONL()
        }
    }

    private func annotateConll() throws {
        guard paths.count == 1, let path = paths.first else {
            throw ValidationError("--format conll takes one input file: dossier annotate --format conll IN.conll [-o OUT]")
        }
        let file = try ConllFile.parse(try readText(path), name: path)
        let text = try ConllAnnotator.annotate(file, recognizer: try recognizer.recognizer())
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            // A file or pipe gets the data byte for byte; a terminal gets it without control sequences.
            Output.write(Output.isTerminal ? text.terminalSafe(keepNewlines: true) : text)
        }
    }

    private func annotateJSONL() throws {
        guard paths.count <= 1 else {
            throw ValidationError("--format jsonl takes one corpus path: dossier annotate --format jsonl [PATH] [-o OUT]")
        }
        let store = try common.openStore(paths.first)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil),
                  let handle = FileHandle(forWritingAtPath: output) else {
                throw DossierError.unreadable(path: output, reason: "cannot create the output file")
            }
            defer { try? handle.close() }
            try AnnotationJSONL.write(store) { handle.write(Data($0.utf8)) }
        } else {
            // JSON escapes control characters, so the lines are safe on a terminal as they are.
            try AnnotationJSONL.write(store) { Output.write($0) }
        }
    }

    private func annotateTimeML() throws {
        guard paths.count == 2 else {
            throw ValidationError("--format timeml needs IN_DIR and OUT_DIR")
        }
        let (input, outputDir) = (paths[0], paths[1])
        let files = try TimexEvaluation.inputFiles(input, includeCAT: false)
        do {
            try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        } catch {
            throw DossierError.unreadable(path: outputDir, reason: "cannot create the output folder")
        }
        var written = 0, failed = 0
        let tagger = TemporalTagger()
        for file in files {
            do {
                let done = try TimexEvaluation.annotate(path: file, tagger: tagger)
                let target = (outputDir as NSString).appendingPathComponent((file as NSString).lastPathComponent)
                guard FileManager.default.createFile(atPath: target, contents: Data(done.output.utf8)) else {
                    throw DossierError.unreadable(path: target, reason: "cannot write the file")
                }
                written += 1
            } catch let e as DossierError {
                failed += 1
                FileHandle.standardError.write(Data("dossier: \(e.description.terminalSafe())\n".utf8))
            }
        }
        common.note("wrote \(written) TimeML file(s) to \(outputDir)\(failed > 0 ? ", \(failed) skipped" : "")")
        if written == 0 {
            throw DossierError.badInput(file: input, line: nil, message: "no .tml file could be annotated")
        }
    }
}
