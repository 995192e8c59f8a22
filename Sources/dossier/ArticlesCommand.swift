// `dossier articles [PATH]`: the article list (id, date, source, title), as a table or JSON.

import ArgumentParser
import DossierKit
import Foundation

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, date, source, versions and title.",
        discussion: """
            Versions of one story (a wire refile with added paragraphs, the same story in two files) are \
            listed once, as the newest version, with how many versions there are; --all-versions lists \
            every article and names the newest version beside the older ones.
            """
    )

    @Flag(help: "List every version of a story, not only the newest.")
    var allVersions = false

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    func run() throws {
        let every = try corpus.openStore().articleSummaries()
        let list = allVersions ? every : every.filter { $0.versionOf == nil }
        try output.list(list, header: ["ID", "DATE", "SOURCE", "VERSIONS", "TITLE"]) {
            [$0.id.description, $0.date?.shown ?? "-", $0.publisher ?? $0.source, Self.versions($0), $0.displayTitle]
        }
    }

    /// "3" for the newest of three versions, "of a12" for an older one, "" for a story with one.
    static func versions(_ a: ArticleSummary) -> String {
        if let newest = a.versionOf { return "of \(newest)" }
        return a.versions.count > 1 ? String(a.versions.count) : ""
    }
}
