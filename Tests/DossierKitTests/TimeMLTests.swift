// TimeML in and out: text kept byte for byte, bad files reported, eval figures equal an independent count.

@testable import DossierKit
import Foundation
import TestSupport
import Testing

/// An independent reading of a TimeML file, written without the project's parser: the tag-stripped
/// text of <TEXT> and the TIMEX3 spans in it, by regular expressions as TempEval-3's tools do.
private func independentRead(_ source: String) throws -> (text: String, timexes: [(start: Int, end: Int, type: String, value: String)]) {
    let textRange = try #require(source.range(of: #"<TEXT(\s[^>]*)?>"#, options: .regularExpression))
    let endRange = try #require(source.range(of: "</TEXT>"))
    let body = String(source[textRange.upperBound..<endRange.lowerBound])
    let tag = try NSRegularExpression(pattern: #"<!--.*?-->|<!\[CDATA\[(.*?)\]\]>|<[^>]*>"#, options: [.dotMatchesLineSeparators])
    func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
    var text = ""
    var open: [(Int, String, String)] = []
    var found: [(Int, Int, String, String)] = []
    var last = body.startIndex
    let ns = body as NSString
    for m in tag.matches(in: body, range: NSRange(location: 0, length: ns.length)) {
        guard let r = Range(m.range, in: body) else { continue }
        text += decode(String(body[last..<r.lowerBound]))
        last = r.upperBound
        let t = String(body[r])
        if t.hasPrefix("<![CDATA["), let inner = Range(m.range(at: 1), in: body) { text += String(body[inner]); continue }
        if t.hasPrefix("<TIMEX3") && !t.hasSuffix("/>") {
            func attr(_ name: String) -> String {
                guard let a = t.range(of: name + "=\"") , let b = t[a.upperBound...].firstIndex(of: "\"") else { return "" }
                return String(t[a.upperBound..<b])
            }
            open.append((text.unicodeScalars.count, attr("type"), attr("value")))
        } else if t == "</TIMEX3>", let o = open.popLast() {
            found.append((o.0, text.unicodeScalars.count, o.1, o.2))
        }
    }
    text += decode(String(body[last...]))
    return (text, found.map { (start: $0.0, end: $0.1, type: $0.2, value: $0.3) })
}

@Suite struct TimeMLTests {
    let fixtureFiles = ["council.tml", "quarter.tml", "storm.tml"]

    @Test func textIsPreservedByteForByteAndOnlyOurTagsAreWritten() throws {
        for name in fixtureFiles {
            let source = try Fixtures.text("timeml/\(name)")
            let gold = try TimeML.parse(source, file: name)
            let done = try TimexEvaluation.annotate(gold, path: name)
            let input = try independentRead(source)
            let output = try independentRead(done.output)
            #expect(output.text == input.text, "\(name): TEXT changed")
            #expect(Array(output.text.utf8) == Array(gold.text.utf8))
            // the output's tags are the tagger's, none copied from the gold
            #expect(!done.output.contains("value=\"2020-Q1\""))
            #expect(done.output.contains("<DOCID>\(gold.docID ?? "")</DOCID>"))
            #expect(done.output.contains("value=\"\(gold.dctValue)\""))
        }
    }

    @Test func entitiesCDATAAndCommentsAreReadAsText() throws {
        let doc = try TimeML.parse(try Fixtures.text("timeml/quarter.tml"), file: "quarter.tml")
        #expect(doc.text.contains("sales rose <sharply>."))
        #expect(!doc.text.contains("editor's note"))
        #expect(doc.dct == CalendarDate(year: 2020, month: 7, day: 1))
        let storm = try TimeML.parse(try Fixtures.text("timeml/storm.tml"), file: "storm.tml")
        #expect(storm.text.contains("on Friday & Saturday"))
        // the creation-time TIMEX3 inside TEXT is not a timex of the text
        #expect(storm.timexes.count == 2)
        #expect(storm.text.scalarSlice(storm.timexes[1].span) == "Sunday")
    }

    @Test func evalFiguresEqualAnIndependentCount() throws {
        let result = try TimexEvaluation.evaluate(Fixtures.path("timeml"))
        var gold = 0, system = 0, strict = 0, relaxed = 0, typeOK = 0, valueOK = 0
        for file in result.files {
            let g = try independentRead(try String(contentsOfFile: file.path, encoding: .utf8)).timexes
            let s = try independentRead(file.output).timexes
            gold += g.count
            system += s.count
            // in these fixtures each gold expression overlaps at most one system expression
            for x in g {
                guard let y = s.first(where: { min(x.end, $0.end) > max(x.start, $0.start) }) else { continue }
                relaxed += 1
                if x.start == y.start && x.end == y.end { strict += 1 }
                if x.type == y.type { typeOK += 1 }
                if x.value == y.value { valueOK += 1 }
            }
        }
        let c = result.scores.counts
        #expect((c.gold, c.system, c.strict, c.relaxed, c.typeCorrect, c.valueCorrect) == (gold, system, strict, relaxed, typeOK, valueOK))
        func f1(_ k: Int) -> Double { 2 * Double(k) / Double(gold + system) }
        #expect(abs(result.scores.value.f1 - f1(valueOK)) < 1e-12)
        #expect(abs(result.scores.relaxed.f1 - f1(relaxed)) < 1e-12)
        #expect(abs(result.scores.strict.precision - Double(strict) / Double(system)) < 1e-12)
        #expect(abs(result.scores.valueAccuracy - Double(valueOK) / Double(relaxed)) < 1e-12)
        // and the fixtures are not trivial: misses of extent and value both occur
        #expect(strict < relaxed && valueOK < relaxed)
    }

    @Test func badFilesAreReportedWithFileAndLineAndTheOthersScored() throws {
        let result = try TimexEvaluation.evaluate(Fixtures.path("timeml-bad"))
        #expect(result.files.count == 1)
        let messages = result.errors.map(\.description)
        #expect(messages.contains { $0.contains("broken.tml:5:") && $0.contains("</EVENT>") })
        #expect(messages.contains { $0.contains("nodct.tml") && $0.contains("document creation time") })
    }

    @Test func malformedXMLIsCaught() {
        #expect(throws: DossierError.self) { try TimeML.parse("<TimeML><TEXT>a</TimeML>", file: "x.tml") }
        #expect(throws: DossierError.self) { try TimeML.parse("<TimeML><TEXT>a <b x=1>c</b></TEXT></TimeML>", file: "x.tml") }
        #expect(throws: DossierError.self) { try TimeML.parse("<TimeML><DCT><TIMEX3 value=\"2020-01-01\">x</TIMEX3></DCT></TimeML>", file: "x.tml") }
    }

    @Test func scorerMatchesOneToOneAndPrefersLargerOverlaps() {
        let gold = [TimeMLTimex(span: TextSpan(0, 10), type: "DATE", value: "A"), TimeMLTimex(span: TextSpan(12, 20), type: "DATE", value: "B")]
        // one system expression spanning both gold ones can be credited for one of them only
        let system = [TimeMLTimex(span: TextSpan(2, 18), type: "DATE", value: "A")]
        let c = TimexScorer.score(gold: gold, system: system).counts
        #expect((c.relaxed, c.strict, c.valueCorrect) == (1, 0, 1))
        let s = TimexScores(c)
        #expect(abs(s.relaxed.precision - 1) < 1e-12 && abs(s.relaxed.recall - 0.5) < 1e-12)
        #expect(TimexScores(TimexCounts()).value.f1 == 1)
    }
}
