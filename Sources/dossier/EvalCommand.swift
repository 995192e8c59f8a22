// `dossier eval ...`: measures the recognizers against gold annotation in the formats of the field.

import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Dossier's recognizers against gold-annotated files.",
        subcommands: [EvalTimexCommand.self]
    )
}
