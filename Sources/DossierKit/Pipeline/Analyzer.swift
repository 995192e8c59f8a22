// Runs the pipeline stage by stage: read → clean → sentences → mentions → entities → time → events.

import Foundation

public struct Analyzer: Sendable {
    public var cleaner = ArticleCleaner()
    public var recognizer = EntityRecognizer()
    public var linker = EntityLinker()
    public var tagger = TemporalTagger()
    public var dater = ArticleDater()
    public var eventExtractor = EventExtractor()
    public var eventMerger = EventMerger()
    public var versionFinder = ArticleVersions()

    public init() {}

    /// Reads and analyses a file or folder. Throws when the path is missing; bad files become diagnostics.
    public func analyze(path: String) throws -> Corpus {
        let read = try CorpusReader().read(path: path)
        return analyze(read)
    }

    public func analyze(_ read: ReadResult) -> Corpus {
        let articles = buildArticles(read.documents)
        let mentions = recognize(articles)
        return analyzeCorpus(articles: articles, mentions: mentions, diagnostics: read.diagnostics)
    }

    /// Recognizer mentions of each article (not yet linked), in parallel into fixed slots.
    public func recognize(_ articles: [Article], jobs: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> [[Mention]] {
        var mentions = [[Mention]](repeating: [], count: articles.count)
        mentions.withUnsafeMutableBufferPointer { ms in
            let m = UnsafeMutableSendable(ms)
            Parallel.forEach(articles.count, jobs: jobs) { i in
                m.buffer[i] = recognizer.recognize(articles[i])
                progress?(i)
            }
        }
        return mentions
    }

    // MARK: - per-file and corpus-wide stages (the index caches the first, always reruns the second)

    /// The per-file stage: read → clean → articles with sentences → recognizer mentions. Article ids
    /// are local to the file (a1 is its first story); `concatenate` renumbers them in corpus order.
    public func analyzeFiles(_ files: [CorpusFile], reader: CorpusReader = CorpusReader(), jobs: Int? = nil,
                             fileDone: (@Sendable () -> Void)? = nil) -> [FileAnalysis] {
        // Read and clean per file, then recognize per article (one big JSON Lines file still spreads
        // over every core).
        var reads = [(docs: [RawDocument], diagnostics: [Diagnostic])](repeating: ([], []), count: files.count)
        reads.withUnsafeMutableBufferPointer { buf in
            let out = UnsafeMutableSendable(buf)
            Parallel.forEach(files.count, jobs: jobs) { i in
                let r = reader.readFile(files[i])
                out.buffer[i] = (r.documents, r.diagnostics)
            }
        }
        var perFile = buildArticleGroups(reads.map(\.docs), jobs: jobs)
        let flat = perFile.flatMap { $0 }
        var fileOf: [Int] = []
        for (i, arts) in perFile.enumerated() {
            fileOf += [Int](repeating: i, count: arts.count)
            if arts.isEmpty { fileDone?() }
        }
        let remaining = Remaining(perFile.map(\.count))
        var step: (@Sendable (Int) -> Void)? = nil
        if let fileDone {
            let owners = fileOf
            step = { i in if remaining.finish(owners[i]) { fileDone() } }
        }
        let flatMentions = recognize(flat, jobs: jobs, progress: step)
        var out: [FileAnalysis] = []
        var k = 0
        for i in files.indices {
            let n = perFile[i].count
            out.append(FileAnalysis(articles: perFile[i], mentions: Array(flatMentions[k..<(k + n)]),
                                    diagnostics: reads[i].diagnostics))
            k += n
        }
        perFile.removeAll()
        return out
    }

    /// Articles still to recognize per file (for progress by file).
    final class Remaining: @unchecked Sendable {
        private var left: [Int]
        private let lock = NSLock()
        init(_ counts: [Int]) { left = counts }
        /// True when this was the file's last article.
        func finish(_ file: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            left[file] -= 1
            return left[file] == 0
        }
    }

    /// Joins per-file outputs in reading order, numbering articles a1, a2, ... across the corpus.
    public static func concatenate(_ files: [FileAnalysis]) -> (articles: [Article], mentions: [[Mention]], diagnostics: [Diagnostic]) {
        var articles: [Article] = [], mentions: [[Mention]] = [], diagnostics: [Diagnostic] = []
        for f in files {
            let offset = articles.count
            for (j, var a) in f.articles.enumerated() {
                a.id = ArticleID(ordinal: offset + j + 1)
                articles.append(a)
                let ms = j < f.mentions.count ? f.mentions[j] : []
                mentions.append(ms.map { m in
                    var m = m
                    m.article = ArticleID(ordinal: m.article.ordinal + offset)
                    return m
                })
            }
            diagnostics += f.diagnostics
        }
        return (articles, mentions, diagnostics)
    }

    /// The corpus-wide stage over every article: dating (siblings and a corpus year help), time
    /// expressions anchored on each final date, cross-article linking, events and their dedup.
    /// `cachedTimexes` may return an article's time expressions from an earlier run when its text and
    /// final date are the same as then (tagging is a pure function of both); nil tags it again.
    /// `memos` reuse the dates and event drafts of input that is the same as in an earlier run.
    public func analyzeCorpus(articles: consuming [Article], mentions: [[Mention]], diagnostics: [Diagnostic],
                              cachedTimexes: (@Sendable (Article) -> [TimeExpression]?)? = nil,
                              memos: AnalysisMemos? = nil,
                              progress: StageProgress? = nil) -> Corpus {
        var draft = draftCorpus(articles: articles, mentions: mentions, diagnostics: diagnostics, cachedTimexes: cachedTimexes,
                                memos: memos, progress: progress)
        return finishCorpus(&draft)
    }

    /// The corpus-wide stage up to its last step, merging events: what `finishCorpus` completes. The
    /// index writes the memos in between, so that their stored values are not held through merging.
    public struct CorpusDraft: Sendable {
        var articles: [Article]
        var linked: LinkResult
        var timexes: [[TimeExpression]]
        var drafts: [EventDraft]
        var versions: [[ArticleID]]
        var newestVersion: [ArticleID: ArticleID]
        var diagnostics: [Diagnostic]
    }

    /// `analyzeCorpus` without the event merging.
    public func draftCorpus(articles: consuming [Article], mentions: [[Mention]], diagnostics: [Diagnostic],
                            cachedTimexes: (@Sendable (Article) -> [TimeExpression]?)? = nil,
                            memos: AnalysisMemos? = nil,
                            progress: StageProgress? = nil) -> CorpusDraft {
        // Taken over, not copied: the dates below are set in place.
        var articles = consume articles
        // Publication dates first (corpus-wide: siblings and a corpus year help), so that every
        // article's expressions are anchored once to its final date.
        progress?(.dating, 0, 1)
        for (i, date) in dater.dates(for: articles, memo: memos?.dates).enumerated() { articles[i].date = date }
        progress?(.dating, 1, 1)
        // Versions of one story (refiles, copies) after dating: dates far apart keep two stories apart.
        let versions = versionFinder.groups(articles)
        var newestVersion: [ArticleID: ArticleID] = [:]
        for group in versions { for id in group { newestVersion[id] = group[0] } }
        // Names are linked before time expressions are tagged: linking is the stage's memory peak,
        // and the expressions of every article need not be held through it.
        progress?(.linking, 0, 1)
        FreedMemory.release()
        let linked = linker.link(articles: articles, mentions: mentions, memos: memos?.linking)
        progress?(.linking, 1, 1)
        let n = articles.count
        var timexes = [[TimeExpression]](repeating: [], count: n)
        let tagged = Counter(stage: .timexes, total: n, report: progress)
        articles.withUnsafeMutableBufferPointer { arts in
            timexes.withUnsafeMutableBufferPointer { tx in
                let a = UnsafeMutableSendable(arts), t = UnsafeMutableSendable(tx)
                DispatchQueue.concurrentPerform(iterations: n) { i in
                    defer { tagged.step() }
                    let article = a.buffer[i]
                    if let cached = cachedTimexes?(article) {
                        t.buffer[i] = cached
                        return
                    }
                    let anchor = article.date.flatMap { $0.value }.flatMap(CalendarDate.init(iso:))
                    t.buffer[i] = tagger.tag(article.text, articleDate: anchor)
                }
            }
        }
        // Drafts of every article, flattened; what extraction alone needs dies with `eventDrafts`.
        let drafts = eventDrafts(articles: articles, mentions: mentions, linked: linked, timexes: timexes, memos: memos, progress: progress)
        return CorpusDraft(articles: articles, linked: linked, timexes: timexes, drafts: drafts, versions: versions,
                           newestVersion: newestVersion, diagnostics: diagnostics + linked.diagnostics)
    }

    /// Merges the draft's events into the finished model; the draft gives up its event drafts.
    public func finishCorpus(_ draft: inout CorpusDraft) -> Corpus {
        FreedMemory.release()
        // An entity's weight for salience: how many articles mention it, on a log scale.
        let counts = draft.linked.entities.map { Set($0.mentions.map(\.article)).count }
        let top = log(Double((counts.max() ?? 1) + 1))
        var prominence: [EntityID: Double] = [:]
        for (k, e) in draft.linked.entities.enumerated() where top > 0 { prominence[e.id] = log(Double(counts[k] + 1)) / top }
        var drafts: [EventDraft] = []
        swap(&drafts, &draft.drafts)
        let places = Set(draft.linked.entities.lazy.filter { $0.kind == .place }.map(\.id))
        let events = eventMerger.merge(consume drafts, prominence: prominence, versions: draft.newestVersion, places: places)
        return Corpus(articles: draft.articles, entities: draft.linked.entities, events: events,
                      timexes: draft.timexes, unlinkedMentions: draft.linked.unlinked, diagnostics: draft.diagnostics,
                      versions: draft.versions)
    }

    /// Event drafts of each article in corpus order (memoised when `memos` is given). The linked
    /// mentions by article and every recognized name are needed only here, so they are freed on
    /// return rather than held through merging, when the stage's memory peaks.
    func eventDrafts(articles: [Article], mentions: [[Mention]], linked: LinkResult, timexes: [[TimeExpression]],
                     memos: AnalysisMemos?, progress: StageProgress?) -> [EventDraft] {
        let n = articles.count
        // Where each article's linked mentions sit in `linked` (a copy of the mentions was held
        // through the whole extraction).
        var slotsByArticle = [[EntityLinker.MentionSlot]](repeating: [], count: n)
        for (k, entity) in linked.entities.enumerated() {
            for (j, m) in entity.mentions.enumerated() where slotsByArticle.indices.contains(m.article.ordinal - 1) {
                slotsByArticle[m.article.ordinal - 1].append(EntityLinker.MentionSlot(entity: k, mention: j))
            }
        }
        // Every recognized name, linked or not, so that no event trigger is taken from inside a name.
        var names = mentions.map { $0.map(\.span) }
        for m in linked.unlinked where names.indices.contains(m.article.ordinal - 1) { names[m.article.ordinal - 1].append(m.span) }
        var perArticle = [[EventDraft]](repeating: [], count: n)
        let found = Counter(stage: .events, total: n, report: progress)
        perArticle.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeMutableSendable(buffer)
            let extractor = eventExtractor
            let frozenSlots = slotsByArticle, frozenNames = names, entities = linked.entities
            DispatchQueue.concurrentPerform(iterations: n) { i in
                let ms = frozenSlots[i].map { entities[Int($0.entity)].mentions[Int($0.mention)] }.sorted { $0.span < $1.span }
                let extract = { extractor.events(in: articles[i], mentions: ms, names: frozenNames[i], timexes: timexes[i]) }
                if let eventMemo = memos?.events {
                    out.buffer[i] = eventMemo.drafts(index: i, article: articles[i], mentions: ms, names: frozenNames[i],
                                                     timexes: timexes[i], extract: extract)
                } else {
                    out.buffer[i] = extract()
                }
                found.step()
            }
        }
        slotsByArticle = []
        names = []
        var drafts: [EventDraft] = []
        drafts.reserveCapacity(perArticle.reduce(0) { $0 + $1.count })
        for i in perArticle.indices {
            drafts += perArticle[i]
            perArticle[i] = []
        }
        return drafts
    }

    /// Cleans each document into stories and numbers them: ids in reading order, "#n" per file.
    /// Cleaning and sentence splitting run in parallel into fixed slots, so the result is deterministic.
    public func buildArticles(_ documents: [RawDocument], jobs: Int? = nil) -> [Article] {
        buildArticleGroups([documents], jobs: jobs).first ?? []
    }

    /// `buildArticles` of each group, numbered within the group, with cleaning spread over all of them.
    func buildArticleGroups(_ groups: [[RawDocument]], jobs: Int? = nil) -> [[Article]] {
        let documents = groups.flatMap { $0 }
        var cleaned = [[(story: CleanStory, text: String, sentences: [TextSpan])]](repeating: [], count: documents.count)
        cleaned.withUnsafeMutableBufferPointer { buf in
            let out = UnsafeMutableSendable(buf)
            Parallel.forEach(documents.count, jobs: jobs) { i in
                out.buffer[i] = cleaner.clean(documents[i]).map { story in
                    let text = story.paragraphs.joined(separator: "\n\n")
                    return (story, text, SentenceSplitter.split(text))
                }
            }
        }
        var result: [[Article]] = []
        var k = 0
        for group in groups {
            var articles: [Article] = []
            var storiesPerFile: [String: Int] = [:]
            for doc in group {
                let stories = cleaned[k]
                k += 1
                for (story, text, sentences) in stories {
                    let n = (storiesPerFile[doc.source] ?? 0) + 1
                    storiesPerFile[doc.source] = n
                    var paragraphs: [TextSpan] = []
                    var offset = 0
                    for p in story.paragraphs {
                        let len = p.unicodeScalars.count
                        paragraphs.append(TextSpan(offset, offset + len))
                        offset += len + 2
                    }
                    articles.append(Article(
                        id: ArticleID(ordinal: articles.count + 1),
                        source: n == 1 ? doc.source : "\(doc.source)#\(n)",
                        header: story.header, text: text, paragraphs: paragraphs,
                        sentences: sentences, captions: story.captions, metadata: story.metadata))
                }
            }
            result.append(articles)
        }
        return result
    }
}

/// The memoised steps of the corpus-wide stage (`StageMemo`), filled from and written back to the index.
public struct AnalysisMemos: Sendable {
    public var dates: DateMemo
    public var events: EventMemo
    /// Each article's names, own linking and stated relations (`LinkerMemos`).
    var linking: LinkerMemos
    public var all: [any StoredMemo] { [dates, events] + linking.all }

    /// `previous[stage]`: digest → stored value of that step, from the index.
    public init(previous: [String: [String: Data]] = [:]) {
        dates = DateMemo(stage: "dates", previous: previous["dates"] ?? [:])
        events = EventMemo(stage: "events", previous: previous["events"] ?? [:], codec: .eventDrafts)
        linking = LinkerMemos(previous: previous)
    }
}

/// What the per-file stage makes of one file; the index stores it keyed by the file's fingerprint,
/// in its own compact form (`FileCache`).
public struct FileAnalysis: Hashable, Sendable {
    /// Stories of the file with ids local to it (a1 = first story).
    public var articles: [Article]
    /// `mentions[i]`: recognizer mentions of `articles[i]`, not linked.
    public var mentions: [[Mention]]
    public var diagnostics: [Diagnostic]

    public init(articles: [Article], mentions: [[Mention]], diagnostics: [Diagnostic]) {
        self.articles = articles
        self.mentions = mentions
        self.diagnostics = diagnostics
    }
}

/// Parallel loops with a fixed number of workers (`-j N`); nil uses every core. Work is handed out
/// by index, and callers write into fixed slots, so results do not depend on the worker count.
public enum Parallel {
    public static func forEach(_ count: Int, jobs: Int?, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let workers = max(1, min(count, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        if workers == 1 {
            for i in 0..<count { body(i) }
            return
        }
        if jobs == nil {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
            return
        }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.take()
                if i >= count { return }
                body(i)
            }
        }
    }

    /// `body(i)` for every i in `0..<count`, computed in parallel (all cores), in index order.
    static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            forEach(count, jobs: nil) { i in slots.buffer[i] = body(i) }
        }
        return out.map { $0! }
    }

    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value - 1
        }
    }
}

/// Lets `concurrentPerform` write to disjoint slots of a buffer.
struct UnsafeMutableSendable<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
