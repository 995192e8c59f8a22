// Builds small articles with hand-placed mentions for the linking tests (invented names only).

@testable import DossierKit
import Testing

/// An article with mentions at every whole-word occurrence of the given names (longest names first,
/// no overlaps), as a recognizer would produce them.
struct LinkDoc {
    var article: Article
    var mentions: [Mention]

    /// `section`: the folder the story's file is in; `publisher`: the header's publisher.
    init(_ ordinal: Int, _ text: String, date: String? = nil, section: String? = nil, publisher: String? = nil,
         _ names: [(String, EntityKind)], roles: [String: String] = [:]) {
        let id = ArticleID(ordinal: ordinal)
        let scalars = Array(text.unicodeScalars)
        var taken: [TextSpan] = []
        var found: [Mention] = []
        for (name, kind) in names.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) {
            let needle = Array(name.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                let end = start + needle.count
                let before = start == 0 || !scalars[start - 1].properties.isAlphabetic
                let after = end == scalars.count || !scalars[end].properties.isAlphabetic
                let span = TextSpan(start, end)
                guard before, after, !taken.contains(where: { $0.overlaps(span) }) else { continue }
                taken.append(span)
                found.append(Mention(article: id, span: span, text: name, kind: kind, role: roles[name]))
            }
        }
        mentions = found.sorted { $0.span < $1.span }
        article = Article(id: id, source: (section.map { $0 + "/" } ?? "") + "t\(ordinal).txt", header: StoryHeader(publisher: publisher, date: date.map {
            DateInfo(value: $0, granularity: .day, expression: nil, basis: "test")
        }), text: text, sentences: SentenceSplitter.split(text))
    }
}

/// Links the documents; every linking test also checks that linking by components (`CorpusLinker.run`)
/// gives what one run over every local entity gives.
func link(_ docs: [LinkDoc], overrides: LinkOverrides = LinkOverrides()) -> LinkResult {
    let articles = docs.map(\.article), mentions = docs.map(\.mentions)
    let result = EntityLinker(overrides: overrides).link(articles: articles, mentions: mentions)
    var whole = EntityLinker(overrides: overrides)
    whole.linkAsOneComponent = true
    let one = whole.link(articles: articles, mentions: mentions)
    #expect(result.entities == one.entities, "linking by components differs from one run")
    #expect(result.unlinked == one.unlinked, "linking by components leaves other mentions unlinked")
    #expect(result.diagnostics == one.diagnostics, "linking by components reports otherwise")
    return result
}

extension LinkResult {
    /// The entity that holds a mention with exactly this text (first one found).
    func entity(named text: String) -> Entity? {
        entities.first { $0.name == text } ?? entities.first { e in e.mentions.contains { $0.text == text } }
    }

    func entities(mentioning text: String) -> [Entity] {
        entities.filter { e in e.mentions.contains { $0.text == text } }
    }
}

/// The first entity that holds a mention with exactly this text.
func holder(_ r: LinkResult, _ text: String) -> Entity? { r.entities(mentioning: text).first }
