// `dossier train ner|clusters`: reproducible training of the entity tagger and its word clusters.

import ArgumentParser
import DossierKit
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the statistical models that ship in Resources/models.",
        subcommands: [TrainNERCommand.self, TrainClustersCommand.self]
    )
}

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (averaged perceptron over BIO tags) on a CoNLL-2003 file.",
        discussion: """
            The dev file is only scored after each epoch; it never selects or trains anything unless \
            passed to --train too.

            Example:
              dossier train ner --train conllpp_train.txt --dev conllpp_dev.txt --out Resources/models/ner.bin

            The shipped model:
              dossier train ner --train conllpp_train.txt --train conllpp_dev.txt --out Resources/models/ner.bin
            """
    )

    @Option(help: "CoNLL-2003 training file(s); repeat to add more.")
    var train: [String]

    @Option(help: "CoNLL-2003 development file, scored after each epoch.")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out: String = "Resources/models/ner.bin"

    @Option(help: "Gazetteer folder (one list per file).")
    var gazetteers: String = "Resources/gazetteers"

    @Option(help: "Word-cluster table from `dossier train clusters`; \"none\" for none.")
    var clusters: String = "Training/ner/word-clusters.tsv"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 12

    @Option(help: "Static features seen fewer times in training are not learned.")
    var minCount: Int = 2

    @Option(help: "Drop feature rows whose largest averaged weight is below this.")
    var prune: Float = 0.05

    func run() throws {
        let start = Date()
        func log(_ s: String) {
            FileHandle.standardError.write(Data(String(format: "[%6.1f s] %@\n", Date().timeIntervalSince(start), s).utf8))
        }
        var docs: [LabeledDocument] = []
        for path in train { docs += try LabeledDocument.documents(from: try ConllFile.parse(try readText(path), name: path)) }
        let devDocs = try dev.map { try LabeledDocument.documents(from: try ConllFile.parse(try readText($0), name: $0)) }
        let lexicon = try LexiconBuilder.lexicon(
            gazetteerFolder: gazetteers == "none" ? nil : URL(fileURLWithPath: gazetteers),
            clusters: clusters == "none" ? nil : URL(fileURLWithPath: clusters))
        log("training on \(docs.count) documents, \(docs.reduce(0) { $0 + $1.document.tokenCount }) tokens")
        var trainer = PerceptronTrainer()
        trainer.epochs = epochs
        trainer.minCount = minCount
        trainer.pruneBelow = prune
        let model = trainer.train(docs, dev: devDocs, lexicon: lexicon, log: log)
        let url = URL(fileURLWithPath: out)
        try model.write(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        log(String(format: "wrote %@ (%.1f MB) in %.0f s", out, Double(size) / 1_000_000, Date().timeIntervalSince(start)))
    }
}

struct TrainClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Cluster words by their neighbours in unlabelled news (JSONL, folders of .txt, CoNLL files).",
        discussion: "Example: dossier train clusters newswire/articles.jsonl bbc-news conllpp_train.txt --out Training/ner/word-clusters.tsv"
    )

    @Argument(help: "Text sources: .jsonl (field \"text\"), folders of .txt, or CoNLL files (.conll/.txt with columns).")
    var sources: [String]

    @Option(help: "Where to write the table.")
    var out: String = "Training/ner/word-clusters.tsv"

    @Option(help: "Words seen fewer times get no cluster.")
    var minCount: Int = 3

    func run() throws {
        let start = Date()
        func log(_ s: String) { FileHandle.standardError.write(Data("\(s)\n".utf8)) }
        var builder = ClusterBuilder()
        builder.minCount = minCount
        for s in sources { try builder.add(source: s, log: log) }
        let table = builder.build(log: log)
        let url = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try table.write(to: url, atomically: true, encoding: .utf8)
        log(String(format: "wrote %@ in %.0f s", out, Date().timeIntervalSince(start)))
    }
}

/// Reads a whole text file or throws a DossierError naming it.
func readText(_ path: String) throws -> String {
    guard FileManager.default.fileExists(atPath: path) else { throw DossierError.pathNotFound(path) }
    do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw DossierError.unreadable(path: path, reason: "not UTF-8 text or not readable")
    }
}
