// `dossier bench index PATH`: full index build (wall time, words/s, peak RSS, time per stage), reopen
// with nothing changed, and optionally one file changed (`--change FILE`, on a copy of the corpus) and
// N files added from a second folder (`--add N --add-from FOLDER`), each update with its peak RSS.

import ArgumentParser
import DossierKit
import Foundation

struct BenchIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index build speed: full build, reopen unchanged, one file changed.",
        discussion: """
            Builds the index of PATH from nothing into --index (default: a temporary file, removed at the \
            end), then reopens it unchanged; with --change FILE (a file inside PATH) the corpus is mirrored \
            in a temporary folder (symbolic links, FILE copied), a sentence is appended to the copy and the \
            index updated: FILE itself is never written. With --add N --add-from FOLDER, the first N article \
            files of FOLDER are then linked into the mirror and the index updated again. Each update reports \
            its own peak RSS. With --no-index, times the same stages into an \
            in-memory database (no reopen or change step). Peak RSS is the process's maximum resident set. \
            scripts/bench runs this on the shared corpora.
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "A file inside PATH to change once (a copy of it is appended to; the file is not written).")
    var change: String?

    @Option(help: ArgumentHelp("After the build (and --change), add N article files from --add-from to the corpus and time that update.",
                               valueName: "n"))
    var add: Int?

    @Option(name: .customLong("add-from"), help: ArgumentHelp("A second folder of articles that --add takes its files from (in listing order).",
                                                             valueName: "folder"))
    var addFrom: String?

    @OptionGroup var output: JSONOption

    var common: CommonOptions { corpus.common }

    struct Result: Encodable {
        var articles = 0, files = 0, words = 0, entities = 0, mentions = 0, events = 0, indexBytes = 0
        var buildSeconds = 0.0, wordsPerSecond = 0.0, peakRSSMiB = 0.0
        var perFileSeconds = 0.0, globalSeconds = 0.0, writeSeconds = 0.0
        /// The corpus-wide stage's steps and their seconds.
        var steps: [String: Double] = [:]
        var reopenMilliseconds = 0.0
        /// The update steps: one file changed (--change), files added (--add).
        var change: Update?, add: Update?

        /// The counts of the built store and the first analysis's time, stages and peak RSS (the
        /// index on disk and --no-index record the same).
        mutating func record(_ s: IndexStatus, _ build: IndexReport, seconds: Double) {
            buildSeconds = seconds
            peakRSSMiB = BenchIndexCommand.peakRSSMiB()
            articles = s.articles; files = s.files; words = s.words; entities = s.entities
            mentions = s.mentions; events = s.events; indexBytes = s.bytes
            wordsPerSecond = Double(s.words) / max(seconds, 1e-9)
            perFileSeconds = build.perFileSeconds; globalSeconds = build.globalSeconds; writeSeconds = build.writeSeconds
            steps = build.stepSeconds
        }
    }

    /// One update of the index: its time, its own peak RSS, its stages and the files it analysed.
    struct Update: Encodable {
        var seconds: Double
        var peakRSSMiB: Double?
        var cacheSeconds: Double, globalSeconds: Double, writeSeconds: Double
        var steps: [String: Double]
        var files: Int
        /// Articles whose event drafts came from the memo; model rows, and how many were deleted or inserted.
        var eventsReused: Int, datingUnitsReused: Int, linksReused: Int, componentsReused: Int, modelRows: Int, rowsWritten: Int
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// One update of the index (a changed file, added files): its time, its own peak RSS (the
    /// window reset first, so the full build's peak does not count) and the stages' report.
    static func timedUpdate(_ path: String, _ analyzer: Analyzer, _ options: IndexOptions) throws -> Update {
        resetPeakRSS()
        let t0 = DispatchTime.now()
        let (_, report) = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
        return Update(seconds: seconds(since: t0), peakRSSMiB: peakRSSSinceResetMiB(), cacheSeconds: report.cacheSeconds,
                      globalSeconds: report.globalSeconds, writeSeconds: report.writeSeconds, steps: report.stepSeconds,
                      files: report.filesAnalysed,
                      eventsReused: report.eventsReused, datingUnitsReused: report.datingUnitsReused,
                      linksReused: report.linksReused, componentsReused: report.componentsReused, modelRows: report.modelRows,
                      rowsWritten: report.rowsWritten)
    }

    func validate() throws {
        if common.noIndex, change != nil { throw ValidationError("--change measures an index update; it cannot go with --no-index") }
        if common.noIndex, add != nil { throw ValidationError("--add measures an index update; it cannot go with --no-index") }
        if (add == nil) != (addFrom == nil) { throw ValidationError("--add N and --add-from FOLDER go together") }
        if let add, add < 1 { throw ValidationError("--add must be at least 1") }
    }

    func run() throws {
        if common.noIndex { return try runInMemory() }
        let temp = common.indexPath == nil
        let indexPath = common.indexPath ?? NSTemporaryDirectory() + "dossier-bench-\(getpid()).sqlite"
        defer { if temp { for s in ["", "-wal", "-shm", ".lock"] { unlink(indexPath + s) } } }
        // The change step works on a mirror of the corpus, so the user's file is never written
        // (a killed benchmark used to leave it changed).
        var mirror: CorpusMirror?
        if change != nil || add != nil { mirror = try CorpusMirror(corpus: try corpus.root(), copying: change) }
        defer { mirror?.remove() }
        let path = try mirror?.root ?? corpus.root()
        let analyzer = try common.analyzer(root: path)
        var options = IndexOptions(indexPath: indexPath, jobs: common.jobs, rebuild: true)
        let common = self.common
        options.log = { common.note($0) }
        options.nanoseconds = { DispatchTime.now().uptimeNanoseconds }
        var r = Result()

        var t0 = DispatchTime.now()
        let (store, build) = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
        r.record(try store.status(), build, seconds: Self.seconds(since: t0))

        options.rebuild = false
        t0 = DispatchTime.now()
        _ = try CorpusIndex.open(corpus: path, analyzer: analyzer, options: options)
        r.reopenMilliseconds = Self.seconds(since: t0) * 1e3

        if let mirror, let changedFile = mirror.changed {
            let url = URL(fileURLWithPath: changedFile)
            var changed = try Data(contentsOf: url)
            changed.append(Data("\nThe minister said on Monday that the talks would continue.\n".utf8))
            try changed.write(to: url)
            let update = try Self.timedUpdate(path, analyzer, options)
            r.change = update
            if update.files != 1 { common.note("expected one file analysed, got \(update.files)") }
        }
        if let add, let addFrom, let mirror {
            // The first N article files of the second folder, linked into the mirror under "added/".
            let listing = try CorpusReader().list(path: addFrom)
            guard listing.files.count >= add else {
                throw ValidationError("--add-from \(addFrom) has \(listing.files.count) article files, fewer than \(add)")
            }
            let folder = mirror.root + "/added"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var isDir: ObjCBool = false
            let base = FileManager.default.fileExists(atPath: addFrom, isDirectory: &isDir) && isDir.boolValue ? addFrom : ""
            for (k, f) in listing.files.prefix(add).enumerated() {
                let source = base.isEmpty ? addFrom : base + "/" + f.relative
                let real = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
                let name = "\(k)-" + f.relative.replacingOccurrences(of: "/", with: "-")
                try FileManager.default.createSymbolicLink(atPath: folder + "/" + name, withDestinationPath: real)
            }
            r.add = try Self.timedUpdate(path, analyzer, options)
        }
        if output.json { try Output.json(r); return }
        var rows = Self.buildRows(r, build: "full build, s") + [
            ["words/s (full build)", String(format: "%.0f", r.wordsPerSecond)],
            ["peak RSS after build, MiB", String(format: "%.1f", r.peakRSSMiB)],
            ["index size, MiB", String(format: "%.1f", Double(r.indexBytes) / 1_048_576)],
            ["reopen unchanged (in process), ms", String(format: "%.1f", r.reopenMilliseconds)],
        ]
        if let c = r.change { rows += Self.updateRows("one file changed, s", c, cache: true, articles: r.articles) }
        if let a = r.add { rows += Self.updateRows("\(a.files) files added, s", a, cache: false, articles: nil) }
        Output.table(header: ["MEASURE", "VALUE"], rows: rows)
    }

    /// The counts and the stages of the first analysis, under `build`'s label.
    static func buildRows(_ r: Result, build: String) -> [[String]] {
        [
            ["articles / files", "\(r.articles) / \(r.files)"], ["words", "\(r.words)"],
            ["entities / mentions / events", "\(r.entities) / \(r.mentions) / \(r.events)"],
            [build, String(format: "%.2f", r.buildSeconds)],
            ["  per-file stage, s", String(format: "%.2f", r.perFileSeconds)],
            ["  corpus-wide stage, s", String(format: "%.2f", r.globalSeconds)],
            ["    its steps, s", stepsCell(r.steps)],
            ["  writing, s", String(format: "%.2f", r.writeSeconds)],
        ]
    }

    /// "dating 0.10, versions 0.52, ...": the corpus-wide stage's steps in the order they run.
    static func stepsCell(_ steps: [String: Double]) -> String {
        IndexReport.stepOrder.compactMap { step in steps[step].map { step + " " + String(format: "%.2f", $0) } }
            .joined(separator: ", ")
    }

    /// One update step (a changed or added file set): its time, stages and peak RSS.
    /// `cache`: show the time spent reading cached per-file outputs (the change step reads them all).
    /// `articles`: the corpus's count before the update, to show the reused share against.
    static func updateRows(_ title: String, _ u: Update, cache: Bool, articles: Int?) -> [[String]] {
        var rows = [[title, String(format: "%.2f", u.seconds)]]
        if cache { rows.append(["  cached outputs read, s", String(format: "%.2f", u.cacheSeconds)]) }
        rows.append(["  corpus-wide stage, s", String(format: "%.2f", u.globalSeconds)])
        rows.append(["    its steps, s", stepsCell(u.steps)])
        rows.append(["  articles with events reused", articles.map { "\(u.eventsReused) of \($0)" } ?? "\(u.eventsReused)"])
        rows.append(["  dating units reused", "\(u.datingUnitsReused)"])
        rows.append(["  articles with linking reused", articles.map { "\(u.linksReused) of \($0)" } ?? "\(u.linksReused)"])
        rows.append(["  linking components reused", "\(u.componentsReused)"])
        rows.append(["  writing, s", String(format: "%.2f", u.writeSeconds)])
        rows.append(["  model rows deleted + inserted", "\(u.rowsWritten) of \(u.modelRows)"])
        if let peak = u.peakRSSMiB { rows.append(["  peak RSS of the update, MiB", String(format: "%.1f", peak)]) }
        return rows
    }

    /// --no-index: the same stages into an in-memory database (no reopen or change step).
    func runInMemory() throws {
        let path = try corpus.root()
        let analyzer = try common.analyzer(root: path)
        var options = IndexOptions(jobs: common.jobs)
        options.nanoseconds = { DispatchTime.now().uptimeNanoseconds }
        let t0 = DispatchTime.now()
        let (store, build) = try CorpusIndex.openInMemory(corpus: path, analyzer: analyzer, options: options)
        var r = Result()
        r.record(try store.status(), build, seconds: Self.seconds(since: t0))
        common.warn(try store.diagnostics())
        if output.json { try Output.json(r); return }
        Output.table(header: ["MEASURE", "VALUE"], rows: Self.buildRows(r, build: "analysis in memory (--no-index), s") + [
            ["words/s", String(format: "%.0f", r.wordsPerSecond)],
            ["peak RSS, MiB", String(format: "%.1f", r.peakRSSMiB)],
            ["database in memory, MiB", String(format: "%.1f", Double(r.indexBytes) / 1_048_576)],
        ])
    }

    /// Starts a new peak-RSS window (Linux: writing 5 to /proc/self/clear_refs resets VmHWM), so that
    /// an update's peak is measured apart from the full build before it.
    static func resetPeakRSS() {
        #if os(Linux)
        if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            h.write(Data("5".utf8))
            try? h.close()
        }
        #endif
    }

    /// The peak resident set since `resetPeakRSS` (VmHWM); nil where the system does not say.
    static func peakRSSSinceResetMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kb / 1024
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

/// A temporary copy of a corpus made of symbolic links, with one file copied for real so it can be
/// changed without touching the original.
struct CorpusMirror {
    let root: String
    /// The copied file inside the mirror (nil when none was asked for).
    let changed: String?

    init(corpus: String, copying file: String?) throws {
        let fm = FileManager.default
        let source = URL(fileURLWithPath: corpus).standardizedFileURL.resolvingSymlinksInPath()
        let target = URL(fileURLWithPath: file ?? corpus + "/-").standardizedFileURL.resolvingSymlinksInPath()
        let base = NSTemporaryDirectory() + "dossier-bench-corpus-\(getpid())"
        try? fm.removeItem(atPath: base)
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source.path, isDirectory: &isDir) else {
            throw DossierError.badInput(file: corpus, line: nil, message: "no such file or folder")
        }
        guard isDir.boolValue else {
            // A single-file corpus: the file itself is the one changed, so the mirror is its copy.
            guard source.path == target.path || file == nil else {
                throw ValidationError("--change \(file ?? "") is not the corpus file \(corpus)")
            }
            try fm.createDirectory(atPath: base, withIntermediateDirectories: true)
            let copy = base + "/" + source.lastPathComponent
            try fm.copyItem(atPath: source.path, toPath: copy)
            root = copy
            changed = copy
            return
        }
        // The file as named under the corpus path, links not followed: it may sit in a linked folder
        // (a corpus whose folders are links to the shared corpora).
        let named = URL(fileURLWithPath: file ?? corpus + "/-").standardizedFileURL.path
        let corpusNamed = URL(fileURLWithPath: corpus).standardizedFileURL.path
        let inside = named.hasPrefix(corpusNamed + "/") ? String(named.dropFirst(corpusNamed.count)) : nil
        guard file == nil || target.path.hasPrefix(source.path + "/") || inside != nil else {
            throw ValidationError("--change \(file ?? "") is not inside \(corpus)")
        }
        var copied: String?
        // Mirrors folder `dir` (its real path) at `base + relative`.
        func mirror(_ dir: URL, at relative: String) throws {
            guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else {
                throw DossierError.badInput(file: corpus, line: nil, message: "cannot list the folder")
            }
            for case let url as URL in walker {
                // A corpus of symbolic links (as scripts/bench makes) is mirrored by what they point to;
                // a linked folder (the enumerator does not enter it) is linked whole, unless it holds
                // the file to change: then it is mirrored entry by entry.
                let real = url.resolvingSymlinksInPath()
                let path = relative + String(url.path.dropFirst(dir.path.count))
                let out = base + path
                if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true,
                   (try? real.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                    try fm.createDirectory(atPath: (out as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    if let inside, inside.hasPrefix(path + "/") {
                        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
                        try mirror(real, at: path)
                    } else {
                        try fm.createSymbolicLink(atPath: out, withDestinationPath: real.path)
                    }
                    continue
                }
                guard (try? real.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                try fm.createDirectory(atPath: (out as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                if real.path == target.path && (inside == nil || inside == path) {
                    try fm.copyItem(atPath: real.path, toPath: out)
                    copied = out
                } else {
                    try fm.createSymbolicLink(atPath: out, withDestinationPath: real.path)
                }
            }
        }
        try mirror(source, at: "")
        if let file, copied == nil { throw ValidationError("--change \(file) is not a file of \(corpus)") }
        root = base
        changed = copied
    }

    func remove() {
        let base = NSTemporaryDirectory() + "dossier-bench-corpus-\(getpid())"
        try? FileManager.default.removeItem(atPath: base)
    }
}
