// `dossier [browse] [PATH]`: the interactive browser (a summary until the TUI lands).

import ArgumentParser
import DossierKit
import Foundation

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a folder or file (the default command)."
    )

    @Argument(help: "A folder or file of articles (.txt, .md, .html, .json, .jsonl). Default: the bundled corpus.")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = try common.openStore(path)
        let articles = try store.articleSummaries()
        let entities = try store.entitySummaries(kind: nil)
        let events = try store.timeline(TimelineQuery(includeUndated: true))
        Output.write("\(articles.count) articles, \(entities.count) entities, \(events.count) events\n")
        Output.table(header: ["ID", "DATE", "TITLE"], rows: articles.map {
            [$0.id.description, $0.date?.value ?? "-", $0.displayTitle]
        })
    }
}
