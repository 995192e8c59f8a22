// `dossier show ID [PATH]`: one article's clean text with a header, its mentions and its events.

import ArgumentParser
import Browser
import DossierKit
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article: header, clean text, mentions and events.",
        discussion: "ID is an article id as `dossier articles` lists it (a12). Exit status 1 when there is no such article."
    )

    @Argument(help: "An article id (a12).")
    var id: String

    @OptionGroup var corpus: CorpusArguments
    @OptionGroup var output: JSONOption

    struct Report: Encodable {
        let article: Article
        let mentions: [Mention]
        let events: [Event]
        let timexes: [TimeExpression]
    }

    func validate() throws {
        if ArticleID(id) == nil { throw ValidationError("`\(id)` is not an article id; write one like a12") }
    }

    func run() throws {
        guard let aid = ArticleID(id) else { throw ExitCode(2) }
        let store = try corpus.openStore()
        guard let article = try store.article(aid) else {
            throw NothingFound("no article \(aid) (try `dossier articles`)")
        }
        let mentions = try store.mentions(in: aid)
        let events = try store.events(in: aid)
        if output.json {
            try Output.json(Report(article: article, mentions: mentions, events: events, timexes: try store.timexes(in: aid)))
            return
        }
        var names: [EntityID: String] = [:]
        for m in mentions { if let e = m.entity, names[e] == nil { names[e] = try store.entity(e)?.name } }
        var out = ""
        out += "\(aid)  \(article.displayTitle(maxWords: 20))\n"
        if let d = article.date { out += "date:      \(d.shown ?? "-")  (\(d.basis))\n" }
        out += "source:    \(article.source)\n"
        if let p = article.publisher { out += "publisher: \(p)\n" }
        if let b = article.byline { out += "byline:    \(b)\n" }
        if let u = article.url { out += "url:       \(u)\n" }
        if let dl = article.dateline { out += "dateline:  \(dl)\n" }
        if let note = article.titleNote { out += "title field: \(note)\n" }
        out += "\n"
        Output.write(out.split(separator: "\n", omittingEmptySubsequences: false).map { $0.description.terminalSafe() }
            .joined(separator: "\n"))
        // On a terminal the text is wrapped to its width at spaces (as the browser's reader does);
        // in a pipe each paragraph stays one line for other tools.
        if Output.isTerminal {
            let width = max(20, Output.width - 1)
            let paragraphs = article.text.components(separatedBy: "\n\n").map { p in
                ReaderLayout.wrap(p.terminalSafe(), base: 0, width: width).map(\.text).joined(separator: "\n")
            }
            Output.write(paragraphs.joined(separator: "\n\n") + "\n\n")
        } else {
            Output.write(article.text.terminalSafe(keepNewlines: true) + "\n\n")
        }
        if !mentions.isEmpty {
            Output.write("MENTIONS\n")
            Output.table(header: ["SPAN", "KIND", "TEXT", "ENTITY"], rows: mentions.map { m in
                [m.span.description, m.kind.rawValue, m.text,
                 m.entity.map { "\($0) \(names[$0] ?? "")" } ?? "(unlinked)"]
            })
        }
        if !events.isEmpty {
            Output.write("\nEVENTS\n")
            Output.table(header: ["ID", "KIND", "DATE", "SOURCES", "EVENT"], rows: events.map { e in
                [e.id.description, e.kind.rawValue, e.date?.value ?? "-", String(e.sources.count),
                 e.summary.replacingOccurrences(of: "\n", with: " ")]
            })
        }
    }
}
