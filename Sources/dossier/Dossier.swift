// The `dossier` command: opens the browser, or runs a subcommand; one place turns errors into messages.

import ArgumentParser
import DossierKit
import Foundation

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Browse a folder of news articles: people, organizations, places and a timeline.",
        discussion: """
            `dossier` opens the browser on the bundled sample corpus, `dossier PATH` on a folder or file.
            Exit status: 0 found, 1 nothing found, 2 usage or input error.
            """,
        subcommands: [
            BrowseCommand.self, ArticlesCommand.self, ShowCommand.self, SearchCommand.self, ExportCommand.self,
            EntitiesCommand.self, LookupCommand.self, WhyCommand.self, TimelineCommand.self, MentionsCommand.self,
            IndexCommand.self, EvalCommand.self, AnnotateCommand.self,
            TrainCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}

/// Raised by a subcommand whose query found nothing: exit status 1 without an error message.
struct NothingFound: Error {}

@main
enum DossierMain {
    static func main() {
        do {
            var command = try Dossier.parseAsRoot()
            try command.run()
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            exit(2)
        } catch is NothingFound {
            exit(1)
        } catch {
            let code = Dossier.exitCode(for: error)
            if code == .success { Dossier.exit(withError: error) }
            if error is ExitCode { exit(code.rawValue) }
            FileHandle.standardError.write(Data((Dossier.fullMessage(for: error).terminalSafe(keepNewlines: true) + "\n").utf8))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
