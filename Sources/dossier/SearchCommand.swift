// `dossier search QUERY [PATH]`: ranked articles (and matching entities) with highlighted snippets.

import ArgumentParser
import DossierKit
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the articles: ranked results with highlighted snippets.",
        discussion: """
            Query syntax (the same as / in the browser): words must all match (title or text); \
            "a phrase"; prefix*; title:word; entity:name (variant-aware: entity:pashinian); \
            from:2021-04 and to:2021-05-01 (article date); -word excludes. Results are ranked by bm25 \
            (title matches weigh more). Exit status 1 when nothing matches, 2 for a malformed query.
            """
    )

    @Argument(help: "The query; quote it for the shell when it has spaces or quotes.")
    var query: String

    @Argument(help: "A folder or file of articles. Default: the bundled corpus.")
    var path: String?

    @Option(help: "At most this many articles.")
    var limit = 20

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        // A malformed query is a usage error before any corpus work.
        do { _ = try SearchQuery.parse(query) } catch let error as SearchQueryError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            throw ExitCode(2)
        }
        let store = try common.openStore(path)
        let hits: [SearchHit]
        do { hits = try store.search(query, limit: limit) } catch let error as SearchQueryError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            throw ExitCode(2)
        }
        if json {
            try Output.json(hits)
        } else if Output.isTerminal {
            var out = ""
            for h in hits {
                let id = h.article?.description ?? h.entity?.description ?? ""
                if h.kind == .entity {
                    out += "\u{1B}[1m\(id)  \(h.title.terminalSafe())\u{1B}[0m  (entity)\n"
                    if !h.snippet.isEmpty { out += "    also \(h.snippet.terminalSafe())\n" }
                } else {
                    out += "\u{1B}[1m\(id)  \(h.title.terminalSafe())\u{1B}[0m\n"
                    out += "    " + Self.marked(h.snippet, h.highlights, open: "\u{1B}[1;7m", close: "\u{1B}[0m") + "\n"
                }
            }
            Output.write(out)
        } else {
            Output.write(hits.map { h in
                let id = h.article?.description ?? h.entity?.description ?? ""
                return [h.kind.rawValue, id, String(format: "%.4g", h.score), h.title.terminalSafe(),
                        Self.marked(h.snippet, h.highlights, open: "[", close: "]")].joined(separator: "\t") + "\n"
            }.joined())
        }
        if hits.isEmpty { throw NothingFound() }
    }

    /// The snippet made terminal-safe piece by piece, with `open`/`close` around each highlight.
    static func marked(_ snippet: String, _ highlights: [TextSpan], open: String, close: String) -> String {
        let scalars = Array(snippet.unicodeScalars)
        func piece(_ a: Int, _ b: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[max(0, min(a, scalars.count))..<max(0, min(b, scalars.count))])
            return String(v).terminalSafe()
        }
        var out = ""
        var at = 0
        for h in highlights.sorted() where h.start >= at && h.end <= scalars.count {
            out += piece(at, h.start) + open + piece(h.start, h.end) + close
            at = h.end
        }
        return out + piece(at, scalars.count)
    }
}
