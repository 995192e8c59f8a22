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

    public init() {}

    /// Reads and analyses a file or folder. Throws when the path is missing; bad files become diagnostics.
    public func analyze(path: String) throws -> Corpus {
        let read = try CorpusReader().read(path: path)
        return analyze(read)
    }

    public func analyze(_ read: ReadResult) -> Corpus {
        var articles = buildArticles(read.documents)
        // Publication dates first (corpus-wide: siblings and a corpus year help), so that every
        // article's expressions are anchored once to its final date.
        for (i, date) in dater.dates(for: articles).enumerated() { articles[i].date = date }
        // Per-article stages are independent: run them in parallel into fixed slots (deterministic).
        let n = articles.count
        var timexes = [[TimeExpression]](repeating: [], count: n)
        var mentions = [[Mention]](repeating: [], count: n)
        articles.withUnsafeMutableBufferPointer { arts in
            timexes.withUnsafeMutableBufferPointer { tx in
                mentions.withUnsafeMutableBufferPointer { ms in
                    let a = UnsafeMutableSendable(arts), t = UnsafeMutableSendable(tx), m = UnsafeMutableSendable(ms)
                    DispatchQueue.concurrentPerform(iterations: n) { i in
                        let article = a.buffer[i]
                        let anchor = article.date.flatMap { $0.value }.flatMap(CalendarDate.init(iso:))
                        t.buffer[i] = tagger.tag(article.text, articleDate: anchor)
                        m.buffer[i] = recognizer.recognize(article)
                    }
                }
            }
        }
        let linked = linker.link(articles: articles, mentions: mentions)
        var linkedByArticle = [[Mention]](repeating: [], count: n)
        for entity in linked.entities {
            for m in entity.mentions { linkedByArticle[m.article.ordinal - 1].append(m) }
        }
        var drafts: [EventDraft] = []
        for i in 0..<n {
            let ms = linkedByArticle[i].sorted { $0.span < $1.span }
            drafts += eventExtractor.events(in: articles[i], mentions: ms, timexes: timexes[i])
        }
        return Corpus(articles: articles, entities: linked.entities, events: eventMerger.merge(drafts),
                      timexes: timexes, unlinkedMentions: linked.unlinked, diagnostics: read.diagnostics + linked.diagnostics)
    }

    /// Cleans each document into stories and numbers them: ids in reading order, "#n" per file.
    /// Cleaning and sentence splitting run in parallel into fixed slots, so the result is deterministic.
    public func buildArticles(_ documents: [RawDocument]) -> [Article] {
        var cleaned = [[(story: CleanStory, text: String, sentences: [TextSpan])]](repeating: [], count: documents.count)
        cleaned.withUnsafeMutableBufferPointer { buf in
            let out = UnsafeMutableSendable(buf)
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in
                out.buffer[i] = cleaner.clean(documents[i]).map { story in
                    let text = story.paragraphs.joined(separator: "\n\n")
                    return (story, text, SentenceSplitter.split(text))
                }
            }
        }
        var articles: [Article] = []
        var storiesPerFile: [String: Int] = [:]
        for (doc, stories) in zip(documents, cleaned) {
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
                    title: story.title, byline: story.byline, publisher: story.publisher, url: story.url,
                    date: story.date, dateline: story.dateline, text: text, paragraphs: paragraphs,
                    sentences: sentences, captions: story.captions, metadata: story.metadata))
            }
        }
        return articles
    }
}

/// Lets `concurrentPerform` write to disjoint slots of a buffer.
struct UnsafeMutableSendable<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
