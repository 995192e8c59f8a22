// Half-open spans in Unicode-scalar offsets, the unit the export format uses.

/// `start..<end` counted in `String.unicodeScalars` of an article's text.
public struct TextSpan: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public var description: String { "[\(start),\(end))" }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func shifted(by delta: Int) -> TextSpan { TextSpan(start + delta, end + delta) }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    // Encoded as [start, end], as in the export's "sentences".
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let s = try c.decode(Int.self)
        let e = try c.decode(Int.self)
        self.init(s, e)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}

/// Random access to a string by Unicode-scalar offset. Build once per text; slicing is O(length).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    public subscript(span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        return String(scalars: scalars[lo..<hi])
    }
}

extension String {
    /// The string of these scalars, encoded straight into its storage (appending them to a
    /// `UnicodeScalarView` one by one was a twentieth of an update's CPU, spread over every place
    /// that cuts a sentence, a paragraph or a token out of a text).
    public init(scalars: some Collection<Unicode.Scalar>) {
        var n = 0
        for s in scalars { n += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: n) { out in
            var k = 0
            for s in scalars {
                if s.value < 0x80 {
                    out[k] = UInt8(truncatingIfNeeded: s.value)
                    k += 1
                } else {
                    for b in UTF8.encode(s)! {
                        out[k] = b
                        k += 1
                    }
                }
            }
            return k
        }
    }
}

extension String {
    /// The substring at a Unicode-scalar span; clamps out-of-range spans instead of trapping.
    public func scalarSlice(_ span: TextSpan) -> String { ScalarText(self)[span] }

    /// Length in Unicode scalars, the export's offset unit.
    public var scalarCount: Int { unicodeScalars.count }
}
