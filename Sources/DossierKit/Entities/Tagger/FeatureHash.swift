// 64-bit hashing of token text and feature templates, so features are integers, never strings.

/// Stable across runs and platforms (the trained model stores these hashes): FNV-1a over scalars,
/// finished with a SplitMix64 mixer. Not Swift's `Hasher`, which is seeded per process.
public enum FeatureHash {
    @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines a template or running hash with a value.
    @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x100_0000_01B3 ^ b)
    }

    public static let offset: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    public static func step(_ h: UInt64, _ scalar: UInt32) -> UInt64 {
        (h ^ UInt64(scalar)) &* 0x100_0000_01B3
    }

    /// Hash of a string's normalised lower-case form (as the tagger sees tokens).
    public static func lowerWord(_ s: some StringProtocol) -> UInt64 {
        var h = offset
        for u in s.unicodeScalars { h = step(h, TokenText.lower(TokenText.normalize(u.value))) }
        return mix(h)
    }

    /// Hash of a phrase of lower-cased words (gazetteer entries), words joined by one separator.
    public static func lowerPhrase(_ words: [Substring]) -> UInt64 {
        var h: UInt64 = offset
        for (i, w) in words.enumerated() {
            if i > 0 { h = combine(h, 0x20) }
            h = combine(h, lowerWord(w))
        }
        return h
    }
}

/// Scalar-level normalisation shared by every feature: typographic quotes and dashes fold to the
/// ASCII forms CoNLL text uses, and case folding has an ASCII fast path.
public enum TokenText {
    @inline(__always)
    public static func normalize(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032: return 0x27  // ’ → '
        case 0x201C, 0x201D, 0x201F, 0x00AB, 0x00BB: return 0x22  // “ ” « » → "
        case 0x2010, 0x2011, 0x2012, 0x2013: return 0x2D  // hyphens, en dash → -
        case 0x2014, 0x2015: return 0x2D
        default: return v
        }
    }

    @inline(__always)
    public static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 65 && v <= 90) ? v + 32 : v }
        guard let s = Unicode.Scalar(v), s.properties.isUppercase else { return v }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    @inline(__always)
    public static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 65 && v <= 90 }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    @inline(__always)
    public static func isLower(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 97 && v <= 122 }
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }

    @inline(__always)
    public static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

    @inline(__always)
    public static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }
}

/// An open-addressing table from 64-bit hashes to small values, stored as flat arrays so that a
/// model file loads with a few copies. Keys keep 32 bits of the hash beyond the slot bits, so a
/// false match needs a 1-in-4-billion coincidence.
public struct FingerprintTable: Sendable {
    public private(set) var keys: [UInt32]
    public private(set) var values: [UInt32]
    let mask: Int

    public var capacity: Int { keys.count }
    public var count: Int { keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// Capacity is a power of two holding `expected` entries at a load of at most one half.
    public init(expected: Int) {
        var cap = 16
        while cap < expected * 2 { cap <<= 1 }
        keys = [UInt32](repeating: 0, count: cap)
        values = [UInt32](repeating: 0, count: cap)
        mask = cap - 1
    }

    public init(keys: [UInt32], values: [UInt32]) {
        self.keys = keys
        self.values = values
        mask = keys.count - 1
    }

    @inline(__always)
    static func fingerprint(_ h: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: h >> 32)
        return f == 0 ? 1 : f
    }

    /// Sets or replaces the value for `h`.
    public mutating func set(_ h: UInt64, _ value: UInt32) {
        let fp = Self.fingerprint(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while keys[i] != 0 && keys[i] != fp { i = (i + 1) & mask }
        keys[i] = fp
        values[i] = value
    }

    @inline(__always)
    public func get(_ h: UInt64) -> UInt32? {
        let fp = Self.fingerprint(h)
        var i = Int(truncatingIfNeeded: h) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let key = k[i]
                if key == fp { return values[i] }
                if key == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
