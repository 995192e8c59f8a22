// Counts that add up field by field (over documents, entities, corpora) before any figure is derived.

/// A record of counters that sums with `+`. The NER, timex and timeline scorers each keep one; the
/// sum is written once here instead of once per record.
public protocol Tally {
    /// Every counter of the record: one left out keeps the left operand's value in a sum.
    static var counters: [WritableKeyPath<Self, Int>] { get }
}

extension Tally {
    public static func + (a: Self, b: Self) -> Self {
        var sum = a
        for counter in counters { sum[keyPath: counter] += b[keyPath: counter] }
        return sum
    }
}
