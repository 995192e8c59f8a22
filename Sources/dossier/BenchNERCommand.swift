// `dossier bench ner PATH`: single-threaded entity-recognition throughput (words/s) and model load time.

import ArgumentParser
import DossierKit
import Foundation

struct BenchNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity recognition speed on one core: words per second (model load excluded) and model load time.",
        discussion: """
            Articles are read and cleaned first (not timed); then every article is recognised in turn on the \
            calling thread. Words are whitespace-separated words of the article text. Example:
            dossier bench ner newswire/articles.jsonl --repeat 3
            """
    )

    @Argument(help: "A .jsonl file or a folder of articles.")
    var path: String

    @Option(help: "Passes over the corpus; the best pass is reported.")
    var `repeat`: Int = 3

    @OptionGroup var common: CommonOptions

    func run() throws {
        let read = try CorpusReader().read(path: path)
        let articles = Analyzer().buildArticles(read.documents)
        guard !articles.isEmpty else { throw DossierError.noArticles(path: path, skipped: read.diagnostics.count) }
        let words = articles.reduce(0) { $0 + $1.text.split(whereSeparator: { $0.isWhitespace }).count }
        let url = try BundledResources.url(NERModel.resourcePath)
        let loadStart = DispatchTime.now()
        let model = try NERModel(contentsOf: url)
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let recognizer = EntityRecognizer(model: model)
        var unsplit = articles
        for i in unsplit.indices { unsplit[i].sentences = [] }
        var best = Double.infinity, bestWithSplit = Double.infinity
        var mentions = 0
        for _ in 0..<max(1, self.repeat) {
            let t0 = DispatchTime.now()
            var n = 0
            for a in articles { n += recognizer.recognize(a).count }
            let t1 = DispatchTime.now()
            for a in unsplit { _ = recognizer.recognize(a) }
            let t2 = DispatchTime.now()
            mentions = n
            best = min(best, Double(t1.uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9)
            bestWithSplit = min(bestWithSplit, Double(t2.uptimeNanoseconds - t1.uptimeNanoseconds) / 1e9)
        }
        Output.table(header: ["MEASURE", "VALUE"], rows: [
            ["articles", "\(articles.count)"],
            ["words", "\(words)"],
            ["mentions", "\(mentions)"],
            ["recognition (sentences given), s", String(format: "%.3f", best)],
            ["words/s (sentences given)", String(format: "%.0f", Double(words) / best)],
            ["words/s (sentence splitting included)", String(format: "%.0f", Double(words) / bestWithSplit)],
            ["model load, ms", String(format: "%.1f", loadSeconds * 1000)],
            ["model size, bytes", "\(size)"],
        ])
    }
}
