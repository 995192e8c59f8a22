// Builds the tagger lexicon from gazetteer files and a word-cluster table (training time only).

import Foundation

public enum LexiconBuilder {
    /// Entries of one gazetteer file: one name per line, `#` starts a comment, blank lines ignored.
    /// A line may also say which country the name stands for (`Britain = United Kingdom`, see
    /// `forms`); the entry is the name before ` = `.
    public static func entries(_ text: String) -> [String] {
        forms(text).map(\.name)
    }

    /// Each entry with the country its line names (`NAME = COUNTRY` in countries.txt and demonyms.txt,
    /// which `Countries` reads), or nil.
    public static func forms(_ text: String) -> [(name: String, country: String?)] {
        text.split(separator: "\n").compactMap { line in
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = body.components(separatedBy: " = ")
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
            let country = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            return (name, country.isEmpty ? nil : country)
        }
    }

    /// Reads every `GazetteerType` file (`NAME.txt`, `NAME-*.txt`) present in `folder` and tokenises entries as article text is tokenised.
    public static func gazetteers(in folder: URL) throws -> [(GazetteerType, [Substring])] {
        var out: [(GazetteerType, [Substring])] = []
        let names = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted()
        for type in GazetteerType.allCases {
            for name in names where name == type.fileName + ".txt" || (name.hasPrefix(type.fileName + "-") && name.hasSuffix(".txt")) {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for entry in entries(text) {
                    out.append((type, Tokenizer.tokenize(entry).map { Substring($0.text) }))
                }
            }
        }
        return out
    }

    /// Reads `word<TAB>level1<TAB>level2<TAB>level3<TAB>capitalBucket` lines (see `ClusterBuilder`).
    public static func wordTable(_ text: String, name: String) throws -> FingerprintTable {
        var rows: [(UInt64, UInt32)] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let c = line.split(separator: "\t")
            guard c.count == 5, let a = Int(c[1]), let b = Int(c[2]), let d = Int(c[3]), let cap = Int(c[4]) else {
                throw DossierError.badInput(file: name, line: n + 1, message: "expected word, three cluster numbers and a capital bucket separated by tabs.")
            }
            rows.append((FeatureHash.lowerWord(c[0]), WordStats(level1: a, level2: b, level3: d, capitalBucket: cap).raw))
        }
        var table = FingerprintTable(expected: rows.count)
        for (h, v) in rows { table.set(h, v) }
        return table
    }

    public static func lexicon(gazetteerFolder: URL?, clusters: URL?) throws -> TaggerLexicon {
        var phrases = FingerprintTable(expected: 1), maxLen = 0
        if let gazetteerFolder {
            (phrases, maxLen) = TaggerLexicon.phraseTable(try gazetteers(in: gazetteerFolder))
        }
        var words = FingerprintTable(expected: 1)
        if let clusters {
            words = try wordTable(try String(contentsOf: clusters, encoding: .utf8), name: clusters.path)
        }
        return TaggerLexicon(words: words, phrases: phrases, maxPhraseLength: maxLen)
    }
}
