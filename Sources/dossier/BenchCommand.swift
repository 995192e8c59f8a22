// `dossier bench ...`: throughput benchmarks of pipeline stages (each benchmark is its own subcommand file).

import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed of a pipeline stage on a corpus.",
        subcommands: [BenchNERCommand.self, BenchIndexCommand.self, BenchSearchCommand.self]
    )
}
