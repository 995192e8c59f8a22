// Decides the kind of a name the tagger gave different kinds in different stories ("Google" a person in
// thirty stories, a place in six, a company in one), from evidence the corpus holds for each kind, so that
// one company is not three entities. Names with evidence for two kinds (a city and its football club,
// "Washington" the city and the actor's surname) keep both: each story's own tag then decides.

import Foundation

struct KindVote {
    /// Words right before a name that say it is a business: "search giant Google", "electronics firm Sony";
    /// none of them a person's trade too ("producer", "publisher": "producer Jo Vane").
    static let businessNouns: Set<String> = [
        "firm", "company", "giant", "maker", "makers", "group", "operator", "retailer", "conglomerate", "manufacturer",
        "provider", "subsidiary", "carrier", "airline", "insurer", "lender", "chipmaker", "automaker",
        "carmaker", "supplier", "distributor", "bank", "club",
    ]
    /// Last words that make a name an organization's ("Airlines", "Institute", "Foundation").
    static let organizationEndings: Set<String> = NameLexicon.businessWords.union(NameLexicon.institutionHeads)
    /// Words right after a name (or its possessive) that say it is a business: "Sony shares", "Google's stock".
    static let businessFollowers: Set<String> = [
        "shares", "stock", "inc", "corp", "ltd", "plc", "co", "shareholders", "subsidiary", "executives",
    ]

    struct Tally {
        var stories: [EntityKind: Set<Int>] = [:]
        /// A person form of the name carries a title somewhere ("Mr Souness", "coach Souness").
        var titled = false
        /// Stories in which the words around the name say it is a business.
        var businessStories = Set<Int>()
        /// Stories in which the words around the name say it is a region ("the X town of", "occupied X").
        var placeStories = Set<Int>()
        /// Stories that tag the name a place right after "in", "at", "near" ("championships in X").
        var locativeStories = Set<Int>()
        /// The corpus writes the name with a legal form as an organization ("Sony Corp").
        var legalForm = false
        /// Words of the name as written ("Mercedes-Benz" is one, "Steven Gerrard" two).
        var words = 0
        /// Written all in capitals somewhere, and otherwise somewhere ("BAE" the firm, "Bae" a surname).
        var capitals = false, lowerCase = false

        func count(_ k: EntityKind) -> Int { stories[k]?.count ?? 0 }
    }

    /// A mention's kind as the vote set it, and why in words `dossier why` shows.
    struct Change: Equatable {
        var kind: EntityKind
        var reason: String
    }

    /// A mention's name as read (`parsed`) and the key the vote counts it under; nil for a mention
    /// without a name.
    struct Read {
        var form: NameForm
        var key: String
    }

    /// The corrected kind of each mention whose name is decided otherwise, by (article, mention index),
    /// with the words for the reason. `parsed(kind, text)` reads a mention's name; `frozen` are names
    /// whose kind the user set (overrides win); both are called from several threads at once.
    /// Every mention is read once, and each story's part of the work runs in parallel: this vote read
    /// the names of all 100,000 mentions of 4,677 stories three times over on one thread, a sixth of
    /// an update's linking.
    static func corrections(articles: [Article], mentions: [[Mention]], parsed: @Sendable (Mention) -> NameForm?,
                            frozen: @Sendable (Mention) -> Bool, lexicon: RuleLexicon = .shared) -> [Int: [Int: Change]] {
        let reads = Parallel.map(mentions.count) { a in
            mentions[a].map { m -> Read? in
                guard let f = parsed(m), !f.isNameless else { return nil }
                return Read(form: f, key: NameKey.plain(f.display))
            }
        }
        var tally: [String: Tally] = [:]
        // Surnames of people named in full with a known first name: a one-word name that is one of them
        // may be that person.
        var surnames = Set<String>()
        // The stories that name someone in full, by the last word of the surname.
        var fullNameStories: [String: Set<Int>] = [:]
        for (a, ms) in mentions.enumerated() {
            for (m, r) in zip(ms, reads[a]) {
                guard let r else { continue }
                let f = r.form, k = r.key
                tally[k, default: Tally()].stories[m.kind, default: []].insert(a)
                let written = tally[k]?.words ?? 0
                tally[k]?.words = max(written, f.words.count)
                if m.text.unicodeScalars.contains(where: { TokenText.isLower($0.value) }) { tally[k]?.lowerCase = true } else { tally[k]?.capitals = true }
                if m.kind == .person {
                    if !f.given.isEmpty, let last = f.surname.last { fullNameStories[NameKey.plain(last), default: []].insert(a) }
                    if f.title != nil || m.role != nil { tally[k]?.titled = true }
                    if let first = f.firstGiven, !f.firstGivenIsInitial, lexicon.firstNames.contains(RuleLexicon.key(first)),
                       let last = f.surname.last {
                        surnames.insert(NameKey.plain(last))
                    }
                }
                if m.kind == .organization, !f.designatorWords.isEmpty, f.qualifiers.isEmpty {
                    let core = NameKey.plain(f.core.joined(separator: " "))
                    if !core.isEmpty { tally[core, default: Tally()].legalForm = true }
                }
            }
        }
        let conflicted = Set(tally.filter { $0.value.stories.count > 1 }.keys)
        // The words around the conflicted names, read only in the stories that write them: which
        // names each story writes among business words, and which among region words.
        let cues = Parallel.map(mentions.count) { a -> (business: Set<String>, place: Set<String>, locative: Set<String>) in
            var text: ScalarText?
            var business = Set<String>(), place = Set<String>(), locative = Set<String>()
            for (m, r) in zip(mentions[a], reads[a]) {
                guard let k = r?.key, conflicted.contains(k), !business.contains(k) || !place.contains(k) || !locative.contains(k) else { continue }
                if text == nil { text = ScalarText(articles[a].text) }
                guard let t = text else { continue }
                if isBusinessContext(m.span, in: t) { business.insert(k) }
                if isPlaceContext(m.span, in: t) { place.insert(k) }
                if m.kind == .place, let (w, _) = word(before: m.span.start, t.scalars), ["in", "at", "near"].contains(w) { locative.insert(k) }
            }
            return (business, place, locative)
        }
        for (a, c) in cues.enumerated() {
            for k in c.business { tally[k]?.businessStories.insert(a) }
            for k in c.place { tally[k]?.placeStories.insert(a) }
            for k in c.locative { tally[k]?.locativeStories.insert(a) }
        }
        var decided: [String: Change] = [:]
        var keep: [String: Set<EntityKind>] = [:]
        for k in conflicted {
            guard let t = tally[k] else { continue }
            let (target, from, why) = decide(k, t, surnames: surnames, lexicon: lexicon)
            if let target {
                let counts = EntityKind.allCases.filter { t.count($0) > 0 }.map { "\($0.rawValue) in \(stories(t.count($0)))" }
                decided[k] = Change(kind: target, reason: "corpus vote (tagged \(counts.joined(separator: ", "))): \(why)")
                keep[k] = from
            }
        }
        // A surname the tagger calls an organization or a place only in stories that name the person in
        // full ("Mikoliunas" after "Saulius Mikoliunas"); one it writes so elsewhere too is a name of its
        // own as well (a band, a company named after someone).
        let finalTally = tally, finalFullNameStories = fullNameStories
        let finalDecided = decided, finalKeep = keep
        let onlyBesideFullName = { @Sendable (k: String) -> Bool in
            guard let t = finalTally[k], let own = finalFullNameStories[k] else { return false }
            return (t.stories[.organization] ?? []).union(t.stories[.place] ?? []).isSubset(of: own)
        }
        let changes = Parallel.map(mentions.count) { a -> [Int: Change] in
            let ms = mentions[a], rs = reads[a]
            var out: [Int: Change] = [:]
            for (i, m) in ms.enumerated() where !frozen(m) {
                guard let k = rs[i]?.key, let target = finalDecided[k], m.kind != target.kind,
                      finalKeep[k]?.contains(m.kind) == true else { continue }
                out[i] = target
            }
            for (i, target) in storyKinds(ms, reads: rs, corrected: out.mapValues(\.kind), frozen: frozen,
                                          lexicon: lexicon, onlyBesideFullName: onlyBesideFullName) {
                out[i] = target
            }
            return out
        }
        var out: [Int: [Int: Change]] = [:]
        for (a, c) in changes.enumerated() where !c.isEmpty { out[a] = c }
        return out
    }

    /// One name in one story is one thing: where a story writes the same name with two kinds ("Kestrel
    /// Dynamics" a company and once a person, "Makhaya Ntini" a bowler and once a place) its mentions
    /// take the kind most of them have there, a surname alone counting for the person named in full
    /// (a person only with such a surname or a known first name; a known place keeps its tags).
    /// A one-word name the story also gives a person named in full ("Parry" after "Rick Parry") is that
    /// person's, and so is one the corpus tags a body only in stories that name that person in full
    /// (`onlyBesideFullName`), unless it is a known place or organization ("Washington" beside Denzel
    /// Washington). Other one-word names keep each mention's tag: a city and its club ("Cardiff") meet
    /// in one story as often as not.
    /// `reads`: each mention's name (`corrections`); `corrected`: the kinds the corpus vote already
    /// changed in this story, by mention index.
    static func storyKinds(_ ms: [Mention], reads: [Read?], corrected: [Int: EntityKind],
                           frozen: (Mention) -> Bool, lexicon: RuleLexicon,
                           onlyBesideFullName: (String) -> Bool) -> [Int: Change] {
        var kinds: [String: [EntityKind: Int]] = [:]
        var members: [String: [Int]] = [:]
        var words: [String: Int] = [:]
        // Last words of the people this story names with a first name.
        var fullSurnames = Set<String>()
        for (i, m) in ms.enumerated() {
            guard let r = reads[i] else { continue }
            let f = r.form, k = r.key, kind = corrected[i] ?? m.kind
            kinds[k, default: [:]][kind, default: 0] += 1
            members[k, default: []].append(i)
            words[k] = max(words[k] ?? 0, f.words.count)
            if kind == .person, f.words.count >= 2, !f.given.isEmpty, let last = f.surname.last { fullSurnames.insert(NameKey.plain(last)) }
        }
        var out: [Int: Change] = [:]
        for (k, counts) in kinds where counts.count > 1 || (counts[.person] == nil && fullSurnames.contains(k)) {
            var target: EntityKind?
            var why = ""
            if (words[k] ?? 0) >= 2 {
                // "South Korea" the country and its government: a known place keeps each mention's tag.
                if lexicon.places.contains(k) || lexicon.countries.contains(k) || Countries.country(k) != nil { continue }
                let first = k.split(separator: " ").first.map(String.init) ?? ""
                let knownFirst = lexicon.firstNames.contains(first)
                // "Walt Disney" the man and the company in one story: a company named after a person
                // with a known first name is told from them by each mention's own tag.
                if counts[.person] != nil, counts[.organization] != nil, knownFirst { continue }
                var score = counts
                var alone = 0
                if let last = k.split(separator: " ").last.map(String.init), fullSurnames.contains(last) { alone = kinds[last]?[.person] ?? 0 }
                score[.person, default: 0] += alone
                if score[.person] == 0 { score[.person] = nil }
                let ranked = score.sorted { ($0.value, $0.key.rawValue) > ($1.value, $1.key.rawValue) }
                if ranked.count == 1 || ranked[0].value > ranked[1].value {
                    target = ranked[0].key
                    let total = counts.values.reduce(0, +) + alone
                    why = "one name in one story is one thing: \(ranked[0].value) of its \(total) mentions there are \(ranked[0].key.rawValue)"
                        + (alone > 0 ? " (its surname alone counting for the person)" : "")
                }
                // The tagger calls a company or a place a person more often than the reverse ("Alfa Romeo",
                // "Ask Jeeves"): a person needs a known first name or the surname alone in the story too.
                if target == .person, !knownFirst, alone == 0 { target = nil }
            } else if fullSurnames.contains(k), counts[.person] != nil || onlyBesideFullName(k), !lexicon.places.contains(k),
                      !lexicon.countries.contains(k), !lexicon.organizations.contains(k), Countries.country(k) == nil {
                target = .person
                why = "the surname of a person this story names in full"
            }
            guard let target else { continue }
            for i in members[k] ?? [] where (corrected[i] ?? ms[i].kind) != target && !frozen(ms[i]) {
                out[i] = Change(kind: target, reason: why)
            }
        }
        return out
    }

    /// The kind a conflicted name takes, which of its tags give way to it (nil: no decision), and why.
    static func decide(_ k: String, _ t: Tally, surnames: Set<String>, lexicon: RuleLexicon) -> (EntityKind?, Set<EntityKind>, String) {
        let words = k.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return (nil, [], "") }
        let oneWord = t.words <= 1
        let isPlace = lexicon.places.contains(k) || lexicon.countries.contains(k) || Countries.country(k) != nil
        let knownFirst = lexicon.firstNames.contains(oneWord ? k : first)
        // A person: a known first name before a surname, a known first or last name alone, a title.
        let personEvidence = t.titled || (oneWord ? (knownFirst || surnames.contains(k) || lexicon.lastNames.contains(k))
                                                  : (knownFirst || lexicon.lastNames.contains(last)))
        let business = t.legalForm || t.businessStories.count >= 2 || lexicon.organizations.contains(k)
        let persons = t.count(.person), orgs = t.count(.organization), places = t.count(.place)
        // The evidence for a business, in words.
        let businessWhy = [t.legalForm ? "written with a legal form" : nil,
                           t.businessStories.isEmpty ? nil : "business words around it in \(stories(t.businessStories.count))",
                           lexicon.organizations.contains(k) ? "a known organization" : nil].compactMap { $0 }.joined(separator: ", ")
        // "the Velmar Bank town of Orla" or "the occupied Velmar Bank" in two stories, and no business words,
        // legal form or title anywhere: the tagger's organization ("Bank") and person tags give way.
        if t.placeStories.count >= 2, !business, t.businessStories.isEmpty, !t.titled, persons + orgs > 0 {
            return (.place, [.organization, .person],
                    "region words around it in \(stories(t.placeStories.count)) (a town \"of\" it, \"occupied\"); no business words, legal form or title")
        }
        if business && !isPlace && !personEvidence {
            // "Sony Corp" in one story, "Sony shares" in two: the person and place tags are mistakes. A
            // word written in capitals and otherwise keeps its person tags: "the polling group VORI" is
            // not the pole vaulter "Vori".
            let mixedCase = oneWord && t.capitals && t.lowerCase
            return (.organization, mixedCase ? [.place] : [.person, .place], "\(businessWhy); no first name, surname, title or gazetteer place")
        }
        // "Tarvel Airlines" a person in one story, "the Orlen Center" a place in another: a name of two words
        // or more that ends in a word of businesses' or institutions' names is the organization that as
        // many stories call it. (A venue written as a place more often, "World Trade Center", is not; nor
        // a person with a first name and such a surname, "Margaret Court".)
        if !oneWord, !isPlace, !t.titled, orgs > 0, orgs >= places, orgs >= persons, persons == 0 || !knownFirst,
           Self.organizationEndings.contains(last) {
            return (.organization, [.person, .place], "ends in \"\(last)\", a word of organizations' names, an organization in "
                    + "\(stories(orgs)); no title or gazetteer place")
        }
        // "Orlen Palace said" in three stories, a dinner "at Orlen Palace" in one: a name of two words or more,
        // no gazetteer place and no person's, is one of the two kinds (`bodyOrPlace`).
        if !oneWord, !isPlace, persons == 0, let (target, why) = bodyOrPlace(orgs: orgs, places: places, last: last, locative: !t.locativeStories.isEmpty) {
            return (target, [target == .organization ? .place : .organization], why + "; no gazetteer place")
        }
        // "German club Hertha Vane" or "mortgage giant Velden Mae" in one story and no title anywhere: the
        // person tags are the tagger's, even with a first name in front ("Eli", "Hertha" are both). A
        // one-word name also needs to be no full-named person's surname ("Ford" the president), and to be
        // written in one case only ("BAE" the firm is not "Bae" the minister).
        if persons > 0, !t.titled, !isPlace, !t.businessStories.isEmpty, !oneWord || !(surnames.contains(k) || t.capitals && t.lowerCase) {
            return (.organization, [.person], "\(businessWhy) and no title anywhere")
        }
        // (A name written mostly as a place is the place rules' below: "Asia Pacific".)
        if !oneWord, persons > 0, orgs > 0, !isPlace, places < persons + orgs {
            let bodyEvidence = t.legalForm || !t.businessStories.isEmpty || lexicon.organizations.contains(k)
            if let (target, why) = personOrBody(t, bodyEvidence: bodyEvidence, personal: lexicon.firstNames.contains(first) || lexicon.lastNames.contains(last)) {
                // "Yasukuni Shrine" a body in five stories, a person in one and a place in one: the place
                // tag gives way too when the body outvotes it as `bodyOrPlace` says.
                if target == .organization, places > 0,
                   bodyOrPlace(orgs: orgs, places: places, last: last, locative: !t.locativeStories.isEmpty)?.0 == .organization {
                    return (target, [.person, .place], why + "; an organization in \(stories(orgs)), a place in \(stories(places))")
                }
                return (target, [target == .person ? .organization : .person], why)
            }
        }
        if persons > 0 && !personEvidence {
            // No first name, surname or title anywhere: not a person; a place when it is written as one
            // far more often than anything else ("Darfur", "Twickenham"). Two words or more the tagger
            // calls a person are a foreign name as often: they need the gazetteer.
            let impersonal = "no first name, surname or title anywhere"
            if isPlace { return (.place, [.person], "a gazetteer place; \(impersonal)") }
            if oneWord && places >= 2 * (orgs + persons) { return (.place, [.person], "mostly written as a place; \(impersonal)") }
            if business { return (.organization, [.person], "\(businessWhy); \(impersonal)") }
            // "Yasukuni Shrine" an organization in seven stories and a person in one: three to one of
            // one other kind, in two stories or more, outvotes a person tag with nothing personal about it.
            // The other tags give way too: one name is one thing ("at Yasukuni Shrine" a place once).
            if orgs >= 2, orgs >= 3 * (persons + places) { return (.organization, [.person, .place], "an organization three times as often; \(impersonal)") }
            if places >= 2, places >= 3 * (persons + orgs) { return (.place, [.person, .organization], "a place three times as often; \(impersonal)") }
            return (nil, [], "")
        }
        // "George W. Bush" tagged once as an organization, "Steven Gerrard" once as a place; a foreign first
        // name needs a title or role somewhere ("winger Arjen Robben").
        if personEvidence && !business && !isPlace && persons >= 3 * (orgs + places) && (oneWord ? surnames.contains(k) : knownFirst || t.titled) {
            let evidence = oneWord ? "the surname of a person named in full" : knownFirst ? "a known first name" : "a title or role"
            return (.person, [.organization, .place], "\(evidence), a person three times as often")
        }
        return (nil, [], "")
    }

    /// Which of the two kinds a name of two words or more, no gazetteer place, that some stories call an
    /// organization and others a place is, and why (nil: no decision). A building names those who work in
    /// it as often as itself ("Clarence House said", "at Clarence House"), and a band or a firm is tagged a
    /// place now and then: three stories to one decide, and so does one story against several (a slip
    /// of the tagger's). A tie is a place when the name ends in a street's or a venue's word ("Sydney
    /// Harbour Bridge"), else an organization, unless a story writes the place "in" or "at" it
    /// (`locative`: "championships in St Etienne" is the town, "St Etienne won" its club). Anything
    /// closer stays two: a club written as a place in five stories and a body in three ("West Brom") is
    /// as often the ground or the town.
    static func bodyOrPlace(orgs: Int, places: Int, last: String, locative: Bool) -> (EntityKind, String)? {
        guard orgs > 0, places > 0 else { return nil }
        let counts = "an organization in \(stories(orgs)), a place in \(stories(places))"
        if orgs == places {
            if MentionRules.facilityHeads.contains(last) { return (.place, counts + ", a tie; ends in \"\(last)\", a place's word") }
            return locative ? nil : (.organization, counts + ", a tie; no street's or venue's word at its end, no place \"in\" or \"at\" it")
        }
        if orgs >= 3 * places || places == 1 { return (.organization, counts) }
        if places >= 3 * orgs || orgs == 1 { return (.place, counts) }
        return nil
    }

    /// A name of two words or more the tagger calls a person in some stories and an organization in
    /// others is one thing ("Keldor Amsley" the pundit, "Tarsa Quorvin" the firm), unless each kind has
    /// evidence of its own: a title or role for the person and business words or a legal form for the
    /// body are a firm named after its founder, and stay two. With evidence for one kind only, that kind;
    /// with none, the kind of most stories. Without evidence, stories that write the name with both
    /// kinds and no others (the founder and his firm side by side), or a known first or last name written
    /// as each kind in two stories or more, decide nothing; nor does a tie, unless the name is a known
    /// person's. Nil: no decision.
    static func personOrBody(_ t: Tally, bodyEvidence: Bool, personal: Bool) -> (EntityKind, String)? {
        switch (t.titled, bodyEvidence) {
        case (true, true): return nil
        case (true, false): return (.person, "a title or role somewhere and no business words or legal form")
        case (false, true): return (.organization, "business words or a legal form and no title anywhere")
        case (false, false):
            let persons = t.stories[.person] ?? [], orgs = t.stories[.organization] ?? []
            if persons == orgs || (personal && min(persons.count, orgs.count) >= 2) { return nil }
            if persons.count != orgs.count {
                return persons.count > orgs.count ? (.person, "no evidence either way; a person in more stories")
                                                  : (.organization, "no evidence either way; an organization in more stories")
            }
            return personal ? (.person, "no evidence either way, a tie; a known first name or surname") : nil
        }
    }

    static func stories(_ n: Int) -> String { n == 1 ? "1 story" : "\(n) stories" }

    /// "the Velmar Bank town of Orla", "the occupied Velmar Bank" (the cues `MentionRules.kindsByCue` reads
    /// in a story, read here for the whole corpus).
    static func isPlaceContext(_ span: TextSpan, in text: ScalarText) -> Bool {
        let s = text.scalars
        if let (w, _) = word(before: span.start, s), MentionRules.placeModifiers.contains(w) { return true }
        guard let (noun, end) = word(after: span.end, s, possessive: false),
              MentionRules.regionSettlementNouns.contains(noun), let (of, _) = word(after: end, s, possessive: false) else { return false }
        return of == "of"
    }

    /// The lower-case word that ends before `end` (spaces between) and where it starts.
    static func word(before end: Int, _ s: [Unicode.Scalar]) -> (String, Int)? {
        var i = end - 1
        while i >= 0, s[i] == " " { i -= 1 }
        guard isLetter(i, s) else { return nil }
        var j = i
        while isLetter(j - 1, s) { j -= 1 }
        var w = ""
        for k in j...i { w.unicodeScalars.append(s[k]) }
        return (w.lowercased(), j)
    }

    /// The word that starts after `start` (spaces between; the name's possessive first when `possessive`),
    /// lower-cased, and where it ends; nil for a capitalised word when `possessive` is false, and for part
    /// of a compound ("co-chaired").
    static func word(after start: Int, _ s: [Unicode.Scalar], possessive: Bool = true) -> (String, Int)? {
        var i = start
        // The possessive goes with the name ("Google's shares").
        if possessive, i + 1 < s.count, s[i] == "'" || s[i] == "\u{2019}", s[i + 1] == "s" { i += 2 }
        while i < s.count, s[i] == " " { i += 1 }
        guard isLetter(i, s), possessive || !s[i].properties.isUppercase else { return nil }
        var w = ""
        while isLetter(i, s) { w.unicodeScalars.append(s[i]); i += 1 }
        if i < s.count, s[i] == "-" { return nil }
        return (w.lowercased(), i)
    }

    static func isLetter(_ i: Int, _ s: [Unicode.Scalar]) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }

    /// "giant Google", "firm Sony's", "Google shares", "shares of Google", "Sony Corp".
    static func isBusinessContext(_ span: TextSpan, in text: ScalarText) -> Bool {
        let s = text.scalars
        if let (w, at) = word(before: span.start, s) {
            // "film maker Jo Vane" is a person's craft.
            if w == "maker", let (v, _) = word(before: at > 0 && s[at - 1] == "-" ? at - 1 : at, s),
               MentionRules.personMakers.contains(v) { return false }
            if businessNouns.contains(w) { return true }
            if ["of", "in"].contains(w), let (v, _) = word(before: at, s), v == "shares" || v == "stake" { return true }
        }
        if let (w, _) = word(after: span.end, s), businessFollowers.contains(w) { return true }
        return false
    }
}
