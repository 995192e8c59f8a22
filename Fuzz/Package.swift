// swift-tools-version:6.1
// libFuzzer targets for DossierKit's input-facing parsers. Kept out of the main build: run
// `scripts/fuzz [SECONDS]` from the repository root (it builds this package with the fuzzer and
// address sanitizers and runs each target for a fixed time). One executable per target; each has
// an `LLVMFuzzerTestOneInput` entry and no main (libFuzzer supplies it).
import PackageDescription
import Foundation

// A path dependency's identity is the name of its folder, which depends on where the repository was
// cloned ("dossier", "main", a worktree name), so read it rather than hard-coding it.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let targets = ["fuzz-text", "fuzz-html", "fuzz-json", "fuzz-clean", "fuzz-sentences", "fuzz-timex", "fuzz-overrides", "fuzz-query"]

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: targets.map { name in
        .executableTarget(name: name,
                          dependencies: [.product(name: "FuzzEntryPoints", package: rootFolder)],
                          path: "Sources/\(name)")
    }
)
