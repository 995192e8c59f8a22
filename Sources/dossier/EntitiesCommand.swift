// `dossier entities [PATH]`: the people, organizations and places with mention counts.

import ArgumentParser
import DossierKit
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List people, organizations and places with mention and article counts.",
        discussion: "Sorted by mentions, most first. Exit status 1 when there are none."
    )

    @Option(help: "Only this kind: person, organization or place.")
    var kind: EntityKind?

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func run() throws {
        let list = try corpus.openStore().entitySummaries(kind: kind).sorted {
            ($0.mentionCount, -$0.id.ordinal) > ($1.mentionCount, -$1.id.ordinal)
        }
        try output.list(list, header: ["ID", "KIND", "MENTIONS", "ARTICLES", "NAME", "ALIASES"]) {
            [$0.id.description, $0.kind.rawValue, String($0.mentionCount), String($0.articleCount), $0.name,
             $0.aliases.joined(separator: ", ")]
        }
    }
}

extension EntityKind: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "person", "people", "per": self = .person
        case "organization", "organisation", "org": self = .organization
        case "place", "location", "loc": self = .place
        default: return nil
        }
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
