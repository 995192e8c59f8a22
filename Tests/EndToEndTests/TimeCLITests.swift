// The time commands as a user runs them: annotate --format timeml, eval timex, timeline; determinism.

import Foundation
import TestSupport
import Testing

/// Tag-stripped, entity-decoded content of <TEXT>, by a regular expression (independent of Dossier).
private func strippedText(_ tml: String) -> String? {
    guard let a = tml.range(of: #"<TEXT(\s[^>]*)?>"#, options: .regularExpression), let b = tml.range(of: "</TEXT>") else { return nil }
    var body = String(tml[a.upperBound..<b.lowerBound])
    body = body.replacingOccurrences(of: #"<!\[CDATA\[(.*?)\]\]>"#, with: "$1", options: .regularExpression)
    body = body.replacingOccurrences(of: #"<!--.*?-->|<[^>]*>"#, with: "", options: .regularExpression)
    return body.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
}

@Suite struct TimeCLITests {
    @Test func annotateWritesTimeMLWithTheSameText() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-annotate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try DossierProcess.run(["annotate", "--format", "timeml", Fixtures.path("timeml"), out.path])
        #expect(r.status == 0)
        for name in ["council.tml", "quarter.tml", "storm.tml"] {
            let input = try Fixtures.text("timeml/\(name)")
            let output = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(strippedText(output) == strippedText(input), "\(name)")
            #expect(output.contains("<TIMEX3 tid=\"t1\""))
        }
    }

    /// The same check on every file of a TimeML corpus of the user's, named by DOSSIER_TIMEML_CORPUS
    /// (e.g. a TempEval-3 folder); tests never look for one on their own.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_TIMEML_CORPUS"] != nil,
                   "set DOSSIER_TIMEML_CORPUS to a folder of .tml files"))
    func annotateKeepsTheTextOfEveryFileOfAGivenTimeMLCorpus() throws {
        let input = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DOSSIER_TIMEML_CORPUS"] ?? "")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-annotate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try DossierProcess.run(["annotate", "--format", "timeml", input.path, out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: input.path).filter { $0.hasSuffix(".tml") }.sorted()
        #expect(!names.isEmpty)
        var compared = 0
        for name in names {
            let source = try String(contentsOf: input.appendingPathComponent(name), encoding: .utf8)
            guard let written = try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) else {
                #expect(r.stderr.contains(name), "\(name) was neither written nor reported")
                continue
            }
            #expect(strippedText(written) == strippedText(source), "\(name)")
            compared += 1
        }
        print("annotate --format timeml kept the text of \(compared) of \(names.count) files in \(input.path)")
    }

    @Test func annotateReportsBadFilesAndWritesTheOthers() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-annotate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try DossierProcess.run(["annotate", "--format", "timeml", Fixtures.path("timeml-bad"), out.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("broken.tml:5:"))
        #expect(r.stderr.contains("nodct.tml: no document creation time"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good.tml").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("broken.tml").path))
    }

    @Test func aFolderIsNotACoNLLFile() throws {
        let r = try DossierProcess.run(["annotate", "--format", "conll", Fixtures.path("timeml")])
        #expect(r.status == 2)
        #expect(r.stderr.contains("timeml"))
    }

    @Test func evalTimexPrintsOneTable() throws {
        let r = try DossierProcess.run(["eval", "timex", Fixtures.path("timeml")])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "files 3 (skipped 0), gold timexes 12, system timexes 15")
        #expect(lines.contains("value\t0.7333\t0.9167\t0.8148\t0.9167\t11"))
        #expect(lines.contains { $0.hasPrefix("strict extent\t") } && lines.contains { $0.hasPrefix("relaxed extent\t") })
        let json = try DossierProcess.run(["eval", "timex", "--json", Fixtures.path("timeml")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["scores"] != nil)
    }

    @Test func evalTimelineWritesTheTaskFilesAndScoresThem() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-evaltl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try DossierProcess.run(["eval", "timeline", Fixtures.path("semeval-timeline"), "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("corpus_1\t") })
        // corpus, documents, targets, gold items
        #expect(row.split(separator: "\t").prefix(4) == ["corpus_1", "2", "2", "9"])
        for (name, entity) in [("norvik_ferries.txt", "Norvik Ferries"), ("marta_holmqvist.txt", "Marta Holmqvist")] {
            let text = try String(contentsOf: out.appendingPathComponent("corpus_1/\(name)"), encoding: .utf8)
            let lines = text.split(separator: "\n")
            #expect(lines.first.map(String.init) == entity)
            for line in lines.dropFirst() {
                let f = line.split(separator: "\t")
                #expect(f.count >= 3 && Int(f[0]) != nil)
                #expect(f[1].range(of: #"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$"#, options: .regularExpression) != nil)
            }
        }
        let json = try DossierProcess.run(["eval", "timeline", "--json", Fixtures.path("semeval-timeline/corpus_1")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 1 && (rows[0]["counts"] as? [String: Any])?["gold"] as? Int == 9)
        let bad = try DossierProcess.run(["eval", "timeline", Fixtures.path("timeml")])
        #expect(bad.status != 0 && bad.stderr.contains("corpus_trackA_TimeML"))
    }

    @Test func timelineOrdersTheFixtureCorpus() throws {
        let r = try DossierProcess.run(["timeline", "--all", Fixtures.path("timeline")])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0.first ?? "" } == ["2022-03-01", "2022-03-08", "2022-03-11", "2022-W11", "2022-04"])
        // speech about what is to come is a statement; the happenings are events
        #expect(rows.map { $0.count > 1 ? $0[1] : "" } == ["event", "event", "event", "statement", "statement"])
        #expect(try DossierProcess.run(["timeline", "--kind", "statement", Fixtures.path("timeline")]).stdout.split(separator: "\n").count == 2)
        // three small unrelated stories have no key event: the default view says where the others are
        let key = try DossierProcess.run(["timeline", Fixtures.path("timeline")])
        #expect(key.status == 1)
        #expect(key.stderr.contains("no key events; --all lists 5"))
        let ranged = try DossierProcess.run(["timeline", "--all", "--from", "2022-03-09", "--to", "2022-03-31", Fixtures.path("timeline")])
        #expect(ranged.stdout.split(separator: "\n").count == 2)
        let json = try DossierProcess.run(["timeline", "--all", "--json", Fixtures.path("timeline")])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 5)
        #expect((items[1]["date"] as? [String: Any])?["expression"] as? String == "Tuesday")
    }

    @Test func timelineCountsAStorysVersionsAsOneSource() throws {
        let dir = try VersionFixtures.writeFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try DossierProcess.run(["timeline", "--all", "--json", dir.path, "--no-index"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        // the port's closing is reported by the story, its refile and another publisher's copy
        let closed = try #require(items.first { ($0["trigger"] as? String) == "closed" })
        let sources = try #require(closed["sources"] as? [[String: Any]])
        let versions = sources.flatMap { ($0["versions"] as? [[String: Any]]) ?? [] }
        #expect(!versions.isEmpty)
        #expect(Set(sources.compactMap { $0["article"] as? String }).isDisjoint(with: versions.compactMap { $0["article"] as? String }))
        // the text lists the other versions in brackets, and --min-sources counts stories
        let text = try DossierProcess.run(["timeline", "--all", dir.path, "--no-index"])
        #expect(text.stdout.contains("[versions "))
        let many = try DossierProcess.run(["timeline", "--all", "--json", "--min-sources", "\(sources.count + 1)", dir.path, "--no-index"])
        let more = (try? JSONSerialization.jsonObject(with: Data(many.stdout.utf8)) as? [[String: Any]]) ?? []
        #expect(!more.contains { ($0["trigger"] as? String) == "closed" })
    }

    @Test func timelineErrorsAreClear() throws {
        let unknown = try DossierProcess.run(["timeline", "--entity", "Nobody At All", Fixtures.path("timeline")])
        #expect(unknown.status == 1)  // nothing found, as `lookup` says it; 2 is for usage errors
        #expect(unknown.stderr.contains("no person, organization or place matches"))
        let bad = try DossierProcess.run(["timeline", "--from", "March", Fixtures.path("timeline")])
        #expect(bad.status == 2)
        let none = try DossierProcess.run(["timeline", "--from", "1990", "--to", "1991", Fixtures.path("timeline")])
        #expect(none.status == 1)
    }

    /// The output never depends on where it runs: the export is compared across time zones on both
    /// sides of the date line. (libfaketime cannot fake "now" for a Swift binary on Linux: preloaded,
    /// it hides the command-line arguments; `theModelReadsNoClock` covers the clock by construction.)
    @Test func exportIsTheSameInEveryTimeZone() throws {
        let corpus = Fixtures.path("timeline")
        let reference = try DossierProcess.run(["export", "--json", corpus], environment: ["TZ": "UTC"])
        #expect(reference.status == 0)
        for zone in ["Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"] {
            let other = try DossierProcess.run(["export", "--json", corpus], environment: ["TZ": zone, "LC_ALL": "C.UTF-8"])
            #expect(other.stdout == reference.stdout, "differs under TZ=\(zone)")
        }
    }

    /// By construction: the model layer calls no clock or zone API at all.
    @Test func theModelReadsNoClock() throws {
        let root = Fixtures.packageRoot.appendingPathComponent("Sources/DossierKit")
        let forbidden = ["Date()", "Date.now", "Date(timeIntervalSinceNow", "TimeZone.current", "Calendar.current",
                         "NSDate()", "gettimeofday", "clock_gettime", "CFAbsoluteTimeGetCurrent", "DispatchTime.now", "time(nil)"]
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for f in files {
            let source = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            for api in forbidden { #expect(!source.contains(api), "\(f) uses \(api)") }
        }
    }
}

@Suite struct AnnotateJSONLTests {
    @Test func oneObjectPerArticleWithExactOffsets() throws {
        let r = try DossierProcess.run(["annotate", "--format", "jsonl", Fixtures.path("e2e")])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        var sawMention = false, sawTimex = false
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = Array(try #require(object["text"] as? String).unicodeScalars)
            for key in ["mentions", "timexes"] {
                for item in try #require(object[key] as? [[String: Any]]) {
                    let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
                    try #require(start >= 0 && start <= end && end <= text.count)
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: text[start..<end])
                    #expect(String(slice) == item["text"] as? String)
                    if key == "mentions" { sawMention = true } else { sawTimex = true }
                }
            }
        }
        #expect(sawMention && sawTimex)
    }
}
