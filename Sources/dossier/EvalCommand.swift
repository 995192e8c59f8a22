// `dossier eval ...`: measurements against reference corpora (each measurement is its own subcommand file).

import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a pipeline stage against a reference corpus.",
        subcommands: [EvalNERCommand.self]
    )
}
