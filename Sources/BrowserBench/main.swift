// Measures how fast the browser answers keys on a large corpus: the time of every update and
// render along scripted walks through each screen. Not shipped; run it as
//   swift run -c release dossier-ui-bench PATH [--synthetic-entities] [--size 200x60]
// --synthetic-entities adds crude capitalised-word entities and dated events so that the entity
// and timeline screens carry a realistic load before the real recognizer is merged.

import Browser
import DossierKit
import Foundation

struct Timing {
    var label: String
    var update: Duration
    var render: Duration
    /// The process's peak resident memory so far (VmHWM), in MiB: which step raised the peak.
    var peakRSS: Double
}

/// VmHWM of /proc/self/status in MiB (0 where there is none).
func peakRSS() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return kb / 1024
}

func ms(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

var arguments = Array(CommandLine.arguments.dropFirst())
let synthetic = arguments.contains("--synthetic-entities")
arguments.removeAll { $0 == "--synthetic-entities" }
var size = Size(rows: 60, cols: 200)
if let i = arguments.firstIndex(of: "--size"), i + 1 < arguments.count {
    let parts = arguments[i + 1].split(separator: "x").compactMap { Int($0) }
    if parts.count == 2 { size = Size(rows: parts[1], cols: parts[0]) }
    arguments.removeSubrange(i...(i + 1))
}
// --index FILE: browse the persistent index (built or updated first if needed) instead of memory.
var indexPath: String?
if let i = arguments.firstIndex(of: "--index"), i + 1 < arguments.count {
    indexPath = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: dossier-ui-bench PATH [--index FILE] [--synthetic-entities] [--size COLSxROWS]\n".utf8))
    exit(2)
}

let clock = ContinuousClock()
var t0 = clock.now
let store: any CorpusStore
if let indexPath {
    var options = IndexOptions(indexPath: indexPath)
    options.log = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
    let (indexed, report) = try CorpusIndex.open(corpus: path, analyzer: Analyzer(), options: options)
    store = indexed
    print(String(format: "open index: %.0f ms (%@)", ms(clock.now - t0), report.updated ? "updated" : "up to date"))
} else if synthetic {
    var corpus = try Analyzer().analyze(path: path)
    print(String(format: "analyze: %.0f ms (%d articles, %d entities, %d events from the pipeline)",
                 ms(clock.now - t0), corpus.articles.count, corpus.entities.count, corpus.events.count))
    t0 = clock.now
    corpus = SyntheticEntities.add(to: corpus)
    print(String(format: "synthetic entities: %.0f ms (%d entities, %d mentions, %d events)", ms(clock.now - t0),
                 corpus.entities.count, corpus.entities.reduce(0) { $0 + $1.mentions.count }, corpus.events.count))
    t0 = clock.now
    store = try SQLiteStore.inMemory(corpus)
    print(String(format: "store in memory: %.0f ms", ms(clock.now - t0)))
} else {
    // The same stages and store as `--no-index`: an in-memory database.
    let (indexed, _) = try CorpusIndex.openInMemory(corpus: path, analyzer: Analyzer(), options: IndexOptions())
    store = indexed
    print(String(format: "analyze into memory: %.0f ms", ms(clock.now - t0)))
}

t0 = clock.now
let allEvents = try store.timeline(TimelineQuery(includeUndated: true))
print(String(format: "store.timeline (all %d key events): %.0f ms", allEvents.count, ms(clock.now - t0)))
t0 = clock.now
_ = try store.search("president", limit: 200)
_ = try store.lookup("president", limit: 60)
print(String(format: "store.search + lookup (\"president\"): %.0f ms", ms(clock.now - t0)))

let browser = Browser(store: store)
t0 = clock.now
var state = try browser.start(size: size, corpusName: "bench")
let startTime = clock.now - t0
t0 = clock.now
_ = Browser.render(state, size: size)
print(String(format: "start: %.1f ms, first render %.1f ms at %@", ms(startTime), ms(clock.now - t0), size.description))
print(String(format: "peak RSS before the walk: %.1f MiB", peakRSS()))

var timings: [Timing] = []
@MainActor func step(_ label: String, _ input: Input) {
    let a = clock.now
    state = browser.handle(input, state)
    let b = clock.now
    _ = Browser.render(state, size: state.size)
    let c = clock.now
    timings.append(Timing(label: label, update: b - a, render: c - b, peakRSS: peakRSS()))
}
@MainActor func keys(_ label: String, _ names: String, times: Int = 1) {
    for _ in 0..<times {
        for name in names.split(separator: " ") {
            if let key = Key(name: String(name)) { step(label, .key(key)) }
        }
    }
}
@MainActor func type(_ label: String, _ text: String) {
    for c in text {
        step(label, .key(.char(c)))
        // The terminal sends .idle when typing pauses; a deferred search runs then.
        if state.search?.pending == true { step(label + " (query at pause)", .idle) }
    }
}

/// Down a row at a time, a page at a time, to the end and back to the top.
@MainActor func scroll(_ label: String, rows: Int, pages: Int) {
    keys("\(label) j", "j", times: rows)
    keys("\(label) PgDn", "PgDn", times: pages)
    keys("\(label) G/g", "G g")
}

// Article list.
scroll("list", rows: 50, pages: 10)
keys("list sort", "s s")
keys("list filter open", "f")
type("list filter typing", "china")
keys("list filter close", "Esc")
// Reader on the longest article.
let longest = try store.articleSummaries().max { $0.wordCount < $1.wordCount }
if let longest {
    keys("list filter open", "f")
    type("list filter typing", String(longest.displayTitle.prefix(25)))
    keys("list filter close", "Enter")
    keys("reader open", "Enter")
    scroll("reader", rows: 30, pages: 5)
    keys("reader Tab", "Tab", times: 30)
    keys("reader back", "Backspace")
}
// Entity index and the most mentioned entity's page.
keys("index open", "e")
keys("index j", "j", times: 30)
keys("index kind Tab", "Tab Tab Tab Tab")
keys("index sort", "s s")
keys("index filter open", "f")
type("index filter typing", "ch")
keys("index filter close", "Esc")
keys("index g", "g")
keys("entity page open (most mentioned)", "Enter")
keys("entity page j", "j", times: 30)
keys("entity page Tab", "Tab Tab Tab")
keys("entity page G", "G")
keys("entity timeline open", "T")
keys("back", "Backspace Backspace")
// Timeline.
keys("timeline open", "t")
scroll("timeline", rows: 30, pages: 10)
keys("timeline jump", "d")
type("timeline jump typing", "2006-01")
keys("timeline jump enter", "Enter")
keys("timeline Enter", "Enter")
keys("back", "Backspace")
// Search, typed one key at a time (the worst case: no batching).
keys("search open", "/")
type("search typing", "president")
keys("search j", "Down", times: 10)
keys("search Enter", "Enter")
keys("reader n", "n", times: 5)
// Help and resizes.
keys("help", "? ?")
step("resize", .resize(Size(rows: 24, cols: 80)))
step("resize", .resize(size))
keys("history back", "Backspace", times: 6)
keys("history forward", "l", times: 6)

var groups: [String: [Timing]] = [:]
var order: [String] = []
for t in timings {
    if groups[t.label] == nil { order.append(t.label) }
    groups[t.label, default: []].append(t)
}
print("\nstep                                 n   update max   render max   total max (ms)   peak RSS (MiB)")
var slowest: (String, Double) = ("", 0)
for label in order {
    let ts = groups[label] ?? []
    let u = ts.map { ms($0.update) }.max() ?? 0, r = ts.map { ms($0.render) }.max() ?? 0
    let total = ts.map { ms($0.update) + ms($0.render) }.max() ?? 0
    if total > slowest.1 { slowest = (label, total) }
    print(String(format: "%-34@ %4d %12.2f %12.2f %11.2f %16.1f", label as NSString, ts.count, u, r, total, ts.map(\.peakRSS).max() ?? 0))
}
print(String(format: "\nslowest step: %@ %.1f ms (update + render)", slowest.0, slowest.1))
let renders = timings.map { ms($0.render) }.sorted()
print(String(format: "render per frame: median %.2f ms, max %.2f ms over %d frames", renders[renders.count / 2], renders.last ?? 0, renders.count))
