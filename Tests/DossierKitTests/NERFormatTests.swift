// CoNLL reading and writing, BIO spans, scoring against an independent conlleval, and the model file format.

@testable import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct NERFormatTests {
    func tags(_ s: String) -> [NERTag] { s.split(separator: " ").compactMap { NERTag(parsing: $0) } }

    @Test func spansFollowConllevalIncludingStrayInsideTags() {
        let spans = BIO.spans(tags("B-PER I-PER O I-LOC I-LOC B-ORG I-PER"))
        #expect(spans == [TokenSpan(start: 0, end: 2, type: .per), TokenSpan(start: 3, end: 5, type: .loc),
                          TokenSpan(start: 5, end: 6, type: .org), TokenSpan(start: 6, end: 7, type: .per)])
        #expect(BIO.tags(spans, count: 7).map(\.description) == ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-ORG", "B-PER"])
    }

    @Test func aLineWithOneColumnIsAnErrorNamingFileAndLine() throws {
        let path = Fixtures.path("ner/malformed.conll")
        #expect(throws: DossierError.self) { try ConllFile.parse(try String(contentsOfFile: path, encoding: .utf8), name: path) }
        do {
            _ = try ConllFile.parse(try String(contentsOfFile: path, encoding: .utf8), name: path)
        } catch let e as DossierError {
            #expect(e.description.contains("malformed.conll:4"))
            #expect(e.description.contains("two columns"))
        }
    }

    @Test func annotationKeepsEveryLineAndAddsOneColumn() throws {
        let path = Fixtures.path("ner/sample.conll")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let file = try ConllFile.parse(text, name: path)
        #expect(file.documents.count == 3)
        let out = try ConllAnnotator.annotate(file, recognizer: EntityRecognizer())
        let inLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let outLines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(inLines.count == outLines.count)
        for (a, b) in zip(inLines, outLines) {
            if a.isEmpty { #expect(b.isEmpty); continue }
            #expect(b.hasPrefix(a + " "))
            #expect(b.split(separator: " ").count == a.split(separator: " ").count + 1)
            #expect(NERTag(parsing: b.split(separator: " ").last ?? "") != nil)
        }
    }

    /// conlleval's chunk logic, written again here from its definition: a chunk starts at B-X, or at I-X
    /// after O or after another type; it ends before O, B-, or an I- of another type.
    func independentCounts(_ annotated: String) -> [String: (tp: Int, fp: Int, fn: Int)] {
        var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        func chunks(_ column: [String]) -> Set<String> {
            var out = Set<String>(), start = -1, type = ""
            for (i, t) in (column + ["O"]).enumerated() {
                let parts = t.split(separator: "-", maxSplits: 1).map(String.init)
                let prefix = parts[0], ty = parts.count > 1 ? parts[1] : ""
                let startsNew = prefix == "B" || (prefix == "I" && ty != type)
                if start >= 0 && (prefix == "O" || startsNew) { out.insert("\(start)-\(i)-\(type)"); start = -1; type = "" }
                if prefix != "O" && start < 0 { start = i; type = ty }
            }
            return out
        }
        var gold: [String] = [], pred: [String] = []
        func flush() {
            let g = chunks(gold), p = chunks(pred)
            for c in p { let ty = String(c.split(separator: "-").last ?? ""); var x = counts[ty] ?? (0, 0, 0); if g.contains(c) { x.tp += 1 } else { x.fp += 1 }; counts[ty] = x }
            for c in g.subtracting(p) { let ty = String(c.split(separator: "-").last ?? ""); var x = counts[ty] ?? (0, 0, 0); x.fn += 1; counts[ty] = x }
            gold = []; pred = []
        }
        for line in annotated.split(separator: "\n", omittingEmptySubsequences: false) {
            let cols = line.split(separator: " ").map(String.init)
            if cols.isEmpty { flush(); continue }
            if cols[0] == "-DOCSTART-" { continue }
            gold.append(cols[cols.count - 2]); pred.append(cols[cols.count - 1])
        }
        flush()
        return counts
    }

    @Test func evalFiguresEqualAnIndependentScoreOfTheAnnotateOutput() throws {
        let path = Fixtures.path("ner/sample.conll")
        let file = try ConllFile.parse(try String(contentsOfFile: path, encoding: .utf8), name: path)
        let (score, annotated) = try ConllAnnotator.evaluate(file, recognizer: EntityRecognizer())
        let independent = independentCounts(annotated)
        var total = (tp: 0, fp: 0, fn: 0)
        for type in [NERType.per, .org, .loc, .misc] {
            let mine = score.byType[type] ?? SpanCounts()
            let theirs = independent[type.label] ?? (0, 0, 0)
            #expect(mine.truePositives == theirs.tp && mine.falsePositives == theirs.fp && mine.falseNegatives == theirs.fn,
                    "\(type.label)")
            if type != .misc { total.tp += theirs.tp; total.fp += theirs.fp; total.fn += theirs.fn }
        }
        let p = Double(total.tp) / Double(total.tp + total.fp), r = Double(total.tp) / Double(total.tp + total.fn)
        #expect(abs(score.combined.f1 - 2 * p * r / (p + r)) < 1e-12)
        // The recognizer gets most of this invented news right.
        #expect(score.combined.f1 > 0.8)
    }

    @Test func modelFileRoundTripsAndRejectsGarbage() throws {
        let model = try NERModel.loadBundled()
        let data = model.serialized()
        let again = try NERModel(data: data, name: "copy")
        #expect(again.serialized() == data)
        let doc = TaggerDocument(tokenSentences: [["Anna", "Berg", "visited", "Oslo", "."]])
        #expect(model.tag(doc) == again.tag(doc))
        #expect(throws: DossierError.self) { try NERModel(data: Data("not a model at all, clearly not".utf8), name: "x") }
        #expect(throws: DossierError.self) { try NERModel(data: data.prefix(data.count - 4), name: "short") }
    }

    @Test func trainingOnATinyFileLearnsItAndIsReproducible() throws {
        let path = Fixtures.path("ner/sample.conll")
        let file = try ConllFile.parse(try String(contentsOfFile: path, encoding: .utf8), name: path)
        let docs = try LabeledDocument.documents(from: file)
        var trainer = PerceptronTrainer()
        trainer.epochs = 8
        trainer.pruneBelow = 0
        let a = trainer.train(docs, dev: nil, lexicon: .empty) { _ in }
        let b = trainer.train(docs, dev: nil, lexicon: .empty) { _ in }
        #expect(a.serialized() == b.serialized())
        let score = PerceptronTrainer.evaluate(docs, extractor: a.extractor, weights: a)
        #expect(score.combined.f1 > 0.95)
    }

    @Test func fingerprintTableFindsWhatWasSet() {
        var t = FingerprintTable(expected: 1000)
        for i in 0..<1000 { t.set(FeatureHash.mix(UInt64(i)), UInt32(i)) }
        #expect((0..<1000).allSatisfy { t.get(FeatureHash.mix(UInt64($0))) == UInt32($0) })
        #expect((1000..<2000).filter { t.get(FeatureHash.mix(UInt64($0))) != nil }.isEmpty)
    }

    @Test func theLastParagraphGetsSentencesToo() {
        let text = "First paragraph here.\n\nSecond one. It has two sentences."
        let spans = SentenceSplitter.split(text)
        #expect(spans.map { text.scalarSlice($0) } == ["First paragraph here.", "Second one.", "It has two sentences."])
    }
}
