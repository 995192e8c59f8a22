// The cross-article linking of one component (`CorpusLinker.components`: local entities that share a
// key some rule looks up) memoised across runs of the index, like an article's own linking
// (`LinkMemo`). A component's joins depend on its members' names and stories and on a few facts about
// the whole corpus: how many stories write a name, which one-word names the corpus writes in lower
// case, which letters it writes in the plural, which names are places, which longer names end in a
// word. The input digest covers the members and what their stories name; the corpus-wide questions
// asked are stored with the answers got, and the stored joins are reused only while every answer
// still holds. So a stored component is what linking it again would give, by construction, however
// the rest of the corpus changed; an update links again only the components its files touch.
//
// The stored form does not depend on where the stories sit in the corpus: members are numbered within
// the component, and reasons name stories by a placeholder (their rank among the component's
// stories), replaced by the real ids when the joins are used, on a fresh run as on a reused one.

import Foundation

/// A corpus-wide question a component's linking asked, with the answer it got.
enum FactRead: Hashable, Sendable {
    /// How many stories write a name (`ArticleLinker.frequencyKey`).
    case frequency(String, Int)
    /// Whether the corpus writes this one-word name in lower case in several stories.
    case commonWord(String, Bool)
    /// Whether the corpus writes these letters in the plural.
    case countable(String, Bool)
    /// Whether the corpus writes a name (by core key) as a place.
    case placeName(String, Bool)
    /// The unqualified organization names ending in this word.
    case lastWord(String, [[String]])
    /// Whether one story in a hundred or more names this context key (`CorpusFacts.isWidelyNamed`).
    case widelyNamed(String, Bool)
}

/// The questions one component's linking asks, each once, in the order first asked. One linker on
/// one thread writes it (each component's linker has its own).
final class FactReads: @unchecked Sendable {
    private(set) var all: [FactRead] = []
    private var seen: Set<FactRead> = []

    func note(_ read: FactRead) {
        if seen.insert(read).inserted { all.append(read) }
    }
}

extension CorpusFacts {
    func count(_ key: String, _ reads: FactReads?) -> Int {
        let n = frequency[key] ?? 0
        reads?.note(.frequency(key, n))
        return n
    }

    func isCommonWord(_ word: String, _ reads: FactReads?) -> Bool {
        let yes = commonWords.contains(word)
        reads?.note(.commonWord(word, yes))
        return yes
    }

    func isCountable(_ letters: String, _ reads: FactReads?) -> Bool {
        let yes = countable.contains(letters)
        reads?.note(.countable(letters, yes))
        return yes
    }

    func isPlaceName(_ key: String, _ reads: FactReads?) -> Bool {
        let yes = placeNames.contains(key)
        reads?.note(.placeName(key, yes))
        return yes
    }

    func namesEnding(in word: String, _ reads: FactReads?) -> [[String]] {
        let names = byLastWord[word] ?? []
        reads?.note(.lastWord(word, names))
        return names
    }

    /// Whether one story in a hundred or more (and at least 20) names this context key: such a name
    /// shared by a line-up and another story ties them by chance ("Chelsea").
    func isWidelyNamed(_ key: String, _ reads: FactReads?) -> Bool {
        let yes = (storiesNaming[key] ?? 0) > max(20, named.count / 100)
        reads?.note(.widelyNamed(key, yes))
        return yes
    }

    /// Whether the corpus still answers as it did.
    func holds(_ read: FactRead) -> Bool {
        switch read {
        case .frequency(let key, let n): return (frequency[key] ?? 0) == n
        case .commonWord(let word, let yes): return commonWords.contains(word) == yes
        case .countable(let letters, let yes): return countable.contains(letters) == yes
        case .placeName(let key, let yes): return placeNames.contains(key) == yes
        case .lastWord(let word, let names): return (byLastWord[word] ?? []) == names
        case .widelyNamed(let key, let yes): return isWidelyNamed(key, nil) == yes
        }
    }
}

/// One component's joins in their stored, position-free form.
struct LinkedComponent: Sendable, Equatable {
    struct Join: Sendable, Equatable {
        /// Members by their number within the component.
        var a: Int
        var b: Int
        /// Names stories by `LinkedComponent.label(rank)`.
        var reason: String
        var confidence: Double
    }

    var joins: [Join]
    var refusals: [String]
    /// Lone surnames left unlinked: [member, candidate members...].
    var ambiguous: [[Int]]
    /// The corpus-wide answers the joins depend on.
    var reads: [FactRead]

    /// The version of the stored form (`MemoCodec.linkedComponent`).
    static let recordFormat: UInt8 = 1

    /// How a reason names the component's story of this rank (characters no reason otherwise holds).
    static func label(_ rank: Int) -> String { "\u{2}\(rank)\u{3}" }

    /// `text` with each story placeholder replaced by `labels[rank]`.
    static func restore(_ text: String, labels: [String]) -> String {
        guard text.utf8.contains(2) else { return text }
        var out = ""
        var rank: Int? = nil
        for u in text.unicodeScalars {
            if u == "\u{2}" { rank = 0; continue }
            if let r = rank {
                if u == "\u{3}" {
                    out += r < labels.count ? labels[r] : "?"
                    rank = nil
                } else if let d = u.properties.numericType != nil ? Int(String(u)) : nil {
                    rank = r * 10 + d
                }
                continue
            }
            out.unicodeScalars.append(u)
        }
        return out
    }
}

typealias ComponentMemo = StageMemo<LinkedComponent>

extension MemoCodec where Value == LinkedComponent {
    /// A compact binary record (`BinaryRecord`): JSON was a twentieth of an update's CPU, decoding
    /// every component's joins to check them.
    static var linkedComponent: MemoCodec {
        MemoCodec(encode: { c in
            var w = BinaryRecord.Writer()
            w.byte(LinkedComponent.recordFormat)
            w.varint(c.joins.count)
            for j in c.joins { w.varint(j.a); w.varint(j.b); w.string(j.reason); w.double(j.confidence) }
            w.varint(c.refusals.count)
            for r in c.refusals { w.string(r) }
            w.varint(c.ambiguous.count)
            for row in c.ambiguous { w.varint(row.count); for g in row { w.varint(g) } }
            w.varint(c.reads.count)
            for read in c.reads {
                switch read {
                case .frequency(let k, let n): w.byte(0); w.string(k); w.varint(n)
                case .commonWord(let k, let yes): w.byte(1); w.string(k); w.byte(yes ? 1 : 0)
                case .countable(let k, let yes): w.byte(2); w.string(k); w.byte(yes ? 1 : 0)
                case .placeName(let k, let yes): w.byte(3); w.string(k); w.byte(yes ? 1 : 0)
                case .lastWord(let k, let names):
                    w.byte(4); w.string(k); w.varint(names.count)
                    for words in names { w.varint(words.count); for x in words { w.string(x) } }
                case .widelyNamed(let k, let yes): w.byte(5); w.string(k); w.byte(yes ? 1 : 0)
                }
            }
            return w.data
        }, decode: { data in
            var r = BinaryRecord.Reader(data)
            func list<T>(_ one: (inout BinaryRecord.Reader) throws -> T) throws -> [T] {
                let n = try r.count()
                var out: [T] = []
                out.reserveCapacity(n)
                for _ in 0..<n { out.append(try one(&r)) }
                return out
            }
            guard (try? r.byte()) == LinkedComponent.recordFormat else { return nil }
            do {
                let joins = try list { r in LinkedComponent.Join(a: try r.varint(), b: try r.varint(), reason: try r.string(), confidence: try r.double()) }
                let refusals = try list { r in try r.string() }
                let ambiguous = try list { r in try (0..<r.count()).map { _ in try r.varint() } }
                let reads: [FactRead] = try list { r in
                    switch try r.byte() {
                    case 0: return .frequency(try r.string(), try r.varint())
                    case 1: return .commonWord(try r.string(), try r.byte() == 1)
                    case 2: return .countable(try r.string(), try r.byte() == 1)
                    case 3: return .placeName(try r.string(), try r.byte() == 1)
                    case 4:
                        let k = try r.string()
                        let n = try r.count()
                        var names: [[String]] = []
                        for _ in 0..<n { names.append(try (0..<r.count()).map { _ in try r.string() }) }
                        return .lastWord(k, names)
                    case 5: return .widelyNamed(try r.string(), try r.byte() == 1)
                    default: throw BinaryRecord.Reader.damaged
                    }
                }
                guard r.at == r.bytes.count else { return nil }
                return LinkedComponent(joins: joins, refusals: refusals, ambiguous: ambiguous, reads: reads)
            } catch { return nil }
        })
    }
}
