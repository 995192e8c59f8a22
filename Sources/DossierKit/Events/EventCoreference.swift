// Who a clause's subject "it", "he", "she" or "the company" stands for: an organisation or person the story
// named before. News names a company once and then goes on with "the company said it would cut 500 jobs";
// without this, those happenings and statements have no participant and miss the company's timeline.

/// The organisation and person a story's next "it", "the company", "he" or "she" most likely means: the
/// first of each named as a subject in the latest sentence naming one.
struct StoryReferents {
    var person: EntityID?
    /// The business the story last named as a subject ("the company", "the bank"): a public body named since is not one.
    var business: EntityID?
    /// The organisation the last sentence was about: its opening name ("Halden Bank said ..."), or the one
    /// its opening "it" or "the company" meant. "It" reaches no further: measured on news, an "it" two
    /// sentences after a name is as often a thing ("It moved between 118 and 119 yen") as the company.
    var subjectOrganization: EntityID?
    /// Sentences read since `person` was named or referred to; "he" and "she" reach back `personReach` only.
    var personAge = 0

    static let personReach = 2

    /// After reading a sentence (its words and tokens) with these linked mentions and what its opening
    /// subject referred to (`opening`, see `EventCoreference.subject`). A sentence whose subject refers back
    /// ("The company sold its unit to Halden") goes on about the same organisation, whoever else it names.
    mutating func read(_ mentions: [Mention], words: [String], tokens: [Token], opening: EntityID?) {
        personAge += 1
        let outside = mentions.filter { m in
            !EventCoreference.inQuotation(tokens.firstIndex { $0.span.start >= m.span.start } ?? 0, words: words)
        }
        let first = words.first ?? ""
        if ["he", "she"].contains(first), opening != nil {
            personAge = 0
        } else if let p = outside.first(where: { $0.kind == .person && EventCoreference.isSubject($0, words: words, tokens: tokens) })?.entity {
            person = p
            personAge = 0
        }
        let organizationSubject = first == "it"
            || (first == "the" && words.dropFirst().prefix(4).contains { EventCoreference.organizationNouns.contains($0) })
        let opener = outside.first.flatMap { m -> Mention? in
            let i = tokens.firstIndex { $0.span.start >= m.span.start } ?? tokens.count
            return i <= 1 && m.kind == .organization ? m : nil
        }
        if organizationSubject, let opening {
            subjectOrganization = opening
        } else {
            subjectOrganization = opener?.entity
        }
        // only a subject: "to be led by Russian energy giant Gazprom" does not make Gazprom "the firm" of the next sentence
        let subjects = outside.filter { EventCoreference.isSubject($0, words: words, tokens: tokens) }
        if !organizationSubject || opening == nil, let b = subjects.first(where: { EventCoreference.isBusiness($0) })?.entity { business = b }
    }
}

enum EventCoreference {
    /// Nouns that, after "the", describe a business named before ("the company", "the German carmaker"). Not
    /// "the group" or "the organisation": measured on news, those are as often a body never named (a lobby).
    static let organizationNouns: Set<String> = [
        "company", "firm", "carrier", "airline", "bank", "automaker", "carmaker", "manufacturer", "maker",
        "corporation", "conglomerate", "retailer", "insurer", "lender", "operator", "broadcaster", "publisher",
        "planemaker", "chipmaker", "giant", "club",
    ]

    /// Words of a public body's name ("Securities and Exchange Commission", "Foreign Office"): "the company" or
    /// "the bank" after one is another organisation.
    static let publicBodyWords: Set<String> = [
        "commission", "ministry", "department", "agency", "council", "committee", "court", "police", "parliament",
        "government", "office", "authority", "bureau", "nations", "party", "assembly", "senate", "congress", "army",
        "navy", "forces", "service", "union", "federation", "board", "administration", "tribunal", "reserve",
    ]

    /// Whether an organisation's mention names a business, not a public body (see `publicBodyWords`).
    static func isBusiness(_ m: Mention) -> Bool {
        m.kind == .organization && m.entity != nil
            && !m.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { publicBodyWords.contains(String($0)) }
    }

    /// Words that may stand between a subject and its verb: auxiliaries, adverbs of a verb group, and a verb
    /// of intention with "to" ("it plans to cut", "the company has agreed to sell").
    static let verbGroup: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "'s", "'ll", "did", "does",
        "also", "already", "still", "just", "now", "then", "again", "finally", "recently", "later", "first", "formally",
        "officially", "reportedly",
    ]
    static let intentionVerbs: Set<String> = [
        "plans", "planned", "agreed", "decided", "wants", "wanted", "expects", "expected", "intends", "intended", "hopes",
        "hoped", "aims", "aimed", "is", "was", "are", "were", "has", "had", "have", "tried", "sought", "seeks", "offered",
        "offers", "promised", "threatened", "vowed", "pledged", "voted", "moved", "began", "continued",
    ]
    /// Words a subject follows at the start of its clause.
    static let clauseOpeners: Set<String> = [",", ";", ":", "that", "and", "but", "then", "so", "\"", "“", "'", "‘", "while", "after",
                                             "when", "as", "because", "before", "since", "although", "though"]

    /// The entity the subject of the verb at token `v` refers to, when that subject is a pronoun or a
    /// description ("it", "he", "the company") at the start of a clause: the latest person or organisation
    /// named before it in the sentence, else the story's (see `StoryReferents`). Nil when the subject is a
    /// name or anything else.
    static func subject(ofVerbAt v: Int, passive: Bool = false, words: [String], tokens: [Token], mentions: [Mention],
                        story: StoryReferents) -> EntityID? {
        // back over the verb group ("has also", "plans to", "will be")
        var k = v - 1
        var steps = 0
        while k >= 0 && steps < 5 {
            if verbGroup.contains(words[k]) { k -= 1; steps += 1; continue }
            if words[k] == "to", k > 0, intentionVerbs.contains(words[k - 1]) { k -= 2; steps += 2; continue }
            break
        }
        guard k >= 0 else { return nil }
        enum Want { case person, organization }
        var want: Want? = nil
        var start = k
        switch words[k] {
        case "he", "she": want = .person
        case "it": want = .organization
        default:
            // "the company", "the German carmaker", "the world's biggest airline", "the Geneva-based group"
            guard organizationNouns.contains(words[k]) else { return nil }
            var d = k - 1
            while d >= 0 && k - d <= 4 && words[d] != "the" {
                guard isDescriptiveModifier(tokens[d].text) else { return nil }
                d -= 1
            }
            guard d >= 0, words[d] == "the" else { return nil }
            want = .organization
            start = d
        }
        // the subject opens its clause: the sentence start, a comma, "that", "and", a verb of speech
        guard start == 0 || clauseOpeners.contains(words[start - 1]) || EventLexicon.reportingVerbs.contains(words[start - 1]) else {
            return nil
        }
        // inside a quotation "he" and "it" are the speaker's words about someone or something else, and a name
        // inside a quotation before the subject is what the speaker talked about
        guard !inQuotation(start, words: words) else { return nil }
        let before = mentions.filter { m in
            guard m.span.end <= tokens[start].span.start, m.entity != nil else { return false }
            return !inQuotation(tokens.firstIndex { $0.span.start >= m.span.start } ?? 0, words: words)
        }
        switch want {
        case .person:
            // "Juninho wants assurances that he will return" with Juninho not taken for a person: someone
            // named just before is who "he" is, not the story's person
            if let p = before.last(where: { $0.kind != .place }) { return p.kind == .person ? p.entity : nil }
            // "When he was introducing the bill, Mr Blunkett said": the name after an opening clause is "he"
            if start > 0, subordinators.contains(words[0]), start <= 3, mentions.contains(where: { $0.kind == .person }) { return nil }
            return story.personAge <= StoryReferents.personReach ? story.person : nil
        case .organization:
            if words[k] == "it" {
                // "it was published", "it was flown": what is acted on is more often a thing than the company
                if passive { return nil }
                // "it was reported", "it is said": no one's speech
                if words[(k + 1)..<v].contains(where: { ["was", "is", "has", "had", "been"].contains($0) }), v < words.count,
                   EventLexicon.reportingVerbs.contains(words[v]) { return nil }
                // the clause's subject named before it: the first name ("Shares in Phytopharm closed down on the London
                // Stock Exchange after it said": Phytopharm)
                if let o = before.first(where: { $0.kind != .place }) { return o.kind == .organization ? o.entity : nil }
                // the story's organisation only for an "it" that opens the sentence ("It said", "Last month, it
                // signed"), not one after a subject the sentence gives without a name ("the government said it")
                let opens = start == 0 || (words[start - 1] == "," && !words[..<start].contains { $0 == "that" || EventLexicon.reportingVerbs.contains($0) })
                return opens ? story.subjectOrganization : nil
            }
            // the sentence's first business ("RHB, Malaysia's third-biggest lender, ..., the firm told Reuters")
            return before.first(where: isBusiness)?.entity ?? story.business
        case nil:
            return nil
        }
    }

    /// Whether a person's mention is its sentence's subject, so that a later "he" or "she" may mean them: it
    /// opens the sentence (after a title or a short opening phrase), or a verb, a verb of speech or an
    /// apposition follows it ("Hayward, 29, played", "Mr Brown said"), not a name in an object ("recorded by
    /// Claude King").
    static func isSubject(_ m: Mention, words: [String], tokens: [Token]) -> Bool {
        guard let i = tokens.firstIndex(where: { $0.span.start >= m.span.start }) else { return false }
        let end = tokens.firstIndex { $0.span.start >= m.span.end } ?? tokens.count
        if i <= 2 || (i <= 6 && words[..<i].contains(",") && !words[..<i].contains { EventLexicon.reportingVerbs.contains($0) }) {
            return true
        }
        guard end < words.count else { return false }
        let next = words[end]
        return next == "," || EventLexicon.reportingVerbs.contains(next) || verbGroup.contains(next) || next.hasSuffix("ed")
            || EventLexicon.forms[next] != nil
    }

    /// What the subject opening a sentence ("It", "He", "The company") refers to (see `subject`).
    static func opening(words: [String], tokens: [Token], mentions: [Mention], story: StoryReferents) -> EntityID? {
        guard let first = words.first else { return nil }
        var end: Int? = nil
        if ["it", "he", "she"].contains(first) { end = 0 }
        if first == "the" { end = words.indices.dropFirst().prefix(4).first { organizationNouns.contains(words[$0]) } }
        guard let end, end + 1 < words.count else { return nil }
        return subject(ofVerbAt: end + 1, words: words, tokens: tokens, mentions: mentions, story: story)
    }

    /// Words that open a clause before its subject ("When he arrived, Mr Blunkett said").
    static let subordinators: Set<String> = ["when", "as", "after", "while", "before", "since", "although", "though", "because", "if", "once"]

    /// Whether a word between "the" and a description describes the same organisation ("the German carmaker", "the
    /// world's biggest bank", "the Geneva-based group") rather than naming another ("the Anti-Phishing Working
    /// group", "the security firm"): a nationality, a "-based" or "-owned" word, a superlative, or a word of size or standing.
    static func isDescriptiveModifier(_ w: String) -> Bool {
        let l = w.lowercased()
        if l == "'s" || l == "\u{2019}s" || descriptiveWords.contains(l) { return true }
        if l.hasSuffix("-based") || l.hasSuffix("-owned") || l.hasSuffix("-listed") || l.hasSuffix("-run") { return true }
        if w.first?.isUppercase == true {
            // "German", "Japanese", "British", "French", "Iraqi"
            return w.dropFirst().allSatisfy(\.isLowercase) && ["an", "ese", "ish", "ch", "i"].contains { l.hasSuffix($0) }
        }
        return l.count > 4 && l.hasSuffix("est") && l.allSatisfy(\.isLetter)
    }

    static let descriptiveWords: Set<String> = [
        "world", "country", "nation", "new", "same", "former", "troubled", "struggling", "beleaguered", "embattled",
        "ailing", "main", "parent", "state-owned", "private", "listed", "national", "budget", "low-cost", "no-frills",
        "giant", "big", "large", "small", "leading", "top", "rival", "merged", "combined", "privately-held", "family-owned",
    ]

    /// Whether token `i` lies inside a quotation the sentence opened before it.
    static func inQuotation(_ i: Int, words: [String]) -> Bool {
        var open = false
        for w in words[..<i] {
            switch w {
            case "“": open = true
            case "”": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }


    /// The participants of an event with the entity its subject refers to (see `subject`) added, as agent
    /// (patient in the passive), when the sentence did not already give it.
    static func participants(_ list: [EventParticipant], trigger tr: EventTrigger, words: [String], tokens: [Token],
                             mentions: [Mention], story: StoryReferents) -> [EventParticipant] {
        guard let id = subject(ofVerbAt: tr.token, passive: tr.passive, words: words, tokens: tokens, mentions: mentions, story: story),
              !list.contains(where: { $0.entity == id }) else { return list }
        // the referent is the subject: a name before it in the sentence that the extractor took as the subject is not
        var out = list.map { p -> EventParticipant in
            var p = p
            if p.role == (tr.passive ? .patient : .agent) { p.role = nil }
            return p
        }
        out.insert(EventParticipant(entity: id, role: tr.passive ? .patient : .agent), at: 0)
        return out
    }
}
