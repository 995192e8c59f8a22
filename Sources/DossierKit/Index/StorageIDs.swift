// Storage ids. The model numbers articles, entities and events 1, 2, 3 … in corpus order, and those
// numbers shift when a file that sorts early is added: had the index stored rows under them, adding 50
// stories to 4,677 rewrote almost every row of every table (932,000 of 467,000 rows deleted and
// inserted). So rows are stored under ids that an update keeps for every item it finds again (an
// article by its source, an entity by its first mention or else its name, an event by its place in
// its article); the store turns them into the model's numbers at its boundary (`IDList`), so what it
// answers is what a fresh analysis numbers, whatever ids the rows have.
//
// Articles and events keep their order when stories are added (an event sorts by its article), so
// their ids keep it too (`assign`): a first write spaces them `spacing` apart, new items go in the
// gaps, and an item's number is its id's rank. An entity sorts by its first mention, which a new
// story that sorts early moves to the front (every story names the United States), so entities keep
// their ids whatever their order (`keep`) and the entities table holds each one's number (`ord`).

import Foundation

enum StorageIDs {
    /// The gap a first write leaves between two neighbours: room for 63 items added at one place (more
    /// widen the gap, `assign`). Wider gaps cost bytes: SQLite stores an integer in as few bytes as it
    /// needs, ids are in most rows and indexes, and the article text index stores the step from one
    /// article's id to the next, in one byte up to 127. The index of 4,677 stories was 66.9 MiB with
    /// ids 1 apart, 74.5 with ids 2^20 apart, 70.4 with 1,024 apart.
    static let spacing = 1 << 6

    /// Ids, strictly increasing, for a model's items in order, given the id each one had when last
    /// written (`stored`, nil for a new item; each stored id given at most once). Items that keep
    /// their order keep their ids (the longest run of stored ids that increases, so that an item that
    /// moved is the one given a new id); the others take evenly spaced ids between their neighbours.
    /// A gap too narrow for what goes in it is widened: as many of its neighbours on each side as it
    /// has items take new ids too, again until there is room (at the start and the end there always is).
    static func assign(_ stored: [Int?]) -> [Int] {
        var keep = increasingRun(stored)
        while let (start, end) = narrowGap(stored, keep) {
            // Un-keep as many kept items on each side as the run has items.
            let count = end - start
            var left = start, right = end, taken = 0
            while taken < count && left > 0 { left -= 1; if keep[left] { keep[left] = false; taken += 1 } }
            taken = 0
            while taken < count && right < stored.count { if keep[right] { keep[right] = false; taken += 1 }; right += 1 }
        }
        var out = [Int](repeating: 0, count: stored.count)
        forEachRun(stored, keep) { start, end, low, high in
            let step = high.map { ($0 - low) / (end - start + 1) } ?? spacing
            for k in start..<end { out[k] = low + step * (k - start + 1) }
        }
        for (i, id) in stored.enumerated() where keep[i] { out[i] = id! }
        return out
    }

    /// The first run of new items whose gap has no room for them.
    private static func narrowGap(_ stored: [Int?], _ keep: [Bool]) -> (Int, Int)? {
        var found: (Int, Int)?
        forEachRun(stored, keep) { start, end, low, high in
            if found == nil, let high, (high - low) / (end - start + 1) < 1 { found = (start, end) }
        }
        return found
    }

    /// Each run `start..<end` of items not kept, with the id of the kept item before it (0 at the start)
    /// and after it (nil at the end).
    private static func forEachRun(_ stored: [Int?], _ keep: [Bool], _ body: (Int, Int, Int, Int?) -> Void) {
        var low = 0, i = 0
        while i < stored.count {
            if keep[i] { low = stored[i]!; i += 1; continue }
            var j = i
            while j < stored.count && !keep[j] { j += 1 }
            body(i, j, low, j < stored.count ? stored[j] : nil)
            i = j
        }
    }

    /// Ids for a model's items that need not follow their order: each keeps its stored id; new items
    /// take ids above every stored one (`storedMax`), `spacing` apart, as a first write does.
    static func keep(_ stored: [Int?], storedMax: Int) -> [Int] {
        var next = (storedMax / spacing + 1) * spacing
        return stored.map { id in
            if let id { return id }
            defer { next += spacing }
            return next
        }
    }

    /// Ids of a first write: 1, 2, 3 … times `spacing`.
    static func fresh(_ count: Int) -> [Int] { (0..<count).map { ($0 + 1) * spacing } }

    /// Which of `values` form a longest strictly increasing run (nil values never do), by patience
    /// sorting: O(n log n).
    static func increasingRun(_ values: [Int?]) -> [Bool] {
        var tails: [Int] = []      // index into values of the smallest tail of a run of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]]! < v { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var keep = [Bool](repeating: false, count: values.count)
        var k = tails.last ?? -1
        while k >= 0 {
            keep[k] = true
            k = previous[k]
        }
        return keep
    }
}

/// One table's storage ids by the model's ordinals (1-based), and the ordinal of each id.
struct IDList: Sendable {
    /// The ids in the model's order.
    let ids: [Int]
    /// Ordinals by id, for ids that do not increase with them (entities); nil: an ordinal is an id's rank.
    private let ordinals: [Int: Int]?

    init(ids: [Int]) {
        self.ids = ids
        ordinals = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 } ? nil
            : Dictionary(ids.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
    }

    /// The ordinal of the row with storage id `id`; 0 (no item) for an id not stored.
    func ordinal(_ id: Int) -> Int {
        if let ordinals { return ordinals[id] ?? 0 }
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id ? lo + 1 : 0
    }

    /// The storage id of ordinal `n`; -1, which no row has, when there is no such item.
    func id(_ n: Int) -> Int { n >= 1 && n <= ids.count ? ids[n - 1] : -1 }
}

/// The storage ids a write gives the model's articles, entities and events (by ordinal).
struct StorageMapping: Sendable {
    var articles: [Int]
    var entities: [Int]
    var events: [Int]

    /// Ordinals as ids (-1 for an ordinal out of range), so that a dangling reference stays dangling.
    func article(_ id: ArticleID) -> Int { Self.at(articles, id.ordinal) }
    func entity(_ id: EntityID) -> Int { Self.at(entities, id.ordinal) }
    func event(_ id: EventID) -> Int { Self.at(events, id.ordinal) }

    private static func at(_ ids: [Int], _ n: Int) -> Int { n >= 1 && n <= ids.count ? ids[n - 1] : -1 }
}
