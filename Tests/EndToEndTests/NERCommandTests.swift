// `dossier annotate --format conll`, `dossier eval ner` and `dossier mentions` as a user runs them.

import Foundation
import TestSupport
import Testing

@Suite struct NERCommandTests {
    @Test func annotateWritesOneMoreColumnAndEvalAgreesWithItsOutput() throws {
        let input = Fixtures.path("ner/sample.conll")
        let out = NSTemporaryDirectory() + "dossier-annotate-\(UUID().uuidString).conll"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let annotate = try DossierProcess.run(["annotate", "--format", "conll", input, "-o", out])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let annotated = try String(contentsOfFile: out, encoding: .utf8)
        let original = try String(contentsOfFile: input, encoding: .utf8)
        #expect(annotated.split(separator: "\n", omittingEmptySubsequences: false).count
                == original.split(separator: "\n", omittingEmptySubsequences: false).count)

        // Count exact-span matches from the annotate output alone (gold = second-to-last column).
        var gold = Set<String>(), pred = Set<String>()
        var g: [String] = [], p: [String] = [], sentence = 0
        func spans(_ tags: [String], _ into: inout Set<String>) {
            var start = -1, type = ""
            for (i, t) in (tags + ["O"]).enumerated() {
                let ty = t.count > 2 ? String(t.dropFirst(2)) : ""
                if start >= 0 && (t == "O" || t.hasPrefix("B-") || ty != type) { into.insert("\(sentence):\(start):\(i):\(type)"); start = -1 }
                if t != "O" && start < 0 { start = i; type = ty }
            }
        }
        for line in annotated.split(separator: "\n", omittingEmptySubsequences: false) {
            let c = line.split(separator: " ").map(String.init)
            if c.isEmpty { spans(g, &gold); spans(p, &pred); g = []; p = []; sentence += 1; continue }
            if c[0] == "-DOCSTART-" { continue }
            g.append(c[c.count - 2]); p.append(c[c.count - 1])
        }
        let keep: (String) -> Bool = { !$0.hasSuffix(":MISC") }
        let tp = gold.intersection(pred).filter(keep).count
        let precision = Double(tp) / Double(pred.filter(keep).count), recall = Double(tp) / Double(gold.filter(keep).count)
        let f1 = 2 * precision * recall / (precision + recall)

        let eval = try DossierProcess.run(["eval", "ner", input])
        #expect(eval.status == 0, "\(eval.stderr)")
        let total = try #require(eval.stdout.split(separator: "\n").first { $0.hasPrefix("PER+ORG+LOC") })
        let cols = total.split(separator: "\t")
        #expect(cols.count == 7)
        #expect(cols[3] == String(format: "%.4f", f1))
        #expect(Int(cols[4]) == tp)
    }

    @Test func aMalformedConllLineIsAnInputErrorWithFileAndLine() throws {
        let result = try DossierProcess.run(["annotate", "--format", "conll", Fixtures.path("ner/malformed.conll")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("malformed.conll:4"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownFormatIsAUsageErrorNamingTheKnownOnes() throws {
        let result = try DossierProcess.run(["annotate", "--format", "brat", Fixtures.path("basic")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("conll"))
        #expect(result.stdout.isEmpty)
    }

    @Test func mentionsListsPeopleWithRoles() throws {
        let result = try DossierProcess.run(["mentions", Fixtures.path("ner/story.txt"), "--kind", "person"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Marta Klein\tHealth Minister"))
    }
}
