// TempEval-3 scoring of TIMEX3 extents, types and values (strict/relaxed P/R/F1, attribute F1).

/// Counts summed over documents; the metrics are derived from them (micro-average, as TE3 does).
public struct TimexCounts: Hashable, Codable, Sendable, Tally {
    public var documents = 0
    public var gold = 0
    public var system = 0
    public var strict = 0
    public var relaxed = 0
    public var typeCorrect = 0
    public var valueCorrect = 0

    public init() {}

    public static var counters: [WritableKeyPath<TimexCounts, Int>] {
        [\.documents, \.gold, \.system, \.strict, \.relaxed, \.typeCorrect, \.valueCorrect]
    }
}

/// The TempEval-3 figures for a set of documents.
public struct TimexScores: Hashable, Codable, Sendable {
    public var counts: TimexCounts
    public var strict: PRF
    public var relaxed: PRF
    public var typeAccuracy: Double
    public var valueAccuracy: Double
    public var type: PRF
    public var value: PRF

    public init(_ c: TimexCounts) {
        counts = c
        if c.gold == 0 && c.system == 0 {
            // the TE3 toolkit's rule: nothing to find and nothing found is perfect
            strict = PRF(all: 1); relaxed = PRF(all: 1); type = PRF(all: 1); value = PRF(all: 1)
            typeAccuracy = 1; valueAccuracy = 1
            return
        }
        strict = PRF(correct: c.strict, system: c.system, gold: c.gold)
        relaxed = PRF(correct: c.relaxed, system: c.system, gold: c.gold)
        typeAccuracy = c.relaxed > 0 ? Double(c.typeCorrect) / Double(c.relaxed) : 0
        valueAccuracy = c.relaxed > 0 ? Double(c.valueCorrect) / Double(c.relaxed) : 0
        type = PRF(correct: c.typeCorrect, system: c.system, gold: c.gold)
        value = PRF(correct: c.valueCorrect, system: c.system, gold: c.gold)
    }
}

/// One gold/system pairing problem in a document, for error listings.
public struct TimexDifference: Hashable, Sendable {
    public enum Kind: String, Sendable { case missed, spurious, extent, attribute }
    public var kind: Kind
    public var gold: TimeMLTimex?
    public var system: TimeMLTimex?
}

public enum TimexScorer {
    /// Scores one document. Exact-extent pairs are fixed first; the rest are paired by a maximum
    /// one-to-one matching over overlapping extents, trying larger overlaps first (TempEval-3).
    public static func score(gold: [TimeMLTimex], system: [TimeMLTimex]) -> (counts: TimexCounts, pairs: [(Int, Int)], strict: Int) {
        var g2s: [Int: Int] = [:], s2g: [Int: Int] = [:]
        var strict: [(Int, Int)] = []
        var byExtent: [TextSpan: [Int]] = [:]
        for (j, s) in system.enumerated() { byExtent[s.span, default: []].append(j) }
        for (i, g) in gold.enumerated() {
            if let j = byExtent[g.span]?.first(where: { s2g[$0] == nil }) {
                g2s[i] = j
                s2g[j] = i
                strict.append((i, j))
            }
        }
        func overlap(_ a: TextSpan, _ b: TextSpan) -> Int { min(a.end, b.end) - max(a.start, b.start) }
        var adjacency: [Int: [Int]] = [:]
        for (i, g) in gold.enumerated() where g2s[i] == nil {
            let candidates = system.indices.filter { s2g[$0] == nil && overlap(g.span, system[$0].span) > 0 }
                .map { (overlap(g.span, system[$0].span), -abs(g.span.start - system[$0].span.start), $0) }
                .sorted { $0 > $1 }
            adjacency[i] = candidates.map { $0.2 }
        }
        var matchOf: [Int: Int] = [:]  // system index → gold index
        func augment(_ i: Int, _ seen: inout Set<Int>) -> Bool {
            for j in adjacency[i] ?? [] where !seen.contains(j) {
                seen.insert(j)
                if let other = matchOf[j] {
                    if augment(other, &seen) { matchOf[j] = i; return true }
                } else {
                    matchOf[j] = i
                    return true
                }
            }
            return false
        }
        for i in adjacency.keys.sorted() {
            var seen = Set<Int>()
            _ = augment(i, &seen)
        }
        let relaxedPairs = strict + matchOf.map { ($0.value, $0.key) }.sorted { $0 < $1 }
        var c = TimexCounts()
        c.documents = 1
        c.gold = gold.count
        c.system = system.count
        c.strict = strict.count
        c.relaxed = relaxedPairs.count
        c.typeCorrect = relaxedPairs.filter { gold[$0.0].type == system[$0.1].type }.count
        c.valueCorrect = relaxedPairs.filter { gold[$0.0].value == system[$0.1].value }.count
        return (c, relaxedPairs, strict.count)
    }

    /// Misses, spurious expressions, extent and attribute differences of one document.
    public static func differences(gold: [TimeMLTimex], system: [TimeMLTimex]) -> [TimexDifference] {
        let (_, pairs, _) = score(gold: gold, system: system)
        var out: [TimexDifference] = []
        let matchedGold = Set(pairs.map(\.0)), matchedSystem = Set(pairs.map(\.1))
        for (i, g) in gold.enumerated() where !matchedGold.contains(i) { out.append(TimexDifference(kind: .missed, gold: g, system: nil)) }
        for (j, s) in system.enumerated() where !matchedSystem.contains(j) { out.append(TimexDifference(kind: .spurious, gold: nil, system: s)) }
        for (i, j) in pairs {
            let g = gold[i], s = system[j]
            if g.span != s.span { out.append(TimexDifference(kind: .extent, gold: g, system: s)) }
            if g.type != s.type || g.value != s.value { out.append(TimexDifference(kind: .attribute, gold: g, system: s)) }
        }
        return out
    }
}
