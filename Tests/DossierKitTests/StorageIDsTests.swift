// Storage ids keep the model's order, keep every item's id that can be kept, and map back to ordinals.

@testable import DossierKit
import Testing

@Suite struct StorageIDsTests {
    let s = StorageIDs.spacing

    @Test func aFirstWriteSpacesIds() {
        #expect(StorageIDs.assign([nil, nil, nil]) == [s, 2 * s, 3 * s])
        #expect(StorageIDs.assign([]) == [])
    }

    @Test func newItemsGoInTheGapsAndKeptOnesKeepTheirIds() {
        // One new item between two, two after the last, one before the first.
        #expect(StorageIDs.assign([s, nil, 2 * s, nil, nil]) == [s, s + s / 2, 2 * s, 3 * s, 4 * s])
        #expect(StorageIDs.assign([nil, s]) == [s / 2, s])
        // Three new items share a gap evenly.
        #expect(StorageIDs.assign([4, nil, nil, nil, 8]) == [4, 5, 6, 7, 8])
    }

    @Test func anItemThatMovedTakesANewId() {
        // The item stored last now comes first: the other two keep their ids, it goes before them.
        let ids = StorageIDs.assign([3 * s, s, 2 * s])
        #expect(ids[1] == s && ids[2] == 2 * s)
        #expect(ids[0] > 0 && ids[0] < s)
    }

    @Test func aGapTooNarrowIsWidened() {
        // No room between 2s+1 and 2s+2: their neighbours move too, the rest keep their ids.
        #expect(StorageIDs.assign([s, 2 * s, 2 * s + 1, nil, 2 * s + 2, 3 * s])
                == [s, 2 * s, 2 * s + s / 4, 2 * s + s / 2, 2 * s + 3 * s / 4, 3 * s])
        // Up to the start, where ids begin again from the spacing.
        #expect(StorageIDs.assign([4, nil, 5]) == [s, 2 * s, 3 * s])
    }

    @Test func idsAlwaysIncrease() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let n = Int(rng.next() % 30)
            var pool = (1...60).map { $0 * 1000 }.shuffled(using: &rng)
            let stored: [Int?] = (0..<n).map { _ in rng.next() % 3 == 0 ? nil : pool.popLast() }
            let ids = StorageIDs.assign(stored)
            #expect(ids.count == n)
            #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }, "\(stored) → \(ids)")
            // As many stored ids kept as the longest increasing run of them.
            let kept = zip(stored, ids).filter { $0.0 == $0.1 }.count
            #expect(kept <= StorageIDs.increasingRun(stored).filter { $0 }.count)
        }
    }

    @Test func entitiesKeepTheirIdsWhateverTheirOrder() {
        #expect(StorageIDs.keep([3 * s, nil, s, nil], storedMax: 3 * s) == [3 * s, 4 * s, s, 5 * s])
        #expect(StorageIDs.keep([nil, nil], storedMax: 0) == StorageIDs.fresh(2))
        let list = IDList(ids: [30, 10, 20])
        #expect(list.ordinal(10) == 2 && list.ordinal(30) == 1 && list.ordinal(11) == 0)
        #expect(list.id(1) == 30)
    }

    @Test func ordinalsAreRanks() {
        let list = IDList(ids: [10, 20, 35])
        #expect(list.ordinal(20) == 2)
        #expect(list.ordinal(21) == 0)
        #expect(list.id(3) == 35)
        #expect(list.id(0) == -1 && list.id(4) == -1)
    }
}
