// Annotates TimeML folders with the tagger and scores them: the code behind `annotate --format timeml` and `eval timex`.

import Foundation

/// One input file after annotation: the gold document, the TimeML the tagger wrote, and what that
/// output holds when read back (the scores are computed from the written file, never from memory,
/// so that any outside scorer run on the same output gets the same figures).
public struct TimexAnnotatedFile: Sendable {
    public var path: String
    public var gold: TimeMLDocument
    public var output: String
    public var system: [TimeMLTimex]
    /// The tagger's expressions with their basis, for error listings.
    public var found: [TimeExpression]
    public var counts: TimexCounts
}

public struct TimexEvaluationResult: Sendable {
    public var files: [TimexAnnotatedFile]
    /// Files that could not be read, each with file and line.
    public var errors: [DossierError]
    public var scores: TimexScores
}

public enum TimexEvaluation {
    /// `.tml` files under `path` (and CAT `.xml` files when `includeCAT`), sorted by path; a file path is returned as is.
    public static func inputFiles(_ path: String, includeCAT: Bool) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DossierError.pathNotFound(path) }
        guard isDir.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw DossierError.unreadable(path: path, reason: "cannot list the folder")
        }
        var out: [String] = []
        while let rel = walker.nextObject() as? String {
            let lower = rel.lowercased()
            if lower.hasSuffix(".tml") || (includeCAT && lower.hasSuffix(".xml")) {
                out.append((path as NSString).appendingPathComponent(rel))
            }
        }
        return out.sorted()
    }

    /// Reads one file (TimeML, or CAT XML when it looks like one), tags its text with its DCT as article
    /// date, writes TimeML and reads that output back.
    public static func annotate(path: String, displayName: String? = nil, tagger: TemporalTagger = TemporalTagger()) throws -> TimexAnnotatedFile {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError.unreadable(path: name, reason: "no such file or no permission")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw DossierError.badInput(file: name, line: nil, message: "not UTF-8 text")
        }
        let gold = MeantimeReader.isCAT(source) ? try MeantimeReader.parse(source, file: name) : try TimeML.parse(source, file: name)
        return try annotate(gold, path: name, tagger: tagger)
    }

    public static func annotate(_ gold: TimeMLDocument, path: String, tagger: TemporalTagger = TemporalTagger()) throws -> TimexAnnotatedFile {
        let found = tagger.tag(gold.text, articleDate: gold.dct)
        let output = TimeML.write(gold, timexes: found)
        let back = try TimeML.parse(output, file: path + " (output)")
        let counts = TimexScorer.score(gold: gold.timexes, system: back.timexes).counts
        return TimexAnnotatedFile(path: path, gold: gold, output: output, system: back.timexes, found: found, counts: counts)
    }

    /// Annotates and scores every file; bad files are reported and skipped.
    public static func evaluate(_ path: String, includeCAT: Bool = true, tagger: TemporalTagger = TemporalTagger()) throws -> TimexEvaluationResult {
        let files = try inputFiles(path, includeCAT: includeCAT)
        var done: [TimexAnnotatedFile] = []
        var errors: [DossierError] = []
        for f in files {
            do {
                done.append(try annotate(path: f, tagger: tagger))
            } catch let e as DossierError {
                errors.append(e)
            }
        }
        let total = done.reduce(TimexCounts()) { $0 + $1.counts }
        return TimexEvaluationResult(files: done, errors: errors, scores: TimexScores(total))
    }
}
