// Exact-span micro precision/recall/F1 per type, conlleval style, read from annotated CoNLL text.

public struct SpanCounts: Sendable, Equatable, Tally {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static var counters: [WritableKeyPath<SpanCounts, Int>] { [\.truePositives, \.falsePositives, \.falseNegatives] }
}

public struct NERScore: Sendable, Equatable {
    public var byType: [NERType: SpanCounts]

    /// PER+ORG+LOC micro-averaged (MISC ignored), the figure the issue asks for.
    public var combined: SpanCounts {
        [NERType.per, .org, .loc].reduce(SpanCounts()) { $0 + (byType[$1] ?? SpanCounts()) }
    }

    /// Scores annotated CoNLL text: gold tag = second-to-last column, prediction = last column;
    /// sentences end at blank lines; -DOCSTART- lines are skipped (as `conlleval` and `score_conll.py` do).
    public static func score(annotated text: String, name: String) throws -> NERScore {
        var byType: [NERType: SpanCounts] = [:]
        for t in NERType.allCases { byType[t] = SpanCounts() }
        var gold: [NERTag] = [], pred: [NERTag] = []
        func flush() {
            guard !gold.isEmpty else { return }
            let g = Set(BIO.spans(gold)), p = Set(BIO.spans(pred))
            for s in p { byType[s.type]?.truePositives += g.contains(s) ? 1 : 0; byType[s.type]?.falsePositives += g.contains(s) ? 0 : 1 }
            for s in g where !p.contains(s) { byType[s.type]?.falseNegatives += 1 }
            gold.removeAll(keepingCapacity: true)
            pred.removeAll(keepingCapacity: true)
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let cols = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if cols.isEmpty { flush(); continue }
            if cols[0] == "-DOCSTART-" { continue }
            guard cols.count >= 3, let g = NERTag(parsing: cols[cols.count - 2]), let p = NERTag(parsing: cols[cols.count - 1]) else {
                throw DossierError.badInput(file: name, line: n + 1,
                                            message: "expected WORD ... GOLD PREDICTED with BIO tags, found \"\(line)\".")
            }
            gold.append(g)
            pred.append(p)
        }
        flush()
        return NERScore(byType: byType)
    }
}
