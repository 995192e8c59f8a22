// `dossier export --json [PATH]`: the whole model in the dossier-export format.

import ArgumentParser
import DossierKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the document model (articles, entities, events) as JSON to standard output."
    )

    @Flag(help: "Write the dossier-export JSON format (the only format so far).")
    var json = false

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = try common.openStore(path)
        FileHandle.standardOutput.write(try CorpusExporter.json(store.corpus()))
    }
}
