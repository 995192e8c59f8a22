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

    @OptionGroup var query: EntityQuery

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func run() throws {
        let report = try WhyReport.make(query: query.name, store: try corpus.openStore())
        if report.isEmpty {
            throw NothingFound(output.json ? nil : "no entity or mention matches \(query.name)")
        }
        try output.print(report)
    }
}
