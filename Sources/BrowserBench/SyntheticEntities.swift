// Crude stand-in entities and events for load measurements only: capitalised word runs become
// people, organizations or places, and sentences naming a weekday or month become events dated
// by the article. Quality does not matter here; volume and shape do.

import DossierKit

enum SyntheticEntities {
    static let orgWords: Set<String> = ["Ministry", "Party", "Council", "Agency", "Bank", "Company", "Union",
                                        "Organization", "Committee", "Corp", "Association", "Office", "Army", "Police"]
    static let placeCue: Set<String> = ["in", "at", "from", "to"]
    static let stop: Set<String> = ["The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And",
                                    "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December", "Mr", "Mrs"]
    static let dateWords = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                            "January", "February", "March", "April", "June", "July", "August", "September",
                            "October", "November", "December"]

    static func add(to corpus: Corpus) -> Corpus {
        var entities: [Entity] = []
        var byName: [String: Int] = [:]
        var events: [Event] = []
        var articles = corpus.articles
        for (n, article) in corpus.articles.enumerated() where article.date == nil {
            // Spread undated articles over ten years so the timeline has many dates.
            articles[n].date = DateInfo(value: CalendarDate(year: 1997, month: 1, day: 1).adding(days: (n * 37) % 3650).description,
                                        granularity: .day, expression: nil, basis: "synthetic")
        }
        for article in articles {
            let scalars = Array(article.text.unicodeScalars)
            var words: [(String, Int, Int)] = []
            var start = -1
            for (i, s) in scalars.enumerated() {
                let letter = s.properties.isAlphabetic || s == "-" || s == "'"
                if letter && start < 0 { start = i }
                if !letter && start >= 0 {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[start..<i])
                    words.append((String(v), start, i))
                    start = -1
                }
            }
            var sentenceMentions: [TextSpan: [EntityID]] = [:]
            var i = 0
            while i < words.count {
                let w = words[i].0
                guard let f = w.first, f.isUppercase, !stop.contains(w), w.count > 1 else { i += 1; continue }
                var j = i + 1
                while j < words.count, j - i < 3, let g = words[j].0.first, g.isUppercase, !stop.contains(words[j].0),
                      words[j].1 == words[j - 1].2 + 1 { j += 1 }
                let name = words[i..<j].map(\.0).joined(separator: " ")
                let span = TextSpan(words[i].1, words[j - 1].2)
                let kind: EntityKind = words[i..<j].contains { orgWords.contains($0.0) } ? .organization
                    : (i > 0 && placeCue.contains(words[i - 1].0) ? .place : (j - i >= 2 ? .person : .place))
                let index: Int
                if let e = byName[name] { index = e } else {
                    index = entities.count
                    byName[name] = index
                    entities.append(Entity(id: EntityID(ordinal: index + 1), kind: kind, name: name))
                }
                entities[index].mentions.append(Mention(article: article.id, span: span, text: name, kind: entities[index].kind,
                                                        entity: entities[index].id))
                if let sentence = article.sentences.first(where: { $0.contains(span.start) }) {
                    sentenceMentions[sentence, default: []].append(entities[index].id)
                }
                i = j
            }
            for sentence in article.sentences {
                let text = ScalarText(article.text)[sentence]
                guard dateWords.contains(where: { text.contains($0) }), let date = article.date else { continue }
                events.append(Event(id: EventID(ordinal: events.count + 1), article: article.id, sentence: text, span: sentence,
                                    date: date, participants: Array(Set(sentenceMentions[sentence] ?? [])).sorted().map { EventParticipant(entity: $0) },
                                    salience: 1))
            }
        }
        var out = corpus
        out.articles = articles
        out.entities = entities
        out.events = events
        return out
    }
}
