// `dossier eval timeline`: reading the task's files, laying tokens out as text and back, the timeline
// format, the scores, and the whole run on a two-article fixture.

@testable import DossierKit
import Foundation
import TestSupport
import Testing

private let folder = Fixtures.path("semeval-timeline")

@Suite struct TimelineEvalReaderTests {
    @Test func readsSentencesTokensAndTheCreationDate() throws {
        let c = try TimelineEvalReader.corpus(at: folder + "/corpus_1")
        #expect(c.name == "corpus_1")
        #expect(c.targets == ["Norvik Ferries", "Marta Holmqvist"])
        #expect(c.documents.map(\.docID) == ["5001", "5002"])
        let d = c.documents[0]
        #expect(d.dct == CalendarDate(year: 2011, month: 3, day: 15))
        #expect(d.title == "Norvik Ferries buys two ships")
        #expect(d.sentences.map(\.id) == ["0", "1", "2", "3", "4"])
        #expect(d.sentences[1].tokens == ["March", "15", ",", "2011"])
        // entities decoded inside a token list
        #expect(d.sentences[4].tokens.suffix(4) == ["Tallinn", "&", "Riga", "."])
        #expect(c.gold.keys.sorted() == ["marta_holmqvist.txt", "norvik_ferries.txt"])
    }

    @Test func readsADayFirstCreationDate() throws {
        let c = try TimelineEvalReader.corpus(at: folder + "/corpus_1")
        #expect(c.documents[1].dctValue == "09-05-2012")
        #expect(c.documents[1].dct == CalendarDate(year: 2012, month: 5, day: 9))
        #expect(TimelineEvalReader.dctDay("2012-13-01") == nil)
    }

    @Test func dropsMarkupInsideSentences() throws {
        let source = """
            <TimeML><DOCID>7</DOCID><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" value="2010-01-02">x</TIMEX3></DCT>
            <TEXT><s id="3">The board <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1">Friday</TIMEX3> .</s></TEXT></TimeML>
            """
        let d = try TimelineEvalReader.document(source, file: "7.tml")
        #expect(d.sentences == [TimelineEvalSentence(id: "3", tokens: ["The", "board", "met", "on", "Friday", "."])])
    }

    @Test func theStorysDateLineOutranksACreationDateThatNamesAnotherDay() throws {
        func source(_ dct: String, _ line: String) -> String {
            """
            <TimeML><DOCID>8</DOCID><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" value="\(dct)">x</TIMEX3></DCT>
            <TEXT><s id="0">Harbour shares fall</s><s id="1">\(line)</s><s id="2">Shares fell today .</s></TEXT></TimeML>
            """
        }
        let off = try TimelineEvalReader.document(source("2011-03-11", "March 18 , 2011"), file: "8.tml")
        #expect(off.dct == CalendarDate(year: 2011, month: 3, day: 11))
        #expect(off.articleDay == CalendarDate(year: 2011, month: 3, day: 18))
        // the article the pipeline reads carries the date line's day, the DCT kept as the conflict
        let article = TimelineEvalBuilder.article(off, layout: TimelineEvalBuilder.layout(off), id: ArticleID(ordinal: 1))
        #expect(article.date?.value == "2011-03-18")
        #expect(article.date?.conflict == "the document creation time (DCT) says 2011-03-11")
        let agree = try TimelineEvalReader.document(source("2011-03-18", "March 18 , 2011"), file: "8.tml")
        #expect(agree.articleDay == agree.dct)
        #expect(TimelineEvalBuilder.article(agree, layout: TimelineEvalBuilder.layout(agree), id: ArticleID(ordinal: 1)).date?.basis
                == "document creation time (DCT)")
        // no date line: the DCT
        let none = try TimelineEvalReader.document(source("2011-03-11", "Shares rose ."), file: "8.tml")
        #expect(none.articleDay == CalendarDate(year: 2011, month: 3, day: 11))
    }

    @Test func aFileWithoutCreationDateIsBadInput() {
        #expect(throws: DossierError.self) {
            try TimelineEvalReader.document("<TimeML><DOCID>7</DOCID><TEXT><s id=\"1\">A .</s></TEXT></TimeML>", file: "7.tml")
        }
    }

    @Test func aFolderOfCorporaIsReadCorpusByCorpus() throws {
        let all = try TimelineEvalReader.corpora(at: folder)
        #expect(all.map(\.name) == ["corpus_1"])
        #expect(throws: DossierError.self) { try TimelineEvalReader.corpora(at: folder + "/corpus_1/TimeLines_Gold_Standard") }
    }
}

@Suite struct TimelineEvalLayoutTests {
    private func doc(_ tokens: [String]) -> TimelineEvalDocument {
        TimelineEvalDocument(docID: "1", file: "1.tml", dctValue: "2011-03-15", dct: nil, title: nil,
                             sentences: [TimelineEvalSentence(id: "0", tokens: ["Headline", "here"]), TimelineEvalSentence(id: "1", tokens: tokens)])
    }

    @Test func rejoinsTokensAsNewsText() {
        let l = TimelineEvalBuilder.layout(doc(["``", "We", "are", "growing", ",", "''", "Holmqvist", "said", "of", "Norvik",
                                                "'s", "$", "5m", "deal", "(", "signed", ")", "."]))
        #expect(l.text == "Headline here\n\n\"We are growing,\" Holmqvist said of Norvik's $5m deal (signed).")
        #expect(l.sentences.count == 2)
        #expect(l.sentences[1].start == 15)
    }

    @Test func everyTokenSpanHoldsItsToken() {
        let tokens = ["Norvik", "Ferries", "'s", "chief", "did", "n't", "say", "\"", "no", "\"", "."]
        let l = TimelineEvalBuilder.layout(doc(tokens))
        let text = ScalarText(l.text)
        #expect(l.tokens[1].map { text[$0] } == tokens)
        #expect(l.text.hasSuffix("Norvik Ferries's chief didn't say \"no\"."))
    }

    @Test func aSpanMapsBackToItsToken() {
        let l = TimelineEvalBuilder.layout(doc(["Norvik", "'s", "ships", "sailed", "."]))
        let text = ScalarText(l.text)
        let sailed = l.tokens[1][3]
        #expect(text[sailed] == "sailed")
        #expect(l.token(at: sailed)! == (1, 3))
        // a span starting inside the word, or one reaching past it, still falls on it
        #expect(l.token(at: TextSpan(sailed.start + 2, sailed.end + 3))! == (1, 3))
        #expect(l.token(at: l.tokens[0][0])! == (0, 0))
        // the paragraph break belongs to no token
        #expect(l.token(at: TextSpan(l.sentences[0].end, l.sentences[0].end + 1)) == nil)
    }
}

@Suite struct TimelineFormatTests {
    @Test func fileNamesFollowTheTask() {
        #expect(TimelineFile.fileName(for: "Boeing 787 Dreamliner") == "boeing_787_dreamliner.txt")
        #expect(TimelineFile.fileName(for: "S&P 500") == "s&p_500.txt")
    }

    @Test func writesAndReadsBackTheSameLines() {
        let f = TimelineFile(entity: "Norvik Ferries", lines: [
            TimelineLine(order: 0, date: "XXXX-XX-XX", mentions: [TimelineMention(doc: "5001", sentence: "4", token: "growing")]),
            TimelineLine(order: 1, date: "2011-03-XX", mentions: [TimelineMention(doc: "5001", sentence: "2", token: "take_over"),
                                                                 TimelineMention(doc: "5002", sentence: "0", token: "re-opened")]),
        ])
        #expect(f.render() == "Norvik Ferries\n0\tXXXX-XX-XX\t5001-4-growing\n1\t2011-03-XX\t5001-2-take_over\t5002-0-re-opened\n")
        #expect(TimelineFile.parse(f.render()) == f)
    }

    @Test func skipsLinesTheScorerSkips() {
        let f = TimelineFile.parse("X\r\nfirst\t2011-01-01\t1-2-a\n1\t2011-01-01\n2\t2011-01-02\t1-2\t1-3-b\n")
        #expect(f.lines == [TimelineLine(order: 2, date: "2011-01-02", mentions: [TimelineMention(doc: "1", sentence: "3", token: "b")])])
    }

    @Test func ordersAsTheGoldDoes() {
        func row(_ value: String?, _ g: Granularity?, _ token: String) -> (date: TaskDate, mentions: [TimelineMention], kind: String) {
            (TaskDate(value.map { DateInfo(value: $0, granularity: g, expression: nil, basis: "") }),
             [TimelineMention(doc: "1", sentence: "1", token: token)], "event")
        }
        let lines = TimelineEvalBuilder.ordered([
            row("2007-02-28", .day, "a"), row("2007", .year, "b"), row(nil, nil, "c"), row("2007-10", .month, "d"),
            row("2007-02-28", .day, "e"), row("199X", .decade, "f"), row("2007-W10", .week, "g"),
        ])
        #expect(lines.map(\.mentions[0].token) == ["c", "f", "b", "a", "e", "g", "d"])
        #expect(lines.map(\.order) == [0, 0, 1, 2, 2, 3, 4])
        #expect(lines.map(\.date) == ["XXXX-XX-XX", "XXXX-XX-XX", "2007-XX-XX", "2007-02-28", "2007-02-28", "2007-03-XX", "2007-10-XX"])
    }
}

@Suite struct TimelineScoreTests {
    @Test func countsItemsDatesAndKeptPairs() {
        let gold = TimelineFile.parse("""
            E
            0\tXXXX-XX-XX\t1-1-said
            1\t2011-01-01\t1-2-met\t2-3-meeting
            2\t2011-02-XX\t1-4-signed
            3\t2011-03-01\t2-5-left
            3\t2011-03-01\t2-6-resigned

            """)
        let system = TimelineFile.parse("""
            E
            0\tXXXX-XX-XX\t1-4-Signed
            1\t2011-01-01\t1-2-met\t1-2-met
            2\t2011-03-01\t2-5-left
            3\t2011-03-01\t2-6-resigned\t2-3-meeting
            4\t2011-04-01\t2-7-spurious

            """)
        let c = TimelineScorer.score(gold: gold, system: system)
        // gold 6 items; system 6 (the repeated 1-2-met counts once); matched: signed, met, left, resigned, meeting
        #expect(c.gold == 6 && c.system == 6 && c.matched == 5)
        // dates equal for met, left, resigned
        #expect(c.dated == 3)
        // ordered in both: met, left, resigned, meeting -> 6 pairs. gold: met=meeting<left=resigned;
        // system: met(1) < left(2) < resigned(3) = meeting(3). Kept: met-left, met-resigned; broken:
        // met-meeting (same vs before), left-resigned (same vs before), left-meeting (after vs before),
        // resigned-meeting (after vs same).
        #expect(c.pairs == 6 && c.pairsKept == 2)
        #expect(abs(c.events.f1 - 5.0 / 6.0) < 1e-9)
        #expect(abs(c.order - 1.0 / 3.0) < 1e-9)
    }

    @Test func countsItemsPerEventKind() {
        let gold = TimelineFile.parse("E\n1\t2011-01-01\t1-1-met\n1\t2011-01-01\t1-2-said\n")
        let m = { (s: String, t: String) in TimelineMention(doc: "1", sentence: s, token: t) }
        let system = TimelineFile(entity: "E", lines: [
            TimelineLine(order: 1, date: "2011-01-01", mentions: [m("1", "met"), m("3", "met")], kind: "event"),
            TimelineLine(order: 1, date: "2011-01-01", mentions: [m("2", "said")], kind: "statement"),
            TimelineLine(order: 1, date: "2011-01-01", mentions: [m("1", "MET")], kind: "statement"),
        ])
        let k = system.itemsByKind(gold: gold)
        // the repeated item counts once, for the first line that names it
        #expect(k["event"]?.items == 2 && k["event"]?.matched == 1)
        #expect(k["statement"]?.items == 1 && k["statement"]?.matched == 1)
        // the kind is not written to the file
        #expect(TimelineFile.parse(system.render()).lines.allSatisfy { $0.kind == nil })
    }

    @Test func aMissingSystemFileIsAnEmptyTimelineAndExtraFilesDoNotCount() {
        let gold = ["a.txt": TimelineFile.parse("A\n1\t2011-01-01\t1-1-met\n")]
        let system = ["b.txt": TimelineFile.parse("B\n1\t2011-01-01\t1-1-met\n")]
        let c = TimelineScorer.score(gold: gold, system: system)
        #expect(c.gold == 1 && c.system == 0 && c.matched == 0)
    }
}

@Suite struct TimelineTargetTests {
    private func corpus(_ names: [String]) -> Corpus {
        Corpus(entities: names.enumerated().map { Entity(id: EntityID(ordinal: $0.offset + 1), kind: .organization, name: $0.element) })
    }

    @Test func aShortenedNameMustKeepTheHead() {
        #expect(TimelineEvalBuilder.matchScore(target: "US Federal Reserve", name: "Federal Reserve") >= 70)
        #expect(TimelineEvalBuilder.matchScore(target: "Boeing 787 Dreamliner", name: "Dreamliner") >= 70)
        #expect(TimelineEvalBuilder.matchScore(target: "Boeing 787 Dreamliner", name: "Boeing") < 70)
        #expect(TimelineEvalBuilder.matchScore(target: "Bank of America", name: "America") < 70)
        #expect(TimelineEvalBuilder.matchScore(target: "United Automobile Workers", name: "UAW") >= 70)
        #expect(TimelineEvalBuilder.matchScore(target: "General Motors creditors", name: "GM") < 70)
    }

    @Test func anEntityNamedByAFormOfTheTargetIsTheTarget() {
        // the all-capital word of an index, in any capitalisation, and the two leading words of a long name
        #expect(TimelineEvalBuilder.matchScore(target: "ORBEX Composite", name: "Orbex") >= 70)
        #expect(TimelineEvalBuilder.matchScore(target: "TARX 80 index", name: "TARX") >= 70)
        #expect(TimelineEvalBuilder.matchScore(target: "Tarn Hollis Industrial Average", name: "Tarn Hollis") >= 70)
        // never the place of a long name, nor a word that is not a form of it
        #expect(TimelineEvalBuilder.matchScore(target: "United States Coast Guard", name: "United States") < 70)
        #expect(TimelineEvalBuilder.matchScore(target: "ORBEX Composite", name: "Orbis") < 70)
    }

    @Test func aVerbAndItsParticleAreOneEventWord() {
        func token(_ s: String, _ j: Int) -> String { TimelineEvalBuilder.taskToken(s.split(separator: " ").map(String.init), j) }
        #expect(token("Vexa rolled out its new jet .", 1) == "rolled_out")
        #expect(token("The chairman stepped down on Friday .", 2) == "stepped_down")
        #expect(token("The index went up by 2 % .", 2) == "went_up")
        #expect(token("The index closed down 40 points .", 2) == "closed")
        #expect(token("Shares rose up nearly 3 % .", 1) == "rose")
        #expect(token("Norvik took over the line .", 1) == "took_over")
        // a noun or a name before the particle stays one word
        #expect(token("The Vexa Up Tour began .", 1) == "Vexa")
    }

    @Test func anEntityGoesToTheTargetItNamesBest() {
        let c = corpus(["Boeing", "Dreamliner", "Airlines", "Apple CEO Steve Jobs"])
        let targets = ["Boeing", "Boeing 787 Dreamliner", "Singapore Airlines", "China Eastern Airlines", "Steve Jobs"]
        #expect(TimelineEvalBuilder.entities(matching: "Boeing", in: c, targets: targets) == [EntityID(ordinal: 1)])
        #expect(TimelineEvalBuilder.entities(matching: "Boeing 787 Dreamliner", in: c, targets: targets) == [EntityID(ordinal: 2)])
        // a tie between two airlines: neither gets "Airlines"
        #expect(TimelineEvalBuilder.entities(matching: "Singapore Airlines", in: c, targets: targets).isEmpty)
        #expect(TimelineEvalBuilder.entities(matching: "Steve Jobs", in: c, targets: targets) == [EntityID(ordinal: 4)])
    }
}

@Suite struct TimelineEvalRunTests {
    @Test func buildsATimelinePerTargetFromThePipeline() throws {
        let task = try TimelineEvalReader.corpus(at: folder + "/corpus_1")
        let (corpus, layouts) = TimelineEvalBuilder.analyze(task)
        // the DCT is the article date; the day-first one is read as 9 May
        #expect(corpus.articles.map { $0.date?.value } == ["2011-03-15", "2012-05-09"])
        let files = TimelineEvalBuilder.timelines(task, corpus: corpus, layouts: layouts)
        #expect(files.map(\.entity) == task.targets)
        let ferries = try #require(files.first)
        let items = ferries.lines.flatMap { l in l.mentions.map { ($0.description, l.date, l.order) } }
        // "announced today" in the first report: the article's day; "opened ... on Tuesday, May 8":
        // that day, after it on the timeline
        let announced = try #require(items.first { $0.0.hasPrefix("5001-2-") })
        #expect(announced.1 == "2011-03-15")
        let opened = try #require(items.first { $0.0.hasPrefix("5002-2-") })
        #expect(opened.1 == "2012-05-08")
        #expect(opened.2 > announced.2)
        // every mention names a real token of its sentence
        for f in files {
            for l in f.lines {
                for m in l.mentions {
                    let d = try #require(task.documents.first { $0.docID == m.doc })
                    let s = try #require(d.sentences.first { $0.id == m.sentence })
                    #expect(s.tokens.contains(m.token))
                }
            }
        }
        // the scores are those of the written files
        var system: [String: TimelineFile] = [:]
        for f in files { system[TimelineFile.fileName(for: f.entity)] = TimelineFile.parse(f.render()) }
        let counts = TimelineScorer.score(gold: task.gold, system: system)
        #expect(counts.gold == 9)
        #expect(counts.system == system.values.reduce(0) { $0 + $1.items().count })
    }

    @Test func missedItemsAreGivenACause() throws {
        let task = try TimelineEvalReader.corpus(at: folder + "/corpus_1")
        let (corpus, layouts) = TimelineEvalBuilder.analyze(task)
        let files = TimelineEvalBuilder.timelines(task, corpus: corpus, layouts: layouts)
        var system: [String: TimelineFile] = [:]
        for f in files { system[TimelineFile.fileName(for: f.entity)] = f }
        let counts = TimelineScorer.score(gold: task.gold, system: system)
        let d = TimelineEvalDiagnosis.diagnose(task, corpus: corpus, layouts: layouts, system: system)
        #expect(d.causes.values.reduce(0, +) == counts.gold - counts.matched)
        #expect(d.items.filter { $0.kind == "spurious" }.count == counts.system - counts.matched)
        // an item the gold names twice is missed once, as the scorer counts it once
        var doubled = task
        if var f = doubled.gold["norvik_ferries.txt"], let first = f.lines.first {
            f.lines.append(first)
            doubled.gold["norvik_ferries.txt"] = f
        }
        let twice = TimelineEvalDiagnosis.diagnose(doubled, corpus: corpus, layouts: layouts, system: system)
        #expect(twice.causes.values.reduce(0, +) == TimelineScorer.score(gold: doubled.gold, system: system).gold - counts.matched)
        // a found item's date is compared with the gold's and the article's
        #expect(TimelineEvalDiagnosis.dateCause(gold: "2011-03-14", system: "2011-03-15", dct: "2011-03-15") == "the article's date, gold has another")
        #expect(TimelineEvalDiagnosis.dateCause(gold: "XXXX-XX-XX", system: "2011-03-15", dct: "2011-03-15") == "dated, gold has none")
        #expect(TimelineEvalDiagnosis.dateCause(gold: "2011-03-15", system: "XXXX-XX-XX", dct: "2011-03-15") == "undated, gold has a date")
        #expect(TimelineEvalDiagnosis.dateCause(gold: "2011-03-01", system: "2011-03-XX", dct: "2011-04-02") == "same time, other granularity")
        // with no system timelines every gold item is missed, each with a cause
        let unknown = TimelineEvalDiagnosis.diagnose(task, corpus: corpus, layouts: layouts, system: [:])
        #expect(unknown.causes.values.reduce(0, +) == counts.gold)
    }
}

@Suite struct TimelineEvalMentionTests {
    private func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    private func found(_ names: TimelineEvalTargetNames, _ sentence: String) -> [(String, Int)] {
        let tokens = words(sentence)
        return names.find(tokens).map { (tokens[$0.range].joined(separator: " "), $0.target) }
    }

    @Test func aTargetIsNamedByTheFormsThatKeepItsCore() {
        let forms = { (t: String) in Set(TimelineEvalTargetNames.forms(t).forms.map { $0.words.joined(separator: " ") }) }
        // the last name word is the core; a model keeps its number; the word before "of" heads
        #expect(forms("Vexa 310 Skylark").isSuperset(of: ["Skylark", "310 Skylark", "Vexa 310 Skylark"]))
        #expect(!forms("Vexa 310 Skylark").contains("Vexa"))
        #expect(forms("Vexa 420").contains("Vexa 420") && !forms("Vexa 420").contains("Vexa"))
        #expect(forms("Bank of Norland").contains("Bank") && !forms("Bank of Norland").contains("Norland"))
        // an all-capital word, initials, the words written together, a classifier dropped
        #expect(forms("ORBEX Composite").isSuperset(of: ["ORBEX", "Composite"]))
        #expect(forms("Kestrel Motors").isSuperset(of: ["KM", "KestrelMotors", "Motors"]))
        #expect(forms("TARX 80 index").contains("TARX 80") && !forms("TARX 80 index").contains("index"))
        // a noun a name modifies is the core, with its name: "creditors" alone is no name
        #expect(forms("Kestrel Motors creditors").contains("Motors creditors"))
        #expect(!forms("Kestrel Motors creditors").contains("Kestrel Motors"))
        // the two leading words of a long name, unless they are a place
        #expect(forms("Tarn Hollis Industrial Average").contains("Tarn Hollis"))
        #expect(!forms("United States Coast Guard").contains("United States"))
    }

    @Test func findsTargetsInTokensLongestNameFirst() {
        let names = TimelineEvalTargetNames(targets: ["Zephyr Air", "Zephyr Air Z400", "Bank of Norland", "Marta Holmqvist",
                                                      "Norvik Airlines", "Skagen Airlines", "Vexa 310 Skylark", "ORBEX Composite"])
        #expect(found(names, "Zephyr Air said the Z400 was late .").map(\.1) == [0, 1])
        #expect(found(names, "Zephyr Air Z400 deliveries fell .").map(\.1) == [1])
        // a shortened name must be the whole name: not "Bank" of "World Bank" nor "Skylark" of "Skylark Tours"
        #expect(found(names, "The World Bank lent money and Skylark Tours sold trips .").isEmpty)
        #expect(found(names, "Yesterday the Bank raised rates .").map(\.1) == [2])
        // a title or first name before a surname is no other name
        #expect(found(names, "On Monday President Holmqvist spoke .").map(\.1) == [3])
        // words two targets share name neither
        #expect(found(names, "Both Airlines grew .").isEmpty)
        // "the 310" names the model; an all-capital word matches in any capitalisation
        #expect(found(names, "Orders for the 310 rose as the Orbex fell .").map(\.1) == [6, 7])
        // a name word never matches a lower-case word
        #expect(found(names, "The bank of the river flooded .").isEmpty)
    }

    @Test func eventWordsAreVerbsOfHappeningsSpeechAndPastForms() {
        for w in ["announced", "gained", "fell", "merger", "says", "sold"] { #expect(TimelineEvalMentions.isEventWord(w), "\(w)") }
        for w in ["was", "the", "Announced", "United", "42", "plane"] { #expect(!TimelineEvalMentions.isEventWord(w), "\(w)") }
        // speech is the speaker's: "Zephyr Air said", "said Zephyr Air", "according to Zephyr Air", not "said ... Zephyr Air"
        #expect(TimelineEvalMentions.speaks(0..<2, at: 2, tokens: words("Zephyr Air said")))
        #expect(TimelineEvalMentions.speaks(1..<3, at: 0, tokens: words("said Zephyr Air")))
        #expect(TimelineEvalMentions.speaks(2..<4, at: 0, tokens: words("according to Zephyr Air")))
        #expect(!TimelineEvalMentions.speaks(3..<5, at: 1, tokens: words("Holmqvist said that Zephyr Air")))
        #expect(TimelineEvalMentions.isSpeech("said") && !TimelineEvalMentions.isSpeech("announced"))
        // a sentence's first word is capitalised as any first word is; inside the sentence a capital marks a name
        #expect(TimelineEvalMentions.isEventWord("Deliveries", atStart: true))
        #expect(!TimelineEvalMentions.isEventWord("Deliveries"))
        #expect(!TimelineEvalMentions.isEventWord("SALES", atStart: true))
        // nominal events of business: "the sale", "a loss", "its first flight"
        for w in ["sale", "loss", "flight", "takeover", "bid", "cuts"] { #expect(TimelineEvalMentions.isEventWord(w), "\(w)") }
        #expect(TimelineEvalMentions.isPlanned(["will", "deliver"], at: 1))
        #expect(!TimelineEvalMentions.isPlanned(["it", "delivered"], at: 1))
    }

    private func task(_ sentences: [String]) -> TimelineEvalCorpus {
        let doc = TimelineEvalDocument(docID: "9001", file: "9001.tml", dctValue: "2010-04-20", dct: CalendarDate(iso: "2010-04-20"),
                                       title: nil, sentences: sentences.enumerated().map { TimelineEvalSentence(id: "\($0.offset)", tokens: words($0.element)) })
        return TimelineEvalCorpus(name: "corpus_9", documents: [doc], targets: ["Zephyr Air", "Marta Holmqvist"], gold: [:])
    }

    @Test func eventWordsNearANameAreTheTargetsAndDatedByTheirSentence() {
        let t = task(["Zephyr Air gained 5 % on Monday while other shares in the wider market index fell .",
                      "It announced a merger .",
                      "Holmqvist will cut jobs .",
                      "Analysts expect growth ."])
        let names = TimelineEvalTargetNames(targets: t.targets)
        let items = TimelineEvalMentions.items(t, names: names, linked: [], dates: [:], timexes: [0: [0: [(token: 5, value: "2010-04-19")]]])
        func item(_ s: Int, _ j: Int) -> TimelineEvalMentions.Item? { items.first { $0.sentence == s && $0.token == j } }
        // "gained" is two tokens from the name and takes the sentence's date; "fell" is too far
        #expect(item(0, 2)?.date?.value == "2010-04-19")
        #expect(item(0, 15) == nil)
        // "It" opening the next sentence refers to the target: "announced" and "merger" are its, on the
        // day the article's narrative is at (Monday, named before); a plan ("will cut") stays undated
        #expect(item(1, 1)?.target == 0)
        #expect(item(1, 1)?.date?.value == "2010-04-19")
        #expect(item(1, 3)?.target == 0 && item(1, 3)?.date?.value == "2010-04-19")
        #expect(item(2, 2)?.target == 1 && item(2, 2)?.date == nil)
        // "He" refers to a person: the last one named, not the company
        let people = task(["Zephyr Air gained 5 % .", "He resigned ."])
        #expect(!TimelineEvalMentions.items(people, names: names, linked: [], dates: [:], timexes: [:]).contains { $0.sentence == 1 })
        let person = task(["Marta Holmqvist joined Zephyr Air .", "She resigned ."])
        #expect(TimelineEvalMentions.items(person, names: names, linked: [], dates: [:], timexes: [:])
            .contains { $0.sentence == 1 && $0.token == 1 && $0.target == 1 })
        #expect(names.isPerson == [false, true])
        // after an opening phrase set off by a comma; not a pronoun deep in the sentence
        let opened = TimelineEvalMentions.reference(words("In 2005 , it lost money ."), lastPerson: nil, lastOther: 0)
        #expect(opened?.range == 3..<4 && opened?.target == 0)
        #expect(TimelineEvalMentions.reference(words("Analysts who had expected the shares to rise , said it fell"), lastPerson: nil, lastOther: 0) == nil)
        // a sentence that names no target and opens with no reference to one has none
        #expect(!items.contains { $0.sentence == 3 })
        // a trigger the pipeline dated keeps the pipeline's date
        let pipelineDate = DateInfo(value: "2010-04-18", granularity: .day, expression: nil, basis: "test")
        let dated = TimelineEvalMentions.items(t, names: names, linked: [], dates: [0: [1: [(token: 3, date: pipelineDate)]]], timexes: [:])
        #expect(dated.first { $0.sentence == 1 && $0.token == 3 }?.date?.value == "2010-04-18")
    }
}

@Suite struct TimelineEvalDatingTests {
    @Test func aPluralOfANameWordNamesTheTarget() {
        #expect(TimelineEvalTargetNames.plural("Skylark", "Skylarks"))
        #expect(!TimelineEvalTargetNames.plural("310", "310s"))
        #expect(!TimelineEvalTargetNames.plural("Skylark", "skylarks"))
        let names = TimelineEvalTargetNames(targets: ["Vexa Skylark"])
        #expect(names.find(["Two", "Skylarks", "landed"]).map(\.target) == [0])
    }

    @Test func theDayOfAComparisonDatesNoWordOfTheSentence() {
        let tokens = "Vexa sales dropped 23 % compared to March of 2008 .".split(separator: " ").map(String.init)
        let doc = TimelineEvalDocument(docID: "9003", file: "9003.tml", dctValue: "2010-04-20", dct: CalendarDate(iso: "2010-04-20"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: tokens)])
        let date = TimelineEvalMentions.date(of: 1, tokens: tokens, document: doc, pipeline: [], timexes: [(token: 7, value: "2008-03")],
                                             narrative: nil)
        #expect(date?.value == "2010-04-20")
    }

    /// The time expressions `timexTokens` keeps in a one-sentence document (DCT 2010-04-20) whose tokens
    /// at `years` are year expressions.
    static func yearTimexTokens(_ sentence: String, target: String, years: [Int]) -> [(token: Int, value: String)]? {
        let doc = TimelineEvalDocument(docID: "9002", file: "9002.tml", dctValue: "2010-04-20", dct: CalendarDate(iso: "2010-04-20"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: sentence.split(separator: " ").map(String.init))])
        let task = TimelineEvalCorpus(name: "corpus_9", documents: [doc], targets: [target], gold: [:])
        let layout = TimelineEvalBuilder.layout(doc)
        let timexes = years.map { token in
            TimeExpression(span: layout.tokens[0][token], text: doc.sentences[0].tokens[token], type: .date,
                           value: doc.sentences[0].tokens[token], granularity: .year, basis: "test")
        }
        let found = TimelineEvalBuilder.timexTokens(Corpus(timexes: [timexes]), layouts: [layout], taskCorpus: task)
        return found[0]?[0]
    }

    @Test func aBoundIsNoTimeOfTheHappening() {
        let found = Self.yearTimexTokens("Zephyr Air will sell the plant by 2012 and closed a site in 2009 .", target: "Zephyr Air", years: [7, 13])
        #expect(found?.map(\.token) == [13])
        #expect(found?.map(\.value) == ["2009"])
    }

    @Test func aComparisonSinceAYearIsNoTimeOfTheHappening() {
        let found = Self.yearTimexTokens("Harbour shares fall to lowest level since 1997 after a loss in 2009 .", target: "Harbour", years: [7, 12])
        #expect(found?.map(\.value) == ["2009"])
    }

    @Test func aDayInARelativeClauseIsNoNarrativeDay() {
        let doc = TimelineEvalDocument(docID: "9007", file: "9007.tml", dctValue: "2010-04-22", dct: CalendarDate(iso: "2010-04-22"), title: nil,
                                       sentences: ["Zephyr Air chief outlines plan", "April 22 , 2010",
                                                   "On April 19 , Ada Lind , chief of Zephyr Air , which filed for protection from its creditors earlier today , outlined a plan .",
                                                   "She stated that the plan had support ."].enumerated().map {
                                           TimelineEvalSentence(id: "\($0.offset)", tokens: $0.element.split(separator: " ").map(String.init))
                                       })
        let task = TimelineEvalCorpus(name: "corpus_9", documents: [doc], targets: ["Zephyr Air"], gold: [:])
        let timexes: [Int: [Int: [(token: Int, value: String)]]] = [0: [1: [(token: 0, value: "2010-04-22")],
                                                                     2: [(token: 1, value: "2010-04-19"), (token: 20, value: "2010-04-22")]]]
        #expect(doc.sentences[2].tokens[20] == "today")
        let narrative = TimelineEvalMentions.narrativeDays(task, timexes: timexes)
        // "earlier today" dates the filing in the relative clause: the story stays at April 19
        #expect(narrative[0]?[3] == "2010-04-19")
    }

    @Test func undatedMentionsTakeTheNarrativeDay() {
        let doc = TimelineEvalDocument(docID: "9003", file: "9003.tml", dctValue: "2010-04-20", dct: CalendarDate(iso: "2010-04-20"), title: nil,
                                       sentences: ["Zephyr Air cuts jobs", "April 20 , 2010", "Zephyr Air announced on Monday that it will cut 300 jobs .",
                                                   "It said the plant will close ."].enumerated().map {
                                           TimelineEvalSentence(id: "\($0.offset)", tokens: $0.element.split(separator: " ").map(String.init))
                                       })
        let task = TimelineEvalCorpus(name: "corpus_9", documents: [doc], targets: ["Zephyr Air"], gold: [:])
        // the date line names the article's day; the lead names Monday, 19 April
        // (a time on a day names that day)
        let timexes: [Int: [Int: [(token: Int, value: String)]]] = [0: [1: [(token: 0, value: "2010-04-20")], 2: [(token: 4, value: "2010-04-19T16:15")]]]
        let narrative = TimelineEvalMentions.narrativeDays(task, timexes: timexes)
        #expect(narrative[0]?[3] == "2010-04-19")
        // the headline tells the lead's day, not the date line's
        #expect(narrative[0]?[0] == "2010-04-19")
        let items = TimelineEvalMentions.items(task, names: TimelineEvalTargetNames(targets: task.targets), linked: [], dates: [:], timexes: timexes)
        #expect(items.first { $0.sentence == 3 && $0.token == 1 }?.date?.value == "2010-04-19")
        // a date the pipeline gave from the sentence's own words is kept
        let own = DateInfo(value: "2010-04-15", granularity: .day, expression: "April 15", basis: "test")
        #expect(TimelineEvalMentions.anchored(own, dct: doc.dct, narrative: "2010-04-19")?.value == "2010-04-15")
        #expect(TimelineEvalMentions.anchored(DateInfo(value: "2010-04-20", granularity: .day, expression: nil, basis: "test"),
                                              dct: doc.dct, narrative: "2010-04-19")?.value == "2010-04-19")
    }
}

@Suite struct TimelineEvalNotationAndStateTests {
    @Test func datesAreWrittenInTheTasksNotationWhateverTheGoldWrites() {
        let year = TaskDate(DateInfo(value: "2006", granularity: .year, expression: nil, basis: "test"))
        let month = TaskDate(DateInfo(value: "2006-03", granularity: .month, expression: nil, basis: "test"))
        let day = TaskDate(DateInfo(value: "2006-03-28", granularity: .day, expression: nil, basis: "test"))
        #expect([year, month, day].map(\.description) == ["2006-XX-XX", "2006-03-XX", "2006-03-28"])
        #expect(TaskDate(nil).description == "XXXX-XX-XX")
    }

    @Test func aPerfectsStateStartsOnItsSinceDate() {
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        #expect(TimelineEvalBuilder.startsState(5, words: words("Zephyr Air had been suspended since July 24 , 2003 .")))
        #expect(TimelineEvalBuilder.startsState(0, words: words("since december they have received loans .")))
        // a since of comparison stays a bound
        #expect(!TimelineEvalBuilder.startsState(7, words: words("the index has reached its lowest level since 2003 .")))
        #expect(!TimelineEvalBuilder.startsState(7, words: words("Zephyr Air has posted its first loss since 1992 .")))
        let tokens = words("Ada Lind has been fighting the illness since 2004 .")
        #expect(TimelineEvalMentions.stateStart(4, tokens: tokens, timexes: [(token: 8, value: "2004")])?.value == "2004")
        // no perfect, no state
        #expect(TimelineEvalMentions.stateStart(1, tokens: words("Lind fought the illness since 2004 ."), timexes: [(token: 5, value: "2004")]) == nil)
        // the start of a period is its first day
        let start = words("The Vexa index has fallen 40 % since the beginning of the year .")
        #expect(TimelineEvalMentions.stateStart(4, tokens: start, timexes: [(token: 8, value: "2008")])?.value == "2008-01-01")
    }

    @Test func aParticipleAfterACommaGoesOnWithTheVerbsSubject() {
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        let tokens = words("The Vexa index , which fell 678 points to below 9,000 , closing at 8,579 .")
        #expect(TimelineEvalMentions.resultParticiple(after: 5, tokens: tokens, mentions: [0..<3]) == 12)
        // not past a clause of its own, and a verb of speech is the speaker's
        #expect(TimelineEvalMentions.resultParticiple(after: 2, tokens: words("Zephyr Air fell and Vexa rose , closing higher ."),
                                                      mentions: [0..<2]) == nil)
        #expect(TimelineEvalMentions.resultParticiple(after: 2, tokens: words("Zephyr Air rose 2 % , saying sales grew ."),
                                                      mentions: [0..<2]) == nil)
    }

    @Test func aChangeOverARecentPeriodStartsWithThePeriod() {
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        let tokens = words("In the past three days , the Vexa index has lost 631 points .")
        #expect(TimelineEvalMentions.periodStart(10, tokens: tokens, period: "2010-05-04")?.value == "2010-05-04")
        // only a change sums up a period; and without a period there is nothing to start
        #expect(TimelineEvalMentions.periodStart(2, tokens: words("Zephyr Air met regulators in the past week ."), period: "2010-05-01") == nil)
        #expect(TimelineEvalMentions.periodStart(10, tokens: tokens, period: nil) == nil)
    }

    @Test func anInfinitiveOfResultOrAfterAnAspectualVerbIsTheGoverningVerbs() {
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        #expect(TimelineEvalMentions.governingVerb(of: 8, tokens: words("The Vexa index dropped 9.6 % today to reach a low .")) == 3)
        #expect(TimelineEvalMentions.governingVerb(of: 5, tokens: words("The Vexa index continued to fall .")) == 3)
        // a plan stays a plan, and a perfect sums up what went on
        #expect(TimelineEvalMentions.governingVerb(of: 4, tokens: words("Zephyr Air agreed to buy jets .")) == nil)
        #expect(TimelineEvalMentions.governingVerb(of: 5, tokens: words("Zephyr Air has begun to offer buyouts .")) == nil)
        let tokens = words("The Vexa index dropped 9.6 % on Tuesday to reach a low .")
        let doc = TimelineEvalDocument(docID: "9012", file: "9012.tml", dctValue: "2010-04-22", dct: CalendarDate(iso: "2010-04-22"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: tokens)])
        #expect(TimelineEvalMentions.date(of: 10, tokens: tokens, document: doc, pipeline: [], timexes: [(token: 7, value: "2010-04-20")],
                                          narrative: nil)?.value == "2010-04-20")
    }

    @Test func aDescriptionTakesNoDateOfTheArticle() {
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        #expect(TimelineEvalMentions.isDescription(words("Zephyr Air is owned by Vexa Holdings ."), at: 3))
        #expect(TimelineEvalMentions.isDescription(words("The jet , made by Zephyr Air , was delivered today ."), at: 3))
        // a move by an amount is a happening, and so is a headline's passive
        #expect(!TimelineEvalMentions.isDescription(words("The Vexa index dropped by 4 % today ."), at: 3))
        #expect(!TimelineEvalMentions.isDescription(words("Zephyr jet grounded by regulators"), at: 2))
        let tokens = words("Zephyr Air is owned by Vexa Holdings .")
        let doc = TimelineEvalDocument(docID: "9010", file: "9010.tml", dctValue: "2010-04-21", dct: CalendarDate(iso: "2010-04-21"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: tokens)])
        #expect(TimelineEvalMentions.date(of: 3, tokens: tokens, document: doc, pipeline: [], timexes: [], narrative: nil) == nil)
    }

    @Test func theLeadTakesTheDayNamedAFewSentencesOn() {
        let doc = TimelineEvalDocument(docID: "9011", file: "9011.tml", dctValue: "2010-04-22", dct: CalendarDate(iso: "2010-04-22"), title: nil,
                                       sentences: ["Zephyr Air posts loss", "April 22 , 2010", "Zephyr Air has posted its first loss .",
                                                   "Zephyr Air admitted on Wednesday that the loss could grow .",
                                                   "Ada Lind described the events of today as a setback .",
                                                   "She said the plan would work ."].enumerated().map {
                                           TimelineEvalSentence(id: "\($0.offset)", tokens: $0.element.split(separator: " ").map(String.init))
                                       })
        let task = TimelineEvalCorpus(name: "corpus_9", documents: [doc], targets: ["Zephyr Air"], gold: [:])
        let timexes: [Int: [Int: [(token: Int, value: String)]]] = [0: [1: [(token: 0, value: "2010-04-22")], 3: [(token: 4, value: "2010-04-21")],
                                                                     4: [(token: 6, value: "2010-04-22")]]]
        let narrative = TimelineEvalMentions.narrativeDays(task, timexes: timexes)
        #expect(doc.sentences[4].tokens[6] == "today")
        #expect(narrative[0]?[2] == "2010-04-21")
        // "the events of today" names what the noun is about, not the story's day
        #expect(narrative[0]?[5] == "2010-04-21")
    }
}

@Suite struct TimelineEvalSpeechDateTests {
    @Test func whatIsSaidIsDatedByItsClauseNotTheSaying() {
        let tokens = "Zephyr Air said on Tuesday that the plant will open in 2012 .".split(separator: " ").map(String.init)
        let doc = TimelineEvalDocument(docID: "9004", file: "9004.tml", dctValue: "2010-04-21", dct: CalendarDate(iso: "2010-04-21"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: tokens)])
        let tuesday = (token: 4, value: "2010-04-20"), later = (token: 12, value: "2012")
        // the saying takes "on Tuesday", just after it
        #expect(TimelineEvalMentions.date(of: 2, tokens: tokens, document: doc, pipeline: [], timexes: [tuesday, later], narrative: nil)?.value == "2010-04-20")
        // without it, not the reported "in 2012", nor the pipeline's date of the reported opening: the article's
        let opening = (token: 10, date: Optional(DateInfo(value: "2012", granularity: .year, expression: "in 2012", basis: "test")))
        #expect(TimelineEvalMentions.date(of: 2, tokens: tokens, document: doc, pipeline: [opening], timexes: [later], narrative: nil)?.value == "2010-04-21")
        // the opening itself takes its own date
        #expect(TimelineEvalMentions.date(of: 10, tokens: tokens, document: doc, pipeline: [opening], timexes: [tuesday, later], narrative: nil)?.value == "2012")
    }

    @Test func aPlanIsDatedOnlyByATimeAfterIt() {
        let tokens = "Zephyr Air announced today it would cut 300 jobs and will close a plant in June .".split(separator: " ").map(String.init)
        let doc = TimelineEvalDocument(docID: "9005", file: "9005.tml", dctValue: "2010-04-21", dct: CalendarDate(iso: "2010-04-21"), title: nil,
                                       sentences: [TimelineEvalSentence(id: "0", tokens: tokens)])
        let today = (token: 3, value: "2010-04-21"), june = (token: 15, value: "2010-06")
        let announced = (token: 2, date: Optional(DateInfo(value: "2010-04-21", granularity: .day, expression: "today", basis: "test")))
        // "would cut": not the announcement's "today" nor its date; undated
        #expect(TimelineEvalMentions.date(of: 6, tokens: tokens, document: doc, pipeline: [announced], timexes: [today], narrative: nil)?.value == nil)
        // "will close ... in June": the time after it
        #expect(TimelineEvalMentions.date(of: 11, tokens: tokens, document: doc, pipeline: [announced], timexes: [today, june], narrative: nil)?.value == "2010-06")
    }
}
