// `dossier eval ...`: measurements of the pipeline's stages against gold data.

import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a pipeline stage against gold data.",
        subcommands: [EvalLinkCommand.self]
    )
}
