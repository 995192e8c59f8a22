// Turns a sentence into hashed features per token: word, affixes, shape, context, clusters, gazetteers, document casing.

/// Per-document facts known before tagging starts (no predictions involved).
public struct DocumentContext: Sendable {
    /// Lower-cased word hash → bit 0: seen starting lower-case; bit 1: seen capitalised mid-sentence in normal text.
    var casing: [UInt64: UInt8] = [:]

    public init(_ doc: TaggerDocument) {
        let s = doc.scalars
        for sentence in doc.sentences {
            let mode = FeatureExtractor.capsMode(s, sentence)
            for (k, r) in sentence.enumerated() where !r.isEmpty {
                let first = TokenText.normalize(s[r.lowerBound])
                guard TokenText.isLetter(first) else { continue }
                let h = FeatureExtractor.lowerHash(s, r)
                if TokenText.isLower(first) {
                    casing[h, default: 0] |= 1
                } else if k > 0 && mode == 0 && !FeatureExtractor.follows(s, sentence, k, quoteOrColon: true) {
                    casing[h, default: 0] |= 2
                }
            }
        }
    }
}

/// Labels that earlier sentences of the same document gave to a word (the tagger's own predictions).
public struct PredictionHistory: Sendable {
    /// Lower-cased word hash → counts of tags, 7 bits each, for B/I of each type (8 slots).
    private var counts: [UInt64: UInt64] = [:]

    public init() {}

    public mutating func record(lowerHashes: UnsafeBufferPointer<UInt64>, tags: [NERTag], capitalised: (Int) -> Bool) {
        for i in 0..<tags.count where tags[i] != .o && capitalised(i) {
            let shift = UInt64(tags[i].raw - 1) * 7
            var c = counts[lowerHashes[i], default: 0]
            if (c >> shift) & 0x7F < 0x7F { c += 1 << shift }
            counts[lowerHashes[i]] = c
        }
    }

    /// The most frequent earlier tag of the word (ties to the earlier slot), or nil.
    @inline(__always)
    public func majority(_ h: UInt64) -> NERTag? {
        guard let c = counts[h] else { return nil }
        var best = 0, bestCount: UInt64 = 0
        for k in 0..<8 {
            let v = (c >> UInt64(k * 7)) & 0x7F
            if v > bestCount { bestCount = v; best = k }
        }
        return bestCount == 0 ? nil : NERTag(raw: UInt8(best + 1))
    }
}

/// Reusable per-sentence buffers, so tagging allocates nothing per token.
public struct FeatureScratch {
    var lower: [UInt64] = []
    var raw: [UInt64] = []
    var shape: [UInt64] = []
    var longShape: [UInt64] = []
    var flags: [UInt16] = []
    var stats: [WordStats] = []
    var gaz: [UInt32] = []
    /// Static features of token i: `features[offsets[i]..<offsets[i+1]]`.
    public var features: [UInt64] = []
    public var offsets: [Int] = []

    public init() {}
}

public struct FeatureExtractor: Sendable {
    public let lexicon: TaggerLexicon

    public init(lexicon: TaggerLexicon) { self.lexicon = lexicon }

    // Token flags.
    static let initUpper: UInt16 = 1, allUpper: UInt16 = 2, hasLower: UInt16 = 4, hasDigit: UInt16 = 8,
               hasLetter: UInt16 = 16, hasHyphen: UInt16 = 32, hasPeriod: UInt16 = 64, allDigit: UInt16 = 128

    @inline(__always)
    static func template(_ n: UInt64) -> UInt64 { FeatureHash.mix(n &* 0x51_7CC1_B727_220A ^ 0x0123_4567) }

    @inline(__always)
    static func lowerHash(_ s: [UInt32], _ r: Range<Int>) -> UInt64 {
        var h = FeatureHash.offset
        for i in r { h = FeatureHash.step(h, TokenText.lower(TokenText.normalize(s[i]))) }
        return FeatureHash.mix(h)
    }

    /// True when the token before `k` is an opening quote or a colon (a new clause starts).
    static func follows(_ s: [UInt32], _ sentence: [Range<Int>], _ k: Int, quoteOrColon: Bool) -> Bool {
        guard k > 0 else { return true }
        let p = sentence[k - 1]
        guard p.count == 1 else { return false }
        let c = TokenText.normalize(s[p.lowerBound])
        return c == 0x22 || c == 0x3A || c == 0x28 || c == 0x27 || c == 0x2D
    }

    /// 0 normal, 1 mostly upper-case words (wire headlines), 2 title-case headline.
    static func capsMode(_ s: [UInt32], _ sentence: [Range<Int>]) -> Int {
        var letterTokens = 0, upperTokens = 0, longTokens = 0, titleTokens = 0
        for r in sentence where r.count >= 2 {
            var letters = 0, uppers = 0
            for i in r {
                let c = TokenText.normalize(s[i])
                if TokenText.isLetter(c) { letters += 1; if TokenText.isUpper(c) { uppers += 1 } }
            }
            guard letters >= 2 else { continue }
            letterTokens += 1
            if uppers == letters { upperTokens += 1 }
            if r.count >= 4 {
                longTokens += 1
                if TokenText.isUpper(TokenText.normalize(s[r.lowerBound])) { titleTokens += 1 }
            }
        }
        if letterTokens >= 2 && upperTokens * 10 >= letterTokens * 7 { return 1 }
        if longTokens >= 3 && titleTokens * 10 >= longTokens * 9 { return 2 }
        return 0
    }

    @inline(__always)
    static func shapeClass(_ c: UInt32) -> UInt32 {
        if TokenText.isUpper(c) { return 88 }  // X
        if TokenText.isLower(c) { return 120 }  // x
        if TokenText.isDigit(c) { return 100 }  // d
        if c < 0x80 { return c }
        return TokenText.isLetter(c) ? 120 : 111  // o
    }

    /// Fills the per-token facts and the static features of one sentence.
    public func extract(_ s: [UInt32], _ sentence: [Range<Int>], context: DocumentContext, into x: inout FeatureScratch) {
        let n = sentence.count
        x.lower.removeAll(keepingCapacity: true)
        x.raw.removeAll(keepingCapacity: true)
        x.shape.removeAll(keepingCapacity: true)
        x.longShape.removeAll(keepingCapacity: true)
        x.flags.removeAll(keepingCapacity: true)
        x.stats.removeAll(keepingCapacity: true)
        x.features.removeAll(keepingCapacity: true)
        x.offsets.removeAll(keepingCapacity: true)
        for r in sentence {
            var hl = FeatureHash.offset, hr = FeatureHash.offset, hs = FeatureHash.offset, hls = FeatureHash.offset
            var last: UInt32 = 0, shapeLen = 0, flags: UInt16 = 0, letters = 0, uppers = 0, digits = 0
            for (k, i) in r.enumerated() {
                let c = TokenText.normalize(s[i])
                hl = FeatureHash.step(hl, TokenText.lower(c))
                hr = FeatureHash.step(hr, c)
                let cls = Self.shapeClass(c)
                if cls != last && shapeLen < 8 { hs = FeatureHash.step(hs, cls); last = cls; shapeLen += 1 }
                if k < 5 { hls = FeatureHash.step(hls, cls) }
                if cls == 88 { uppers += 1; letters += 1; if k == 0 { flags |= Self.initUpper } }
                else if cls == 120 { letters += 1; flags |= Self.hasLower }
                else if cls == 100 { digits += 1 }
                else if c == 0x2D { flags |= Self.hasHyphen }
                else if c == 0x2E { flags |= Self.hasPeriod }
            }
            let len = r.count
            let lenBucket: UInt32 = len <= 4 ? UInt32(len) : (len <= 6 ? 5 : (len <= 9 ? 6 : 7))
            hls = FeatureHash.step(hls, 0x100 + lenBucket)
            if letters > 0 { flags |= Self.hasLetter; if uppers == letters { flags |= Self.allUpper } }
            if digits > 0 { flags |= Self.hasDigit; if digits == len { flags |= Self.allDigit } }
            let lower = FeatureHash.mix(hl)
            x.lower.append(lower)
            x.raw.append(FeatureHash.mix(hr))
            x.shape.append(FeatureHash.mix(hs))
            x.longShape.append(FeatureHash.mix(hls))
            x.flags.append(flags)
            x.stats.append(WordStats(raw: lexicon.words.get(lower) ?? 0))
        }
        if x.gaz.count < n { x.gaz = [UInt32](repeating: 0, count: n) }
        x.lower.withUnsafeBufferPointer { lp in
            x.gaz.withUnsafeMutableBufferPointer { gp in
                lexicon.gazetteerMarks(lowerHashes: lp, into: UnsafeMutableBufferPointer(rebasing: gp[0..<n]))
            }
        }
        let mode = UInt64(Self.capsMode(s, sentence))
        let none: UInt64 = 0x5EED_0000_0000_0001  // padding word beyond the sentence edge
        let nStats = WordStats(raw: 0)
        for i in 0..<n {
            x.offsets.append(x.features.count)
            let r = sentence[i]
            let w0 = x.lower[i]
            let wm1 = i > 0 ? x.lower[i - 1] : none, wp1 = i + 1 < n ? x.lower[i + 1] : none &+ 1
            let wm2 = i > 1 ? x.lower[i - 2] : none &+ 2, wp2 = i + 2 < n ? x.lower[i + 2] : none &+ 3
            let s0 = x.shape[i], sm1 = i > 0 ? x.shape[i - 1] : none, sp1 = i + 1 < n ? x.shape[i + 1] : none &+ 1
            let f0 = x.flags[i]
            let first: UInt64 = i == 0 ? 1 : (Self.follows(s, sentence, i, quoteOrColon: true) ? 2 : 0)
            @inline(__always) func add(_ t: UInt64, _ v: UInt64) { x.features.append(FeatureHash.combine(Self.template(t), v)) }
            add(1, 0)
            add(2, w0)
            add(3, x.raw[i])
            add(4, wm1); add(5, wp1); add(6, wm2); add(7, wp2)
            add(8, FeatureHash.combine(wm1, w0)); add(9, FeatureHash.combine(w0, wp1))
            // Affixes of the lower-cased word (only when the word is longer than the affix).
            var hp = FeatureHash.offset
            for k in 0..<max(0, min(4, r.count - 1)) {
                hp = FeatureHash.step(hp, TokenText.lower(TokenText.normalize(s[r.lowerBound + k])))
                add(10 + UInt64(k), hp)
            }
            var hsuf = FeatureHash.offset
            for k in 0..<max(0, min(5, r.count - 1)) {
                hsuf = FeatureHash.step(hsuf, TokenText.lower(TokenText.normalize(s[r.upperBound - 1 - k])))
                add(15 + UInt64(k), hsuf)
            }
            add(20, s0); add(21, sm1); add(22, sp1)
            add(23, FeatureHash.combine(sm1, s0)); add(24, FeatureHash.combine(s0, sp1))
            add(25, FeatureHash.combine(FeatureHash.combine(sm1, s0), sp1))
            add(26, x.longShape[i])
            add(27, FeatureHash.combine(mode, s0))
            if mode != 0 { add(28, FeatureHash.combine(mode, w0)) }
            add(29, FeatureHash.combine(first, s0))
            // Distributional clusters of the word and its neighbours.
            let st = x.stats[i]
            let stm1 = i > 0 ? x.stats[i - 1] : nStats, stp1 = i + 1 < n ? x.stats[i + 1] : nStats
            if st.raw != 0 {
                add(30, UInt64(st.level1)); add(31, UInt64(st.level2)); add(32, UInt64(st.level3))
            }
            add(33, UInt64(stm1.raw == 0 ? 0xFFFF : stm1.level2)); add(34, UInt64(stp1.raw == 0 ? 0xFFFF : stp1.level2))
            add(35, FeatureHash.combine(UInt64(st.raw == 0 ? 0xFFFF : st.level2), s0))
            // Capitalisation knowledge: how often the word is capitalised in unlabelled news, and in this document.
            let cap = UInt64(st.raw == 0 ? 7 : st.capitalBucket)
            add(36, FeatureHash.combine(FeatureHash.combine(cap, s0), first))
            add(37, FeatureHash.combine(FeatureHash.combine(cap, mode), UInt64(f0 & (Self.initUpper | Self.allUpper))))
            if f0 & Self.hasLetter != 0 {
                let dc = UInt64(context.casing[w0] ?? 0)
                add(38, FeatureHash.combine(FeatureHash.combine(dc, UInt64(f0 & (Self.initUpper | Self.allUpper))), first | mode << 4))
            }
            // Gazetteers: this word's match positions, and the neighbours' match types.
            let g0 = x.gaz[i]
            if g0 != 0 {
                for t in 0..<GazetteerType.allCases.count {
                    let pos = (g0 >> UInt32(2 * t)) & 3
                    if pos != 0 {
                        add(40, UInt64(t * 4) + UInt64(pos))
                        add(41, FeatureHash.combine(UInt64(t * 4) + UInt64(pos), UInt64(f0 & (Self.initUpper | Self.allUpper))))
                    }
                }
            }
            if i > 0 { addNeighbourGaz(42, x.gaz[i - 1], &x.features) }
            if i + 1 < n { addNeighbourGaz(43, x.gaz[i + 1], &x.features) }
        }
        x.offsets.append(x.features.count)
    }

    @inline(__always)
    private func addNeighbourGaz(_ t: UInt64, _ g: UInt32, _ out: inout [UInt64]) {
        guard g != 0 else { return }
        for k in 0..<GazetteerType.allCases.count where (g >> UInt32(2 * k)) & 3 != 0 {
            out.append(FeatureHash.combine(Self.template(t), UInt64(k)))
        }
    }

    /// Features that depend on the tagger's own earlier predictions in the document.
    @inline(__always)
    public func dynamicFeatures(_ x: FeatureScratch, _ i: Int, history: PredictionHistory, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        guard x.flags[i] & (Self.initUpper | Self.allUpper) != 0 else { return }
        let tag = history.majority(x.lower[i])
        let v = UInt64(tag?.raw ?? 0x3F)
        out.append(FeatureHash.combine(Self.template(50), v))
        out.append(FeatureHash.combine(Self.template(51), FeatureHash.combine(v, x.shape[i])))
        let type = UInt64(tag?.type?.rawValue ?? 0x3F)
        let prev: UInt64 = i > 0 ? UInt64(history.majority(x.lower[i - 1])?.type?.rawValue ?? 0x3F) : 0x7F
        out.append(FeatureHash.combine(Self.template(52), FeatureHash.combine(type, prev)))
    }

    public func isCapitalised(_ x: FeatureScratch, _ i: Int) -> Bool {
        x.flags[i] & (Self.initUpper | Self.allUpper) != 0
    }

    public func lowerHashes(_ x: FeatureScratch) -> [UInt64] { x.lower }
}
