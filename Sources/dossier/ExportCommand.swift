// `dossier export [PATH]`: the whole model in the dossier-export format (JSON, the only format).

import ArgumentParser
import DossierKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the document model (articles, entities, events) as JSON to standard output."
    )

    // Accepted so that `export --json` in existing scripts keeps working; JSON is the only format,
    // so the flag changes nothing and is not offered in help.
    @Flag(help: .hidden)
    var json = false

    @OptionGroup var corpus: CorpusArguments

    func run() throws {
        FileHandle.standardOutput.write(try CorpusExporter.json(corpus.openStore().corpus()))
    }
}
