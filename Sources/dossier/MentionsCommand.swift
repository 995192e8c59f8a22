// `dossier mentions [PATH]`: the recognizer's mentions per article (kind, text, role, offsets), before linking.

import ArgumentParser
import DossierKit
import Foundation

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List the person, organization and place mentions found in each article, with roles."
    )

    @Option(help: "Only this kind: person, organization or place.")
    var kind: EntityKind?

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func run() throws {
        let wanted = kind
        // The per-file stage's output, which the store keeps (index file or in memory alike).
        let all = try corpus.openStore().recognizedMentions().flatMap { $0 }
        try output.list(all.filter { wanted == nil || $0.kind == wanted }, header: ["ARTICLE", "SPAN", "KIND", "TEXT", "ROLE", "CONF"]) {
            [$0.article.description, $0.span.description, $0.kind.rawValue, $0.text, $0.role ?? "", String(format: "%.2f", $0.confidence)]
        }
    }
}
