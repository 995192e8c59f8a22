// `dossier [browse] [PATH]`: the interactive browser; a plain summary when stdout is not a terminal.

import ArgumentParser
import Browser
import DossierKit
import Foundation
import Terminal

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a folder or file (the default command).",
        discussion: """
            Keys: ? shows them all. Change them in $XDG_CONFIG_HOME/dossier/keymap \
            (default ~/.config/dossier/keymap); see the README. When standard output is not a \
            terminal, prints a summary and the article list instead.
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @Flag(name: .customLong("no-color"), help: "No colours (also off when NO_COLOR is set or TERM=dumb).")
    var noColor = false

    // Internal, for scripts/bench-startup: draw the first screen, restore the terminal and exit.
    @Flag(name: .customLong("exit-after-first-frame"), help: .hidden)
    var exitAfterFirstFrame = false

    func run() throws {
        // On a terminal the screen would cover warnings printed now: the browser counts them on
        // its status line and lists them (W), and they are printed again after it closes.
        var diagnostics: [Diagnostic] = []
        let store = try corpus.openStore(report: Output.isTerminal ? { diagnostics += $0 } : nil)
        guard Output.isTerminal else {
            try printSummary(store)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let (keymap, problems) = Keymap.load(bundled: try? BundledResources.url("keymap"), environment: environment)
        let warnings = diagnostics.filter { $0.severity != .note }
        let browser = Browser(store: store, keymap: keymap, keymapNotes: problems.map { $0.description.terminalSafe() },
                              warnings: warnings.map { $0.description.terminalSafe() })
        defer { corpus.common.warn(diagnostics) }
        let name = corpus.path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "bundled sample"
        let options = TerminalOptions(colors: TerminalOptions.wantsColor(flag: noColor, environment: environment),
                                      exitAfterFirstFrame: exitAfterFirstFrame)
        do {
            // The real size arrives with the first resize from the terminal.
            let state = try browser.start(size: Size(rows: 24, cols: 80), corpusName: name.terminalSafe())
            try TerminalApp.run(browser, state: state, options: options)
        } catch let error as TerminalError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            try printSummary(store)
            return
        }
        for problem in problems {
            FileHandle.standardError.write(Data("dossier: keymap: \(problem.description.terminalSafe())\n".utf8))
        }
    }

    private func printSummary(_ store: any CorpusStore) throws {
        let articles = try store.articleSummaries()
        let entities = try store.entitySummaries(kind: nil)
        let events = try store.timeline(TimelineQuery(includeUndated: true, all: true))
        let key = events.filter { TimelineQuery().admits($0.event) }.count
        Output.write("\(articles.count) articles, \(entities.count) entities, \(events.count) events (\(key) key events)\n")
        Output.table(header: ["ID", "DATE", "TITLE"], rows: articles.map {
            [$0.id.description, $0.date?.shown ?? "-", $0.displayTitle]
        })
    }
}
