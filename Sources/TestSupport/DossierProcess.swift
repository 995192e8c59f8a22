// Runs the built `dossier` binary with a pinned environment (UTC, C.UTF-8, no colour).

import Foundation

public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// The tests cannot run the binary; the message says what to do.
public struct DossierProcessError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
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
        "PATH": "/usr/bin:/bin", "HOME": home,
    ]

    /// The HOME of every binary a test runs, so its default index cache (~/.cache/dossier): the
    /// tests' scratch folder, removed when they end. HOME was the temporary folder itself, where
    /// every run left an index per fixture path (1,000 files in /tmp/.cache/dossier).
    public static var home: String { Fixtures.scratch.path }

    /// Why the binary cannot be trusted: missing, or older than a source file (`swift test` builds
    /// the test targets, not the `dossier` executable, so an old binary would test old code).
    /// nil when it is there and newer than Package.swift and every source of the targets it is built from.
    public static let problem: String? = {
        let fm = FileManager.default
        let fix = "run `swift build --product dossier` first (scripts/test does), or set DOSSIER_BINARY"
        guard let built = (try? fm.attributesOfItem(atPath: binary.path))?[.modificationDate] as? Date else {
            return "\(binary.path) does not exist: \(fix)"
        }
        if ProcessInfo.processInfo.environment["DOSSIER_BINARY"] != nil { return nil }
        let root = Fixtures.packageRoot
        var newest: (Date, String)?
        let manifest = root.appendingPathComponent("Package.swift")
        if let d = (try? fm.attributesOfItem(atPath: manifest.path))?[.modificationDate] as? Date { newest = (d, "Package.swift") }
        // The targets the `dossier` product is built from (not TestSupport or the benchmarks).
        for target in ["dossier", "Browser", "Terminal", "DossierKit", "CNCursesW"] {
            guard let walker = fm.enumerator(at: root.appendingPathComponent("Sources/" + target),
                                             includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" || url.pathExtension == "h" {
                guard let d = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate else { continue }
                if newest.map({ d > $0.0 }) ?? true { newest = (d, url.path.replacingOccurrences(of: root.path + "/", with: "")) }
            }
        }
        if let (date, file) = newest, date > built {
            return "\(binary.path) is older than \(file): \(fix)"
        }
        return nil
    }()

    /// Throws, with what to do, when the binary is missing or stale.
    public static func requireBinary() throws {
        if let problem { throw DossierProcessError(message: problem) }
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> ProcessResult {
        try requireBinary()
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
