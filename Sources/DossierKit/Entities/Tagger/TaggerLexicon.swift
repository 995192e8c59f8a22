// Word statistics the tagger consults beside its weights: distributional clusters and gazetteers.

/// Gazetteer lists, one file each under `Resources/gazetteers/` (file name = raw value).
public enum GazetteerType: Int, CaseIterable, Sendable {
    case country = 0, region, city, placeWord, firstName, lastName, organization, orgWord, personTitle,
         demonym, dateWord, commonWord

    public var fileName: String {
        switch self {
        case .country: return "countries"
        case .region: return "regions"
        case .city: return "cities"
        case .placeWord: return "place-words"
        case .firstName: return "first-names"
        case .lastName: return "last-names"
        case .organization: return "organizations"
        case .orgWord: return "org-words"
        case .personTitle: return "person-titles"
        case .demonym: return "demonyms"
        case .dateWord: return "date-words"
        case .commonWord: return "common-words"
        }
    }
}

/// Packed per-word statistics from unlabelled news (see `ClusterBuilder`).
public struct WordStats: Sendable, Hashable {
    public var raw: UInt32

    public init(raw: UInt32) { self.raw = raw }

    public init(level1: Int, level2: Int, level3: Int, capitalBucket: Int) {
        raw = UInt32(level1 & 0x3F) | UInt32(level2 & 0xFF) << 6 | UInt32(level3 & 0x7FF) << 14
            | UInt32(capitalBucket & 0x7) << 25 | 1 << 31
    }

    public var level1: Int { Int(raw & 0x3F) }
    public var level2: Int { Int((raw >> 6) & 0xFF) }
    public var level3: Int { Int((raw >> 14) & 0x7FF) }
    /// How often the word is capitalised away from sentence starts: 0 never … 4 always; 5 = rare word.
    public var capitalBucket: Int { Int((raw >> 25) & 0x7) }
}

/// The lexicon baked into a model file, so training and tagging always see the same lists.
public struct TaggerLexicon: Sendable {
    /// Lower-cased word hash → `WordStats.raw`.
    public var words: FingerprintTable
    /// Phrase hash (lower-cased words) → bit i set for `GazetteerType(rawValue: i)`; bit 31 = a longer entry continues.
    public var phrases: FingerprintTable
    public var maxPhraseLength: Int

    public static let continues: UInt32 = 1 << 31

    public init(words: FingerprintTable, phrases: FingerprintTable, maxPhraseLength: Int) {
        self.words = words
        self.phrases = phrases
        self.maxPhraseLength = maxPhraseLength
    }

    public static let empty = TaggerLexicon(words: FingerprintTable(expected: 1), phrases: FingerprintTable(expected: 1),
                                            maxPhraseLength: 0)

    /// Builds the phrase table from gazetteer entries already split into tokens.
    public static func phraseTable(_ entries: [(GazetteerType, [Substring])]) -> (FingerprintTable, Int) {
        var bits: [UInt64: UInt32] = [:]
        var maxLen = 0
        for (type, words) in entries where !words.isEmpty {
            maxLen = max(maxLen, words.count)
            let full = FeatureHash.lowerPhrase(words)
            bits[full, default: 0] |= 1 << UInt32(type.rawValue)
            for n in 1..<words.count {
                bits[FeatureHash.lowerPhrase(Array(words[0..<n])), default: 0] |= continues
            }
        }
        var table = FingerprintTable(expected: bits.count)
        for (h, v) in bits.sorted(by: { $0.key < $1.key }) { table.set(h, v) }
        return (table, maxLen)
    }

    /// Per token, for each gazetteer type, the position in the longest match covering it:
    /// 2 bits per type (0 none, 1 single-word match, 2 first word, 3 later word).
    public func gazetteerMarks(lowerHashes: UnsafeBufferPointer<UInt64>, into marks: UnsafeMutableBufferPointer<UInt32>) {
        let n = lowerHashes.count
        for i in 0..<n { marks[i] = 0 }
        guard maxPhraseLength > 0 else { return }
        var bestLen = [Int](repeating: 0, count: GazetteerType.allCases.count)
        for i in 0..<n {
            var h = FeatureHash.offset
            var len = 0
            for t in 0..<bestLen.count { bestLen[t] = 0 }
            while len < maxPhraseLength && i + len < n {
                if len > 0 { h = FeatureHash.combine(h, 0x20) }
                h = FeatureHash.combine(h, lowerHashes[i + len])
                len += 1
                guard let v = phrases.get(h) else { break }
                if v & ~Self.continues != 0 {
                    for t in 0..<bestLen.count where v & (1 << UInt32(t)) != 0 { bestLen[t] = len }
                }
                if v & Self.continues == 0 { break }
            }
            for t in 0..<bestLen.count where bestLen[t] > 0 {
                let shift = UInt32(2 * t)
                for j in i..<(i + bestLen[t]) {
                    let old = (marks[j] >> shift) & 3
                    let new: UInt32 = bestLen[t] == 1 ? 1 : (j == i ? 2 : 3)
                    // A longer match that started earlier wins over a later one.
                    if old == 0 || (old == 1 && new != 1) { marks[j] = (marks[j] & ~(3 << shift)) | (new << shift) }
                }
            }
        }
    }
}
