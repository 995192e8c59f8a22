// Warnings about input that was skipped or repaired, each naming the file and what to do.

public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible {
    /// `note`: nothing was lost (a documentation file left out, bytes read as Windows-1252);
    /// `warning`: a file or record was skipped; `error`: reserved for input that stops the run.
    public enum Severity: String, Codable, Sendable { case note, warning, error }

    public var severity: Severity
    /// Path as the user gave it or relative to the corpus root.
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity = .warning, file: String, line: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(severity.rawValue): \(place): \(message)"
    }
}
