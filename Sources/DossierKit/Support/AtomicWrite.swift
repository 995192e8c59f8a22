// Replacing a file in one step, so that a reader (another dossier, a test) sees the old contents or
// the new ones, never half of them.

import Foundation

extension Data {
    /// Writes to a temporary file in `url`'s folder, then renames it over `url` (rename(2) is atomic
    /// within one file system). Foundation's own `.atomic` option is not used: on Linux it stages
    /// the file in a new `TemporaryDirectory.*` folder under $TMPDIR and never removes that folder,
    /// one leftover per write.
    public func writeAtomically(to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        // Hidden and unique, so that a corpus scan that happens to run meanwhile skips it and two
        // writers of the same file do not share a temporary.
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try write(to: temporary, options: .withoutOverwriting)
            guard rename(temporary.path, url.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

extension String {
    /// The string as UTF-8, written as `Data.writeAtomically(to:)` does.
    public func writeAtomically(to url: URL) throws {
        try Data(utf8).writeAtomically(to: url)
    }
}
