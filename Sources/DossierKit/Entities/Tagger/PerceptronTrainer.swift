// Trains the tagger: a structured averaged perceptron over BIO tags, then prunes and quantises it into an NERModel.

import Foundation

/// A document with its gold tags, for training and development scoring.
public struct LabeledDocument: Sendable {
    public var document: TaggerDocument
    public var gold: [[NERTag]]

    public init(document: TaggerDocument, gold: [[NERTag]]) {
        self.document = document
        self.gold = gold
    }

    /// Every document of a CoNLL file with its gold tags (last column; IOB1 is normalised to BIO).
    public static func documents(from file: ConllFile) throws -> [LabeledDocument] {
        let tags = try file.goldTags()
        return file.documents.map { doc in
            let sentences = doc.map { $0.map { file.words[$0] } }
            let gold = doc.map { s in BIO.tags(BIO.spans(s.map { tags[$0] }), count: s.count) }
            return LabeledDocument(document: TaggerDocument(tokenSentences: sentences), gold: gold)
        }
    }
}

/// The trainer's live weights: averaged-perceptron sums keyed by feature hash.
final class LiveWeights: TaggerWeights {
    var ids: [UInt64: Int32] = [:]
    var w: [Double] = []
    var u: [Double] = []
    var trans: [Double]
    var transU: [Double]
    var clock: Double = 1
    /// When set, scores use the averaged weights (for development scoring).
    var averaged: [Float]?
    var averagedTransitions: [Float]?

    init() {
        let T = NERTag.count
        trans = [Double](repeating: 0, count: (T + 1) * T)
        transU = trans
    }

    func id(_ f: UInt64, create: Bool) -> Int? {
        if let i = ids[f] { return Int(i) }
        guard create else { return nil }
        let i = ids.count
        ids[f] = Int32(i)
        w.append(contentsOf: repeatElement(0, count: NERTag.count))
        u.append(contentsOf: repeatElement(0, count: NERTag.count))
        return i
    }

    func addEmission(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let i = ids[feature] else { return }
        let T = NERTag.count, base = Int(i) * T
        if let a = averaged {
            for y in 0..<T { scores[y] += a[base + y] }
        } else {
            for y in 0..<T { scores[y] += Float(w[base + y]) }
        }
    }

    var transitionScores: [Float] {
        if let a = averagedTransitions { return a }
        return trans.map(Float.init)
    }

    @inline(__always)
    func bump(_ i: Int, _ tag: NERTag, _ d: Double) {
        let k = i * NERTag.count + Int(tag.raw)
        w[k] += d
        u[k] += clock * d
    }

    func averagedWeights() -> (weights: [Float], transitions: [Float]) {
        let c = clock
        let a = zip(w, u).map { Float($0 - $1 / c) }
        let t = zip(trans, transU).map { Float($0 - $1 / c) }
        return (a, t)
    }
}

public struct PerceptronTrainer: Sendable {
    public var epochs = 12
    /// Static features seen fewer times than this in training are not learned.
    public var minCount = 2
    /// Averaged weights whose largest magnitude is below this are dropped from the shipped model.
    public var pruneBelow: Float = 0.05
    public var seed: UInt64 = 20_030_601

    public init() {}

    /// Trains on `train`; when `dev` is given, logs its PER+ORG+LOC F1 after each epoch (no selection on it).
    public func train(_ train: [LabeledDocument], dev: [LabeledDocument]?, lexicon: TaggerLexicon,
                      log: (String) -> Void) -> NERModel {
        let extractor = FeatureExtractor(lexicon: lexicon)
        let live = LiveWeights()
        // Count static features once; only features seen `minCount` times get weights.
        var counts: [UInt64: Int32] = [:]
        var scratch = FeatureScratch()
        for d in train {
            let ctx = DocumentContext(d.document)
            for s in d.document.sentences where !s.isEmpty {
                extractor.extract(d.document.scalars, s, context: ctx, into: &scratch)
                for f in scratch.features { counts[f, default: 0] += 1 }
            }
        }
        for (f, c) in counts.sorted(by: { $0.key < $1.key }) where c >= minCount { _ = live.id(f, create: true) }
        log("features: \(counts.count) distinct, \(live.ids.count) kept (seen ≥ \(minCount)×)")
        counts = [:]
        var rng = SplitMix64(seed: seed)
        var order = Array(train.indices)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var errors = 0, tokens = 0
            for di in order {
                let d = train[di]
                _ = DocumentTagger.tag(d.document, extractor: extractor, weights: live) { decoded, x in
                    let gold = d.gold[decoded.index]
                    let pred = decoded.tags
                    tokens += gold.count
                    if pred != gold {
                        for i in 0..<gold.count {
                            let gPrev = i == 0 ? NERTag.count : Int(gold[i - 1].raw)
                            let pPrev = i == 0 ? NERTag.count : Int(pred[i - 1].raw)
                            if gPrev != pPrev || gold[i] != pred[i] {
                                let T = NERTag.count
                                live.trans[gPrev * T + Int(gold[i].raw)] += 1
                                live.transU[gPrev * T + Int(gold[i].raw)] += live.clock
                                live.trans[pPrev * T + Int(pred[i].raw)] -= 1
                                live.transU[pPrev * T + Int(pred[i].raw)] -= live.clock
                            }
                            guard gold[i] != pred[i] else { continue }
                            errors += 1
                            for k in x.offsets[i]..<x.offsets[i + 1] {
                                if let id = live.id(x.features[k], create: false) {
                                    live.bump(id, gold[i], 1); live.bump(id, pred[i], -1)
                                }
                            }
                            for k in decoded.dynamicOffsets[i]..<decoded.dynamicOffsets[i + 1] {
                                if let id = live.id(decoded.dynamic[k], create: true) {
                                    live.bump(id, gold[i], 1); live.bump(id, pred[i], -1)
                                }
                            }
                        }
                    }
                    live.clock += 1
                }
            }
            // No clock in the model layer: the command's log line carries the elapsed time.
            var line = String(format: "epoch %2d: %d/%d tokens wrong (%.2f%%)", epoch, errors, tokens,
                              100 * Double(errors) / Double(max(tokens, 1)))
            if let dev {
                let (a, t) = live.averagedWeights()
                live.averaged = a
                live.averagedTransitions = t
                let score = Self.evaluate(dev, extractor: extractor, weights: live)
                live.averaged = nil
                live.averagedTransitions = nil
                line += String(format: "; dev PER+ORG+LOC F1 %.4f", score.combined.f1)
            }
            log(line)
        }
        let (avg, transitions) = live.averagedWeights()
        return compact(live: live, averaged: avg, transitions: transitions, lexicon: lexicon, log: log)
    }

    /// Keeps rows with a weight of at least `pruneBelow` in magnitude and quantises them to Int16.
    func compact(live: LiveWeights, averaged: [Float], transitions: [Float], lexicon: TaggerLexicon,
                 log: (String) -> Void) -> NERModel {
        let T = NERTag.count
        var kept: [(UInt64, Int)] = []
        var maxAbs: Float = 0
        for (f, id) in live.ids {
            let base = Int(id) * T
            var m: Float = 0
            for y in 0..<T { m = max(m, abs(averaged[base + y])) }
            if m >= pruneBelow { kept.append((f, base)); maxAbs = max(maxAbs, m) }
        }
        kept.sort { $0.0 < $1.0 }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var table = FingerprintTable(expected: kept.count)
        var weights = [Int16](repeating: 0, count: kept.count * T)
        for (row, (f, base)) in kept.enumerated() {
            table.set(f, UInt32(row))
            for y in 0..<T { weights[row * T + y] = Int16((averaged[base + y] / scale).rounded()) }
        }
        log("model: \(kept.count) of \(live.ids.count) feature rows kept (|w| ≥ \(pruneBelow)), scale \(scale)")
        return NERModel(lexicon: lexicon, features: table, weights: weights, scale: scale, transitions: transitions)
    }

    /// Scores `docs` with `weights` through the same span logic `dossier eval ner` uses.
    public static func evaluate<W: TaggerWeights>(_ docs: [LabeledDocument], extractor: FeatureExtractor, weights: W) -> NERScore {
        var byType: [NERType: SpanCounts] = [:]
        for t in NERType.allCases { byType[t] = SpanCounts() }
        for d in docs {
            let pred = DocumentTagger.tag(d.document, extractor: extractor, weights: weights)
            for (g, p) in zip(d.gold, pred) {
                let gs = Set(BIO.spans(g)), ps = Set(BIO.spans(p))
                for s in ps { if gs.contains(s) { byType[s.type]?.truePositives += 1 } else { byType[s.type]?.falsePositives += 1 } }
                for s in gs where !ps.contains(s) { byType[s.type]?.falseNegatives += 1 }
            }
        }
        return NERScore(byType: byType)
    }
}

/// A small deterministic generator, so training runs are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
