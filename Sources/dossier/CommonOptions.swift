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
        var analyzer = Analyzer()
        // The user's override files (config folder, corpus folder) win over automatic linking.
        analyzer.linker.overrides = try LinkOverrides.load(corpusPath: root, environment: ProcessInfo.processInfo.environment)
        let corpus = try analyzer.analyze(path: root)
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
