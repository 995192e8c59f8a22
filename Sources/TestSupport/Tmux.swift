// Drives a real terminal for end-to-end tests: a private tmux server, a shell in a pane, keys in,
// the captured screen out.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum TmuxError: Error, CustomStringConvertible {
    case failed(String)
    case timeout(waitingFor: String, screen: String)

    public var description: String {
        switch self {
        case .failed(let m): return m
        case .timeout(let what, let screen): return "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

public final class TmuxSession {
    public let socket: String
    public let home: URL
    private let config: URL

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `/bin/sh` in a detached pane of exactly `cols`x`rows`, with LANG and LC_* unset (as
    /// over SSH), a private HOME and a plain prompt. `extraEnvironment` is set in the shell.
    public init(cols: Int = 80, rows: Int = 24, term: String = "tmux-256color", extraEnvironment: [String: String] = [:]) throws {
        socket = "dossier-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        config = home.appendingPathComponent("tmux.conf")
        let chosenTerm = TmuxSession.hasTerminfo(term) ? term : "screen"
        try """
            set -g status off
            set -g default-terminal "\(chosenTerm)"
            set -g escape-time 10
            set -g history-limit 0
            """.write(to: config, atomically: true, encoding: .utf8)
        var env = ["HOME": home.path, "PS1": "$ ", "TZ": "UTC", "PATH": "/usr/bin:/bin"]
        env.merge(extraEnvironment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let shell = "env -u LANG -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE -u XDG_CONFIG_HOME -u NO_COLOR \(assignments) /bin/sh"
        try tmux(["-f", config.path, "new-session", "-d", "-x", String(cols), "-y", String(rows), shell])
        _ = try waitFor("the shell prompt") { $0.contains("$") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
        // The server may exit before unlinking its socket; leave no files behind.
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(dir)/tmux-\(getuid())/\(socket)")
    }

    static func hasTerminfo(_ term: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/infocmp")
        p.arguments = [term]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux client command and returns its standard output. Spawned directly (not with
    /// Foundation's Process, whose exit monitoring can miss the client when it forks the tmux
    /// server) with output to a file, so a daemon that inherits descriptors cannot block us.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outFile = home.appendingPathComponent("out-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: outFile) }
        let argv = ["/usr/bin/env", "-u", "TMUX", "LC_ALL=C.UTF-8", "tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, outFile.path + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { try? FileManager.default.removeItem(atPath: outFile.path + ".err") }
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        // Test threads block most signals and a spawned process inherits that mask: the tmux
        // server (and every shell and browser under it) would then ignore SIGTERM and SIGHUP.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/usr/bin/env", &actions, &attr, &cArgs, environ)
        guard rc == 0 else { throw TmuxError.failed("cannot start tmux: error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
        let exited = (status & 0x7F) == 0, code = (status >> 8) & 0xFF
        guard exited && code == 0 else {
            let err = (try? String(contentsOfFile: outFile.path + ".err", encoding: .utf8)) ?? ""
            throw TmuxError.failed("tmux \(arguments.joined(separator: " ")): status \(code): \(err)")
        }
        return output
    }

    /// Types a line into the shell and presses Enter.
    public func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", socketTarget, "-l", commandLine])
        try tmux(["send-keys", "-t", socketTarget, "Enter"])
    }

    /// Sends tmux key names ("Enter", "Tab", "BTab", "BSpace", "Escape", "C-c", "j").
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", socketTarget] + keys)
    }

    /// Sends text literally, character by character as typed.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", socketTarget, "-l", text])
    }

    public func resize(cols: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", socketTarget, "-x", String(cols), "-y", String(rows)])
    }

    /// The pane's text, one line per row.
    public func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-t", socketTarget, "-p"] + (escapes ? ["-e"] : []))
    }

    /// Copies everything the pane's program writes to its terminal, byte for byte, to `file` (tmux
    /// pipe-pane): the raw output, escape sequences and all, before tmux interprets it.
    public func recordOutput(to file: String) throws {
        try tmux(["pipe-pane", "-t", socketTarget, "-o", "cat >> " + TmuxSession.quote(file)])
    }

    /// Ends the tmux server: every pane's terminal closes, as when an SSH connection drops, so the
    /// programs in them get SIGHUP.
    public func killServer() throws {
        try tmux(["kill-server"])
    }

    /// The pid of the pane's foreground process tree root (the shell).
    public func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-t", socketTarget, "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    private var socketTarget: String { "0" }

    /// Polls the screen until `done` holds; throws with the last screen after `timeout` seconds.
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 15, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if done(screen) { return screen }
            usleep(30_000)
        }
        throw TmuxError.timeout(waitingFor: what, screen: screen)
    }

    /// The last non-empty line of the screen (the browser's status line while it runs).
    public static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }
}
