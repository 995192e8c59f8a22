// A dropped connection (the terminal closes under the browser) ends the process, and no command or
// browser session ever rewrites the user's override files.

import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct HangupAndOverridesTests {
    static func corpusCopy(_ tag: String) throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("dossier-\(tag)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Fixtures.path("e2e")) {
            try fm.copyItem(at: Fixtures.url("e2e/\(name)"), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    /// Pids of processes whose command line contains `marker` (ours only: the marker is a fresh temp path).
    static func processes(containing marker: String) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var out: [Int32] = []
        for e in entries {
            guard let pid = Int32(e), pid != getpid(),
                  let cmd = FileManager.default.contents(atPath: "/proc/\(e)/cmdline") else { continue }
            if String(decoding: cmd, as: UTF8.self).contains(marker) { out.append(pid) }
        }
        return out
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func droppedTerminalEndsTheBrowserWhileIdle() throws {
        let dir = try Self.corpusCopy("hangup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(cols: 80, rows: 24)
        try tmux.run("\(DossierProcess.binary.path) \(dir.path)")
        _ = try tmux.waitFor("the article list") { $0.contains("Articles 3") }
        // Idle in getch, then the terminal goes away (what a dropped SSH link does to the pty).
        usleep(300_000)
        #expect(Self.processes(containing: dir.path).count == 1)
        try tmux.killServer()
        var left = Self.processes(containing: dir.path)
        let deadline = Date().addingTimeInterval(5)
        while !left.isEmpty && Date() < deadline {
            usleep(50_000)
            left = Self.processes(containing: dir.path)
        }
        #expect(left.isEmpty, "dossier still running after its terminal closed: pids \(left)")
        for pid in left { kill(pid, SIGKILL) }
    }

    struct FileState: Equatable {
        var bytes: Data
        var mtime: timespec
        static func == (a: FileState, b: FileState) -> Bool {
            a.bytes == b.bytes && a.mtime.tv_sec == b.mtime.tv_sec && a.mtime.tv_nsec == b.mtime.tv_nsec
        }
        init(_ path: String) throws {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            var st = stat()
            stat(path, &st)
            mtime = st.st_mtim
        }
    }

    @Test func overrideFilesAreNeverRewritten() throws {
        let dir = try Self.corpusCopy("overrides")
        defer { try? FileManager.default.removeItem(at: dir) }
        let home = dir.appendingPathComponent("home")
        let config = home.appendingPathComponent(".config/dossier")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let corpusFile = dir.appendingPathComponent(".dossier-overrides").path
        let corpusFile2 = dir.appendingPathComponent("dossier.overrides").path
        let userFile = config.appendingPathComponent("overrides").path
        try Data("# mine, hand-written\nkind Harbor Board = organization\n\nignore Nobody At All  \n".utf8)
            .write(to: URL(fileURLWithPath: corpusFile))
        try Data("merge Lena Avetisyan = L. Avetisyan\r\n".utf8).write(to: URL(fileURLWithPath: corpusFile2))
        try Data("split Lena Avetisyan / Lena Avetis\n".utf8).write(to: URL(fileURLWithPath: userFile))
        // An old, exact mtime: a rewrite within the same second would still show.
        var times = [timespec(tv_sec: 1_600_000_000, tv_nsec: 123_456_789), timespec(tv_sec: 1_600_000_000, tv_nsec: 123_456_789)]
        for f in [corpusFile, corpusFile2, userFile] { #expect(utimensat(AT_FDCWD, f, &times, 0) == 0) }
        let before = try [corpusFile, corpusFile2, userFile].map(FileState.init)

        let p = dir.path
        let env = ["HOME": home.path]
        for args in [["articles", p], ["entities", p], ["lookup", "Avetisyan", p], ["why", "Avetisyan", p],
                     ["timeline", p], ["mentions", p], ["export", "--json", p], ["annotate", "--format", "jsonl", p],
                     ["browse", p], ["articles", p + "/01-dredging.txt"]] {
            let r = try DossierProcess.run(args, environment: env)
            #expect(r.status == 0 || r.status == 1, "dossier \(args.joined(separator: " ")): \(r.stderr)")
        }
        if TmuxSession.isAvailable {
            let tmux = try TmuxSession(cols: 80, rows: 24, extraEnvironment: ["HOME": home.path])
            try tmux.run("\(DossierProcess.binary.path) \(p)")
            _ = try tmux.waitFor("the article list") { $0.contains("Articles 3") }
            try tmux.press("Enter")
            usleep(300_000)
            try tmux.press("e")
            usleep(300_000)
            try tmux.press("Q")
            _ = try tmux.waitFor("the shell prompt") { TmuxSession.statusLine($0).trimmingCharacters(in: .whitespaces) == "$" }
        }
        let after = try [corpusFile, corpusFile2, userFile].map(FileState.init)
        #expect(after == before)
    }
}
