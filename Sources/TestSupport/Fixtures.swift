// Test fixtures under Tests/Fixtures, found from this file's path so tests run from any directory.

import Foundation

public enum Fixtures {
    /// `Tests/Fixtures` in the source tree.
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TestSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Tests/Fixtures")
    }

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func path(_ relative: String) -> String { url(relative).path }

    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// A folder of this test process's own in the temporary folder, removed when the process exits:
    /// for what lives as long as the tests (an index opened once for a whole suite, the HOME of the
    /// binaries the tests run), so that no test run leaves anything in /tmp.
    public static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratch) }
        return url
    }()

    /// The package root, to find the built binary and the bundled corpus.
    public static var packageRoot: URL { root.deletingLastPathComponent().deletingLastPathComponent() }
}
