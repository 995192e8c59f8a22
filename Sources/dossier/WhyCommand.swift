// `dossier why NAME [PATH]`: why each alias joined an entity, why its name was chosen, and why
// mentions of that name were left unlinked.

import ArgumentParser
import DossierKit
import Foundation

struct WhyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Explain the linking of a name: each alias with its rule and evidence, and unlinked mentions.",
        discussion: "Exit status 1 when no entity or mention matches NAME."
    )

    @Argument(help: "A name, part of a name, or an entity id (e12).")
    var name: String

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = try common.openStore(path)
        let report = try WhyReport.make(query: name, store: store)
        if report.isEmpty {
            if !json { FileHandle.standardError.write(Data("dossier: no entity or mention matches \(name.terminalSafe())\n".utf8)) }
            throw NothingFound()
        }
        if json {
            try Output.json(report)
        } else {
            Output.write(report.lines().map { $0.terminalSafe() + "\n" }.joined())
        }
    }
}
