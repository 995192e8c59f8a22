// Options every subcommand shares, and how a corpus path becomes a store.

import ArgumentParser
import DossierKit
import Foundation

struct CommonOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "No progress or warnings on stderr.")
    var quiet = false

    /// Reads and analyses the corpus at `path` (bundled corpus when nil); warnings go to stderr.
    func openStore(_ path: String?) throws -> any CorpusStore {
        let root = try path ?? BundledResources.corpusPath()
        let corpus = try Analyzer().analyze(path: root)
        if !quiet {
            for d in corpus.diagnostics {
                FileHandle.standardError.write(Data("dossier: \(d.description.terminalSafe())\n".utf8))
            }
        }
        if corpus.articles.isEmpty {
            throw DossierError.noArticles(path: root, skipped: corpus.diagnostics.filter { $0.severity != .note }.count)
        }
        return MemoryStore(corpus)
    }
}
