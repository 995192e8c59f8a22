// The Command table is the single source for keys: keymap parsing, the bundled keymap file and the
// README key table are checked against it.

import Browser
import Foundation
import TestSupport
import Testing

@Suite struct KeymapTests {
    @Test func everyDefaultKeyIsBoundToExactlyOneCommand() {
        var seen: [Key: Command] = [:]
        for command in Command.allCases {
            for key in command.defaultKeys {
                #expect(seen[key] == nil, "\(key) is bound to \(seen[key]?.name ?? "") and \(command.name)")
                seen[key] = command
            }
        }
    }

    @Test func keyNamesRoundTrip() {
        for command in Command.allCases {
            for key in command.defaultKeys { #expect(Key(name: key.description) == key) }
        }
        #expect(Key(name: "C-x") == .ctrl("x"))
        #expect(Key(name: "F12") == .function(12))
        #expect(Key(name: "pgdn") == .pageDown)
        #expect(Key(name: "ж") == .char("ж"))
        #expect(Key(name: "Ctrl") == nil)
    }

    @Test func userLineReplacesKeysAndTakesThemFromOtherCommands() {
        let (map, errors) = Keymap.defaults.applying("# mine\nquit x\ndown q\n", file: "user")
        #expect(errors.isEmpty)
        #expect(map.command(for: .char("x")) == .quit)
        #expect(map.command(for: .char("q")) == .down)
        #expect(map.keys(for: .down) == [.char("q")])
        #expect(map.command(for: .char("j")) == nil)
    }

    @Test func commandWithNoKeysIsUnbound() {
        let (map, errors) = Keymap.defaults.applying("help\n", file: "user")
        #expect(errors.isEmpty)
        #expect(map.command(for: .char("?")) == nil)
        #expect(map.keys(for: .help).isEmpty)
    }

    @Test func errorsNameFileAndLineAndKeepTheGoodLines() {
        let text = "quit x\n\ndwon j\nup Hyper-k\nsearch x\nquit y\n"
        let (map, errors) = Keymap.defaults.applying(text, file: "/home/u/.config/dossier/keymap")
        #expect(errors.map(\.line) == [3, 4, 5, 6])
        #expect(errors[0].description.hasPrefix("/home/u/.config/dossier/keymap:3: unknown command 'dwon'"))
        #expect(errors[1].message.contains("unknown key 'Hyper-k'"))
        #expect(errors[2].message.contains("already bound to 'quit' on line 1"))
        #expect(errors[3].message.contains("already set on line 1"))
        #expect(map.command(for: .char("x")) == .quit)
        #expect(map.command(for: .char("k")) == .up)
    }

    @Test func userFileLocationFollowsXDG() {
        #expect(Keymap.userFilePath(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"]) == "/cfg/dossier/keymap")
        #expect(Keymap.userFilePath(environment: ["HOME": "/h"]) == "/h/.config/dossier/keymap")
        #expect(Keymap.userFilePath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/dossier/keymap")
    }

    @Test func loadReadsTheUserFileWithoutWritingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-keymap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("dossier"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dossier/keymap")
        let text = "quit Q\nbogus\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (map, errors) = Keymap.load(bundled: nil, environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(map.command(for: .char("Q")) == .quit)
        #expect(errors.count == 1 && errors[0].line == 2 && errors[0].file == file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func bundledKeymapFileIsGeneratedFromTheCommandTable() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Resources/keymap")
        let generated = Keymap.generatedFile()
        if GridSnapshot.isRecording { try generated.write(to: url, atomically: true, encoding: .utf8) }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == generated, "Resources/keymap drifted from Command.swift; run DOSSIER_RECORD=1 swift test --filter KeymapTests")
        let (map, errors) = Keymap.defaults.applying(stored, file: url.path)
        #expect(errors.isEmpty)
        #expect(map == Keymap.defaults)
    }

    @Test func readmeKeyTableIsGeneratedFromTheCommandTable() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- keys:begin (generated from Sources/Browser/Command.swift) -->\n", end = "<!-- keys:end -->"
        guard let a = readme.range(of: begin), let b = readme.range(of: end, range: a.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no key table between \(begin) and \(end)")
            return
        }
        let table = Keymap.markdownTable()
        if GridSnapshot.isRecording {
            try (String(readme[..<a.upperBound]) + table + String(readme[b.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[a.upperBound..<b.lowerBound]) == table,
                "README key table drifted from Command.swift; run DOSSIER_RECORD=1 swift test --filter KeymapTests")
    }
}
