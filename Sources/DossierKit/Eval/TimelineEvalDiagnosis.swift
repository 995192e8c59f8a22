// Why gold timeline items were missed and what the spurious ones were: the figures that tell the event
// extractor's authors where recall and precision go.

import Foundation

public struct TimelineEvalDiagnosis: Sendable {
    public struct Item: Sendable {
        /// "missed" or "spurious".
        public var kind: String
        public var entity: String
        public var mention: String
        /// The gold date of a missed item, the system's of a spurious one.
        public var date: String
        public var cause: String
        public var sentence: String
    }

    public var items: [Item]
    /// Missed gold items by cause.
    public var causes: [String: Int]
    /// Found items whose date is not the gold's, by why (see `dateCause`).
    public var dateCauses: [String: Int] = [:]

    /// Classifies every gold item the system missed, in the order the adapter loses it: the target is
    /// never found (no Dossier entity taken as it, no form of its name in the texts); the target is not
    /// named in the sentence (a pronoun or description refers to it), or its words are there but taken as
    /// another name; the gold word is no event word to the adapter; it is a verb of speech the target is
    /// not the speaker of; the event word lies too far from the name.
    /// Found items with another date than the gold's are counted by why in `dateCauses`. Spurious items are
    /// listed with whether the gold has any item for the entity in that sentence.
    public static func diagnose(_ task: TimelineEvalCorpus, corpus: Corpus, layouts: [TimelineEvalLayout],
                                system: [String: TimelineFile]) -> TimelineEvalDiagnosis {
        var docIndex: [String: Int] = [:]
        for (i, d) in task.documents.enumerated() where docIndex[d.docID] == nil { docIndex[d.docID] = i }
        var mentionsByArticle: [Int: [Mention]] = [:]
        for e in corpus.entities { for m in e.mentions { mentionsByArticle[m.article.ordinal - 1, default: []].append(m) } }

        func sentenceText(_ d: Int, _ s: Int) -> String { task.documents[d].sentences[s].tokens.joined(separator: " ") }
        func locate(_ m: TimelineMention) -> (doc: Int, sentence: Int)? {
            guard let d = docIndex[m.doc], let s = task.documents[d].sentences.firstIndex(where: { $0.id == m.sentence }) else { return nil }
            return (d, s)
        }

        var unlinkedByArticle: [Int: [Mention]] = [:]
        for m in corpus.unlinkedMentions { unlinkedByArticle[m.article.ordinal - 1, default: []].append(m) }
        /// Why a target named in a sentence is not among its event's participants.
        func why(_ doc: Int, _ span: TextSpan, _ target: String) -> String {
            func names(_ m: Mention) -> Bool { span.contains(m.span) && TimelineEvalBuilder.matchScore(target: target, name: m.text) >= 70 }
            if (unlinkedByArticle[doc] ?? []).contains(where: names) { return "its mention left unlinked" }
            if (mentionsByArticle[doc] ?? []).contains(where: names) { return "its mention linked to another entity" }
            return "not recognised as a name there"
        }

        let targetNames = TimelineEvalTargetNames(targets: task.targets)
        // per document and sentence, the targets named there by their own words
        let namedTargets: [[Set<Int>]] = task.documents.map { d in d.sentences.map { Set(targetNames.find($0.tokens).map(\.target)) } }
        var items: [Item] = []
        var causes: [String: Int] = [:], dateCauses: [String: Int] = [:]
        for name in task.gold.keys.sorted() {
            guard let gold = task.gold[name] else { continue }
            let sys = system[name]
            let sysItems = sys?.items() ?? [:]
            let goldItems = gold.items()
            // the target the file is named after: a gold file's first line may misspell it ("United
            // States Air Froce"), and a copy under another name ("s_and_p_500.txt") falls back to that line
            let target = task.targets.first { TimelineFile.fileName(for: $0) == name } ?? gold.entity
            // a word of the target's name in the sentence ("787" or "Dreamliner" for "Boeing 787
            // Dreamliner"): capitalised words and numbers of three or more letters, not "stock" or "index"
            let nameWords = target.split(separator: " ").filter { w in
                w.count >= 3 && (w.first?.isUppercase == true || w.contains(where: \.isNumber))
            }.map { $0.lowercased() }
            let ids = Set(TimelineEvalBuilder.entities(matching: target, in: corpus, targets: task.targets))
            let targetIndex = task.targets.firstIndex(of: target)
            let namedAnywhere = targetIndex.map { t in namedTargets.contains { $0.contains { $0.contains(t) } } } ?? false
            var goldSentences = Set<String>()
            for k in goldItems.keys { goldSentences.insert("\(k.doc)-\(k.sentence)") }
            var counted = Set<TimelineItemKey>()
            for line in gold.lines {
                // an item the gold names twice is scored once, so it is missed once
                for m in line.mentions where sysItems[m.key] == nil && counted.insert(m.key).inserted {
                    var cause: String
                    var text = ""
                    if ids.isEmpty && !namedAnywhere {
                        // nothing Dossier recognised is taken as the target and no form of its name is in
                        // the texts: no event can reach its timeline
                        cause = "target is no Dossier entity and its name is never found"
                        text = locate(m).map { sentenceText($0.doc, $0.sentence) } ?? ""
                    } else if let at = locate(m) {
                        text = sentenceText(at.doc, at.sentence)
                        let words = Set(task.documents[at.doc].sentences[at.sentence].tokens.map { $0.lowercased() })
                        let span = layouts[at.doc].sentences[at.sentence]
                        let inSentence = (mentionsByArticle[at.doc] ?? []).filter { span.contains($0.span) }
                        let named = text.lowercased().contains(target.lowercased()) || nameWords.contains { words.contains($0) }
                        let linked = inSentence.contains { $0.entity.map(ids.contains) ?? false }
                        let sentenceTokens = task.documents[at.doc].sentences[at.sentence].tokens
                        let names = targetIndex.map { t in targetNames.find(sentenceTokens).filter { $0.target == t }.map(\.range) } ?? []
                        let j = sentenceTokens.firstIndex { $0.lowercased() == m.token.lowercased() }
                        func near(_ r: Range<Int>, _ j: Int) -> Bool {
                            j < r.lowerBound ? r.lowerBound - j <= TimelineEvalMentions.windowBefore : j - r.upperBound < TimelineEvalMentions.windowAfter
                        }
                        if !(linked || !names.isEmpty) {
                            cause = named ? "target's words in the sentence, not taken as its name (part of another name, shared by two targets): "
                                + why(at.doc, span, target)
                                : "target not named in the sentence (pronoun, description, other name)"
                        } else if !(j.map { TimelineEvalMentions.isEventWord(sentenceTokens[$0]) } ?? false) {
                            cause = "target named; the gold word is no event word to us (noun, adjective, base or -ing form)"
                        } else if let j, TimelineEvalMentions.isSpeech(sentenceTokens[j]) {
                            cause = "target named; a verb of speech it is not the speaker of (by position)"
                        } else if let j, !names.contains(where: { near($0, j) }) {
                            cause = "target named; the event word is farther from the name than \(TimelineEvalMentions.windowBefore) tokens before or \(TimelineEvalMentions.windowAfter) after"
                        } else {
                            cause = "target named by a linked mention only, or the word lies in a name"
                        }
                    } else {
                        cause = "not in the texts (document or sentence id unknown)"
                    }
                    causes[cause, default: 0] += 1
                    items.append(Item(kind: "missed", entity: target, mention: m.description, date: line.date, cause: cause, sentence: text))
                }
            }
            for (k, g) in goldItems {
                guard let sv = sysItems[k], sv.date != g.date else { continue }
                dateCauses[dateCause(gold: g.date, system: sv.date, dct: docIndex[k.doc].flatMap { task.documents[$0].articleDay?.description }), default: 0] += 1
            }
            var listed = Set<TimelineItemKey>()
            for line in sys?.lines ?? [] {
                for m in line.mentions where goldItems[m.key] == nil && listed.insert(m.key).inserted {
                    let text = locate(m).map { sentenceText($0.doc, $0.sentence) } ?? ""
                    let cause = goldSentences.contains("\(m.doc)-\(m.sentence)") ? "gold has other tokens of the sentence" : "gold has nothing in the sentence"
                    items.append(Item(kind: "spurious", entity: target, mention: m.description, date: line.date, cause: cause, sentence: text))
                }
            }
        }
        return TimelineEvalDiagnosis(items: items, causes: causes, dateCauses: dateCauses)
    }

    /// Why a found item's date is not the gold's: dated or undated where the gold is not, the article's
    /// date where the gold has another, or the right day at another granularity.
    static func dateCause(gold: String, system: String, dct: String?) -> String {
        let undated = "XXXX-XX-XX"
        if system == undated { return "undated, gold has a date" }
        if gold == undated { return "dated, gold has none" }
        if system == dct { return "the article's date, gold has another" }
        if gold == dct { return "gold has the article's date, we have another" }
        let g = gold.replacingOccurrences(of: "-XX", with: ""), s = system.replacingOccurrences(of: "-XX", with: "")
        if g.hasPrefix(s) || s.hasPrefix(g) { return "same time, other granularity" }
        return "another date"
    }

}
