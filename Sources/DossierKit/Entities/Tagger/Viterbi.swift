// Best BIO tag sequence for one sentence under first-order transition scores (I-X only after B-X/I-X).

public enum Viterbi {
    /// `emissions[i * T + y]` per token; `transitions[p * T + y]` with row `T` for the sentence start.
    public static func decode(emissions: UnsafeBufferPointer<Float>, count n: Int,
                              transitions: UnsafeBufferPointer<Float>, into path: inout [NERTag]) {
        let T = NERTag.count
        path.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        var score = [Float](repeating: 0, count: n * T)
        var back = [UInt8](repeating: 0, count: n * T)
        let minusInf = -Float.greatestFiniteMagnitude
        for y in 0..<T {
            let tag = NERTag(raw: UInt8(y))
            score[y] = tag.isInside ? minusInf : transitions[T * T + y] + emissions[y]
        }
        if n > 1 {
            for i in 1..<n {
                for y in 0..<T {
                    let tag = NERTag(raw: UInt8(y))
                    var best = minusInf, arg = 0
                    for p in 0..<T {
                        let prevScore = score[(i - 1) * T + p]
                        if prevScore == minusInf { continue }
                        if tag.isInside && !NERTag.allowed(from: NERTag(raw: UInt8(p)), to: tag) { continue }
                        let v = prevScore + transitions[p * T + y]
                        if v > best { best = v; arg = p }
                    }
                    score[i * T + y] = best == minusInf ? minusInf : best + emissions[i * T + y]
                    back[i * T + y] = UInt8(arg)
                }
            }
        }
        var best = minusInf, arg = 0
        for y in 0..<T where score[(n - 1) * T + y] > best { best = score[(n - 1) * T + y]; arg = y }
        path = [NERTag](repeating: .o, count: n)
        var y = arg
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = NERTag(raw: UInt8(y))
            if i > 0 { y = Int(back[i * T + y]) }
        }
    }
}

extension Viterbi {
    /// Per token: score of the best path (the chosen one) minus the best path that gives the token
    /// another entity type (or O). Max-marginals from a forward and a backward max-product pass.
    public static func margins(emissions e: UnsafeBufferPointer<Float>, count n: Int,
                               transitions t: UnsafeBufferPointer<Float>, path: [NERTag]) -> [Float] {
        let T = NERTag.count
        guard n > 0 else { return [] }
        let minusInf = -Float.greatestFiniteMagnitude
        var alpha = [Float](repeating: minusInf, count: n * T)
        var beta = [Float](repeating: 0, count: n * T)
        func ok(_ p: Int, _ y: Int) -> Bool { NERTag.allowed(from: NERTag(raw: UInt8(p)), to: NERTag(raw: UInt8(y))) }
        for y in 0..<T where !NERTag(raw: UInt8(y)).isInside { alpha[y] = t[T * T + y] + e[y] }
        if n > 1 {
            for i in 1..<n {
                for y in 0..<T {
                    var best = minusInf
                    for p in 0..<T where alpha[(i - 1) * T + p] > minusInf && ok(p, y) {
                        best = max(best, alpha[(i - 1) * T + p] + t[p * T + y])
                    }
                    if best > minusInf { alpha[i * T + y] = best + e[i * T + y] }
                }
            }
            for i in stride(from: n - 2, through: 0, by: -1) {
                for y in 0..<T {
                    var best = minusInf
                    for z in 0..<T where ok(y, z) {
                        best = max(best, t[y * T + z] + e[(i + 1) * T + z] + beta[(i + 1) * T + z])
                    }
                    beta[i * T + y] = best
                }
            }
        }
        var out = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let chosen = path[i].type
            var mine = minusInf, other = minusInf
            for y in 0..<T where alpha[i * T + y] > minusInf && beta[i * T + y] > minusInf {
                let v = alpha[i * T + y] + beta[i * T + y]
                if NERTag(raw: UInt8(y)).type == chosen { mine = max(mine, v) } else { other = max(other, v) }
            }
            out[i] = other == minusInf ? 10 : mine - other
        }
        return out
    }
}
