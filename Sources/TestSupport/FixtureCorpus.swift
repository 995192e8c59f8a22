// An invented, fully analysed corpus for screen tests: Latin, Armenian, Cyrillic and CJK text, a
// control character, aliases with reasons, roles, relations and dated events. Offsets are computed.

import DossierKit

public enum FixtureCorpus {
    struct Draft {
        var source: String
        var title: String?
        var byline: String?
        var publisher: String?
        var url: String?
        var date: DateInfo?
        var dateline: String?
        var text: String
        var captions: [String] = []
    }

    static func day(_ value: String, basis: String = "dateline") -> DateInfo {
        DateInfo(value: value, granularity: .day, expression: nil, basis: basis)
    }

    static let drafts: [Draft] = [
        Draft(source: "coastal/port-velin.txt", title: "Harbor board approves Port Velin expansion", byline: "By Mara Quint",
              publisher: "Coastal Herald", url: "https://coastal-herald.example/2021/03/port-velin",
              date: day("2021-03-02"), dateline: "PORT VELIN",
              text: """
                The Velin Port Authority on Monday approved a plan to deepen the northern channel, Transport Minister Anna Petrosyan said.

                Petrosyan told reporters that dredging would begin in May and that the Velin Port Authority expects larger ships by 2023.

                Fishermen in Port Velin said they were not consulted. "Nobody asked us," said Tomas Reyes, who has fished the bay for thirty years.
                """,
              captions: ["Cranes on the northern quay of Port Velin. Photo: Coastal Herald"]),
        Draft(source: "hayk/library.txt", title: "Երևանում նոր գրադարան է բացվել", byline: nil, publisher: "Hayk Daily",
              url: "https://hayk-daily.example/library", date: day("2021-04-14", basis: "url"), dateline: "YEREVAN",
              text: """
                Transport Minister Anna Petrosian opened a new public library in Yerevan on Wednesday. The building holds books in Armenian, Russian and English.

                Երևան քաղաքի գրադարանը բաց է ամեն օր։ Petrosian said the library would stay open every day.
                """),
        Draft(source: "vestnik/most.txt", title: "Новый мост через Лену откроют летом", byline: "Ольга Ким",
              publisher: "Sibirsky Vestnik", url: nil, date: day("2021-05-12"), dateline: "ЯКУТСК",
              text: """
                Губернатор Иван Соколов объявил, что новый мост через Лену откроют летом 2022 года.

                По словам Соколова, строительство обойдётся в 40 миллиардов рублей. Ivan Sokolov spoke to reporters in Yakutsk on May 12.
                """),
        Draft(source: "pearl/port.txt", title: "珠江港口扩建计划公布", byline: nil, publisher: "Pearl River Post",
              url: "https://pearl-post.example/port", date: day("2021-06-01"), dateline: "广州",
              text: """
                港务局局长李华周二在广州公布了港口扩建计划。

                Li Hua, the port director, said the Velin Port Authority had advised on the design. 该计划预计于2024年完成。
                """),
        Draft(source: "notes/untitled.txt", title: nil, byline: nil, publisher: nil, url: nil, date: nil, dateline: nil,
              text: "City council members met late into the night\u{1B}[31m to debate the harbor budget.\u{07} Anna Petrosyan did not attend.\n\nThe vote was postponed to next week."),
        Draft(source: "coastal/plan.txt", title: "Minister outlines five-year transport plan", byline: "By Mara Quint",
              publisher: "Coastal Herald", url: "https://coastal-herald.example/2021/03/plan", date: day("2021-03-20"),
              dateline: "PORT VELIN",
              text: """
                Transport Minister Anna Petrosyan on Saturday presented a five-year plan for roads, rail and ports, the largest such programme in a decade.

                The plan gives the Velin Port Authority control of two smaller harbors and sets aside money for a rail link to Port Velin.

                Critics said the plan repeats promises made in 2016. Tomas Reyes, who speaks for the fishermen's cooperative, said the money should go to repairing the old breakwater first.

                Petrosyan answered that the breakwater is part of the first phase, which starts this summer and runs to the end of next year.

                The ministry will publish quarterly reports on spending. Each report will list every contract above one million.

                Opposition members asked for a vote in parliament before any contract is signed. The minister said she welcomed the debate.

                A public hearing is planned in Port Velin next month, where residents can question officials from the Velin Port Authority.

                The plan still needs the approval of the cabinet, which meets on Thursday.
                """),
    ]

    struct EntityDraft {
        var kind: EntityKind
        var name: String
        /// Other written forms with why they joined.
        var aliases: [(String, String)]
        var roles: [(String, Int)] = []
        var links: [(Int, String, Int)] = []
    }

    static let entityDrafts: [EntityDraft] = [
        EntityDraft(kind: .person, name: "Anna Petrosyan",
                    aliases: [("Anna Petrosian", "surname variant -ian/-yan with the same first name (a2)"),
                              ("Petrosyan", "surname alone after the full name in the same article (a1)"),
                              ("Petrosian", "surname alone after the full name in the same article (a2)")],
                    roles: [("Transport Minister", 1), ("Transport Minister", 2)], links: [(2, "oversees", 6)]),
        EntityDraft(kind: .organization, name: "Velin Port Authority", aliases: []),
        EntityDraft(kind: .place, name: "Port Velin", aliases: []),
        EntityDraft(kind: .person, name: "Иван Соколов",
                    aliases: [("Ivan Sokolov", "Latin transliteration of the same name (a3)"),
                              ("Соколова", "the genitive case of the surname (a3)")],
                    roles: [("Губернатор", 3)]),
        EntityDraft(kind: .place, name: "Yakutsk", aliases: [("ЯКУТСК", "the dateline spelling in Cyrillic (a3)")]),
        EntityDraft(kind: .person, name: "李华", aliases: [("Li Hua", "pinyin of the same name (a4)")], roles: [("港务局局长", 4)]),
        EntityDraft(kind: .place, name: "Yerevan", aliases: [("Երևան", "the name in Armenian script (a2)")]),
        EntityDraft(kind: .person, name: "Tomas Reyes", aliases: [], links: [(3, "lives-in", 1)]),
        EntityDraft(kind: .place, name: "广州", aliases: [("Guangzhou", "pinyin of the same name (a4)")]),
    ]

    /// Occurrences of `needle` in `text` as Unicode-scalar spans.
    static func spans(of needle: String, in text: String) -> [TextSpan] {
        let hay = Array(text.unicodeScalars), pat = Array(needle.unicodeScalars)
        guard !pat.isEmpty, hay.count >= pat.count else { return [] }
        var out: [TextSpan] = []
        var i = 0
        while i + pat.count <= hay.count {
            if hay[i] == pat[0], Array(hay[i..<(i + pat.count)]) == pat {
                out.append(TextSpan(i, i + pat.count))
                i += pat.count
            } else {
                i += 1
            }
        }
        return out
    }

    static func paragraphs(_ text: String) -> [TextSpan] {
        var out: [TextSpan] = []
        var offset = 0
        for p in text.components(separatedBy: "\n\n") {
            let n = p.unicodeScalars.count
            out.append(TextSpan(offset, offset + n))
            offset += n + 2
        }
        return out
    }

    /// Sentence spans by a fixed rule (end punctuation of any script, then a space or the end), so
    /// the screens do not change when the pipeline's sentence splitter improves.
    static func sentences(_ text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var out: [TextSpan] = []
        for para in paragraphs(text) {
            var start = para.start
            var i = para.start
            while i < para.end {
                let c = scalars[i]
                let ends = ".!?。։".unicodeScalars.contains(c)
                    && (i + 1 >= para.end || scalars[i + 1] == " " || "。։".unicodeScalars.contains(c))
                if ends {
                    out.append(TextSpan(start, i + 1))
                    start = i + 1
                    while start < para.end, scalars[start] == " " { start += 1 }
                    i = start
                    continue
                }
                i += 1
            }
            if start < para.end { out.append(TextSpan(start, para.end)) }
        }
        return out
    }

    /// The corpus, built the same way every time.
    public static let corpus: Corpus = build()

    /// The corpus in an in-memory SQLite store, written and read by the same code as an index (a new
    /// database each time, so no test sees another's reads).
    public static var store: SQLiteStore { get throws { try SQLiteStore.inMemory(corpus) } }

    static func build() -> Corpus {
        let articles: [Article] = drafts.enumerated().map { i, d in
            Article(id: ArticleID(ordinal: i + 1), source: d.source,
                    header: StoryHeader(title: d.title, byline: d.byline, publisher: d.publisher, url: d.url,
                                        date: d.date, dateline: d.dateline), text: d.text,
                    paragraphs: paragraphs(d.text), sentences: sentences(d.text), captions: d.captions)
        }
        // Candidate mentions of every written form; overlaps resolved longest-first.
        var candidates: [(article: Int, span: TextSpan, entity: Int)] = []
        for (e, draft) in entityDrafts.enumerated() {
            for form in [draft.name] + draft.aliases.map(\.0) {
                for (a, article) in articles.enumerated() {
                    for span in spans(of: form, in: article.text) { candidates.append((a, span, e)) }
                }
            }
        }
        candidates.sort { ($0.article, $0.span.start, -$0.span.length) < ($1.article, $1.span.start, -$1.span.length) }
        var kept: [(article: Int, span: TextSpan, entity: Int)] = []
        for c in candidates {
            if let last = kept.last, last.article == c.article, last.span.overlaps(c.span) { continue }
            kept.append(c)
        }
        var entities: [Entity] = entityDrafts.enumerated().map { e, d in
            Entity(id: EntityID(ordinal: e + 1), kind: d.kind, name: d.name,
                   aliases: d.aliases.map { Alias(name: $0.0, reason: $0.1) },
                   roles: d.roles.map { Role(title: $0.0, article: ArticleID(ordinal: $0.1), date: articles[$0.1 - 1].date?.value) },
                   links: d.links.map { EntityLink(entity: EntityID(ordinal: $0.0), relation: $0.1, evidence: ArticleID(ordinal: $0.2)) })
        }
        for c in kept {
            let article = articles[c.article]
            let text = ScalarText(article.text)[c.span]
            let role = entityDrafts[c.entity].roles.first { $0.1 == c.article + 1 && article.text.contains($0.0 + " " + text) }?.0
            entities[c.entity].mentions.append(Mention(article: article.id, span: c.span, text: text,
                                                       kind: entityDrafts[c.entity].kind, role: role,
                                                       entity: entities[c.entity].id))
        }
        // A surname the linker could not place, to show unlinked mentions.
        var unlinked: [Mention] = []
        if let span = spans(of: "Соколова", in: articles[2].text).first, !kept.contains(where: { $0.article == 2 && $0.span == span }) {
            unlinked.append(Mention(article: articles[2].id, span: span, text: "Соколова", kind: .person, confidence: 0.4))
        }

        func event(_ n: Int, _ article: Int, _ sentence: String, _ date: DateInfo?, _ people: [Int],
                   also: [(Int, String, Int)] = [], kind: EventKind = .event, salience: Double = 1) -> Event {
            let a = articles[article - 1]
            let span = spans(of: sentence, in: a.text).first ?? TextSpan(0, 0)
            return Event(id: EventID(ordinal: n), kind: kind, article: a.id, sentence: sentence, span: span, date: date,
                         participants: people.map { EventParticipant(entity: EntityID(ordinal: $0)) },
                         alsoReportedIn: also.map { x in
                             EventSource(article: ArticleID(ordinal: x.0),
                                         span: spans(of: x.1, in: articles[x.0 - 1].text).first ?? TextSpan(0, 0),
                                         event: EventID(ordinal: x.2), why: "same day, trigger said ~ said, words shared")
                         }, salience: salience)
        }
        // A date resolved against the article's date, as the temporal tagger records it.
        func relative(_ value: String, _ granularity: Granularity, _ expression: String, to articleDate: String) -> DateInfo {
            DateInfo(value: value, granularity: granularity, expression: expression, basis: "relative to article date \(articleDate)")
        }
        let events = [
            event(1, 1, "The Velin Port Authority on Monday approved a plan to deepen the northern channel, Transport Minister Anna Petrosyan said.", relative("2021-03-01", .day, "on Monday", to: "2021-03-02"), [2, 1]),
            event(2, 1, "Petrosyan told reporters that dredging would begin in May and that the Velin Port Authority expects larger ships by 2023.", relative("2021-05", .month, "in May", to: "2021-03-02"), [1, 2]),
            event(3, 2, "Transport Minister Anna Petrosian opened a new public library in Yerevan on Wednesday.", relative("2021-04-14", .day, "on Wednesday", to: "2021-04-14"), [1, 7]),
            event(4, 3, "Губернатор Иван Соколов объявил, что новый мост через Лену откроют летом 2022 года.",
                  DateInfo(value: "2022-SU", granularity: .season, expression: "летом 2022 года", basis: "explicit"), [4]),
            event(5, 3, "Ivan Sokolov spoke to reporters in Yakutsk on May 12.", relative("2021-05-12", .day, "on May 12", to: "2021-05-12"), [4, 5]),
            event(6, 4, "港务局局长李华周二在广州公布了港口扩建计划。", relative("2021-06-01", .day, "周二", to: "2021-06-01"), [6, 9]),
            event(7, 6, "Transport Minister Anna Petrosyan on Saturday presented a five-year plan for roads, rail and ports, the largest such programme in a decade.", relative("2021-03-20", .day, "on Saturday", to: "2021-03-20"), [1]),
            event(8, 6, "The plan still needs the approval of the cabinet, which meets on Thursday.", relative("2021-03-25", .day, "on Thursday", to: "2021-03-20"), []),
            event(9, 5, "The vote was postponed to next week.",
                  DateInfo(value: nil, granularity: nil, expression: "next week", basis: "no article date to anchor “next week”"), []),
            event(10, 6, "Critics said the plan repeats promises made in 2016.",
                  DateInfo(value: "2016", granularity: .year, expression: "in 2016", basis: "explicit"), [],
                  also: [(1, "Fishermen in Port Velin said they were not consulted.", 10)], kind: .statement, salience: 0.2),
        ]
        return Corpus(articles: articles, entities: entities, events: events,
                      timexes: Array(repeating: [], count: articles.count), unlinkedMentions: unlinked)
    }
}
