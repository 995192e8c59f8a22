// `dossier eval ...`: measurements of the pipeline's stages against gold or reference data.

import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a pipeline stage against gold or reference data.",
        subcommands: [EvalExtractCommand.self, EvalNERCommand.self, EvalLinkCommand.self, EvalTimexCommand.self, EvalTimelineCommand.self,
                      EvalAliasesCommand.self]
    )
}
