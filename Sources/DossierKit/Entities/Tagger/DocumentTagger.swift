// Tags a document sentence by sentence, feeding each sentence's predictions into the next (document consistency).

/// Where emission and transition scores come from: the shipped compact model, or the trainer's live weights.
public protocol TaggerWeights {
    /// Adds the weight row of `feature` (if known) to `scores[0..<NERTag.count]`.
    func addEmission(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>)
    /// `(NERTag.count + 1) × NERTag.count`; the last row scores the first tag of a sentence.
    var transitionScores: [Float] { get }
}

/// What the trainer sees of each decoded sentence.
public struct DecodedSentence {
    public var index: Int
    public var tags: [NERTag]
    /// Features of token i: static `scratch.features[scratch.offsets[i]..<scratch.offsets[i+1]]`
    /// plus dynamic `dynamic[dynamicOffsets[i]..<dynamicOffsets[i+1]]`.
    public var dynamic: [UInt64]
    public var dynamicOffsets: [Int]
    /// Per token: how far the best path is ahead of the best path giving the token another type (see `Viterbi.margins`).
    public var margins: [Float]
}

public enum DocumentTagger {
    /// Tags every sentence of `doc`; `observe` sees each decoded sentence with its features (training).
    public static func tag<W: TaggerWeights>(
        _ doc: TaggerDocument, extractor: FeatureExtractor, weights: W,
        observe: ((DecodedSentence, FeatureScratch) -> Void)? = nil
    ) -> [[NERTag]] {
        let context = DocumentContext(doc)
        var history = PredictionHistory()
        var scratch = FeatureScratch()
        var dyn: [UInt64] = []
        var dynAll: [UInt64] = []
        var dynOffsets: [Int] = []
        var emissions: [Float] = []
        var path: [NERTag] = []
        var result: [[NERTag]] = []
        result.reserveCapacity(doc.sentences.count)
        let T = NERTag.count
        let transitions = weights.transitionScores
        for (si, sentence) in doc.sentences.enumerated() {
            let n = sentence.count
            guard n > 0 else { result.append([]); continue }
            extractor.extract(doc.scalars, sentence, context: context, into: &scratch)
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(0, count: n * T))
            dynAll.removeAll(keepingCapacity: true)
            dynOffsets.removeAll(keepingCapacity: true)
            emissions.withUnsafeMutableBufferPointer { e in
                guard let base = e.baseAddress else { return }
                for i in 0..<n {
                    let row = base + i * T
                    for k in scratch.offsets[i]..<scratch.offsets[i + 1] {
                        weights.addEmission(scratch.features[k], into: row)
                    }
                    extractor.dynamicFeatures(scratch, i, history: history, into: &dyn)
                    dynOffsets.append(dynAll.count)
                    for f in dyn { weights.addEmission(f, into: row); dynAll.append(f) }
                }
            }
            dynOffsets.append(dynAll.count)
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { t in
                    Viterbi.decode(emissions: e, count: n, transitions: t, into: &path)
                }
            }
            if let observe {
                let margins = emissions.withUnsafeBufferPointer { e in
                    transitions.withUnsafeBufferPointer { t in Viterbi.margins(emissions: e, count: n, transitions: t, path: path) }
                }
                observe(DecodedSentence(index: si, tags: path, dynamic: dynAll, dynamicOffsets: dynOffsets, margins: margins), scratch)
            }
            scratch.lower.withUnsafeBufferPointer { lp in
                history.record(lowerHashes: lp, tags: path) { extractor.isCapitalised(scratch, $0) }
            }
            result.append(path)
        }
        return result
    }
}
