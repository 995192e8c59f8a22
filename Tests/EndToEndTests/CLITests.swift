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
        #expect(lines.allSatisfy { $0.split(separator: "\t").count == 4 })
    }
}
