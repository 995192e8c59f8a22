// `dossier mentions [PATH]`: the recognizer's mentions per article (kind, text, role, offsets), before linking.

import ArgumentParser
import DossierKit
import Foundation

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List the person, organization and place mentions found in each article, with roles."
    )

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: "Only this kind: person, organization or place.")
    var kind: EntityKind?

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let wanted = kind
        // The per-file stage's output, which the store keeps (index file or in memory alike).
        let all = try common.openStore(path).recognizedMentions().flatMap { $0 }
        let mentions = all.filter { wanted == nil || $0.kind == wanted }
        if json {
            try Output.json(mentions)
        } else {
            Output.table(header: ["ARTICLE", "SPAN", "KIND", "TEXT", "ROLE", "CONF"], rows: mentions.map {
                [$0.article.description, $0.span.description, $0.kind.rawValue, $0.text, $0.role ?? "", String(format: "%.2f", $0.confidence)]
            })
        }
        if mentions.isEmpty { throw NothingFound() }
    }
}
