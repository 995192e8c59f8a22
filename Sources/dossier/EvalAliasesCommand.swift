// `dossier eval aliases [PATH]`: a seeded random sample of alias links to judge linking precision by reading.

import ArgumentParser
import DossierKit
import Foundation

struct EvalAliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "Print a seeded random sample of alias links with their reasons and contexts, to judge by reading.",
        discussion: """
            Draws N links (an entity and one of its other names) at random from the people and organizations \
            of the corpus (--kind to choose), with the rule that joined each and a sentence around the alias \
            and around the entity's own name. The same seed on the same corpus gives the same sample.

            Example: dossier eval aliases /tmp/corpus --sample 100 --seed 15
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "How many alias links to draw.")
    var sample = 100

    @Option(help: "Random seed.")
    var seed: UInt64 = 15

    @Option(help: "Entity kinds to draw from (repeatable). Default: person and organization.")
    var kind: [EntityKind] = []

    @OptionGroup var output: JSONOption

    func validate() throws {
        if sample < 1 { throw ValidationError("--sample must be at least 1") }
    }

    func run() throws {
        let store = try corpus.openStore()
        let kinds = Set(kind.isEmpty ? [.person, .organization] : kind)
        let drawn = try AliasSample.draw(store: store, kinds: kinds, count: sample, seed: seed)
        try output.print(drawn)
    }
}
