// `dossier eval extract DIR`: HTML body extraction scored like the article-extraction benchmark (shingle P/R/F1).

import ArgumentParser
import DossierKit
import Foundation

struct EvalExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score HTML article-body extraction on a benchmark folder (ground-truth.json + html/*.html.gz).",
        discussion: """
            Metric (the benchmark's own): tokens are \\w+ runs, texts become multisets of 4-token shingles, \
            precision and recall are means over pages, F1 is the harmonic mean of the two means. Pages are \
            decompressed with gzip before timing; pages/s counts decoding, parsing, extraction and cleaning, \
            by the wall clock and by the CPU time of the one thread that does the work (steadier on a busy \
            machine). Pages judged not to be articles (index pages) score as empty and are counted.
            """
    )

    @Argument(help: "The benchmark folder (holds ground-truth.json and html/).")
    var dir: String

    @Option(help: "Score this JSON of predictions ({id: {articleBody}}) instead of running Dossier, to check the metric.")
    var predictions: String?

    @Option(help: "List the N pages with the lowest F1.")
    var worst: Int = 0

    @Flag(help: "Score the extractor's raw output, before the cleaning stage.")
    var raw = false

    func run() throws {
        let root = URL(fileURLWithPath: dir)
        let truthURL = root.appendingPathComponent("ground-truth.json")
        guard let truthData = try? Data(contentsOf: truthURL) else {
            throw DossierError.unreadable(path: truthURL.path, reason: "missing or unreadable ground-truth.json")
        }
        guard let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: Any] else {
            throw DossierError.badInput(file: truthURL.path, line: nil, message: "expected an object of {id: {articleBody}}")
        }
        let ids = truth.keys.sorted()
        var predicted: [String: String] = [:]
        var seconds = 0.0
        var cpuSeconds = 0.0
        var notArticles = 0
        if let predictions {
            let data = try Data(contentsOf: URL(fileURLWithPath: predictions))
            var obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            if let inner = obj["output"] as? [String: Any] { obj = inner }
            for id in ids { predicted[id] = ((obj[id] as? [String: Any])?["articleBody"] as? String) ?? "" }
        } else {
            var pages: [(String, [UInt8])] = []
            for id in ids {
                let gz = root.appendingPathComponent("html/\(id).html.gz").path
                pages.append((id, try gunzip(gz)))
            }
            let cleaner = ArticleCleaner()
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUTime()
            for (id, bytes) in pages {
                guard case .success(let decoded) = TextDecoder.decode(bytes) else { predicted[id] = ""; continue }
                let page = HTMLArticleExtractor().extract(html: decoded.text)
                if page.indexHeadlines != nil { notArticles += 1 }
                if raw { predicted[id] = page.text; continue }
                let doc = RawDocument(source: id, format: .html, text: page.text, fields: page.fields)
                predicted[id] = cleaner.clean(doc).map { $0.paragraphs.joined(separator: "\n\n") }.joined(separator: "\n\n")
            }
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            cpuSeconds = threadCPUTime() - cpuStart
        }
        var scored: [(String, ShingleScore.Page)] = []
        for id in ids {
            let gold = ((truth[id] as? [String: Any])?["articleBody"] as? String) ?? ""
            scored.append((id, ShingleScore.page(predicted: predicted[id] ?? "", truth: gold)))
        }
        let s = ShingleScore.summary(scored.map(\.1))
        var out = String(format: "pages %d  precision %.3f  recall %.3f  F1 %.3f", s.pages, s.precision, s.recall, s.f1)
        if predictions == nil {
            out += String(format: "  time %.2f s  %.1f pages/s  cpu %.2f s  %.1f pages/s", seconds,
                          Double(ids.count) / max(seconds, 1e-9), cpuSeconds, Double(ids.count) / max(cpuSeconds, 1e-9))
            out += "  not-article \(notArticles)"
        }
        Output.write(out + "\n")
        if worst > 0 {
            let ranked = scored.map { (id, p) -> (String, Double, Double, Double) in
                let pr = p.precision ?? 0, rc = p.recall ?? 0
                return (id, pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc))
            }.sorted { $0.3 < $1.3 }
            for r in ranked.prefix(worst) {
                Output.write(String(format: "%@  P %.2f  R %.2f  F1 %.2f\n", r.0, r.1, r.2, r.3))
            }
        }
    }

    /// CPU seconds used by the calling thread.
    func threadCPUTime() -> Double {
        var ts = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0 else { return 0 }
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The eval reads the benchmark's .gz pages through the system gzip; the library itself never decompresses.
    func gunzip(_ path: String) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch {
            throw DossierError.unreadable(path: path, reason: "cannot run /bin/gzip: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw DossierError.unreadable(path: path, reason: "gzip failed") }
        return [UInt8](data)
    }
}
