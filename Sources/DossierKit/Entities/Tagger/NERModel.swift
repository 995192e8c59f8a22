// The trained tagger as shipped: quantised weight rows in a fingerprint table, loaded once per process.

import Foundation

public struct NERModel: Sendable, TaggerWeights {
    public let lexicon: TaggerLexicon
    /// Feature hash → row index into `weights`.
    let features: FingerprintTable
    /// `rows × NERTag.count`, multiplied by `scale`.
    let weights: [Int16]
    let scale: Float
    public let transitionScores: [Float]

    public init(lexicon: TaggerLexicon, features: FingerprintTable, weights: [Int16], scale: Float, transitions: [Float]) {
        self.lexicon = lexicon
        self.features = features
        self.weights = weights
        self.scale = scale
        self.transitionScores = transitions
    }

    public var featureCount: Int { weights.count / NERTag.count }
    public var extractor: FeatureExtractor { FeatureExtractor(lexicon: lexicon) }

    @inline(__always)
    public func addEmission(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let row = features.get(feature) else { return }
        let T = NERTag.count
        weights.withUnsafeBufferPointer { w in
            let base = Int(row) * T
            for y in 0..<T { scores[y] += Float(w[base + y]) * scale }
        }
    }

    /// Tags for every sentence of a document.
    public func tag(_ doc: TaggerDocument) -> [[NERTag]] {
        DocumentTagger.tag(doc, extractor: extractor, weights: self)
    }

    /// Tags plus, per token, how far the chosen tag's score is ahead of the next best (0 = a tie).
    public func tagWithMargins(_ doc: TaggerDocument) -> (tags: [[NERTag]], margins: [[Float]]) {
        var margins: [[Float]] = []
        let tags = DocumentTagger.tag(doc, extractor: extractor, weights: self) { decoded, _ in
            margins.append(decoded.margins)
        }
        var aligned: [[Float]] = []
        var k = 0
        for s in doc.sentences {
            if s.isEmpty { aligned.append([]) } else { aligned.append(margins[k]); k += 1 }
        }
        return (tags, aligned)
    }

    // MARK: loading the bundled model once

    public static let resourcePath = "models/ner.bin"

    /// The bundled model, read on first use; thread-safe (Swift initialises static lets once).
    public static let bundled: Result<NERModel, DossierError> = {
        do {
            let url = try BundledResources.url(resourcePath)
            return .success(try NERModel(contentsOf: url))
        } catch let e as DossierError {
            return .failure(e)
        } catch {
            return .failure(.unreadable(path: resourcePath, reason: "\(error)"))
        }
    }()

    public static func loadBundled() throws -> NERModel { try bundled.get() }
}
