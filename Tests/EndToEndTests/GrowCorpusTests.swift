// scripts/grow-corpus, which makes the large benchmark corpora: the same sources give byte-identical
// copies, copy 0 is the sources, later copies rename people (and only people), and the pipeline
// then finds the copies' people as different people while places still meet.

import Foundation
import TestSupport
import Testing

@Suite struct GrowCorpusTests {
    static var script: URL { Fixtures.packageRoot.appendingPathComponent("scripts/grow-corpus") }
    static var fixture: String { Fixtures.path("grow") }

    /// Runs the script (python3 from PATH, as a user would) and returns its exit status and stderr.
    func grow(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = Self.script
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "UTC"
        env["LC_ALL"] = "C.UTF-8"
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-grow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every file under a folder, by relative path.
    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.resolvingSymlinksInPath().path + "/"
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            out[url.resolvingSymlinksInPath().path.replacingOccurrences(of: base, with: "")] = try Data(contentsOf: url)
        }
        return out
    }

    func text(_ dir: URL, _ relative: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test func sameSourcesGiveByteIdenticalCopiesAndCopyZeroIsTheSource() throws {
        let a = try scratch(), b = try scratch()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(try grow(["-n", "3", a.path, Self.fixture]).status == 0)
        #expect(try grow(["-n", "3", b.path, Self.fixture]).status == 0)
        let first = try files(a), second = try files(b)
        #expect(first.count == 15, "3 copies of 5 files: \(first.keys.sorted())")
        #expect(first == second)
        let source = try files(URL(fileURLWithPath: Self.fixture))
        for (path, data) in source {
            #expect(first["copy-00/grow/" + path] == data, "copy 0 of \(path) is the source")
            // Not articles: copied as they are in every copy.
            if path == "SOURCE.md" || path == "notes.tsv" {
                #expect(first["copy-02/grow/" + path] == data)
            }
        }
        // --first makes the later copies alone, the same bytes as in a full run.
        let spare = try scratch()
        defer { try? FileManager.default.removeItem(at: spare) }
        #expect(try grow(["--first", "2", "-n", "1", spare.path, Self.fixture]).status == 0)
        let two = try files(spare)
        #expect(two.keys.sorted() == first.keys.filter { $0.hasPrefix("copy-02/") }.sorted())
        for (path, data) in two { #expect(first[path] == data, "\(path)") }
    }

    @Test func peopleAreRenamedPerCopyAndEverythingElseKept() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try grow(["-n", "3", out.path, Self.fixture]).status == 0)
        let council0 = try text(out, "copy-00/grow/stories/council.txt")
        let council1 = try text(out, "copy-01/grow/stories/council.txt")
        let council2 = try text(out, "copy-02/grow/stories/council.txt")
        // "Mayor Lena Ostrova": renamed, the same way in every mention of the copy ("Ms Ostrova").
        #expect(council1.contains("Mayor Mire Usbluve said") && council1.contains("Ms Usbluve said"))
        #expect(council2.contains("Ms Asdmavi said"))
        #expect(!council1.contains("Ostrova") && !council2.contains("Ostrova"))
        // A person named in another file of the copy gets the same new name there.
        #expect(council1.contains("Puwemczyp") && council2.contains("Tawinczyt"))
        // Places, a bank, dates, titles and paragraphs stay: "Torvik" is always after "in"/"of".
        for copy in [council1, council2] {
            #expect(copy.contains("The council in Torvik approved the harbour budget on Tuesday"))
            #expect(copy.contains("the Bank of Torvik would lend the money. \"The bank has been patient,\""))
            #expect(copy.components(separatedBy: "\n").count == council0.components(separatedBy: "\n").count)
            #expect(copy.split(whereSeparator: \.isWhitespace).count == council0.split(whereSeparator: \.isWhitespace).count)
        }
        // JSON Lines: one record a line, ids, dates, URLs and sources kept, names in text and title
        // (also in capitals) renamed.
        let lines0 = try text(out, "copy-00/grow/wire.jsonl").split(separator: "\n")
        let lines1 = try text(out, "copy-01/grow/wire.jsonl").split(separator: "\n")
        #expect(lines0.count == 2 && lines1.count == 2)
        for (l0, l1) in zip(lines0, lines1) {
            let r0 = try #require(try JSONSerialization.jsonObject(with: Data(l0.utf8)) as? [String: String])
            let r1 = try #require(try JSONSerialization.jsonObject(with: Data(l1.utf8)) as? [String: String])
            #expect(r0.keys.sorted() == r1.keys.sorted())
            for key in ["id", "date", "url", "source", "dateline"] { #expect(r0[key] == r1[key], "\(key)") }
            #expect(r0["text"] != r1["text"])
        }
        #expect(lines1[1].contains("\"title\": \"VIMGI SAYS HE WILL STAY IN TORVIK\""))
        #expect(lines1[0].contains("President Erbur Vimgi"))
    }

    @Test func thePipelineSeesEachCopysPeopleApartAndItsPlacesTogether() throws {
        try DossierProcess.requireBinary()
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try grow(["-n", "3", out.path, Self.fixture]).status == 0)
        func names(_ path: String, _ kind: String) throws -> Set<String> {
            let r = try DossierProcess.run(["entities", "--kind", kind, "--json", path, "--no-index"])
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            return Set(rows.compactMap { $0["name"] as? String })
        }
        let people0 = try names(out.appendingPathComponent("copy-00").path, "person")
        let people = try names(out.path, "person")
        #expect(people0.contains("Marta Kowalczyk") && people0.contains("Lena Ostrova"), "\(people0.sorted())")
        // Three copies, three times the people: none of one copy joined one of another.
        #expect(people.count == 3 * people0.count, "\(people.sorted())")
        #expect(people.contains("Rimdi Tawinczyt"))
        let places0 = try names(out.appendingPathComponent("copy-00").path, "place")
        #expect(places0.contains("Torvik"))
        #expect(try names(out.path, "place") == places0)
    }
}
