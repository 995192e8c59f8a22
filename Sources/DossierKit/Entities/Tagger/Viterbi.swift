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
