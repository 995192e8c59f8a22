// Locates resources shipped with the program (bundled corpus, trained weights, keymap).

import Foundation

public enum BundledResources {
    /// The top-level `Resources/` folder as copied into the module bundle.
    public static var root: URL? {
        guard let base = Bundle.module.resourceURL else { return nil }
        let nested = base.appendingPathComponent("Resources")
        return FileManager.default.fileExists(atPath: nested.path) ? nested : base
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
