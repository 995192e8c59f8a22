// The BIO tag set of the tagger (CoNLL-2003 types) and the conversion between tags and spans.

/// Entity types the statistical tagger knows; MISC is learned (it sharpens the others) but is not a Mention kind.
public enum NERType: UInt8, CaseIterable, Sendable, Hashable {
    case per = 0, org = 1, loc = 2, misc = 3

    public var label: String {
        switch self {
        case .per: return "PER"
        case .org: return "ORG"
        case .loc: return "LOC"
        case .misc: return "MISC"
        }
    }

    public init?(label: Substring) {
        switch label {
        case "PER": self = .per
        case "ORG": self = .org
        case "LOC": self = .loc
        case "MISC": self = .misc
        default: return nil
        }
    }

    public var entityKind: EntityKind? {
        switch self {
        case .per: return .person
        case .org: return .organization
        case .loc: return .place
        case .misc: return nil
        }
    }
}

/// A tag index: 0 = O, then B-type and I-type per type (1 + 2 × 4 = 9 tags).
public struct NERTag: Hashable, Sendable, CustomStringConvertible {
    public let raw: UInt8
    public static let count = 1 + 2 * NERType.allCases.count
    public static let o = NERTag(raw: 0)

    public init(raw: UInt8) { self.raw = raw }

    public static func begin(_ t: NERType) -> NERTag { NERTag(raw: 1 + 2 * t.rawValue) }
    public static func inside(_ t: NERType) -> NERTag { NERTag(raw: 2 + 2 * t.rawValue) }

    public var type: NERType? { raw == 0 ? nil : NERType(rawValue: (raw - 1) / 2) }
    public var isBegin: Bool { raw != 0 && (raw - 1) % 2 == 0 }
    public var isInside: Bool { raw != 0 && (raw - 1) % 2 == 1 }

    public var description: String {
        guard let type else { return "O" }
        return (isBegin ? "B-" : "I-") + type.label
    }

    /// Parses `O`, `B-X`, `I-X`, and the IOB1/IOBES prefixes `E-`/`S-`/`L-`/`U-` (read as I/B).
    public init?(parsing s: Substring) {
        if s == "O" { self = .o; return }
        guard s.count > 2, s.dropFirst().first == "-", let type = NERType(label: s.dropFirst(2)) else { return nil }
        switch s.first {
        case "B", "S", "U": self = .begin(type)
        case "I", "E", "L": self = .inside(type)
        default: return nil
        }
    }

    /// BIO well-formedness: I-X may only follow B-X or I-X.
    public static func allowed(from prev: NERTag, to next: NERTag) -> Bool {
        guard next.isInside else { return true }
        return prev.type == next.type
    }
}

/// A typed token range `start..<end` within one sentence. Internal to the recognizer (which turns it
/// into `RecognizedSpan`s and then `Mention`s), so it uses the compiler's memberwise initialiser.
struct TokenSpan: Hashable, Sendable {
    var start: Int
    var end: Int
    var type: NERType
}

/// Tags to spans and back, for the tagger, its rules and its scores.
enum BIO {
    /// Spans with conlleval semantics: an I- tag after O or after another type starts a new span.
    static func spans(_ tags: [NERTag]) -> [TokenSpan] {
        var out: [TokenSpan] = []
        var start = -1
        var type: NERType?
        for i in 0...tags.count {
            let t = i < tags.count ? tags[i] : .o
            let begins = t.isBegin || (t.isInside && t.type != type)
            if start >= 0, t == .o || begins, let ty = type {
                out.append(TokenSpan(start: start, end: i, type: ty))
                start = -1
                type = nil
            }
            if t != .o, start < 0 {
                start = i
                type = t.type
            }
        }
        return out
    }

    /// Tags for spans over `count` tokens; spans must not overlap.
    static func tags(_ spans: [TokenSpan], count: Int) -> [NERTag] {
        var tags = [NERTag](repeating: .o, count: count)
        for s in spans where s.start >= 0 && s.end <= count && s.start < s.end {
            tags[s.start] = .begin(s.type)
            for i in (s.start + 1)..<s.end { tags[i] = .inside(s.type) }
        }
        return tags
    }
}
