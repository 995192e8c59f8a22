// Precision, recall and F1: the one figure type every evaluation (links, timexes) reports.

public struct PRF: Hashable, Codable, Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// From counts; a ratio with nothing under it is 0.
    public init(correct: Int, system: Int, gold: Int) {
        self.init(precision: system > 0 ? Double(correct) / Double(system) : 0,
                  recall: gold > 0 ? Double(correct) / Double(gold) : 0)
    }

    /// The same figure for all three (e.g. 1 when there was nothing to find and nothing was found).
    init(all: Double) {
        precision = all
        recall = all
        f1 = all
    }
}
