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
        let all: [Mention]
        // The index caches exactly these (the per-file stage); without one, recognize now.
        if !common.noIndex, let store = try common.openStore(path) as? SQLiteStore, let cached = try? store.recognizedMentions() {
            all = cached.flatMap { $0 }
        } else {
            let root = try path ?? BundledResources.corpusPath()
            let read = try CorpusReader().read(path: root)
            let articles = Analyzer().buildArticles(read.documents)
            if articles.isEmpty { throw DossierError.noArticles(path: root, skipped: read.diagnostics.count) }
            _ = try NERModel.loadBundled()
            let recognizer = EntityRecognizer()
            all = articles.flatMap { recognizer.recognize($0) }
        }
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
