// Options every subcommand shares, and how a corpus path becomes a store (the index file, or an
// in-memory database built the same way); the corpus PATH argument, `--json` and the recognizer's
// options, each declared once and taken by the commands that need them with @OptionGroup.

import ArgumentParser
import DossierKit
import Foundation

struct CommonOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "No progress or warnings on stderr.")
    var quiet = false

    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index file to use. Default: one per corpus in $XDG_CACHE_HOME/dossier (~/.cache/dossier).",
        valueName: "path"))
    var indexPath: String?

    @Flag(name: .customLong("no-index"), help: "Analyse in memory; neither read nor write an index.")
    var noIndex = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Files analysed in parallel (default: every core).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The analyser with the user's override files (config folder, corpus folder), which win over
    /// automatic linking.
    func analyzer(root: String) throws -> Analyzer {
        var analyzer = Analyzer()
        analyzer.linker.overrides = try LinkOverrides.load(corpusPath: root, environment: ProcessInfo.processInfo.environment)
        return analyzer
    }

    /// The store for the corpus at `path` (bundled corpus when nil): its index, brought up to date
    /// first, or with `--no-index` (or when the index cannot be written) an in-memory database built
    /// by the same stages and read by the same code.
    /// `report` receives the corpus's warnings (skipped files); by default they go to stderr, the
    /// browser shows them in its warnings view instead.
    func openStore(_ path: String?, rebuild: Bool = false, report: (([Diagnostic]) -> Void)? = nil) throws -> SQLiteStore {
        let root = try path ?? BundledResources.corpusPath()
        let analyzer = try analyzer(root: root)
        let warn = report ?? { self.warn($0) }
        var opened: SQLiteStore?
        if !noIndex {
            do {
                opened = try openIndex(root: root, analyzer: analyzer, rebuild: rebuild).0
            } catch let error as DossierError {
                switch error {
                case .index(let p, let message):
                    note("cannot use the index \(p) (\(message)); analysing in memory instead")
                default: throw error
                }
            } catch {
                note("cannot use the index (\(error)); analysing in memory instead")
            }
        }
        let store = try opened ?? openIndex(root: root, analyzer: analyzer, rebuild: true, inMemory: true).0
        let diagnostics = try store.diagnostics()
        warn(diagnostics)
        if try store.articleCount() == 0 {
            throw DossierError.noArticles(path: root, skipped: diagnostics.filter { $0.severity != .note }.count)
        }
        return store
    }

    /// Opens or updates the index (or builds one in memory); errors that are about the index (not
    /// the corpus) come back as `DossierError.index`.
    func openIndex(root: String, analyzer: Analyzer, rebuild: Bool, readOnly: Bool = false,
                   staleWhileUpdating: Bool = true, inMemory: Bool = false) throws -> (SQLiteStore, IndexReport) {
        var options = IndexOptions(indexPath: indexPath, jobs: jobs, rebuild: rebuild)
        options.readOnly = readOnly
        options.staleWhileUpdating = staleWhileUpdating
        let quiet = self.quiet
        options.log = { message in
            if !quiet { FileHandle.standardError.write(Data("dossier: \(message.terminalSafe())\n".utf8)) }
        }
        let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        options.progress = { stage, done, total in bar.update(stage: stage, done: done, total: total) }
        defer { bar.finish() }
        do {
            if inMemory { return try CorpusIndex.openInMemory(corpus: root, analyzer: analyzer, options: options) }
            return try CorpusIndex.open(corpus: root, analyzer: analyzer, options: options)
        } catch let error as DossierError {
            throw error
        } catch {
            // SQLite errors (read-only folder, disk full, ...) are about the index, not the corpus.
            let path = inMemory ? SQLiteStore.memoryPath
                : indexPath ?? CorpusIndex.defaultPath(corpus: root, environment: ProcessInfo.processInfo.environment)
            throw DossierError.index(path: path, message: CorpusIndex.describe(error, path: path))
        }
    }

    func warn(_ diagnostics: [Diagnostic]) {
        guard !quiet else { return }
        for d in diagnostics {
            FileHandle.standardError.write(Data("dossier: \(d.description.terminalSafe())\n".utf8))
        }
    }

    func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("dossier: \(message.terminalSafe())\n".utf8))
    }
}

/// The corpus a command reads: PATH (the bundled corpus when omitted) and the shared options.
struct CorpusArguments: ParsableArguments {
    @Argument(help: "A folder or file of articles (.txt, .md, .html, .json, .jsonl). Default: the bundled corpus.")
    var path: String?

    // Titled, so that help lists a command's own options first and these, the same for every
    // command that reads a corpus, after them.
    @OptionGroup(title: "Corpus options") var common: CommonOptions

    /// The folder or file to read: PATH, or the bundled corpus.
    func root() throws -> String { try path ?? BundledResources.corpusPath() }

    func openStore(report: (([Diagnostic]) -> Void)? = nil) throws -> SQLiteStore {
        try common.openStore(path, report: report)
    }
}

/// NAME of `lookup` and `why`: one entity, found by name or alias (spelling variants included) or
/// by id.
struct EntityQuery: ParsableArguments {
    @Argument(help: "A name, part of a name, or an entity id (e12).")
    var name: String
}

/// What a command's result can print without --json: lines of text.
protocol TextReport: Encodable {
    func lines() -> [String]
}

extension LookupReport: TextReport {}
extension WhyReport: TextReport {}
extension AliasSample: TextReport {}

/// `--json` and the printing it chooses: JSON for scripts, or a table or lines for people.
struct JSONOption: ParsableArguments {
    @Flag(help: "Print JSON for scripts.")
    var json = false

    /// `value` as JSON, or what `text` prints.
    func print<T: Encodable>(_ value: T, text: () -> Void) throws {
        if json { try Output.json(value) } else { text() }
    }

    /// A report as JSON or as its lines.
    func print(_ report: some TextReport) throws {
        try print(report) { Output.write(report.lines().map { $0.terminalSafe() + "\n" }.joined()) }
    }

    /// A list as JSON or as a table of `row`s; exit status 1 when it is empty (no table for nothing).
    func list<T: Encodable>(_ items: [T], header: [String], row: (T) -> [String]) throws {
        try print(items) { if !items.isEmpty { Output.table(header: header, rows: items.map(row)) } }
        if items.isEmpty { throw NothingFound() }
    }
}

/// How the entity recognizer runs when scored or used on CoNLL files (`annotate --format conll`,
/// `eval ner`).
struct RecognizerOptions: ParsableArguments {
    @Option(help: "`conll`: the recognizer as CoNLL annotates (demonyms MISC, \"Japan 's Foreign Ministry\" split); `dossier`: Dossier's own conventions.")
    var conventions: NERConventions = .conll

    @Flag(help: "The statistical tagger alone, without the rules.")
    var taggerOnly = false

    @Option(help: "A model file from `dossier train ner` instead of the bundled one.")
    var model: String?

    func recognizer() throws -> EntityRecognizer {
        var recognizer = try model.map { EntityRecognizer(model: try NERModel(contentsOf: URL(fileURLWithPath: $0))) } ?? EntityRecognizer()
        recognizer.conventions = conventions
        recognizer.applyRules = !taggerOnly
        return recognizer
    }
}

/// "dossier: 1/6 reading and recognising [####--------] 120/2225 files 35/s ETA 0:59" on
/// stderr, redrawn in place; a stage without a count shows its name and how long it has run. Each
/// stage has its own count, rate and ETA. Only on a terminal.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    let lock = NSLock()
    var stage: AnalysisStage?
    var stageStarted = Date()
    var lastDraw = Date.distantPast
    var drawn = false
    var last = (done: 0, total: 1)
    /// Redraws a stage that reports no count (linking, dating) every half second, so its clock runs.
    var ticker: DispatchSourceTimer?

    init(enabled: Bool) {
        self.enabled = enabled
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        ticker = timer
    }

    deinit { ticker?.cancel() }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        guard let stage, stage.unit.isEmpty, last.done < last.total, drawn else { return }
        draw(stage: stage, done: last.done, total: last.total, now: Date())
    }

    func update(stage: AnalysisStage, done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let newStage = stage != self.stage
        if newStage {
            self.stage = stage
            stageStarted = now
        }
        last = (done, total)
        guard newStage || done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        draw(stage: stage, done: done, total: total, now: now)
    }

    /// Draws the line; the caller holds the lock.
    private func draw(stage: AnalysisStage, done: Int, total: Int, now: Date) {
        lastDraw = now
        let number = (AnalysisStage.allCases.firstIndex(of: stage) ?? 0) + 1
        var line = "dossier: \(number)/\(AnalysisStage.allCases.count) \(stage.rawValue)"
        let elapsed = now.timeIntervalSince(stageStarted)
        if stage.unit.isEmpty {
            line += done == total ? " done" : String(format: "…  %d:%02d", Int(elapsed) / 60, Int(elapsed) % 60)
        } else {
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
            let width = 12
            let filled = width * min(done, total) / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            line += String(format: " [%@] %d/%d %@ %.0f/s ETA %d:%02d", bar, done, total, stage.unit, rate, eta / 60, eta % 60)
        }
        // A line wider than the terminal would wrap, and "\r" would then redraw only its end.
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10, line.count >= Int(size.ws_col) {
            line = String(line.prefix(Int(size.ws_col) - 1))
        }
        FileHandle.standardError.write(Data((clearLine + line).utf8))
        drawn = true
    }

    func finish() {
        ticker?.cancel()
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data(clearLine.utf8)) }
        drawn = false
    }

    /// Back to the start of the line and erase it; a dumb terminal gets no escape sequence, only
    /// spaces over the old text.
    var clearLine: String {
        ProcessInfo.processInfo.environment["TERM"] == "dumb" ? "\r" + String(repeating: " ", count: 79) + "\r" : "\r\u{1B}[K"
    }
}
