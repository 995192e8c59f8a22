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
            (title matches weigh more). A query that is also a known name finds its spelling variants \
            too, and says so. A query may start with a dash when quoted whole (`dossier search "-rumour war"`). \
            Exit status 1 when nothing matches, 2 for a malformed query.
            """
    )

    // One argument list rather than two positionals, so that a query starting with "-" (an
    // exclusion, "-rumour") is taken as the query instead of an unknown option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "The query, then optionally a folder or file of articles (default: the bundled corpus). Quote the query for the shell when it has spaces or quotes.",
        valueName: "query> <path"))
    var words: [String] = []

    /// The words without a "--" separator (`dossier search -- -rumour` works too).
    var values: [String] {
        guard let i = words.firstIndex(of: "--") else { return words }
        var v = words
        v.remove(at: i)
        return v
    }
    var query: String { values.first ?? "" }
    var path: String? { values.count > 1 ? values[1] : nil }

    @Option(help: "At most this many articles.")
    var limit = 20

    @OptionGroup var output: JSONOption
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        let values = self.values
        if let option = words.prefix(while: { $0 != "--" }).first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("unknown option '\(option)'")
        }
        if values.isEmpty { throw ValidationError("Missing expected argument '<query>': what to look for, e.g. dossier search \"karabakh ceasefire\"") }
        if values.count > 2 {
            throw ValidationError("expected a query and at most one path, got \(values.count) words; quote a query with spaces: \"\(values.dropLast().joined(separator: " "))\"")
        }
    }

    func run() throws {
        // A malformed query is a usage error before any corpus work.
        do { _ = try SearchQuery.parse(query) } catch let error as SearchQueryError {
            var message = error.description
            // `search -rumour war` takes "war" as the corpus; say so when no such path exists.
            if let path, !FileManager.default.fileExists(atPath: path) {
                message += "; `\(path)` was taken as the corpus path: quote the whole query (dossier search \"\(query) \(path)\")"
            }
            FileHandle.standardError.write(Data("dossier: \(message.terminalSafe())\n".utf8))
            throw ExitCode(2)
        }
        let store = try common.openStore(path)
        let result: NameAwareSearch
        do { result = try NameAwareSearch.run(query, limit: limit, store: store) } catch let error as SearchQueryError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            throw ExitCode(2)
        }
        let hits = result.hits
        if let note = result.note { common.note(note) }
        if output.json {
            try Output.json(hits)
        } else if Output.useColor {
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
                return [h.kind.rawValue, id, Output.decimal(h.score), h.title.terminalSafe(),
                        Self.marked(h.snippet, h.highlights, open: "[", close: "]")].joined(separator: "\t") + "\n"
            }.joined())
        }
        if hits.isEmpty { throw NothingFound("no article matches \(query)") }
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
