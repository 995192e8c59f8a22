// The model layer's one error type: each case says what went wrong, where, and what to do.

public enum DossierError: Error, Sendable, CustomStringConvertible, Equatable {
    case pathNotFound(String)
    case unreadable(path: String, reason: String)
    case noArticles(path: String, skipped: Int)
    case badInput(file: String, line: Int?, message: String)
    case index(path: String, message: String)
    case resourceMissing(String)

    public var description: String {
        switch self {
        case .pathNotFound(let p):
            return "\(p): no such file or folder. Check the path, or run `dossier` with no argument for the bundled corpus."
        case .unreadable(let p, let reason):
            return "\(p): cannot be read (\(reason)). Check its permissions."
        case .noArticles(let p, let skipped):
            let tail = skipped > 0 ? " (\(skipped) file(s) skipped, see the warnings above)" : ""
            return "\(p): no articles found\(tail). Dossier reads .txt, .md, .html/.htm, .json and .jsonl files."
        case .badInput(let f, let line, let message):
            return "\(line.map { "\(f):\($0)" } ?? f): \(message)"
        case .index(let p, let message):
            return "index \(p): \(message)"
        case .resourceMissing(let name):
            return "the bundled resource \(name) is missing: keep the \(BundledResources.bundleName) folder of the build "
                + "beside the dossier binary, or set DOSSIER_RESOURCES to that folder."
        }
    }
}
