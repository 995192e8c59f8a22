// The override file: its format, its errors, where it is read from, and that it wins.

import DossierKit
import Foundation
import Testing

@Suite struct LinkOverridesParsingTests {
    @Test func parsesEveryDirectiveWithCommentsAndBlankLines() throws {
        let text = """
            # people
            merge Tigran Avetisyan = T. Avetisyan = Avetisyants   # spellings seen in wire copy

            split Armen Melikyan / Davit Melikian
            kind Adjara = place
            kind Kestrel = org
            ignore Get the Newsletter
            """
        let o = try LinkOverrides.parse(text, file: "dossier.overrides")
        #expect(o.directives.map(\.action) == [
            .merge(["Tigran Avetisyan", "T. Avetisyan", "Avetisyants"]),
            .split(["Armen Melikyan"], ["Davit Melikian"]),
            .kind("Adjara", .place),
            .kind("Kestrel", .organization),
            .ignore("Get the Newsletter"),
        ])
        #expect(o.directives.map(\.source) == ["dossier.overrides:2", "dossier.overrides:4", "dossier.overrides:5",
                                               "dossier.overrides:6", "dossier.overrides:7"])
    }

    @Test func errorsNameFileAndLineAndSayWhatToWrite() {
        func message(_ text: String) -> String {
            do {
                _ = try LinkOverrides.parse(text, file: "x.overrides")
                return ""
            } catch {
                return String(describing: error)
            }
        }
        #expect(message("# ok\nmerg A = B").hasPrefix("x.overrides:2: `merg A = B`: unknown directive `merg`; write `merge NAME = NAME`"))
        #expect(message("merge Nino Abashidze").contains("`merge` needs two names separated by `=`"))
        #expect(message("split A / B / C").contains("x.overrides:1:"))
        #expect(message("kind Adjara = region").contains("unknown kind `region`; write person, organization or place"))
        #expect(message("merge A = ").contains("an empty name"))
        #expect(message("ignore   ").contains("`ignore` needs a name"))
    }

    @Test func readsConfigFileThenCorpusFileAndNeverWrites() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ovr-\(UUID().uuidString)")
        let corpus = tmp.appendingPathComponent("corpus"), config = tmp.appendingPathComponent("config/dossier")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "merge A = B\n".write(to: config.appendingPathComponent("overrides"), atomically: true, encoding: .utf8)
        try "split A / B\n".write(to: corpus.appendingPathComponent(".dossier-overrides"), atomically: true, encoding: .utf8)
        try "ignore C\n".write(to: corpus.appendingPathComponent("dossier.overrides"), atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        let env = ["XDG_CONFIG_HOME": tmp.appendingPathComponent("config").path, "HOME": "/nonexistent"]
        let o = try LinkOverrides.load(corpusPath: corpus.path, environment: env)
        #expect(o.directives.map(\.text) == ["merge A = B", "split A / B", "ignore C"])
        // A single file finds the overrides beside it; without XDG, ~/.config is used.
        let file = corpus.appendingPathComponent("a.txt")
        try "text".write(to: file, atomically: true, encoding: .utf8)
        #expect(try LinkOverrides.load(corpusPath: file.path, environment: ["HOME": "/nonexistent"]).directives.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() == (before + ["a.txt"]).sorted())
    }
}

@Suite struct LinkOverridesPrecedenceTests {
    let docs = [
        LinkDoc(1, "Tigran Avetisyan spoke.", [("Tigran Avetisyan", .person)]),
        LinkDoc(2, "Tigran Avetisian replied.", [("Tigran Avetisian", .person)]),
        LinkDoc(3, "Toros Avetisyants agreed. Get the Newsletter", [("Toros Avetisyants", .person), ("Get the Newsletter", .organization)]),
        LinkDoc(4, "Adjara voted.", [("Adjara", .person)]),
    ]

    @Test func automaticDecisionsWithoutOverrides() {
        let r = link(docs)
        #expect(r.entity(named: "Tigran Avetisyan")?.mentions.count == 2)
        #expect(r.entities.count == 4)
    }

    @Test func mergeJoinsWhatLinkingKeptApartAndNamesIt() throws {
        let o = try LinkOverrides.parse("merge Toros Avetisyants = Tigran Avetisian", file: "o")
        let r = link(docs, overrides: o)
        let e = try #require(r.entity(named: "Toros Avetisyants"))
        #expect(e.name == "Toros Avetisyants")
        #expect(e.mentions.count == 3)
        #expect(e.aliases.contains { $0.reason.contains("override `merge Toros Avetisyants = Tigran Avetisian` (o:1)") })
    }

    @Test func splitSeparatesWhatLinkingWouldJoin() throws {
        let o = try LinkOverrides.parse("split Tigran Avetisyan / Tigran Avetisian", file: "o")
        let r = link(docs, overrides: o)
        #expect(r.entities(mentioning: "Tigran Avetisyan").count == 1)
        #expect(r.entity(named: "Tigran Avetisyan")?.mentions.count == 1)
        #expect(r.diagnostics.contains { $0.message.contains("because of `split Tigran Avetisyan / Tigran Avetisian` (o:1)") })
    }

    @Test func splitAlsoHoldsWithinAnArticle() throws {
        let doc = LinkDoc(1, "Levan Kvirikashvili arrived. Kvirikashvili left.", [("Levan Kvirikashvili", .person), ("Kvirikashvili", .person)])
        let o = try LinkOverrides.parse("split Levan Kvirikashvili / Kvirikashvili", file: "o")
        #expect(link([doc]).entities.count == 1)
        #expect(link([doc], overrides: o).entities.count + link([doc], overrides: o).unlinked.count == 2)
    }

    @Test func kindAndIgnoreChangeTheInput() throws {
        let o = try LinkOverrides.parse("kind Adjara = place\nignore Get the Newsletter\nignore Nobody Here", file: "o")
        let r = link(docs, overrides: o)
        #expect(r.entity(named: "Adjara")?.kind == .place)
        #expect(r.entity(named: "Get the Newsletter") == nil)
        #expect(r.diagnostics.contains { $0.description == "warning: o:3: `ignore nobody here` matched no mention" })
    }

    @Test func theLaterOfMergeAndSplitWins() throws {
        let mergeThenSplit = try LinkOverrides.parse("merge Tigran Avetisyan = Toros Avetisyants\nsplit Toros Avetisyants / Tigran Avetisyan", file: "o")
        let r1 = link(docs, overrides: mergeThenSplit)
        #expect(r1.entity(named: "Toros Avetisyants")?.mentions.count == 1)
        #expect(r1.diagnostics.contains { $0.message.contains("is overridden by the later `split") })
        let splitThenMerge = try LinkOverrides.parse("split Toros Avetisyants / Tigran Avetisyan\nmerge Tigran Avetisyan = Toros Avetisyants", file: "o")
        #expect(link(docs, overrides: splitThenMerge).entity(named: "Toros Avetisyants")?.mentions.count == 3)
    }
}
