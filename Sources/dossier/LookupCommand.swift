// `dossier lookup NAME [PATH]`: one entity, variant-aware, with aliases and why, roles, the sentences
// that mention it and related entities.

import ArgumentParser
import DossierKit
import Foundation

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show a person, organization or place: aliases, roles, mentions, related entities.",
        discussion: """
            NAME matches names and aliases ignoring case, accents and transliteration ("pashinian" finds \
            "Nikol Pashinyan"); an entity id such as e12 selects that entity. Exit status 1 when nothing matches.
            """
    )

    @OptionGroup var query: EntityQuery

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "How many related entities to show.")
    var related = 10

    @OptionGroup var output: JSONOption

    func run() throws {
        guard let report = try LookupReport.make(query: query.name, store: try corpus.openStore(), related: related) else {
            throw NothingFound("no entity matches \(query.name)")
        }
        try output.print(report)
    }
}
