// Runs the built `dossier` binary as a user would and checks output and exit status.

import Foundation
import TestSupport
import Testing

@Suite struct CLITests {
    @Test func missingPathIsAnInputError() throws {
        let result = try DossierProcess.run(["articles", "/nonexistent/dossier-test-path"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder"))
    }

    @Test func articlesListsAFixtureFolderInPipes() throws {
        let result = try DossierProcess.run(["articles", Fixtures.path("basic")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
    }
}

@Suite struct EntityCLITests {
    /// A corpus folder with one article and the given override file.
    func corpus(overrides: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "Harbor Board Meets\n\nThe board met on Tuesday.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try overrides.write(to: dir.appendingPathComponent("dossier.overrides"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func badOverrideFileIsAnInputErrorWithFileAndLine() throws {
        let dir = try corpus(overrides: "# fine\nmerge Harbor Board\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try DossierProcess.run(["entities", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("dossier.overrides:2: `merge Harbor Board`: `merge` needs two names separated by `=`"))
    }

    @Test func lookupAndWhyExitOneWhenNothingMatches() throws {
        let dir = try corpus(overrides: "ignore Nobody\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try DossierProcess.run(["lookup", "Zzyzx Qwerty", dir.path]).status == 1)
        #expect(try DossierProcess.run(["why", "Zzyzx Qwerty", dir.path, "--json"]).status == 1)
    }

    @Test func evalLinkNeedsGoldFiles() throws {
        let dir = try corpus(overrides: "")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try DossierProcess.run(["eval", "link", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no gold NAM mentions"))
    }
}
