// Replays every input a fuzz target saved (Tests/Fixtures/fuzz-crashes/<target>/) and the committed
// corpus of each target (Tests/Fixtures/fuzz-corpus/<target>/) through the entry point that target
// runs (Sources/FuzzEntryPoints), so a crash the fuzzer found stays fixed; and runs every entry point
// over the fixture files, the same seeds scripts/fuzz starts from.

import DossierKit
import Foundation
import FuzzEntryPoints
import TestSupport
import Testing

@Suite struct FuzzRegressionTests {
    /// Every file under `folder`/<target>/ (fuzz-crashes: what crashed; fuzz-corpus: a small corpus
    /// per target of inputs that reach the parsers' edge cases).
    static func inputs(in folder: String) -> [(target: String, file: URL)] {
        let root = Fixtures.url(folder)
        let fm = FileManager.default
        guard let targets = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        var out: [(String, URL)] = []
        for t in targets.sorted() {
            let dir = root.appendingPathComponent(t)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue,
                  let files = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for f in files.sorted() where !f.hasPrefix(".") { out.append((t, dir.appendingPathComponent(f))) }
        }
        return out
    }

    static var savedInputs: [(target: String, file: URL)] { inputs(in: "fuzz-crashes") + inputs(in: "fuzz-corpus") }

    @Test func everySavedFuzzInputRunsCleanly() throws {
        for (target, file) in Self.savedInputs {
            let bytes = try [UInt8](Data(contentsOf: file))
            #expect(FuzzEntryPoints.targets.contains(target), "\(file.path): no fuzz target named \(target)")
            let failure = FuzzEntryPoints.run(target, bytes)
            #expect(failure == nil, "\(target)/\(file.lastPathComponent): \(failure ?? "")")
        }
    }

    /// The replay cannot pass by having nothing to replay: every target has its corpus.
    @Test(arguments: FuzzEntryPoints.targets)
    func everyTargetHasACommittedCorpus(target: String) {
        let corpus = Self.inputs(in: "fuzz-corpus").filter { $0.target == target }
        #expect(corpus.count >= 4, "Tests/Fixtures/fuzz-corpus/\(target) holds \(corpus.count) inputs")
    }

    /// The fixture files (not the saved inputs), cut to the fuzzers' 16 KB input limit.
    static var fixtureInputs: [(name: String, bytes: [UInt8])] {
        let root = Fixtures.url("")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [(String, [UInt8])] = []
        for case let url as URL in walker where !url.path.contains("/fuzz-crashes/") && !url.path.contains("/fuzz-corpus/") {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = try? Data(contentsOf: url) else { continue }
            out.append((url.path.replacingOccurrences(of: root.path, with: ""), Array(data.prefix(16_384))))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    @Test(arguments: FuzzEntryPoints.targets)
    func everyEntryPointHandlesTheFixtures(target: String) {
        let inputs = Self.fixtureInputs
        #expect(inputs.count > 20)
        for (name, bytes) in inputs {
            let failure = FuzzEntryPoints.run(target, bytes)
            #expect(failure == nil, "\(target) on \(name): \(failure ?? "")")
        }
    }
}
