// `dossier annotate --format FORMAT ...`: Dossier's annotation written in the formats of the field.

import ArgumentParser
import DossierKit
import Foundation

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate files in a standard format (TimeML) so that any scorer can check Dossier.",
        discussion: """
            --format timeml IN_DIR OUT_DIR: for each .tml file in IN_DIR, tags the text of <TEXT> with the
            <DCT> as article date and writes OUT_DIR/<same name>.tml with the same <DOCID>, <DCT> and TEXT
            characters, holding only Dossier's own <TIMEX3 tid type value> tags. Files without a DCT or with
            malformed XML are reported (file and line) and the others are still written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case timeml, conll, jsonl
    }

    @Option(help: "Output format: timeml (conll and jsonl are not yet available).")
    var format: Format

    @Argument(help: "timeml: IN_DIR OUT_DIR.")
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
        switch format {
        case .timeml:
            try annotateTimeML()
        case .conll, .jsonl:
            throw DossierError.badInput(file: "--format \(format.rawValue)", line: nil,
                                        message: "not yet available in this version; use --format timeml")
        }
    }

    private func annotateTimeML() throws {
        guard paths.count == 2 else {
            throw ValidationError("--format timeml needs IN_DIR and OUT_DIR")
        }
        let (input, output) = (paths[0], paths[1])
        let files = try TimexEvaluation.inputFiles(input, includeCAT: false)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw DossierError.unreadable(path: output, reason: "cannot create the output folder")
        }
        var written = 0, failed = 0
        let tagger = TemporalTagger()
        for file in files {
            do {
                let done = try TimexEvaluation.annotate(path: file, tagger: tagger)
                let target = (output as NSString).appendingPathComponent((file as NSString).lastPathComponent)
                guard FileManager.default.createFile(atPath: target, contents: Data(done.output.utf8)) else {
                    throw DossierError.unreadable(path: target, reason: "cannot write the file")
                }
                written += 1
            } catch let e as DossierError {
                failed += 1
                FileHandle.standardError.write(Data("dossier: \(e.description.terminalSafe())\n".utf8))
            }
        }
        if !common.quiet {
            FileHandle.standardError.write(Data("dossier: wrote \(written) TimeML file(s) to \(output.terminalSafe())\(failed > 0 ? ", \(failed) skipped" : "")\n".utf8))
        }
        if written == 0 {
            throw DossierError.badInput(file: input, line: nil, message: "no .tml file could be annotated")
        }
    }
}
