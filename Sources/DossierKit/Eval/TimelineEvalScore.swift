// The SemEval-2015 TimeLine file format (read and write) and the scores `dossier eval timeline` prints:
// event-mention P/R/F1, the same with the date, and how many gold ordered pairs keep their order.

import Foundation

/// One event mention in a timeline file: `DOCID-SENTID-TOKEN`.
public struct TimelineMention: Hashable, Sendable, CustomStringConvertible {
    public var doc: String
    public var sentence: String
    public var token: String

    public var description: String { "\(doc)-\(sentence)-\(token)" }

    /// The scoring key: the token compared without case, as the task's scorer does.
    var key: TimelineItemKey { TimelineItemKey(doc: doc, sentence: sentence, token: token.lowercased()) }
}

struct TimelineItemKey: Hashable, Sendable {
    var doc: String
    var sentence: String
    var token: String
}

/// One line: ORDER, DATE and the co-referring mentions of one event.
public struct TimelineLine: Hashable, Sendable {
    /// Chronological rank; 0 = undated.
    public var order: Int
    /// `YYYY-MM-DD` with `XX` for unknown parts.
    public var date: String
    public var mentions: [TimelineMention]
    /// The kind of the event the line was built from ("event", "statement", ...): not written to the
    /// file, kept for the per-kind figures; nil when read from a file.
    public var kind: String?
}

/// One entity's timeline file.
public struct TimelineFile: Hashable, Sendable {
    public var entity: String
    public var lines: [TimelineLine]

    /// The file name the task gives an entity: lower case, spaces as underscores ("boeing_787_dreamliner.txt").
    public static func fileName(for entity: String) -> String {
        entity.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: "_") + ".txt"
    }

    /// Reads a timeline as the task's scorer does: line 1 is the entity; a line with fewer than three
    /// tab-separated fields, an ORDER that is not a number or a mention without two '-' is skipped.
    public static func parse(_ text: String) -> TimelineFile {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        let entity = lines.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        var out: [TimelineLine] = []
        for raw in lines.dropFirst() {
            let parts = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3, let order = Int(parts[0].trimmingCharacters(in: .whitespaces)) else { continue }
            var mentions: [TimelineMention] = []
            for p in parts.dropFirst(2) {
                let ev = p.trimmingCharacters(in: .whitespaces)
                let bits = ev.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                guard bits.count == 3 else { continue }
                mentions.append(TimelineMention(doc: String(bits[0]), sentence: String(bits[1]), token: String(bits[2])))
            }
            out.append(TimelineLine(order: order, date: parts[1].trimmingCharacters(in: .whitespaces), mentions: mentions))
        }
        return TimelineFile(entity: entity, lines: out)
    }

    /// The file's text: the entity, then one tab-separated line per event.
    public func render() -> String {
        var s = entity + "\n"
        for l in lines {
            s += ([String(l.order), l.date] + l.mentions.map(\.description)).joined(separator: "\t") + "\n"
        }
        return s
    }

    /// Items by key with the ORDER and DATE of the first line that names them.
    func items() -> [TimelineItemKey: (order: Int, date: String)] {
        var out: [TimelineItemKey: (order: Int, date: String)] = [:]
        for l in lines {
            for m in l.mentions where out[m.key] == nil { out[m.key] = (l.order, l.date) }
        }
        return out
    }

    /// How many of the items each kind of event gave, and how many of those the gold has.
    public func itemsByKind(gold: TimelineFile?) -> [String: (items: Int, matched: Int)] {
        let g = gold?.items() ?? [:]
        var seen = Set<TimelineItemKey>()
        var out: [String: (items: Int, matched: Int)] = [:]
        for l in lines {
            for m in l.mentions where seen.insert(m.key).inserted {
                let k = l.kind ?? "unknown"
                out[k, default: (0, 0)].items += 1
                if g[m.key] != nil { out[k, default: (0, 0)].matched += 1 }
            }
        }
        return out
    }
}

/// Counts behind the timeline scores, summable over entities and corpora.
public struct TimelineCounts: Hashable, Codable, Sendable, Tally {
    public var gold = 0
    public var system = 0
    /// Items in both (entity, document, sentence, token).
    public var matched = 0
    /// Matched items whose DATE is also the same.
    public var dated = 0
    /// Pairs of matched items that both timelines order (ORDER > 0 in both).
    public var pairs = 0
    /// Of those, pairs with the same relation (before, same, after) in both.
    public var pairsKept = 0

    public init() {}

    public static var counters: [WritableKeyPath<TimelineCounts, Int>] {
        [\.gold, \.system, \.matched, \.dated, \.pairs, \.pairsKept]
    }

    public var events: PRF { PRF(correct: matched, system: system, gold: gold) }
    public var datedEvents: PRF { PRF(correct: dated, system: system, gold: gold) }
    /// Share of ordered gold pairs kept; 0 when there is none.
    public var order: Double { pairs > 0 ? Double(pairsKept) / Double(pairs) : 0 }
}

public enum TimelineScorer {
    /// Scores one entity's timeline against its gold (a missing system file is an empty timeline).
    public static func score(gold: TimelineFile, system: TimelineFile?) -> TimelineCounts {
        let g = gold.items()
        let s = system?.items() ?? [:]
        var c = TimelineCounts()
        c.gold = g.count
        c.system = s.count
        var ordered: [(gold: Int, system: Int)] = []
        for (key, gv) in g {
            guard let sv = s[key] else { continue }
            c.matched += 1
            if gv.date == sv.date { c.dated += 1 }
            if gv.order > 0 && sv.order > 0 { ordered.append((gv.order, sv.order)) }
        }
        func rel(_ a: Int, _ b: Int) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
        for i in ordered.indices {
            for j in ordered.indices where j > i {
                c.pairs += 1
                if rel(ordered[i].gold, ordered[j].gold) == rel(ordered[i].system, ordered[j].system) { c.pairsKept += 1 }
            }
        }
        return c
    }

    /// Scores every gold file of a corpus against the system files of the same name; gold files decide
    /// what is scored (a system file with no gold counterpart is not counted), as the task's scorer does.
    public static func score(gold: [String: TimelineFile], system: [String: TimelineFile]) -> TimelineCounts {
        gold.keys.sorted().reduce(TimelineCounts()) { $0 + score(gold: gold[$1] ?? TimelineFile(entity: "", lines: []), system: system[$1]) }
    }
}
