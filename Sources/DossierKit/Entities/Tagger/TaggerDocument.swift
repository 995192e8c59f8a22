// The tagger's input: one document as scalars plus token ranges grouped into sentences.

/// Tokens are ranges into `scalars` (raw Unicode scalar values); no per-token strings are made.
public struct TaggerDocument: Sendable {
    public var scalars: [UInt32]
    public var sentences: [[Range<Int>]]

    public init(scalars: [UInt32], sentences: [[Range<Int>]]) {
        self.scalars = scalars
        self.sentences = sentences
    }

    /// A document from already tokenised sentences (CoNLL input): tokens joined by single spaces.
    public init(tokenSentences: [[Substring]]) {
        var scalars: [UInt32] = []
        var sentences: [[Range<Int>]] = []
        for sentence in tokenSentences {
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(sentence.count)
            for token in sentence {
                let start = scalars.count
                for u in token.unicodeScalars { scalars.append(u.value) }
                ranges.append(start..<scalars.count)
                scalars.append(0x20)
            }
            sentences.append(ranges)
        }
        self.init(scalars: scalars, sentences: sentences)
    }

    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.count } }

    public func tokenString(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for x in scalars[r] { if let u = Unicode.Scalar(x) { v.append(u) } }
        return String(v)
    }
}
