// Links mentions within and across articles into entities, recording why each alias joined.

public struct LinkResult: Sendable {
    public var entities: [Entity]
    public var unlinked: [Mention]

    public init(entities: [Entity] = [], unlinked: [Mention] = []) {
        self.entities = entities
        self.unlinked = unlinked
    }
}

public struct EntityLinker: Sendable {
    public init() {}

    /// `mentions[i]` are the mentions of `articles[i]`. Entity ids are assigned in a deterministic order.
    public func link(articles: [Article], mentions: [[Mention]]) -> LinkResult {
        LinkResult()
    }
}
