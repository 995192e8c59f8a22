// `dossier articles [PATH]`: the article list (id, date, source, title), as a table or JSON.

import ArgumentParser
import DossierKit
import Foundation

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, date, source and title."
    )

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func run() throws {
        try output.list(try corpus.openStore().articleSummaries(), header: ["ID", "DATE", "SOURCE", "TITLE"]) {
            [$0.id.description, $0.date?.shown ?? "-", $0.publisher ?? $0.source, $0.displayTitle]
        }
    }
}
