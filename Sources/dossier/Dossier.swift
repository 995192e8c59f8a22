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
        version: Dossier.version,
        subcommands: [
            BrowseCommand.self, ArticlesCommand.self, ShowCommand.self, SearchCommand.self, ExportCommand.self,
            EntitiesCommand.self, LookupCommand.self, WhyCommand.self, TimelineCommand.self, MentionsCommand.self,
            IndexCommand.self, EvalCommand.self, AnnotateCommand.self,
            TrainCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// `dossier --version`; bumped with releases.
    static let version = "dossier 0.9.0 (index schema \(IndexSchema.schemaVersion), analysis \(IndexSchema.analysisVersion))"
}

/// Raised by a subcommand whose query found nothing: exit status 1, with the message (if any) on
/// stderr ("no article matches …"), so an empty answer is never silent.
struct NothingFound: Error {
    var message: String?
    init(_ message: String? = nil) { self.message = message }
}

@main
enum DossierMain {
    static func main() {
        FreedMemory.preferMappedLargeBlocks()
        do {
            var command = try Dossier.parseAsRoot()
            try command.run()
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.description.terminalSafe())\n".utf8))
            exit(2)
        } catch let nothing as NothingFound {
            if let message = nothing.message {
                FileHandle.standardError.write(Data("dossier: \(message.terminalSafe())\n".utf8))
            }
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
