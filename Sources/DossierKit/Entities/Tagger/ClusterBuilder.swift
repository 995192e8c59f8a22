// Distributional word clusters from unlabelled news: neighbour-count vectors (PPMI), random projection,
// hierarchical spherical k-means into 16 / 128 / 1024 clusters; plus how often each word is capitalised.

import Foundation

public struct ClusterBuilder {
    public var minCount = 3
    /// Neighbour words that become context dimensions (the most frequent ones).
    public var contextWords = 1000
    public var dimensions = 128
    public var branching = [16, 8, 8]
    public var iterations = 15
    public var seed: UInt64 = 1_998

    private var ids: [String: Int32] = [:]
    private var words: [String] = []
    private var counts: [Int] = []
    private var capitalised: [Int] = []
    private var lowercase: [Int] = []
    /// Sentences as word ids, with -1 for the sentence edge.
    private var corpus: [Int32] = []

    public init() {}

    private mutating func id(_ w: String) -> Int32 {
        if let i = ids[w] { return i }
        let i = Int32(words.count)
        ids[w] = i
        words.append(w)
        counts.append(0)
        capitalised.append(0)
        lowercase.append(0)
        return i
    }

    static func lowerNormalized(_ s: some StringProtocol) -> String {
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars { if let x = Unicode.Scalar(TokenText.lower(TokenText.normalize(u.value))) { v.append(x) } }
        return String(v)
    }

    /// Adds one sentence of tokens.
    public mutating func add(sentence tokens: [Substring]) {
        guard !tokens.isEmpty else { return }
        let doc = TaggerDocument(tokenSentences: [tokens])
        let headline = FeatureExtractor.capsMode(doc.scalars, doc.sentences[0]) != 0
        corpus.append(-1)
        for (k, t) in tokens.enumerated() {
            let i = Int(id(Self.lowerNormalized(t)))
            counts[i] += 1
            corpus.append(Int32(i))
            guard !headline, k > 0, let first = t.unicodeScalars.first, TokenText.isLetter(first.value),
                  !FeatureExtractor.follows(doc.scalars, doc.sentences[0], k, quoteOrColon: true) else { continue }
            if TokenText.isUpper(first.value) { capitalised[i] += 1 } else { lowercase[i] += 1 }
        }
    }

    /// Adds running text, split into sentences and tokens as articles are.
    public mutating func add(text: String) {
        let scalars = Array(text.unicodeScalars)
        for s in SentenceSplitter.split(text) {
            add(sentence: Tokenizer.tokenize(scalars: scalars, in: s.start..<s.end).map { Substring($0.text) })
        }
    }

    /// A .jsonl file (fields "title" and "text"), a folder of .txt files, or a CoNLL file.
    public mutating func add(source path: String, log: (String) -> Void) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DossierError.pathNotFound(path) }
        let before = corpus.count
        if isDir.boolValue {
            let files = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            for f in files {
                add(text: try String(contentsOfFile: (path as NSString).appendingPathComponent(f), encoding: .utf8))
            }
        } else if path.hasSuffix(".jsonl") {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                if let t = obj["title"] as? String { add(text: t) }
                if let t = obj["text"] as? String { add(text: t) }
            }
        } else {
            let file = try ConllFile.parse(try String(contentsOfFile: path, encoding: .utf8), name: path)
            for d in file.documents { for s in d { add(sentence: s.map { file.words[$0] }) } }
        }
        log("\(path): \(corpus.count - before) tokens")
    }

    /// The table: `word, level1, level2, level3, capital bucket` per line, words by descending count.
    public func build(log: (String) -> Void) -> String {
        let vocab = (0..<words.count).filter { counts[$0] >= minCount }.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : words[$0] < words[$1] }
        var row = [Int](repeating: -1, count: words.count)
        for (r, w) in vocab.enumerated() { row[w] = r }
        let ctxCount = min(contextWords, vocab.count)
        var ctxIndex = [Int](repeating: -1, count: words.count)
        for k in 0..<ctxCount { ctxIndex[vocab[k]] = k }
        // Neighbour counts: dims [0, C] left (C = edge), [C+1, 2C+1] right.
        let D = 2 * (ctxCount + 1)
        var cooc = [[Int32: Float]](repeating: [:], count: vocab.count)
        var ctxTotals = [Float](repeating: 0, count: D)
        for p in 0..<corpus.count where corpus[p] >= 0 {
            let r = row[Int(corpus[p])]
            guard r >= 0 else { continue }
            let left = p > 0 && corpus[p - 1] >= 0 ? ctxIndex[Int(corpus[p - 1])] : ctxCount
            let right = p + 1 < corpus.count && corpus[p + 1] >= 0 ? ctxIndex[Int(corpus[p + 1])] : ctxCount
            if left >= 0 { cooc[r][Int32(left), default: 0] += 1; ctxTotals[left] += 1 }
            if right >= 0 { cooc[r][Int32(ctxCount + 1 + right), default: 0] += 1; ctxTotals[ctxCount + 1 + right] += 1 }
        }
        let total = ctxTotals.reduce(0, +)
        // Random projection of PPMI vectors to `dimensions`, normalised (cosine geometry).
        var rng = SplitMix64(seed: seed)
        let d = dimensions
        var projection = [Float](repeating: 0, count: D * d)
        for i in 0..<projection.count { projection[i] = rng.next() & 1 == 0 ? 1 : -1 }
        var vectors = [Float](repeating: 0, count: vocab.count * d)
        for r in 0..<vocab.count {
            let wordTotal = cooc[r].values.reduce(0, +)
            guard wordTotal > 0 else { continue }
            for (c, n) in cooc[r] {
                let pmi = Float(Foundation.log(Double(n * total / (wordTotal * ctxTotals[Int(c)]))))
                guard pmi > 0 else { continue }
                for k in 0..<d { vectors[r * d + k] += pmi * projection[Int(c) * d + k] }
            }
            Self.normalize(&vectors, r * d, d)
        }
        log("clustering \(vocab.count) words (\(D) context dimensions → \(d))")
        // Hierarchical k-means: each cluster of a level is split again at the next.
        var assignment = [[Int]](repeating: [], count: branching.count)
        var groups: [[Int]] = [Array(0..<vocab.count)]
        for (level, k) in branching.enumerated() {
            var labels = [Int](repeating: 0, count: vocab.count)
            var next: [[Int]] = []
            for (g, members) in groups.enumerated() {
                let sub = kmeans(members, k: k, vectors: vectors, d: d, rng: &rng)
                var buckets = [[Int]](repeating: [], count: k)
                for (m, s) in zip(members, sub) { labels[m] = g * k + s; buckets[s].append(m) }
                next += buckets
            }
            assignment[level] = labels
            groups = next
        }
        var out = "# word\tlevel1\tlevel2\tlevel3\tcapital bucket (0 never … 4 always capitalised mid-sentence, 5 rarely seen there)\n"
        for (r, w) in vocab.enumerated() {
            let cap = capitalised[w], low = lowercase[w]
            let ratio = Double(cap) / Double(max(cap + low, 1))
            let bucket = cap + low < 3 ? 5 : (ratio < 0.05 ? 0 : ratio < 0.3 ? 1 : ratio < 0.7 ? 2 : ratio < 0.95 ? 3 : 4)
            guard !words[w].contains("\t"), !words[w].contains("\n") else { continue }
            out += "\(words[w])\t\(assignment[0][r])\t\(assignment[1][r])\t\(assignment.count > 2 ? assignment[2][r] : 0)\t\(bucket)\n"
        }
        return out
    }

    private static func normalize(_ v: inout [Float], _ at: Int, _ d: Int) {
        var n: Float = 0
        for k in 0..<d { n += v[at + k] * v[at + k] }
        guard n > 0 else { return }
        let inv = 1 / n.squareRoot()
        for k in 0..<d { v[at + k] *= inv }
    }

    /// Spherical k-means (cosine) with k-means++ seeding; returns a cluster per member.
    private func kmeans(_ members: [Int], k: Int, vectors: [Float], d: Int, rng: inout SplitMix64) -> [Int] {
        guard members.count > k else { return members.indices.map { $0 % max(k, 1) } }
        var centroids = [Float](repeating: 0, count: k * d)
        func dot(_ m: Int, _ c: Int) -> Float {
            var s: Float = 0
            for j in 0..<d { s += vectors[m * d + j] * centroids[c * d + j] }
            return s
        }
        // k-means++ on cosine distance.
        let first = members[Int(rng.next() % UInt64(members.count))]
        for j in 0..<d { centroids[j] = vectors[first * d + j] }
        var best = [Float](repeating: 2, count: members.count)
        for c in 1..<k {
            var sum: Float = 0
            for (i, m) in members.enumerated() {
                best[i] = min(best[i], max(0, 1 - dot(m, c - 1)))
                sum += best[i] * best[i]
            }
            var target = Float(Double(rng.next() % 1_000_000) / 1_000_000) * sum
            var pick = members[members.count - 1]
            for (i, m) in members.enumerated() {
                target -= best[i] * best[i]
                if target <= 0 { pick = m; break }
            }
            for j in 0..<d { centroids[c * d + j] = vectors[pick * d + j] }
        }
        var labels = [Int](repeating: 0, count: members.count)
        for _ in 0..<iterations {
            var changed = false
            for (i, m) in members.enumerated() {
                var bestC = 0, bestS = -Float.greatestFiniteMagnitude
                for c in 0..<k { let s = dot(m, c); if s > bestS { bestS = s; bestC = c } }
                if labels[i] != bestC { labels[i] = bestC; changed = true }
            }
            centroids = [Float](repeating: 0, count: k * d)
            for (i, m) in members.enumerated() { for j in 0..<d { centroids[labels[i] * d + j] += vectors[m * d + j] } }
            for c in 0..<k { Self.normalize(&centroids, c * d, d) }
            if !changed { break }
        }
        return labels
    }
}
