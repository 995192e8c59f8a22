// Runs the built `dossier` binary with a pinned environment (UTC, C.UTF-8, no colour).

import Foundation

public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum DossierProcess {
    /// The debug binary that `swift build` produced (scripts/test builds it before the tests run).
    public static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/dossier")
    }

    public static let pinnedEnvironment: [String: String] = [
        "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
        "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
    ]

    public static func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = pinnedEnvironment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot deadlock the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
