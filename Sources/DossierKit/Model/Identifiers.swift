// Stable, ordered identifiers for model values ("a1", "e12", "v7").

/// An identifier made of a one-letter prefix and a 1-based ordinal; ordered numerically.
public protocol OrdinalID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    static var prefix: String { get }
    var ordinal: Int { get }
    init(ordinal: Int)
}

extension OrdinalID {
    public var description: String { Self.prefix + String(ordinal) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Parses "a12" (prefix required) or a bare number.
    public init?(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix(Self.prefix) { body = body.dropFirst(Self.prefix.count) }
        guard let n = Int(body), n > 0 else { return nil }
        self.init(ordinal: n)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a \(Self.prefix) id: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

public struct ArticleID: OrdinalID {
    public static let prefix = "a"
    public let ordinal: Int
    public init(ordinal: Int) { self.ordinal = ordinal }
}

public struct EntityID: OrdinalID {
    public static let prefix = "e"
    public let ordinal: Int
    public init(ordinal: Int) { self.ordinal = ordinal }
}

public struct EventID: OrdinalID {
    public static let prefix = "v"
    public let ordinal: Int
    public init(ordinal: Int) { self.ordinal = ordinal }
}
