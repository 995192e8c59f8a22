// Finds temporal expressions and normalises them to TIMEX3 values relative to the article date.

public struct TemporalTagger: Sendable {
    public init() {}

    /// Expressions in offset order. `articleDate` anchors relative ones; nil leaves them unanchored.
    public func tag(_ text: String, articleDate: CalendarDate?) -> [TimeExpression] {
        []
    }
}
