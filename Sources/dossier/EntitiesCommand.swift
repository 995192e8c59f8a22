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

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = try common.openStore(path)
        let list = try store.entitySummaries(kind: kind).sorted {
            ($0.mentionCount, -$0.id.ordinal) > ($1.mentionCount, -$1.id.ordinal)
        }
        if json {
            try Output.json(list)
        } else if !list.isEmpty {
            Output.table(header: ["ID", "KIND", "MENTIONS", "ARTICLES", "NAME", "ALIASES"], rows: list.map {
                [$0.id.description, $0.kind.rawValue, String($0.mentionCount), String($0.articleCount), $0.name,
                 $0.aliases.joined(separator: ", ")]
            })
        }
        if list.isEmpty { throw NothingFound() }
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
