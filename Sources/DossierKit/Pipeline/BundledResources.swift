// Locates resources shipped with the program (bundled corpus, trained weights, keymap).
//
// SwiftPM's own accessor (`Bundle.module`) stops the program with a crash report when the resources
// are neither beside the executable as it was invoked nor in the build folder it was built in, which
// is what a user sees after copying the binary elsewhere. So the folder is looked up here, and a
// missing one is an error that says what to do.

import Foundation

public enum BundledResources {
    /// The folder SwiftPM builds for DossierKit's resources, beside the executable.
    public static let bundleName = "Dossier_DossierKit.resources"

    /// The top-level `Resources/` folder as copied into the module bundle.
    public static var root: URL? { found }

    private static let found: URL? = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        let invoked = CommandLine.arguments.first ?? ""
        for path in candidates(environment: ProcessInfo.processInfo.environment, executable: exe, invoked: invoked) {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
            let base = URL(fileURLWithPath: path)
            let nested = base.appendingPathComponent("Resources")
            return FileManager.default.fileExists(atPath: nested.path) ? nested : base
        }
        return nil
    }()

    /// Where the resource folder is looked for, in order: `$DOSSIER_RESOURCES`; beside the executable
    /// (its real path, so that a symbolic link to the built binary works); beside the executable as
    /// invoked; the build folders of the package this binary was built from (a copied binary still
    /// finds them while the clone is there).
    static func candidates(environment: [String: String], executable: String, invoked: String,
                           source: String = #filePath) -> [String] {
        var out: [String] = []
        if let explicit = environment["DOSSIER_RESOURCES"], !explicit.isEmpty { out.append(explicit) }
        for exe in [executable, invoked] where exe.contains("/") {
            out.append((exe as NSString).deletingLastPathComponent + "/" + bundleName)
        }
        // .../Sources/DossierKit/Pipeline/BundledResources.swift → the package's root.
        let package = ((((source as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        #if DEBUG
        let configurations = ["debug", "release"]
        #else
        let configurations = ["release", "debug"]
        #endif
        for c in configurations { out.append(package + "/.build/" + c + "/" + bundleName) }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    public static func url(_ relative: String) throws -> URL {
        guard let root else { throw DossierError.resourceMissing(relative) }
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw DossierError.resourceMissing(relative) }
        return url
    }

    /// The bundled sample corpus folder.
    public static func corpusPath() throws -> String { try url("corpus").path }
}
