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

    /// Classifies every gold item the system missed, in the order the pipeline loses it: no Dossier
    /// entity is taken as the target at all; no event for
    /// the sentence at all; an event, but the target is not among its participants (named in the
    /// sentence but not linked to it, or not named there: a pronoun or description refers to it); the
    /// target's event is there but its trigger is another token of the sentence. Spurious items are
    /// listed with whether the gold has any item for the entity in that sentence.
    public static func diagnose(_ task: TimelineEvalCorpus, corpus: Corpus, layouts: [TimelineEvalLayout],
                                system: [String: TimelineFile]) -> TimelineEvalDiagnosis {
        var docIndex: [String: Int] = [:]
        for (i, d) in task.documents.enumerated() where docIndex[d.docID] == nil { docIndex[d.docID] = i }
        // sentences (article index, sentence index) covered by some event report, with its participants
        var eventParticipants: [SentenceKey: Set<EntityID>] = [:]
        for e in corpus.events {
            for (article, span) in [(e.article, e.span)] + e.alsoReportedIn.map({ ($0.article, $0.span) }) {
                let i = article.ordinal - 1
                guard layouts.indices.contains(i) else { continue }
                for (s, sp) in layouts[i].sentences.enumerated() where sp.overlaps(span) {
                    eventParticipants[SentenceKey(article: i, sentence: s), default: []].formUnion(TimelineEvalAdapter.participants(e))
                }
            }
        }
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

        var items: [Item] = []
        var causes: [String: Int] = [:]
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
            var systemSentences = Set<String>()
            for k in sysItems.keys { systemSentences.insert("\(k.doc)-\(k.sentence)") }
            var goldSentences = Set<String>()
            for k in goldItems.keys { goldSentences.insert("\(k.doc)-\(k.sentence)") }
            var counted = Set<TimelineItemKey>()
            for line in gold.lines {
                // an item the gold names twice is scored once, so it is missed once
                for m in line.mentions where sysItems[m.key] == nil && counted.insert(m.key).inserted {
                    var cause: String
                    var text = ""
                    if ids.isEmpty {
                        // nothing Dossier recognised is taken as the target (a product, an index, a
                        // name the recogniser misses): no event can reach its timeline
                        cause = "target is no Dossier entity"
                        text = locate(m).map { sentenceText($0.doc, $0.sentence) } ?? ""
                    } else if let at = locate(m) {
                        text = sentenceText(at.doc, at.sentence)
                        let words = Set(task.documents[at.doc].sentences[at.sentence].tokens.map { $0.lowercased() })
                        let key = SentenceKey(article: at.doc, sentence: at.sentence)
                        let span = layouts[at.doc].sentences[at.sentence]
                        let inSentence = (mentionsByArticle[at.doc] ?? []).filter { span.contains($0.span) }
                        let named = text.lowercased().contains(target.lowercased()) || nameWords.contains { words.contains($0) }
                        let linked = inSentence.contains { $0.entity.map(ids.contains) ?? false }
                        if let participants = eventParticipants[key] {
                            if !participants.isDisjoint(with: ids) {
                                cause = systemSentences.contains("\(m.doc)-\(m.sentence)")
                                    ? "target's event in the sentence, another trigger picked" : "target's event in the sentence, no trigger found for it"
                            } else if linked || named {
                                cause = "event in the sentence, target named but not a participant: " + why(at.doc, span, target)
                            } else {
                                cause = "event in the sentence, target not named there (pronoun, description)"
                            }
                        } else {
                            cause = named || linked ? "no event for the sentence, target named" : "no event for the sentence, target not named"
                        }
                    } else {
                        cause = "not in the texts (document or sentence id unknown)"
                    }
                    causes[cause, default: 0] += 1
                    items.append(Item(kind: "missed", entity: target, mention: m.description, date: line.date, cause: cause, sentence: text))
                }
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
        return TimelineEvalDiagnosis(items: items, causes: causes)
    }

    struct SentenceKey: Hashable {
        var article: Int
        var sentence: Int
    }
}
