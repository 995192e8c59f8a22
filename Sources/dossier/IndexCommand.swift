// `dossier index [PATH]`: build or update the corpus's index; `--status` tells how it stands.

import ArgumentParser
import DossierKit
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index of a corpus (other commands do this on their own when files change).",
        discussion: """
            The index lives in $XDG_CACHE_HOME/dossier (default ~/.cache/dossier), one file per corpus, \
            unless --index names another. Only added or changed files are analysed again; the \
            corpus-wide linking and dating are redone from cached results. --rebuild starts afresh; \
            --status prints the figures without changing anything (exit status 1 when there is no index).
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @Flag(help: "Throw the index away and analyse everything again.")
    var rebuild = false

    @Flag(help: "Print files, articles, entities, size and path of the index; change nothing.")
    var status = false

    @OptionGroup var output: JSONOption

    var common: CommonOptions { corpus.common }

    func validate() throws {
        if common.noIndex { throw ValidationError("`dossier index` needs an index; drop --no-index") }
        if rebuild && status { throw ValidationError("--rebuild and --status do not go together") }
    }

    func run() throws {
        let root = try corpus.root()
        let analyzer = try common.analyzer(root: root)
        if status {
            var options = IndexOptions(indexPath: common.indexPath)
            options.log = { _ in }
            guard let s = try CorpusIndex.status(corpus: root, analyzer: analyzer, options: options) else {
                FileHandle.standardError.write(Data("dossier: no index yet for \(root.terminalSafe()); `dossier index` builds it\n".utf8))
                throw NothingFound()
            }
            try print(s)
            return
        }
        let clock = ContinuousClock()
        let started = clock.now
        let (store, report) = try common.openIndex(root: root, analyzer: analyzer, rebuild: rebuild, staleWhileUpdating: false)
        let elapsed = clock.now - started
        var s = try store.status()
        s.upToDate = true
        if !output.json {
            let what = report.updated
                ? "analysed \(report.filesAnalysed) of \(report.filesTotal) files, removed \(report.filesRemoved)"
                : "already up to date"
            common.note(String(format: "%@ in %.2f s", what,
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        try print(s)
    }

    func print(_ s: IndexStatus) throws {
        try output.print(s) { Output.table(header: ["FIELD", "VALUE"], rows: [
            ["path", s.path], ["corpus", s.corpus], ["up to date", s.upToDate ? "yes" : "no"],
            ["files", String(s.files)], ["articles", String(s.articles)], ["entities", String(s.entities)],
            ["mentions", String(s.mentions)], ["events", String(s.events)], ["words", String(s.words)],
            ["size", String(format: "%.1f MB", Double(s.bytes) / 1_048_576)],
            ["schema", s.schemaVersion], ["analysis", s.analysisVersion],
        ]) }
    }
}
