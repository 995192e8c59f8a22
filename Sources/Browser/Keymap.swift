// Keys → commands: defaults from the Command table, the bundled Resources/keymap, then the user's file.

import Foundation

/// A problem in a keymap file, located by file and line so the user can fix it.
public struct KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

public struct Keymap: Hashable, Sendable {
    public private(set) var keysByCommand: [Command: [Key]]
    private var commandByKey: [Key: Command]

    /// The Command table's own keys.
    public static let defaults = Keymap(Dictionary(uniqueKeysWithValues: Command.allCases.map { ($0, $0.defaultKeys) }))

    init(_ keys: [Command: [Key]]) {
        keysByCommand = keys
        commandByKey = [:]
        for command in Command.allCases {
            for key in keys[command] ?? [] where commandByKey[key] == nil { commandByKey[key] = command }
        }
    }

    public func command(for key: Key) -> Command? { commandByKey[key] }

    public func keys(for command: Command) -> [Key] { keysByCommand[command] ?? [] }

    /// The key a hint names for a command: its first key as the keymap has it now, or nil when the
    /// user unbound it (the hint is then left out rather than naming a key that does nothing).
    public func key(_ command: Command) -> String? { keys(for: command).first?.description }

    /// "Tab next name · Backspace back": each (command, what it does) with the command's current
    /// key; unbound commands are left out.
    public func hints(_ pairs: [(Command, String)]) -> String {
        pairs.compactMap { command, what in key(command).map { "\($0) \(what)" } }.joined(separator: " · ")
    }

    /// "↑↓ choose" while a text field takes what is typed: there a character key types itself, so
    /// the hint names the first key of `down` and of `up` that is not a character ("↑↓" for the
    /// arrows, else their names, "C-n/C-p"); empty when either command has no such key.
    public func fieldMoveHint(_ what: String) -> String {
        func first(_ command: Command) -> Key? {
            keys(for: command).first { if case .char = $0 { return false } else { return true } }
        }
        guard let down = first(.down), let up = first(.up) else { return "" }
        return (down == .down && up == .up ? "↑↓" : "\(down)/\(up)") + " " + what
    }

    /// Applies a keymap file: each line `COMMAND KEY...` replaces that command's keys (no keys unbinds
    /// it) and takes those keys away from other commands. Bad lines are skipped and reported.
    public func applying(_ text: String, file: String) -> (Keymap, [KeymapError]) {
        var keys = keysByCommand
        var errors: [KeymapError] = []
        var seenKeys: [Key: (Command, Int)] = [:]
        var seenCommands: [Command: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let name = words.first, let command = Command(name: name) else {
                let known = Command.allCases.map(\.name).joined(separator: ", ")
                errors.append(KeymapError(file: file, line: lineNo,
                                          message: "unknown command '\(words.first ?? "")'; commands are: \(known)"))
                continue
            }
            if let earlier = seenCommands[command] {
                errors.append(KeymapError(file: file, line: lineNo,
                                          message: "'\(name)' is already set on line \(earlier); keep one line per command"))
                continue
            }
            var parsed: [Key] = []
            var bad = false
            for word in words.dropFirst() {
                guard let key = Key(name: word) else {
                    errors.append(KeymapError(file: file, line: lineNo, message:
                        "unknown key '\(word)'; use a character, C-a…C-z (not C-h, C-i, C-j, C-m), F1…F24 or one of \(Key.named.map(\.0).joined(separator: ", "))"))
                    bad = true
                    break
                }
                if let sent = key.terminalSendsInstead {
                    errors.append(KeymapError(file: file, line: lineNo, message:
                        "'\(word)' cannot be told apart: terminals send \(sent) for it; bind \(sent) instead"))
                    bad = true
                    break
                }
                if let (other, otherLine) = seenKeys[key], other != command {
                    errors.append(KeymapError(file: file, line: lineNo, message:
                        "key '\(key)' is already bound to '\(other.name)' on line \(otherLine)"))
                    bad = true
                    break
                }
                if !parsed.contains(key) { parsed.append(key) }
            }
            if bad { continue }
            seenCommands[command] = lineNo
            for key in parsed {
                seenKeys[key] = (command, lineNo)
                for other in Command.allCases where other != command {
                    keys[other]?.removeAll { $0 == key }
                }
            }
            keys[command] = parsed
        }
        return (Keymap(keys), errors)
    }

    /// The bundled keymap text: every command with its default keys, grouped as in help.
    public static func generatedFile() -> String {
        var out = """
            # Dossier keymap, generated from the Command table (Sources/Browser/Command.swift).
            # Each line: COMMAND KEY... To change keys, put lines in $XDG_CONFIG_HOME/dossier/keymap
            # (default ~/.config/dossier/keymap): a line there replaces that command's keys, and a
            # command with no keys is unbound. Dossier never writes that file.
            # Key names: a character as typed (case matters), Space, Enter, Tab, S-Tab, Esc, Backspace,
            # Del, Ins, Up, Down, Left, Right, PgUp, PgDn, Home, End, F1…F24, C-a…C-z. Not C-h, C-i,
            # C-j or C-m: terminals send Backspace, Tab and Enter for them, so bind those instead.

            """
        let width = (Command.allCases.map(\.name.count).max() ?? 0) + 2
        var group: Command.Group?
        for row in Command.table {
            if row.group != group {
                group = row.group
                out += "\n# \(row.group.rawValue)\n"
            }
            let pad = String(repeating: " ", count: max(1, width - row.command.name.count))
            out += row.command.name + pad + row.keys.map(\.description).joined(separator: " ") + "\n"
        }
        return out
    }

    /// The README's key table (Markdown), generated so it cannot drift from the Command table.
    public static func markdownTable() -> String {
        var out = "| keys | command | what it does |\n|---|---|---|\n"
        for row in Command.table {
            let keys = row.keys.map { "`\($0.description == "`" ? "``" : $0.description)`" }
            out += "| \(keys.joined(separator: " ")) | \(row.command.name) | \(row.help) |\n"
        }
        return out
    }

    /// Where the user's keymap lives: `$XDG_CONFIG_HOME/dossier/keymap`, else `~/.config/dossier/keymap`.
    public static func userFilePath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return xdg + "/dossier/keymap"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/dossier/keymap"
    }

    /// Defaults, then the bundled file, then the user's file (if any). Problems come back as
    /// messages for the status line; the files are only read.
    public static func load(bundled: URL?, environment: [String: String]) -> (Keymap, [KeymapError]) {
        var map = Keymap.defaults
        var errors: [KeymapError] = []
        if let bundled, let text = try? String(contentsOf: bundled, encoding: .utf8) {
            let (m, e) = map.applying(text, file: bundled.path)
            map = m
            errors += e
        }
        if let path = userFilePath(environment: environment), FileManager.default.fileExists(atPath: path) {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                let (m, e) = map.applying(text, file: path)
                map = m
                errors += e
            } else {
                errors.append(KeymapError(file: path, line: 1, message: "cannot be read as UTF-8 text; using the default keys"))
            }
        }
        return (map, errors)
    }
}
