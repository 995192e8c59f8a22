// Reads and writes CoNLL-2003 style files: one token per line, blank lines between sentences, -DOCSTART- lines.

/// A parsed CoNLL file that remembers every original line, so annotation can write it back exactly.
public struct ConllFile: Sendable {
    public enum LineKind: Sendable, Equatable {
        case blank
        case docStart
        /// A token line; its word is `words[index]`.
        case token(index: Int)
    }

    public var name: String
    public var lines: [Substring]
    public var kinds: [LineKind]
    /// Token words in file order.
    public var words: [Substring]
    /// The last column of each token line (the gold tag in a gold file).
    public var lastColumns: [Substring]
    /// Documents → sentences → token indices (into `words`).
    public var documents: [[[Int]]]
    /// Whether the text ended with a newline (kept on output).
    public var endsWithNewline: Bool

    /// Parses `text`; a token line needs at least two columns (word and tag), else a `badInput` error naming the line.
    public static func parse(_ text: String, name: String) throws -> ConllFile {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        var kinds: [LineKind] = []
        var words: [Substring] = [], last: [Substring] = []
        var documents: [[[Int]]] = [[]]
        var sentence: [Int] = []
        kinds.reserveCapacity(lines.count)
        func closeSentence() {
            if !sentence.isEmpty { documents[documents.count - 1].append(sentence); sentence = [] }
        }
        for (n, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            lines[n] = line
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                kinds.append(.blank)
                closeSentence()
                continue
            }
            if columns[0] == "-DOCSTART-" {
                kinds.append(.docStart)
                closeSentence()
                if !(documents.last?.isEmpty ?? true) { documents.append([]) }
                continue
            }
            guard columns.count >= 2 else {
                throw DossierError.badInput(
                    file: name, line: n + 1,
                    message: "a token line needs at least two columns (word and tag), found one: \"\(line)\". "
                        + "Use CoNLL-2003 format: WORD [POS CHUNK] TAG, blank line between sentences.")
            }
            kinds.append(.token(index: words.count))
            sentence.append(words.count)
            words.append(columns[0])
            last.append(columns[columns.count - 1])
        }
        closeSentence()
        if documents.count > 1 && (documents.last?.isEmpty ?? false) { documents.removeLast() }
        return ConllFile(name: name, lines: lines, kinds: kinds, words: words, lastColumns: last,
                         documents: documents, endsWithNewline: endsWithNewline)
    }

    /// Gold tags from the last column; `badInput` for a tag that is not O/B-X/I-X of PER, ORG, LOC, MISC.
    public func goldTags() throws -> [NERTag] {
        var tags: [NERTag] = []
        tags.reserveCapacity(lastColumns.count)
        var tokenLine = [Int](repeating: 0, count: words.count)
        for (n, k) in kinds.enumerated() { if case .token(let i) = k { tokenLine[i] = n + 1 } }
        for (i, c) in lastColumns.enumerated() {
            guard let t = NERTag(parsing: c) else {
                throw DossierError.badInput(file: name, line: tokenLine[i],
                                            message: "\"\(c)\" is not a tag (expected O, B-/I- with PER, ORG, LOC or MISC).")
            }
            tags.append(t)
        }
        return tags
    }

    /// The same lines, each non-blank one with one more column: the predicted tag (O on -DOCSTART- lines).
    public func annotated(with predicted: [NERTag]) -> String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 8 })
        for (n, line) in lines.enumerated() {
            switch kinds[n] {
            case .blank: out += line
            case .docStart: out += line; out += " O"
            case .token(let i): out += line; out += " "; out += predicted[i].description
            }
            if n + 1 < lines.count || endsWithNewline { out += "\n" }
        }
        return out
    }
}
