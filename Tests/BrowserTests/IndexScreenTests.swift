// The screens on a real SQLite index, not only on the hand-built fixture store: every screen drawn
// from an index file of a fixture folder must be the very grid that the same folder analysed into
// memory (`--no-index`) gives (one store, one set of screens), and must stay a clean grid of the
// terminal's size.

import Browser
import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct IndexScreenTests {
    /// The e2e fixture folder, indexed into a temporary file once, and the same folder in memory.
    static let stores: (index: SQLiteStore, memory: SQLiteStore)? = {
        // In the scratch folder, removed when the tests end: the store stays open for every test.
        let dir = Fixtures.scratch.appendingPathComponent("screens-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var options = IndexOptions(indexPath: dir.appendingPathComponent("index.sqlite").path)
        options.staleWhileUpdating = false
        guard let (index, _) = try? CorpusIndex.open(corpus: Fixtures.path("e2e"), analyzer: Analyzer(), options: options),
              let (memory, _) = try? CorpusIndex.openInMemory(corpus: Fixtures.path("e2e"), analyzer: Analyzer(),
                                                             options: IndexOptions()) else { return nil }
        return (index, memory)
    }()

    /// Key names separated by spaces; a word starting with "=" is typed as text.
    static let walks = ["", "Enter", "Enter Tab Tab", "Enter Tab Enter", "Enter Tab Enter Tab Tab Tab j", "e", "e Tab",
                        "e Enter", "t", "t j Enter", "?", "W", "f =Velmora Enter", "s G", "/ =velmora",
                        "/ =velmora Tab Enter n"]

    static func drive(_ store: any CorpusStore, size: Size, walk: String) throws -> Grid {
        let browser = Browser(store: store)
        var state = try browser.start(size: size, corpusName: "e2e")
        for word in walk.split(separator: " ") {
            if word.hasPrefix("=") {
                for c in word.dropFirst() { state = browser.handle(.key(.char(c)), state); state = browser.handle(.idle, state) }
            } else if let key = Key(name: String(word)) {
                state = browser.handle(.key(key), state)
            } else {
                Issue.record("bad key name \(word)")
            }
        }
        return Browser.render(state, size: size)
    }

    @Test(arguments: [Size(rows: 24, cols: 80), Size(rows: 12, cols: 40), Size(rows: 40, cols: 140)])
    func everyScreenFromTheIndexIsTheScreenFromMemory(size: Size) throws {
        let stores = try #require(Self.stores, "could not index Tests/Fixtures/e2e")
        for walk in Self.walks {
            let fromIndex = try Self.drive(stores.index, size: size, walk: walk)
            let fromMemory = try Self.drive(stores.memory, size: size, walk: walk)
            #expect(fromIndex.text == fromMemory.text, "“\(walk)” at \(size) differs between the index file and memory")
            #expect(fromIndex.cells.count == size.rows * size.cols)
            #expect(!fromIndex.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        }
        // The walks reach real screens, not an error line.
        let reader = try Self.drive(stores.index, size: size, walk: "Enter").text
        #expect(!reader.contains("Cannot open"))
        let search = try Self.drive(stores.index, size: size, walk: "/ =velmora").text
        #expect(search.contains("Velmora"))
    }
}
