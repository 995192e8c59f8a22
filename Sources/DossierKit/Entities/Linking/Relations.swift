// Roles and affiliations the text states plainly: appositions ("X, the deputy chief of Y"), titles
// before a name ("Airbus chief executive X"), and "his Russian counterpart Y".

import Foundation

/// Role words that make a phrase a role ("the deputy chief of ...", "the Karabakh president").
enum RoleWords {
    static let nouns: Set<String> = NameLexicon.titles.union(roleHeads).union([
        "member", "owner", "researcher", "commander-in-chief", "counterpart", "presidents", "ministers",
        "president-elect", "chief-of-staff", "strongman", "dictator",
    ])
    /// Role nouns that are no title of address but end one ("chief economist X", "the Kremlin aide").
    static let roleHeads: Set<String> = [
        "adviser", "advisor", "prosecutor", "lawyer", "analyst", "correspondent", "editor", "economist", "negotiator",
        "official", "aide", "lawmaker", "legislator", "diplomat", "boss", "ruler", "politician",
    ]
    /// Titles (NameLexicon.titles) that cannot end a title before a name: forms of address, modifiers,
    /// portfolios and abbreviations ("Foreign Minister X", not "... Affairs X").
    static let notHeads: Set<String> = [
        "miss", "mx", "sir", "dame", "lord", "lady", "madam", "vice", "prime", "deputy", "sen", "rep", "congressman",
        "congresswoman", "gov", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt", "reverend", "rev",
        "foreign", "defense", "defence", "interior", "finance", "economy", "health", "education", "culture", "trade",
        "agriculture", "energy", "transport", "labor", "labour", "treasury", "state", "affairs", "acting", "former",
        "ex", "opposition", "senior", "assistant", "associate", "managing", "operating", "financial", "technology",
        "md", "constable", "councillor", "councilman", "councilwoman", "attache", "chargé", "charge",
    ]
    /// Role words that can end a title before a name: the titles less `notHeads`, and `roleHeads`.
    static let heads: Set<String> = NameLexicon.titles.subtracting(notHeads).union(roleHeads)
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]
    /// Words between a role and the body it is held in ("chief of the", "ambassador to the").
    static let roleLinks: Set<String> = ["of", "at", "for", "to", "with", "from", "the"]
    static let stops: Set<String> = [",", ".", ";", ":", "—", "–", "(", ")", "\"", "\u{201C}", "\u{201D}", "who", "which",
                                     "that", "said", "says", "told", "and"]
    static func isRoleWord(_ w: String) -> Bool {
        let p = NameKey.plain(w)
        return nouns.contains(p) || nouns.contains(p.replacingOccurrences(of: " ", with: "-"))
            || p.split(separator: " ").contains { nouns.contains(String($0)) && $0.count > 2 }
    }
}

struct StatedRelations {
    var roles: [(EntityID, Role)] = []
    var links: [(EntityID, EntityLink)] = []
}

struct RelationFinder {
    let article: Article
    /// Linked mentions of the article in offset order.
    let mentions: [Mention]
    /// Country key → place entity, to link "Russian Foreign Minister X" to Russia.
    let placeByCountry: (String) -> EntityID?

    func find() -> StatedRelations {
        var out = StatedRelations()
        guard mentions.contains(where: { $0.kind == .person }) else { return out }
        let text = ScalarText(article.text)
        // Only the sentences with a person in them are read, so long articles cost little.
        var ranges: [TextSpan] = []
        for m in mentions where m.kind == .person {
            let sent = article.sentences.first { $0.contains(m.span.start) } ?? TextSpan(0, text.count)
            if ranges.last != sent { ranges.append(sent) }
        }
        var tokens: [Token] = []
        for r in Set(ranges).sorted() {
            tokens += Tokenizer.tokenize(scalars: text.scalars, in: max(0, r.start)..<min(text.count, r.end))
        }
        guard !tokens.isEmpty else { return out }
        let date = article.date?.value
        // Token index at or after an offset.
        func tokenIndex(atOrAfter p: Int) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].span.start < p { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        func mentionsInside(_ span: TextSpan) -> [Mention] {
            mentions.filter { span.contains($0.span) && $0.entity != nil }
        }
        func sentence(of p: Int) -> TextSpan {
            article.sentences.first { $0.contains(p) } ?? TextSpan(0, text.count)
        }
        func addRole(_ id: EntityID, _ title: String) {
            let t = title.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty, t.count <= 120 else { return }
            out.roles.append((id, Role(title: t, article: article.id, date: date)))
        }
        /// Whether the organization at `span` in the phrase is what a role word of it is held in: right
        /// before one ("Labour MP", "Airbus's chief") or after one and a preposition ("the chief of the
        /// General Staff"); "lampooned in the Labour poster" makes nobody a member.
        func holdsRole(_ span: TextSpan, in phrase: ArraySlice<Token>) -> Bool {
            guard let first = phrase.firstIndex(where: { $0.span.start >= span.start }) else { return false }
            var next = first
            while next < phrase.endIndex, phrase[next].span.start < span.end { next += 1 }
            if next < phrase.endIndex, ["'s", "\u{2019}s"].contains(phrase[next].text) { next += 1 }
            // A role may follow after a few words that say what of ("the BBC's political editor").
            for t in phrase[next...].prefix(3) {
                if RoleWords.isRoleWord(t.text) { return true }
                guard t.text.first?.isLowercase == true else { break }
            }
            var k = first - 1
            while k >= phrase.startIndex, RoleWords.roleLinks.contains(phrase[k].text.lowercased()) { k -= 1 }
            return k < first - 1 && k >= phrase.startIndex && RoleWords.isRoleWord(phrase[k].text)
        }
        func affiliate(_ id: EntityID, phraseSpan: TextSpan, phraseTokens: ArraySlice<Token>) {
            let inside = mentionsInside(phraseSpan).filter { $0.entity != id }
            if let org = inside.last(where: { $0.kind == .organization && holdsRole($0.span, in: phraseTokens) }), let oid = org.entity {
                out.links.append((id, EntityLink(entity: oid, relation: "member-of", evidence: article.id)))
            }
            var places = Set<EntityID>()
            for p in inside where p.kind == .place { if let pid = p.entity { places.insert(pid) } }
            for t in phraseTokens {
                let base = NameForm.stripPossessive(t.text) ?? t.text
                if Countries.demonymKeys.contains(NameKey.plain(base)), let c = Countries.country(base), let pid = placeByCountry(c) {
                    places.insert(pid)
                }
            }
            for pid in places.sorted() where pid != id {
                out.links.append((id, EntityLink(entity: pid, relation: "affiliated-with", evidence: article.id)))
            }
        }

        for m in mentions where m.kind == .person {
            guard let id = m.entity else { continue }
            if let role = m.role { addRole(id, role) }
            let sent = sentence(of: m.span.start)
            let after = tokenIndex(atOrAfter: m.span.end)
            // Apposition after the name: "X, the deputy chief of the General Staff, ...".
            if after + 1 < tokens.count, tokens[after].text == ",", tokens[after].span.start == m.span.end {
                var k = after + 1
                if RoleWords.determiners.contains(tokens[k].text.lowercased()) { k += 1 }
                let start = k
                var hasRole = false
                while k < tokens.count, k - start < 16, tokens[k].span.end <= sent.end,
                      !RoleWords.stops.contains(tokens[k].text.lowercased()) || tokens[k].text == "and" {
                    if RoleWords.isRoleWord(tokens[k].text) { hasRole = true }
                    k += 1
                }
                let phraseEnd = k
                // The phrase must end where the apposition ends, not run into a new clause.
                let closes = phraseEnd >= tokens.count || [",", ".", ";", "(", ")", "—", "–"].contains(tokens[phraseEnd].text)
                    || tokens[phraseEnd].span.start >= sent.end
                let startsWithPerson = mentions.contains { $0.kind == .person && $0.span.start == tokens[min(start, tokens.count - 1)].span.start }
                if hasRole, closes, phraseEnd > start, !startsWithPerson {
                    let span = TextSpan(tokens[start].span.start, tokens[phraseEnd - 1].span.end)
                    addRole(id, text[span])
                    affiliate(id, phraseSpan: span, phraseTokens: tokens[start..<phraseEnd])
                }
            }
            // Titles before the name, and who they are titles of: "Airbus chief executive X",
            // "Russia's Foreign Minister X", "the Armenian Defense Minister X".
            let before = tokenIndex(atOrAfter: m.span.start)
            var k = before - 1
            // A title ends in a head role word right before the name, on the same line.
            let endsInHead = k >= 0 && RoleWords.heads.contains(NameKey.plain(tokens[k].text).replacingOccurrences(of: " ", with: "-"))
                && !text[TextSpan(tokens[k].span.end, m.span.start)].contains("\n")
            while endsInHead, k >= 0, before - k <= 6, RoleWords.isRoleWord(tokens[k].text),
                  tokens[k].text.lowercased() != "counterpart", tokens[k].span.start >= sent.start { k -= 1 }
            if k < before - 1 || m.role != nil {
                let roleStart = k + 1
                if m.role == nil, roleStart < before {
                    addRole(id, text[TextSpan(tokens[roleStart].span.start, tokens[before - 1].span.end)])
                }
                var ownerEnd = k >= 0 ? tokens[k].span.end : -1
                if k >= 0, tokens[k].text == "'s" || tokens[k].text == "\u{2019}s" { ownerEnd = k > 0 ? tokens[k - 1].span.end : -1 }
                if ownerEnd >= 0, let owner = mentions.last(where: { $0.span.end == ownerEnd && $0.entity != nil && $0.entity != id }),
                   let oid = owner.entity, owner.kind != .person {
                    out.links.append((id, EntityLink(entity: oid, relation: owner.kind == .organization ? "member-of" : "affiliated-with",
                                                     evidence: article.id)))
                } else if k >= 0 {
                    let base = NameForm.stripPossessive(tokens[k].text) ?? tokens[k].text
                    if let c = Countries.country(base), Countries.demonymKeys.contains(NameKey.plain(base)) || base != tokens[k].text,
                       let pid = placeByCountry(c) {
                        out.links.append((id, EntityLink(entity: pid, relation: "affiliated-with", evidence: article.id)))
                    }
                }
            }
            // "his Russian counterpart Y": Y is the counterpart of the sentence's first person.
            if before >= 2 {
                var j = before - 1
                if tokens[j].text == "," { j -= 1 }
                if j >= 1, tokens[j].text.lowercased() == "counterpart" {
                    var d = j - 1
                    while d >= 0, j - d <= 3, !["his", "her", "their"].contains(tokens[d].text.lowercased()) { d -= 1 }
                    if d >= 0, j - d <= 3, tokens[d].span.start >= sent.start,
                       let subject = mentions.first(where: { $0.kind == .person && $0.span.start >= sent.start && $0.span.end <= tokens[d].span.start && $0.entity != nil && $0.entity != id }),
                       let sid = subject.entity {
                        out.links.append((id, EntityLink(entity: sid, relation: "counterpart-of", evidence: article.id)))
                        out.links.append((sid, EntityLink(entity: id, relation: "counterpart-of", evidence: article.id)))
                        let adj = tokens[(d + 1)..<j].map(\.text).joined(separator: " ")
                        if !adj.isEmpty { addRole(id, adj + " counterpart of " + subject.text) }
                    }
                }
            }
            // Apposition before the name: "the deputy chief of the General Staff, X".
            if before >= 2, tokens[before - 1].text == "," {
                var j = before - 2
                var hasRole = false
                while j >= 0, before - j <= 16, tokens[j].span.start >= sent.start,
                      !RoleWords.stops.contains(tokens[j].text.lowercased()) || tokens[j].text == "and",
                      !RoleWords.determiners.contains(tokens[j].text.lowercased()) {
                    if RoleWords.isRoleWord(tokens[j].text) { hasRole = true }
                    j -= 1
                }
                if j >= 0, hasRole, ["the", "a", "an"].contains(tokens[j].text.lowercased()), j + 1 <= before - 2,
                   !mentions.contains(where: { $0.kind == .person && $0.span.overlaps(TextSpan(tokens[j].span.start, tokens[before - 2].span.end)) }) {
                    let span = TextSpan(tokens[j + 1].span.start, tokens[before - 2].span.end)
                    addRole(id, text[span])
                    affiliate(id, phraseSpan: span, phraseTokens: tokens[(j + 1)..<(before - 1)])
                }
            }
        }
        return out
    }
}
