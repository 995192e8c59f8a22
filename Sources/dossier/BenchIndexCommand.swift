// `dossier bench index PATH`: full index build (wall time, words/s, peak RSS, time per stage), reopen
// with nothing changed, and optionally one file changed (`--change FILE`, restored afterwards).

import ArgumentParser
import DossierKit
import Foundation

struct BenchIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index build speed: full build, reopen unchanged, one file changed.",
        discussion: """
            Builds the index of PATH from nothing into --index (default: a temporary file, removed at the \
            end), then reopens it unchanged; with --change FILE (a file inside PATH) appends a sentence to \
            it, updates the index, and restores the file. Peak RSS is the process's maximum resident set. \
            scripts/bench runs this on the shared corpora.
            """
    )

    @Argument(help: "A folder or file of articles.")
    var path: String

    @Option(help: "A file inside PATH to change once (appended to, then restored).")
    var change: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var common: CommonOptions

    struct Result: Encodable {
        var articles = 0, files = 0, words = 0, entities = 0, mentions = 0, events = 0, indexBytes = 0
        var buildSeconds = 0.0, wordsPerSecond = 0.0, peakRSSMiB = 0.0
        var perFileSeconds = 0.0, globalSeconds = 0.0, writeSeconds = 0.0
        var reopenMilliseconds = 0.0
        var changeSeconds: Double?, changeGlobalSeconds: Double?, changeWriteSeconds: Double?, changeCacheSeconds: Double?
    }

    func run() throws {
        let temp = common.indexPath == nil
        let indexPath = common.indexPath ?? NSTemporaryDirectory() + "dossier-bench-\(getpid()).sqlite"
        defer { if temp { for s in ["", "-wal", "-shm", ".lock"] { unlink(indexPath + s) } } }
        let analyzer = try common.analyzer(root: path)
        var options = IndexOptions(indexPath: indexPath, jobs: common.jobs, rebuild: true)
        options.log = { FileHandle.standardError.write(Data("dossier: \($0)\n".utf8)) }
        options.nanoseconds = { DispatchTime.now().uptimeNanoseconds }
        var r = Result()

        var t0 = DispatchTime.now()
        let (store, build) = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
        r.buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9
        r.peakRSSMiB = Self.peakRSSMiB()
        let s = try store.status()
        r.articles = s.articles; r.files = s.files; r.words = s.words; r.entities = s.entities
        r.mentions = s.mentions; r.events = s.events; r.indexBytes = s.bytes
        r.wordsPerSecond = Double(s.words) / r.buildSeconds
        r.perFileSeconds = build.perFileSeconds; r.globalSeconds = build.globalSeconds; r.writeSeconds = build.writeSeconds

        options.rebuild = false
        t0 = DispatchTime.now()
        _ = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
        r.reopenMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6

        if let change {
            let url = URL(fileURLWithPath: change)
            let original = try Data(contentsOf: url)
            defer {
                try? original.write(to: url)
                _ = try? CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
            }
            var changed = original
            changed.append(Data("\nThe minister said on Monday that the talks would continue.\n".utf8))
            try changed.write(to: url)
            t0 = DispatchTime.now()
            let (_, update) = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
            r.changeSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9
            r.changeGlobalSeconds = update.globalSeconds
            r.changeWriteSeconds = update.writeSeconds
            r.changeCacheSeconds = update.cacheSeconds
            if update.filesAnalysed != 1 {
                FileHandle.standardError.write(Data("dossier: expected one file analysed, got \(update.filesAnalysed)\n".utf8))
            }
        }
        if json { try Output.json(r); return }
        var rows: [[String]] = [
            ["articles / files", "\(r.articles) / \(r.files)"], ["words", "\(r.words)"],
            ["entities / mentions / events", "\(r.entities) / \(r.mentions) / \(r.events)"],
            ["full build, s", String(format: "%.2f", r.buildSeconds)],
            ["  per-file stage, s", String(format: "%.2f", r.perFileSeconds)],
            ["  corpus-wide stage, s", String(format: "%.2f", r.globalSeconds)],
            ["  writing, s", String(format: "%.2f", r.writeSeconds)],
            ["words/s (full build)", String(format: "%.0f", r.wordsPerSecond)],
            ["peak RSS after build, MiB", String(format: "%.1f", r.peakRSSMiB)],
            ["index size, MiB", String(format: "%.1f", Double(r.indexBytes) / 1_048_576)],
            ["reopen unchanged (in process), ms", String(format: "%.1f", r.reopenMilliseconds)],
        ]
        if let c = r.changeSeconds {
            rows.append(["one file changed, s", String(format: "%.2f", c)])
            rows.append(["  cached outputs read, s", String(format: "%.2f", r.changeCacheSeconds ?? 0)])
            rows.append(["  corpus-wide stage, s", String(format: "%.2f", r.changeGlobalSeconds ?? 0)])
            rows.append(["  writing, s", String(format: "%.2f", r.changeWriteSeconds ?? 0)])
        }
        Output.table(header: ["MEASURE", "VALUE"], rows: rows)
    }

    static func peakRSSMiB() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // KiB on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #endif
    }
}
