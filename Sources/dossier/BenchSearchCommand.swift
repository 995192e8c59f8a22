// `dossier bench search PATH`: search latency (p50, p90, p99, max) over generated queries on the index.

import ArgumentParser
import DossierKit
import Foundation

struct BenchSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency over N queries made from the corpus's own titles and entities.",
        discussion: """
            Opens (or builds) the index, makes N queries deterministically from article titles and the \
            most mentioned entities (words, two words, phrases, prefixes, title:, entity:, from:), runs each \
            once to warm up and then times it (limit 20, in process).
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "How many queries.")
    var queries = 200

    @Flag(help: "List every query with its time.")
    var verbose = false

    func run() throws {
        let store = try corpus.openStore()
        let titles = try store.articleSummaries().map(\.displayTitle)
        let entities = try store.entitySummaries(kind: nil).sorted { $0.mentionCount > $1.mentionCount }.prefix(50).map(\.name)
        guard !titles.isEmpty else { throw NothingFound() }
        var list: [String] = []
        var i = 0
        while list.count < queries {
            let title = titles[(i * 7919) % titles.count]
            let words = SearchText.words(title).filter { $0.count >= 4 }
            i += 1
            guard words.count >= 2 else { continue }
            switch list.count % 8 {
            case 0: list.append(words[0])
            case 1: list.append("\(words[0]) \(words[1])")
            case 2: list.append("\"\(words[0]) \(words[1])\"")
            case 3: list.append(String(words[1].prefix(4)) + "*")
            case 4: list.append("title:\(words[0])")
            case 5: list.append("entity:\"\(entities.isEmpty ? words[0] : entities[i % entities.count])\"")
            case 6: list.append("\(words[1]) from:2004 to:2021")
            default: list.append("\(words[0]) -\(words[1])")
            }
        }
        var times: [Double] = []
        var found = 0
        for q in list {
            _ = try store.search(q, limit: 20)
            let t0 = DispatchTime.now()
            let hits = try store.search(q, limit: 20)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6
            times.append(ms)
            if !hits.isEmpty { found += 1 }
            if verbose { Output.write(String(format: "%8.2f ms  %3d hits  %@\n", ms, hits.count, q.terminalSafe())) }
        }
        let sorted = times.sorted()
        func p(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)] }
        Output.table(header: ["MEASURE", "VALUE"], rows: [
            ["store", store.path == SQLiteStore.memoryPath ? "memory" : "index"],
            ["queries (with hits)", "\(list.count) (\(found))"],
            ["p50, ms", String(format: "%.2f", p(0.5))],
            ["p90, ms", String(format: "%.2f", p(0.9))],
            ["p99, ms", String(format: "%.2f", p(0.99))],
            ["max, ms", String(format: "%.2f", sorted.last ?? 0)],
        ])
    }
}
