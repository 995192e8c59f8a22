// Bad input through the real binary: each case gives a clear message and a sensible exit status.

import Foundation
import TestSupport
import Testing

@Suite struct BadInputTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func emptyFolderIsNoArticlesExit2() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try DossierProcess.run(["articles", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no articles found"))
    }

    @Test func binaryAndInvalidUTF8() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: dir.appendingPathComponent("blob.txt"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x52, 0x75, 0x6C, 0x65, 0x73, 0x0A, 0x0A] + Array("Owners met on Monday.\n".utf8))
            .write(to: dir.appendingPathComponent("latin.txt"))
        let r = try DossierProcess.run(["articles", dir.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: blob.txt: binary data"))
        #expect(r.stderr.contains("note: latin.txt: not valid UTF-8: 1 byte(s) read as Windows-1252"))
        #expect(r.stdout.contains("Café Rules"))
        let quiet = try DossierProcess.run(["articles", "--quiet", dir.path])
        #expect(quiet.stderr.isEmpty)
    }

    @Test func onlyBadFilesIsExit2WithTheCount() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E]).write(to: dir.appendingPathComponent("report.txt"))
        let r = try DossierProcess.run(["export", "--json", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("report.txt: a PDF file, not text; skipped"))
        #expect(r.stderr.contains("no articles found (1 file(s) skipped"))
    }
}
