// `dossier articles [PATH]`: the article list (id, date, source, title), as a table or JSON.

import ArgumentParser
import DossierKit
import Foundation

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, date, source and title."
    )

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = try common.openStore(path)
        let list = try store.articleSummaries()
        if json {
            try Output.json(list)
        } else {
            Output.table(header: ["ID", "DATE", "SOURCE", "TITLE"], rows: list.map {
                [$0.id.description, $0.date?.shown ?? "-", $0.publisher ?? $0.source, $0.displayTitle]
            })
        }
        if list.isEmpty { throw NothingFound() }
    }
}
