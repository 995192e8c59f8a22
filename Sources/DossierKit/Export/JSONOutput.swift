// The one way Dossier writes JSON for people and scripts (export, annotation lines, the CLI's --json),
// and the one way a record says "write this missing value as null".

import Foundation

public enum JSONOutput {
    /// Deterministic JSON (sorted keys, slashes as they are) with bidi and C1 controls as \u escapes,
    /// so the output is also safe to print on a terminal. `pretty` indents; otherwise one line.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return TerminalSafety.escapeJSON(try encoder.encode(value))
    }
}

/// An optional field written as `null` when it is empty. Synthesised Codable leaves a nil out; the
/// export contract names every field, so that readers never have to test for a missing key.
@propertyWrapper
public struct NullWhenMissing<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}

extension NullWhenMissing: Equatable where Value: Equatable {}

extension NullWhenMissing: Hashable where Value: Hashable {}

extension NullWhenMissing: Sendable where Value: Sendable {}

extension NullWhenMissing: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? nil : try c.decode(Value.self)
    }
}
