// Links the mentions of one article: surnames and short forms to full names, acronyms in
// parentheses to their long forms, and "the ministry"-style back-references to the last full name.

import Foundation

/// How complete a name is; the canonical name is taken from the most complete forms.
enum NameStatus: Int, Comparable, Sendable {
    case nominal = 0, short = 1, acronym = 2, full = 3
    static func < (a: NameStatus, b: NameStatus) -> Bool { a.rawValue < b.rawValue }
}

/// A cluster of mentions inside one article, the unit that cross-article linking joins.
struct LocalEntity: Sendable {
    var kind: EntityKind
    /// Indices into `ArticleLinking.mentions`.
    var members: [Int]
    /// A person known in this article by one word only (an ambiguous lone surname across articles).
    var isLoneName = false
    /// Acronyms this article introduces for the entity ("(CSTO)").
    var explicitAcronyms: Set<String> = []
}

/// The result of linking within one article.
struct ArticleLinking: Sendable {
    var articleIndex: Int
    var mentions: [Mention] = []
    var forms: [NameForm] = []
    var status: [NameStatus] = []
    /// Why a mention joined its local entity, when it is not the entity's own full name.
    var reason: [String?] = []
    /// How sure the join is (multiplied into the mention's confidence).
    var linkConfidence: [Double] = []
    /// Local entity of each mention; nil when it names nobody (titles only).
    var local: [Int?] = []
    var entities: [LocalEntity] = []
    /// Diagnostics such as refused joins (split overrides).
    var refused: [String] = []
    /// The country the story is about: the one its place names name most often (nil on a tie or none).
    var country: String?
    /// On a tie, the countries that share the top (sorted); empty otherwise.
    var tiedCountries: [String] = []

    /// Room for `n` mentions: every article's arrays live until the corpus is linked, and growth by
    /// doubling left up to half of each unused.
    mutating func reserve(_ n: Int) {
        mentions.reserveCapacity(n)
        forms.reserveCapacity(n)
        status.reserveCapacity(n)
        reason.reserveCapacity(n)
        linkConfidence.reserveCapacity(n)
        local.reserveCapacity(n)
    }

    mutating func add(_ m: Mention, form: NameForm, status: NameStatus) -> Int {
        mentions.append(m)
        forms.append(form)
        self.status.append(status)
        reason.append(nil)
        linkConfidence.append(1)
        local.append(nil)
        return mentions.count - 1
    }

    mutating func attach(_ i: Int, to e: Int, reason r: String?, confidence: Double = 1) {
        local[i] = e
        entities[e].members.append(i)
        reason[i] = r
        linkConfidence[i] = confidence
    }

    mutating func newEntity(_ i: Int) -> Int {
        entities.append(LocalEntity(kind: mentions[i].kind, members: []))
        let e = entities.count - 1
        attach(i, to: e, reason: nil)
        return e
    }

    /// The plain forms of every name in a local entity (for split constraints).
    func plainNames(_ e: Int) -> [String] {
        entities[e].members.flatMap { [NameKey.plain(forms[$0].display), NameKey.plain(mentions[$0].text)] }
    }
}

struct ArticleLinker {
    let article: Article
    let articleIndex: Int
    let splits: SplitConstraints
    /// Names already read, by `formKey` (names repeat across articles, so each is read once).
    let known: [String: NameForm]
    /// How many stories of the corpus write each name, by `frequencyKey`.
    let frequency: [String: Int]
    /// Acronyms the corpus writes in the plural ("PCs", "NGOs"): names of a kind of thing, not of one body.
    let countable: Set<String>
    /// Where the answers of the corpus-wide questions above are written down, for a memoised run
    /// (`LinkMemo`): its result holds only while every answer is still the same.
    let reads: LinkReads?
    /// How reasons name the article; the article's id when nil.
    let label: String?

    init(article: Article, articleIndex: Int, splits: SplitConstraints, known: [String: NameForm] = [:],
         frequency: [String: Int] = [:], countable: Set<String> = [], reads: LinkReads? = nil, label: String? = nil) {
        self.article = article
        self.articleIndex = articleIndex
        self.splits = splits
        self.known = known
        self.frequency = frequency
        self.countable = countable
        self.reads = reads
        self.label = label
    }

    static func formKey(_ m: Mention) -> String { m.kind.rawValue + "\u{1}" + m.text }

    var aid: String { label ?? article.id.description }

    func allowed(_ out: ArticleLinking, mention i: Int, into e: Int) -> Bool {
        guard !splits.isEmpty else { return true }
        let a = splits.tags(forPlainNames: [NameKey.plain(out.forms[i].display), NameKey.plain(out.mentions[i].text)])
        let b = splits.tags(forPlainNames: out.plainNames(e))
        return splits.conflict(a, b) == nil
    }

    /// Position of the nearest member of `e` before offset `p` (or after it when none precede).
    func distance(_ out: ArticleLinking, _ e: Int, to p: Int) -> (Bool, Int) {
        var best: (Bool, Int) = (false, Int.max)
        for m in out.entities[e].members {
            let s = out.mentions[m].span.start
            if s < p { if !best.0 || p - s < best.1 { best = (true, p - s) } }
            else if !best.0 { best = (false, min(best.1, s - p)) }
        }
        return best
    }

    /// The nearest preceding candidate (or following one when none precede).
    func nearest(_ out: ArticleLinking, _ candidates: [Int], to p: Int) -> Int? {
        candidates.min { a, b in
            let da = distance(out, a, to: p), db = distance(out, b, to: p)
            if da.0 != db.0 { return da.0 }
            return da.1 < db.1
        }
    }

    func link(_ input: [Mention]) -> ArticleLinking {
        var out = ArticleLinking(articleIndex: articleIndex)
        out.reserve(input.count)
        let text = ScalarText(article.text)
        let sorted = input.enumerated().sorted { a, b in
            a.element.span.start != b.element.span.start ? a.element.span.start < b.element.span.start
                : (a.element.span.end != b.element.span.end ? a.element.span.end > b.element.span.end : a.offset < b.offset)
        }.map(\.element)
        for m in sorted {
            let form = known[ArticleLinker.formKey(m)] ?? NameForm(text: m.text, kind: m.kind)
            let status: NameStatus
            if form.isNameless { status = .nominal }
            else if m.kind == .person { status = form.given.isEmpty ? .short : .full }
            else if form.acronym != nil { status = .acronym }
            else { status = .full }
            _ = out.add(m, form: form, status: status)
        }
        linkPeople(&out, text: text)
        linkOrganizationsAndPlaces(&out, text: text)
        addBackReferences(&out, text: text)
        return out
    }

    // MARK: People

    func linkPeople(_ out: inout ArticleLinking, text: ScalarText) {
        let people = out.mentions.indices.filter { out.mentions[$0].kind == .person && !out.forms[$0].isNameless }
        // Full names first, so a surname in a headline finds the full name given later.
        var fullEntities: [Int] = []
        for i in people where !out.forms[i].given.isEmpty {
            let f = out.forms[i]
            if let e = fullEntities.first(where: { e in
                out.entities[e].members.contains { out.forms[$0].personKey == f.personKey } && allowed(out, mention: i, into: e)
            }) {
                let same = out.entities[e].members.first { out.forms[$0].personKey == f.personKey }
                let r = same.flatMap { s -> String? in
                    let other = out.forms[s].display
                    return other == f.display ? nil : "spelling variant of \(other) in \(aid)"
                }
                out.attach(i, to: e, reason: r)
                continue
            }
            // Same first name and surname, one with a middle name or initial ("Jusman Syafii Djamal").
            let compatible = fullEntities.filter { e in
                out.entities[e].members.contains { j in
                    let g = out.forms[j]
                    guard g.surnameKey == f.surnameKey, !g.given.isEmpty else { return false }
                    if g.firstGiven == f.firstGiven { return g.middleKey.isEmpty || f.middleKey.isEmpty }
                    if let a = g.firstGiven, let b = f.firstGiven, (g.firstGivenIsInitial || f.firstGivenIsInitial) {
                        return a.first == b.first && (g.middleKey.isEmpty || f.middleKey.isEmpty || g.middleKey == f.middleKey)
                    }
                    return false
                }
            }
            if compatible.count == 1, let e = compatible.first, allowed(out, mention: i, into: e) {
                let other = out.forms[out.entities[e].members[0]].display
                out.attach(i, to: e, reason: "same first name and surname as \(other) in \(aid)", confidence: 0.9)
                continue
            }
            fullEntities.append(out.newEntity(i))
        }
        // One-word names: a surname (or other part) of a full name in the article.
        var lone: [String: Int] = [:]
        for i in people where out.forms[i].given.isEmpty {
            let f = out.forms[i]
            let key = f.surnameKey
            guard !key.isEmpty else { continue }
            var bySurname: [Int] = [], byOther: [Int] = []
            for e in fullEntities {
                let ms = out.entities[e].members
                // ...also without its particle: "Villepin" after "Dominique de Villepin", "Pierer" after
                // "Heinrich von Pierer".
                if ms.contains(where: { j in
                    out.forms[j].surnameKey == key || (out.forms[j].surname.count > 1 && out.forms[j].surname.last.map(NameKey.linkCompact) == key)
                }) { bySurname.append(e) }
                // A first name alone is written as in the full name: "Jenifer" (a French singer) is not
                // "Jennifer Lopez" named in the same story.
                // "Nintendo" after "Nintendo Europe" tagged as a person: a name ending in a continent is a
                // company's regional arm, and its first word the company, not a first name. So is one ending
                // in capitals ("Nintendo DS", "Velmar XR"): a product's model, named after its maker.
                else if ms.contains(where: { j in out.forms[j].given.contains { NameKey.plain($0) == NameKey.plain(f.display) } }),
                        !ms.contains(where: { j in out.forms[j].surname.last.map {
                            NameLexicon.regions.contains(NameKey.plain($0)) || MentionRules.isAcronym(Substring($0))
                        } ?? false }) {
                    byOther.append(e)
                }
            }
            // "Prince Charles" near "Earl Charles Spencer" is another person: a royal is named by one name.
            let p = out.mentions[i].span.start
            let before = Self.wordBefore(p, text: text)
            let title = [out.mentions[i].role, f.title, before.map { $0.word }].compactMap { $0 }.joined(separator: " ")
            // "Lady Mouna" with a first name is a ship or a house named after someone as often as the woman.
            let regnal = NameKey.words(title).contains { NameLexicon.regnalTitles.contains($0) || $0 == "lady" }
            // "Mr Howard" is a surname, whoever else is called Howard by his first name.
            let addressed = NameKey.words(title).contains { Self.surnameTitles.contains($0) }
            // A first name alone stands for someone named in full before it, not for someone the story
            // names only later ("his son Nick" before a student Nick Vaughan is quoted).
            var firstNameOf = byOther.filter { distance(out, $0, to: p).0 }
            // "John Smith ... his son John": a relative named after a kinship word is someone else than
            // the person whose relative he is, the one named last before him; a first name they share
            // does not join them ("Tony Blair said his wife Cherie" still finds Cherie Blair).
            if let b = before, Self.kinshipWords.contains(NameKey.plain(b.word)), let owner = lastPersonBefore(out, p) {
                firstNameOf.removeAll { $0 == owner }
            }
            var candidates = (bySurname.isEmpty ? (regnal || addressed ? [] : firstNameOf) : bySurname).filter { allowed(out, mention: i, into: $0) }
            // "hosted by the Osbourne family": a surname before a word for a family names them all, not one.
            if Self.familyWordFollows(out.mentions[i].span.end, text: text) { candidates = [] }
            // "Rainey Senior" (her father) is not Joy Rainey: a lone surname with a generation word names
            // the one who carries it, so it joins only a full name written with the same generation.
            if !f.generation.isEmpty {
                let mine = Self.generationKey(f)
                candidates.removeAll { e in !out.entities[e].members.contains { Self.generationKey(out.forms[$0]) == mine } }
            }
            // "Fujimori's son, Kenji": a surname owning a relative names the parent, not the relative the
            // story names in full ("Kenji Fujimori"), whose first name follows the kinship word.
            if let relative = Self.relativeNamed(after: out.mentions[i].span.end, text: text) {
                candidates.removeAll { e in
                    out.entities[e].members.contains { out.forms[$0].given.first.map(NameKey.plain) == relative }
                }
            }
            // "the Identity Cards Bill", "Ask's My Jeeves service": a capitalised word right before it
            // that is no title or nationality makes the word the end of another name.
            if let b = before, b.isNameWord { candidates = [] }
            // "Michael Howard's wife, Sandra ... Mrs Howard ... Mr Howard": a story that writes the surname
            // with both a man's and a woman's title of address names two people by it, and the woman is
            // not the man it names in full.
            if NameKey.words(title).contains(where: Self.womensTitles.contains), Self.writesMister(f.display, text: article.text) {
                candidates = []
            }
            // "John Hall Associates" cut after "John": a first name followed at once by a capitalised
            // word opens another name, not a short form of the person named in full.
            if bySurname.isEmpty, Self.nameWordFollows(out.mentions[i].span.end, text: text) { candidates = [] }
            if bySurname.isEmpty {
                // "a Bafta for Edward and Mrs Simpson": a first name paired by "and" with someone a title of
                // address names by another surname is a title or a couple, not the story's Edward named in
                // full ("Tony and Mrs Blair" keeps Tony Blair).
                if let other = Self.surnameOfTitledPartner(after: out.mentions[i].span.end, text: text) {
                    candidates.removeAll { e in !out.entities[e].members.contains { out.forms[$0].surnameKey == other } }
                }
                // "Prince Charles ... Diana married Charles" beside "Earl Charles Spencer": a story that
                // writes the name after a royal title means the royal by the name alone.
                let royal = NameLexicon.regnalTitles.flatMap { [$0.capitalized, $0.uppercased()] }
                if !candidates.isEmpty, Self.writesTitled(f.display, titles: royal, text: article.text) { candidates = [] }
            }
            // "Richard and Jude executive producer": two first names alone joined by "and" name a duo or the
            // show named after them, not one of the two people the story names in full.
            if bySurname.isEmpty, Self.inPairOfLoneNames(out.mentions[i].span, text: text) { candidates = [] }
            // "Japan and Europe" after "Nintendo Europe" tagged as a person: a country or a continent is no
            // one's surname (a town may be: "Angers", "Henderson").
            if NameLexicon.isRegion(f.display) { candidates = [] }
            // "Lord Roberts of Conwy" is a peer's whole title, not the surname of a Roberts named in full.
            if NameKey.words(title).contains(where: Self.peerTitles.contains), Self.placeFollows(out.mentions[i].span.end, text: text) {
                candidates = []
            }
            // Two people here with that name, only one of them named before it: a surname stands for someone
            // the reader has met ("Ford's remains" after President Gerald Ford, before the story names his wife
            // Betty Ford), not for someone only named later.
            if candidates.count > 1, bySurname.count > 1 {
                let met = candidates.filter { distance(out, $0, to: p).0 }
                if met.count == 1 { candidates = met }
            }
            // Two people here with that name: the nearest is often the wrong one ("said Lee" after Judge
            // Gerald Lee when Susan Lee spoke), so the name stays a lone name, explained, not a guess.
            // A surname in a team sheet ("Winter, Clark (Stewart 51), Mackie") is a player the report
            // may have named in full above it; a full name only below it is someone else listed after the
            // teams (the referee "K Clark"), not a headline's short form of a name given later.
            if candidates.count == 1, let e = candidates.first, !distance(out, e, to: p).0,
               Self.inNameList(out.mentions[i].span, text: text) {
                candidates = []
            }
            if candidates.count == 1, let e = nearest(out, candidates, to: p) {
                let full = out.forms[out.entities[e].members[0]].display
                let before = distance(out, e, to: p).0
                let part = bySurname.isEmpty ? "short form" : "surname"
                let r = before ? "\(part) after full name \(full) in \(aid)" : "\(part) of \(full), named in full later in \(aid)"
                out.attach(i, to: e, reason: r)
                continue
            }
            if let e = lone[key], allowed(out, mention: i, into: e) {
                out.attach(i, to: e, reason: nil)
            } else {
                let e = out.newEntity(i)
                out.entities[e].isLoneName = true
                lone[key] = e
            }
        }
    }

    /// Whether `span` is an item of a list of short names that fills its line: three or more
    /// comma-separated items of at most three words each ("Esson, Hart, Anderson (Byrne 75), Winter.").
    static func inNameList(_ span: TextSpan, text: ScalarText) -> Bool {
        let s = text.scalars
        var lo = min(span.start, s.count), hi = min(span.end, s.count)
        while lo > 0, s[lo - 1] != "\n" { lo -= 1 }
        while hi < s.count, s[hi] != "\n" { hi += 1 }
        // A paragraph of prose is no team sheet, however many commas it has.
        guard hi - lo <= 400 else { return false }
        // Substitutes in parentheses ("(Stewart 51)") belong to the item before them.
        var line = ""
        var depth = 0
        for c in text[TextSpan(lo, hi)] {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { line.append(c) }
        }
        let items = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .;:")) }
        guard items.count >= 3 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return !words.isEmpty && words.count <= 3 && words.allSatisfy { $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) }
        }
    }

    /// Lower-case words inside a name before its next capitalised word ("Banque du Caire").
    static let nameParticles: Set<String> = ["du", "de", "des", "la", "le", "del", "della", "di", "da", "van", "von", "of"]

    /// Words for a relative, written before a relative's first name ("his son John", "wife Cherie").
    static let kinshipWords: Set<String> = [
        "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "wife", "husband",
        "father", "mother", "dad", "mum", "mom", "uncle", "aunt", "nephew", "niece", "cousin", "grandson",
        "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother",
        "partner", "fiancee", "fiance", "widow", "widower", "twin", "child", "baby", "boyfriend", "girlfriend",
    ]

    /// Whether the one-word name at `span` is one of two capitalised words alone joined by "and" or "&"
    /// ("Richard and Jude", "Ant & Dec"): neither word is next to another capitalised word, so neither
    /// is the first name of a full name written there ("Tony and Cherie Blair").
    static func inPairOfLoneNames(_ span: TextSpan, text: ScalarText) -> Bool {
        let s = text.scalars
        func isUpper(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isUppercase }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }
        /// Whether a capitalised word follows right after `p` (one space).
        func capitalisedAfter(_ p: Int) -> Bool { p + 1 < s.count && s[p] == " " && isUpper(p + 1) }
        /// Whether a capitalised word ends right before `p` (one space before it).
        func capitalisedBefore(_ p: Int) -> Bool {
            guard p >= 2, s[p - 1] == " ", isLetter(p - 2) else { return false }
            var j = p - 2
            while j > 0, isLetter(j - 1) { j -= 1 }
            return isUpper(j)
        }
        if capitalisedBefore(span.start) || capitalisedAfter(span.end) { return false }
        // The name first: "Richard and Jude ...".
        if let w = conjunctionEnd(at: span.end, text: text), isUpper(w) {
            var e = w
            while isLetter(e) { e += 1 }
            if e - w >= 2, !capitalisedAfter(e) { return true }
        }
        // The name second: "... Richard and Jude".
        for c in [" and ", " & "] {
            let n = c.unicodeScalars.count
            guard span.start - n >= 1, conjunctionEnd(at: span.start - n, text: text) == span.start, isLetter(span.start - n - 1) else { continue }
            var j = span.start - n - 1
            while j > 0, isLetter(j - 1) { j -= 1 }
            if isUpper(j), span.start - n - j >= 2, !capitalisedBefore(j) { return true }
        }
        return false
    }

    /// The surname key of the person a title of address names right after " and " or " & " at `end`
    /// ("Edward| and Mrs Simpson" → "simpson"), or nil.
    static func surnameOfTitledPartner(after end: Int, text: ScalarText) -> String? {
        guard var i = conjunctionEnd(at: end, text: text) else { return nil }
        let s = text.scalars
        var words: [String] = []
        while i < s.count, s[i].properties.isUppercase, words.count < 3 {
            let start = i
            while i < s.count, s[i].properties.isAlphabetic || s[i] == "-" || s[i] == "'" { i += 1 }
            words.append(text[TextSpan(start, i)])
            guard i + 1 < s.count, s[i] == " ", s[i + 1].properties.isUppercase else { break }
            i += 1
        }
        guard words.count >= 2, let title = words.first, Self.surnameTitles.union(["sir", "lady", "dame"]).contains(NameKey.plain(title)),
              let last = words.last, isNameWord(last) else { return nil }
        return NameForm(text: last, kind: .person).surnameKey
    }

    /// The end of " and " or " & " when it starts at `p` (its space first), or nil.
    static func conjunctionEnd(at p: Int, text: ScalarText) -> Int? {
        let s = text.scalars
        for c in [" and ", " & "] {
            let u = Array(c.unicodeScalars)
            if p >= 0, p + u.count <= s.count, (0..<u.count).allSatisfy({ s[p + $0] == u[$0] }) { return p + u.count }
        }
        return nil
    }

    /// Words for a family named by its surname ("the Osbourne family"), or for siblings named so ("the
    /// Bryce twins", "the Marlow sisters"): the surname before them names the pair or the family, not one.
    static let familyWords: Set<String> = ["family", "families", "clan", "dynasty", "household", "twins", "brothers",
                                           "sisters", "siblings"]

    /// Whether a word for a family follows `end` ("Osbourne family").
    static func familyWordFollows(_ end: Int, text: ScalarText) -> Bool {
        let s = text.scalars
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        let start = i
        while i < s.count, s[i].properties.isAlphabetic { i += 1 }
        return i > start && familyWords.contains(text[TextSpan(start, i)].lowercased())
    }

    /// The first name after "'s" and a kinship word at `end` ("Fujimori's son, Kenji" → "kenji"), or nil.
    static func relativeNamed(after end: Int, text: ScalarText) -> String? {
        let s = text.scalars
        var i = end
        // The mention may end before or after its possessive.
        let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
        if i < s.count, apostrophes.contains(s[i]) {
            i += 1
            if i < s.count, s[i] == "s" { i += 1 }
        } else if !(i > 2 && s[i - 1] == "s" && apostrophes.contains(s[i - 2])) {
            return nil
        }
        func word() -> String {
            while i < s.count, s[i] == " " || s[i] == "," { i += 1 }
            let start = i
            while i < s.count, s[i].properties.isAlphabetic || s[i] == "-" { i += 1 }
            return i > start ? text[TextSpan(start, i)] : ""
        }
        guard kinshipWords.contains(NameKey.plain(word())) else { return nil }
        let name = word()
        guard NameForm.isCapitalized(name) else { return nil }
        return NameKey.plain(name)
    }

    /// The person entity named last before offset `p`.
    func lastPersonBefore(_ out: ArticleLinking, _ p: Int) -> Int? {
        var best: (e: Int, start: Int)?
        for e in out.entities.indices where out.entities[e].kind == .person {
            for m in out.entities[e].members where out.mentions[m].span.start < p {
                if best == nil || out.mentions[m].span.start > (best?.start ?? 0) { best = (e, out.mentions[m].span.start) }
            }
        }
        return best?.e
    }

    /// A woman's titles of address before a surname.
    static let womensTitles: Set<String> = ["mrs", "ms", "miss"]

    /// Whether `text` writes "Mr" (or "Mr.") right before `surname`.
    static func writesMister(_ surname: String, text: String) -> Bool {
        writesTitled(surname, titles: ["Mr", "Mr."], text: text)
    }

    /// Whether `text` writes one of `titles` and a space right before `name`, a whole word.
    static func writesTitled(_ name: String, titles: [String], text: String) -> Bool {
        guard !name.isEmpty else { return false }
        for title in titles.map({ $0 + " " }) {
            var from = text.startIndex
            while let r = text.range(of: title + name, range: from..<text.endIndex) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
                if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
                from = r.upperBound
            }
        }
        return false
    }

    /// Titles of address that go with a surname, never a first name alone ("Mr Howard", "Dr Reid").
    static let surnameTitles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "lord"]

    static let peerTitles: Set<String> = ["lord", "lady", "baroness", "baron", "viscount", "earl", "countess"]

    /// " of Conwy" right after offset `end`: "of" and a capitalised word.
    static func placeFollows(_ end: Int, text: ScalarText) -> Bool {
        let s = text.scalars
        guard end + 4 < s.count, s[end] == " ", s[end + 1] == "o", s[end + 2] == "f", s[end + 3] == " " else { return false }
        return s[end + 4].properties.isUppercase
    }

    /// The word right before offset `p` in its sentence, with whether it is a capitalised word that
    /// is no title, nationality or possessive and does not open the sentence: then a one-word name
    /// after it is the end of a longer name ("Identity Cards Bill").
    /// Whether a capitalised name word follows `p` after one space on the same line ("John| Hall
    /// Associates"): not a title, nationality or country, nor the first word of a new sentence.
    static func nameWordFollows(_ p: Int, text: ScalarText) -> Bool {
        let s = text.scalars
        guard p + 1 < s.count, s[p] == " " else { return false }
        var j = p + 1
        // "Banque du Caire", "Bank of Alexandria": a lower-case particle and a capitalised word go on
        // with the name as well.
        var k = j
        while k < s.count, s[k].properties.isLowercase { k += 1 }
        if k > j, k + 1 < s.count, s[k] == " ", s[k + 1].properties.isUppercase,
           Self.nameParticles.contains(text[TextSpan(j, k)]) {
            return true
        }
        while j < s.count, s[j].properties.isAlphabetic || s[j] == "-" || s[j] == "'" { j += 1 }
        guard j > p + 2 else { return false }
        return isNameWord(text[TextSpan(p + 1, j)])
    }

    /// A capitalised word that can belong to a name: not a title or designator, a nationality or a country.
    static func isNameWord(_ word: String) -> Bool {
        NameForm.isCapitalized(word) && !RuleLexicon.isTitleWord(word) && !NameForm.isTitleOrDesignator(word)
            && PersonContext.nationality(word) == nil && Countries.country(word) == nil
    }

    static func wordBefore(_ p: Int, text: ScalarText) -> (word: String, isNameWord: Bool)? {
        let s = text.scalars
        var j = min(p, s.count)
        while j > 0, s[j - 1] == " " { j -= 1 }
        guard j < p, j > 0, s[j - 1].properties.isAlphabetic || s[j - 1] == "." else { return nil }
        let end = j
        while j > 0, !s[j - 1].properties.isWhitespace { j -= 1 }
        let word = text[TextSpan(j, end)]
        // What comes before that word: a sentence end or a line break makes it the sentence's first word.
        var k = j
        while k > 0, s[k - 1] == " " { k -= 1 }
        let opensSentence = k == 0 || [".", "!", "?", ":", "\"", "\u{201C}", "\n", "(", "-", "\u{2014}", "\u{2013}"].contains(s[k - 1])
        let bare = word.trimmingCharacters(in: CharacterSet.letters.inverted)
        let nameWord = !opensSentence && !word.hasSuffix(".") && NameForm.stripPossessive(word) == nil && bare.count > 1
            && isNameWord(bare)
        return (word, nameWord)
    }

    // MARK: Organizations and places

    /// True when `m` is a shorter way to write `n` in the same text: the qualifier dropped
    /// ("Defense Ministry" for "Armenian Defense Ministry"), a leading part ("Northrop" for
    /// "Northrop Grumman") or the head of a compound place name ("Karabakh" for "Nagorno-Karabakh").
    /// `isPlace` tells whether a name is written as a place anywhere in the corpus: an organization
    /// named after a place ("Marlow Echo", "Marlow Council") is not what the place's name alone means.
    /// `standsAlone(m, n)`: the shorter name is a name of its own in the corpus, written in many more
    /// stories than the longer one ("United Nations" and "United Nations Convention", a company and
    /// its software division).
    static func isShortForm(_ m: NameForm, of n: NameForm, isPlace: (String) -> Bool = { _ in false },
                            standsAlone: (NameForm, NameForm) -> Bool = { _, _ in false },
                            mostlyPlace: (NameForm) -> Bool = { _ in false }) -> Bool {
        guard m.kind == n.kind, m.acronym == nil, n.acronym == nil else { return false }
        if m.kind == .place, m.qualifiers.isEmpty, n.qualifiers.isEmpty, let head = NameForm.compoundHead(of: n, isPlace: isPlace),
           NameKey.linkCompact(head) == NameKey.linkCompact(m.display) {
            return true
        }
        let mc = m.coreSkeletons, nc = n.coreSkeletons
        guard !mc.isEmpty, !nc.isEmpty else { return false }
        if m.core.count == 1, NameLexicon.isHyphenatedPair(m.core[0], isPlace: isPlace) { return false }
        let qualifiersFit = m.qualifiers.isEmpty || Set(m.qualifiers).isSubset(of: Set(n.qualifiers))
        guard qualifiersFit else { return false }
        if m.coreKey == n.coreKey {
            // "West Bank" beside "Palestinian West Bank security chief": without its qualifier, an
            // organization named after a place is the place.
            if m.kind == .organization, m.qualifiers.isEmpty, mostlyPlace(m) { return false }
            return m.qualifiers.count < n.qualifiers.count
        }
        // A leading part of an organization's name; places are too often distinct ("New York" / "New York City").
        // A name with a legal suffix ("Apple Inc.") is complete, and a conjunct ("Boeing" in "Boeing
        // and Lockheed Martin") is another entity.
        if m.kind == .organization, m.designatorWords.isEmpty, mc.count < nc.count, Array(nc.prefix(mc.count)) == mc,
           !isPlace(m.display), NameLexicon.isRegion(m.display) == false, !standsAlone(m, n),
           !(n.core.count > m.core.count && ["and", "&"].contains(n.core[m.core.count].lowercased())),
           !NameLexicon.isRegion(n.core[m.core.count...].joined(separator: " ")) {
            // ...and "Ford" next to "Ford Australia" is the parent, not the regional branch.
            // "Bank" alone is not a short form of "Bank of America"; the first word must be a name.
            if NameLexicon.nominalHeads[NameForm.bare(m.core[0])] != nil && mc.count == 1 { return false }
            // "Darlington" beside "Darlington Council" is the town; "Maguire" beside "Maguire Seven" the family.
            if n.core.count > m.core.count, NameLexicon.namesOtherThing(n.core[m.core.count...]) { return false }
            // "Suffolk Coastal UKIP" is a body's acronym after another name (a seat, a parent company):
            // the shorter name is that other name, not a short form of the pair.
            // "Critics' Circle" beside "Critics' Circle Theatre Awards", a commission beside its regional
            // conference: an event or prize named after a body is not what the body's name means.
            // ("Six Nations" of "Six Nations Championship" is the event: only a body's name stays apart.)
            if let head = m.core.last, NameLexicon.institutionHeads.union(NameLexicon.membershipHeads).contains(NameForm.bare(head)),
               n.core[m.core.count...].contains(where: { NameLexicon.eventHeads.contains(NameForm.bare($0)) }) { return false }
            // "ITV London Most Promising Newcomer Award": a prize or event named with more words after
            // a name is named after it, and the name alone is what it is named after. ("Golden Globe" of
            // "Golden Globe Awards" is the prize itself: one head word alone after it keeps the join.)
            if n.core.count >= m.core.count + 2,
               n.core[m.core.count...].contains(where: { NameLexicon.eventHeads.contains(NameForm.bare($0)) }) { return false }
            // "the Independent" is not "Independent on Sunday", "the Mail" not "Mail on Sunday".
            if n.core.count > m.core.count, n.core[m.core.count] == "on" { return false }
            // Two letters there are as often a legal form ("KK", "AB").
            if n.core.count == m.core.count + 1, let rest = n.core.last, let a = NameForm.acronymLetters(rest), a.count >= 3 { return false }
            // Two words or more without the institution's head word name its field, not the body: "Mine
            // Action" (in "Mine Action and Injury Prevention Coordinator") is not "Mine Action Center",
            // "Human Rights" not "Human Rights Commission".
            if m.core.count >= 2, n.core.count == m.core.count + 1, let head = n.core.last,
               NameLexicon.institutionHeads.contains(NameForm.bare(head)) { return false }
            return true
        }
        return false
    }

    func linkOrganizationsAndPlaces(_ out: inout ArticleLinking, text: ScalarText) {
        // "Minister for Labour", "Department of Trade": a portfolio names no body; it stays unlinked.
        func named(_ out: ArticleLinking, _ i: Int) -> Bool {
            out.mentions[i].kind != .person && !out.forms[i].isNameless
                && !(out.mentions[i].kind == .organization && Self.namesPortfolio(out.mentions[i].span.start, text: text))
        }
        let idx = out.mentions.indices.filter { named(out, $0) }
        // Acronyms in parentheses right after a name: "Collective Security Treaty Organization (CSTO)".
        var pairedAcronym: [Int: String] = [:]  // long-form mention → acronym
        var acronymMentionOwner: [Int: Int] = [:]  // acronym mention → long-form mention
        for i in idx where out.forms[i].acronym == nil {
            let f = out.forms[i]
            if let a = f.parenthesizedAcronym, NameForm.plausibleAcronym(a, of: f) {
                pairedAcronym[i] = a
            }
            guard let (acr, span) = parenthesizedAcronym(after: out.mentions[i].span.end, text: text),
                  NameForm.plausibleAcronym(acr, of: f) else { continue }
            pairedAcronym[i] = acr
            if let j = out.mentions.indices.first(where: { out.mentions[$0].span.overlaps(span) }) {
                if out.forms[j].acronym != nil, out.mentions[j].kind != .person { acronymMentionOwner[j] = i }
            } else {
                let m = Mention(article: article.id, span: span, text: text[span], kind: out.mentions[i].kind,
                                confidence: out.mentions[i].confidence * 0.95)
                let j = out.add(m, form: NameForm(text: m.text, kind: m.kind), status: .acronym)
                acronymMentionOwner[j] = i
            }
        }
        let all = out.mentions.indices.filter { named(out, $0) }
        let longForms = all.filter { out.forms[$0].acronym == nil }
        (out.country, out.tiedCountries) = ArticleLinker.storyCountry(out, text: text)
        // Which long forms are shorter writings of another in this article.
        // Each distinct name is compared once: an article that repeats a few names thousands of times
        // (a scraped page, a list) must not cost mentions x mentions. Equal names are never short forms
        // of each other, and a mention's form depends only on its text and kind (`formKey`).
        var shortOf: [Int: [Int]] = [:]
        if longForms.count > 1 {
            var groups: [String: [Int]] = [:]
            var order: [String] = []
            for i in longForms {
                let k = ArticleLinker.formKey(out.mentions[i])
                if groups[k] == nil { order.append(k) }
                groups[k, default: []].append(i)
            }
            for km in order {
                guard let ms = groups[km], let first = ms.first else { continue }
                var longer: [Int] = []
                for kn in order where kn != km {
                    guard let ns = groups[kn], let n = ns.first,
                          ArticleLinker.isShortForm(out.forms[first], of: out.forms[n], isPlace: isPlaceName,
                                                     standsAlone: standsAlone, mostlyPlace: mostlyPlace) else { continue }
                    longer += ns
                }
                if !longer.isEmpty { for m in ms { shortOf[m] = longer } }
            }
        }
        // Maximal names make the local entities; equal names (or the same country) share one.
        var byKey: [String: Int] = [:]
        // "PayPerAction LLC, Kamiro LLC and Kamiro Inc": one name with two legal forms in one story is
        // two companies. The name without a legal form is the one named first.
        var legalForms: [String: Set<String>] = [:]
        for i in longForms where shortOf[i] == nil && out.forms[i].kind == .organization {
            if let form = LinkTraits.legalForm(of: out.forms[i]) { legalForms[out.forms[i].storyOrgKey, default: []].insert(form) }
        }
        var legalFormOf: [Int: String] = [:]
        for i in longForms where shortOf[i] == nil {
            let f = out.forms[i]
            var key = f.kind.rawValue + ":" + (f.countryKey ?? f.storyOrgKey)
            // "News of the deal" beside "News Corp": a word the story also writes in lower case is that
            // company only with its legal form.
            if f.kind == .organization, f.countryKey == nil, f.designatorWords.isEmpty, f.core.count == 1, isCommonWord(f.core[0]) {
                key = "~" + key
            }
            let bare = key
            let form = f.kind == .organization && (legalForms[f.storyOrgKey]?.count ?? 0) > 1 ? LinkTraits.legalForm(of: f) : nil
            if let form {
                key += "|" + form
                if byKey[key] == nil, let e = byKey[bare], legalFormOf[e] == nil { byKey[key] = e }
            }
            if let e = byKey[key], allowed(out, mention: i, into: e) {
                let first = out.forms[out.entities[e].members[0]].display
                out.attach(i, to: e, reason: first == f.display ? nil : "same name as \(first) in \(aid)")
            } else {
                byKey[key] = out.newEntity(i)
            }
            if let form, let e = out.local[i] {
                legalFormOf[e] = form
                if byKey[bare] == nil { byKey[bare] = e }
            }
            if let a = pairedAcronym[i], let e = out.local[i] { out.entities[e].explicitAcronyms.insert(a) }
        }
        // Short forms join the nearest full name they shorten; longer short forms first.
        let shorts = longForms.filter { shortOf[$0] != nil }.sorted {
            out.forms[$0].core.count != out.forms[$1].core.count ? out.forms[$0].core.count > out.forms[$1].core.count : $0 < $1
        }
        for m in shorts {
            let targets = Set((shortOf[m] ?? []).compactMap { out.local[$0] }).sorted()
            var candidates = targets.filter { allowed(out, mention: m, into: $0) }
            // A one-word short form the story also writes in lower case is a common word ("the
            // 'Royal' in its name", "Adaptation"), not a name for the longer one.
            if out.forms[m].core.count == 1, isCommonWord(out.forms[m].core[0]) { candidates = [] }
            // "EverQuest ... the blog EverQuest Daily Grind", "the Two Ronnies star ... The Two Ronnies
            // Sketchbook": a story names a body in full before it shortens it, so a leading part written
            // before every longer name is a name of its own, what the longer one is named after.
            // ("Ford" in a lead before "Ford Motor Company": a company's whole name adds business words,
            // and the shorter name is the company's usual name.)
            let businessName = (shortOf[m] ?? []).contains { n in
                let f = out.forms[n]
                return (f.core.dropFirst(out.forms[m].core.count) + f.designatorWords).contains {
                    NameLexicon.businessWords.contains(NameForm.bare($0))
                }
            }
            if out.forms[m].kind == .organization, !businessName, out.forms[m].coreKey != out.forms[shortOf[m]?.first ?? m].coreKey,
               let longFirst = (shortOf[m] ?? []).map({ out.mentions[$0].span.start }).min(),
               let shortFirst = longForms.filter({ ArticleLinker.formKey(out.mentions[$0]) == ArticleLinker.formKey(out.mentions[m]) })
                   .map({ out.mentions[$0].span.start }).min(),
               shortFirst < longFirst {
                candidates = []
            }
            // "Angra I" beside "Angra II", "Apollo 11": a number after the name makes another of the series.
            if Self.numberFollows(out.mentions[m].span.end, text: text) { candidates = [] }
            var context = ""
            if out.forms[m].kind == .organization, out.forms[m].qualifiers.isEmpty {
                (candidates, context) = referents(out, of: m, among: candidates, text: text)
            }
            // Two longer names it could stand for ("the House" with the Lords and the Commons named):
            // the nearest is a guess, so it stays a name of its own.
            if candidates.count > 1 { candidates = [] }
            guard let e = nearest(out, candidates, to: out.mentions[m].span.start) else {
                let e = out.newEntity(m)
                if let a = pairedAcronym[m] { out.entities[e].explicitAcronyms.insert(a) }
                continue
            }
            let full = out.forms[out.entities[e].members[0]]
            let how = out.forms[m].coreKey == full.coreKey ? "\(full.display) without its qualifier" : "short form of \(full.display)"
            let r = (candidates.count > 1 ? "\(how) in \(aid), the nearest of \(candidates.count) such names" : "\(how) in \(aid)") + context
            out.status[m] = .short
            out.attach(m, to: e, reason: r, confidence: candidates.count > 1 ? 0.8 : 1)
            if let a = pairedAcronym[m] { out.entities[e].explicitAcronyms.insert(a) }
        }
        // Acronyms: the one introduced in parentheses, else one derived from a single long name here.
        var loneAcronym: [String: Int] = [:]
        // (Right after a name the story tags, the letters are that name's, however it is spelt:
        // "NATO-led International Security Assistance Force (ISAF)".)
        let nameEnds = Set(all.map { out.mentions[$0].span.end })
        var spelledOut = Set<String>()
        for j in all where acronymMentionOwner[j] == nil {
            guard let acr = out.forms[j].acronym, let open = Self.spelledOutBefore(out.mentions[j].span, acr, text: text) else { continue }
            var end = open
            while end > 0, text.scalars[end - 1] == " " { end -= 1 }
            if !nameEnds.contains(end) { spelledOut.insert(acr) }
        }
        for j in all where out.forms[j].acronym != nil {
            let f = out.forms[j]
            guard let acr = f.acronym else { continue }
            if let owner = acronymMentionOwner[j], let e = out.local[owner], allowed(out, mention: j, into: e) {
                out.attach(j, to: e, reason: "acronym introduced in parentheses after \(out.forms[owner].display) in \(aid)")
                continue
            }
            let defined = out.entities.indices.filter {
                out.entities[$0].kind == f.kind && out.entities[$0].explicitAcronyms.contains(acr) && allowed(out, mention: j, into: $0)
            }
            if let e = nearest(out, defined, to: out.mentions[j].span.start) {
                let full = out.forms[out.entities[e].members[0]].display
                out.attach(j, to: e, reason: "acronym \(acr) introduced for \(full) in \(aid)")
                continue
            }
            // "US behemoth General Electric" beside "Universal Studio": a country's letters are the country
            // ("the United States of America") unless the story introduced them in parentheses.
            let country = Countries.country(acr)
            // "the PC" in a story that names a blog "Print Culture": letters the corpus also writes in the
            // plural ("PCs") name a kind of thing, and only parentheses tie them to a name.
            let derived = isCountable(acr) ? [] : out.entities.indices.filter { e in
                out.entities[e].kind == f.kind && !out.entities[e].isLoneName && out.entities[e].members.contains { k in
                    out.status[k] == .full && out.forms[k].derivedAcronyms.contains(acr)
                        && (country == nil || (Countries.country(out.forms[k].display)
                            ?? Countries.country(out.forms[k].display.components(separatedBy: " of ")[0])) == country)
                        && (f.qualifiers.isEmpty || Set(f.qualifiers) == Set(out.forms[k].qualifiers))
                } && allowed(out, mention: j, into: e)
            }
            if let e = nearest(out, derived, to: out.mentions[j].span.start) {
                let full = out.forms[out.entities[e].members.first { out.status[$0] == .full } ?? out.entities[e].members[0]].display
                let r = derived.count > 1 ? "acronym of \(full) in \(aid), the nearest of \(derived.count) names it fits"
                    : "acronym of \(full) in \(aid)"
                out.attach(j, to: e, reason: r, confidence: derived.count > 1 ? 0.7 : 1)
                continue
            }
            // "so-called Carrier Pre-Section (CPS) services": letters the story spells out with words
            // that name no body here stand for those words, not for a body another story spells so.
            if f.countryKey == nil, spelledOut.contains(acr) { continue }
            let key = f.kind.rawValue + ":" + (f.countryKey ?? f.orgKey)
            if let e = loneAcronym[key], allowed(out, mention: j, into: e) {
                out.attach(j, to: e, reason: nil)
            } else {
                loneAcronym[key] = out.newEntity(j)
            }
        }
    }

    /// Where "(" opens when the acronym at `span` stands in parentheses right after words whose initials
    /// spell it ("Carrier Pre-Section (CPS)", "memorandum of understanding (MOU)"; small words may be
    /// left out), else nil.
    static func spelledOutBefore(_ span: TextSpan, _ acronym: String, text: ScalarText) -> Int? {
        let s = text.scalars
        var i = span.start
        while i > 0, s[i - 1] == " " { i -= 1 }
        guard i > 0, s[i - 1] == "(" else { return nil }
        i -= 1
        let open = i
        // The words before "(", nearest first, up to punctuation; a hyphen parts two words.
        var words: [String] = []
        while words.count < acronym.count + 4 {
            while i > 0, s[i - 1] == " " || s[i - 1] == "-" { i -= 1 }
            let end = i
            while i > 0, s[i - 1].properties.isAlphabetic { i -= 1 }
            guard i < end else { break }
            words.append(text[TextSpan(i, end)].lowercased())
        }
        let letters = Array(acronym.lowercased())
        let small: Set<String> = ["of", "and", "the", "for", "on", "in", "to", "a", "de", "du", "des", "la", "le"]
        // Matches the letters from the last backwards against the words from the nearest.
        func spells(_ w: Int, _ k: Int) -> Bool {
            if k < 0 { return true }
            guard w < words.count, let initial = words[w].first else { return false }
            if initial == letters[k], spells(w + 1, k - 1) { return true }
            return small.contains(words[w]) && w > 0 && spells(w + 1, k)
        }
        return letters.count >= 2 && spells(0, letters.count - 1) ? open : nil
    }

    /// Words of office that a portfolio follows ("Minister for Labour", "Department of Trade"). Not
    /// "secretary": a union's or a council's secretary is "secretary of Unison".
    static let portfolioOffices: Set<String> = ["minister", "ministers", "ministry", "department"]

    /// Whether the name at offset `start` follows an office and "for" or "of" ("Minister for Labour").
    static func namesPortfolio(_ start: Int, text: ScalarText) -> Bool {
        guard let (link, isName) = wordBefore(start, text: text), !isName, ["for", "of"].contains(link) else { return false }
        var j = start
        while j > 0, text.scalars[j - 1] == " " { j -= 1 }
        j -= link.unicodeScalars.count
        guard let (office, _) = wordBefore(j, text: text) else { return false }
        return portfolioOffices.contains(office.lowercased())
    }

    /// Whether a roman numeral or a number follows offset `end` as a word of its own ("Angra I").
    static func numberFollows(_ end: Int, text: ScalarText) -> Bool {
        let s = text.scalars
        guard end + 1 < s.count, s[end] == " " else { return false }
        var i = end + 1
        var word = ""
        while i < s.count, s[i].properties.isAlphabetic || s[i].properties.numericType != nil { word.unicodeScalars.append(s[i]); i += 1 }
        if i < s.count, s[i].properties.isAlphabetic { return false }
        return ["I", "II", "III", "IV", "V", "VI"].contains(word) || (!word.isEmpty && word.allSatisfy(\.isNumber))
    }

    /// The shorter name is written alone in at least 3 stories and 3 times as many as the longer one.
    func standsAlone(_ m: NameForm, _ n: NameForm) -> Bool {
        standsAlone(ArticleLinker.frequencyKey(m), over: ArticleLinker.frequencyKey(n))
    }

    /// `standsAlone` by frequency keys, written down for the memo.
    func standsAlone(_ a: String, over b: String) -> Bool {
        let answer = Self.standsAlone(frequency[a] ?? 0, frequency[b] ?? 0)
        reads?.note(.standsAlone(a, b, answer))
        return answer
    }

    /// The name is written as a place in at least 3 stories and 3 times as many as with its own kind
    /// ("West Bank"; not "Labour", which a tagger once called a place).
    func mostlyPlace(_ f: NameForm) -> Bool {
        standsAlone(Self.placeFrequencyKey(f), over: ArticleLinker.frequencyKey(f))
    }

    static func placeFrequencyKey(_ f: NameForm) -> String { EntityKind.place.rawValue + "|" + NameKey.plain(f.display) }

    /// `standsAlone` by the numbers of stories that write the shorter and the longer name.
    static func standsAlone(_ shorter: Int, _ longer: Int) -> Bool { shorter >= 3 && shorter >= 3 * longer }

    /// Whether the corpus writes these letters in the plural (`countable`).
    func isCountable(_ acronym: String) -> Bool {
        let answer = countable.contains(acronym)
        reads?.note(.countable(acronym, answer))
        return answer
    }

    static func frequencyKey(_ f: NameForm) -> String { f.kind.rawValue + "|" + NameKey.plain(f.display) }

    /// Whether the story writes this word in lower case too (a common word, not only a name).
    func isCommonWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lower != word, lower.count >= 3 else { return false }
        var searchFrom = article.text.startIndex
        while let r = article.text.range(of: lower, range: searchFrom..<article.text.endIndex) {
            let before = r.lowerBound == article.text.startIndex ? nil : article.text[article.text.index(before: r.lowerBound)]
            let after = r.upperBound == article.text.endIndex ? nil : article.text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchFrom = r.upperBound
        }
        return false
    }

    /// Whether a name is written as a place somewhere in the corpus, or names a country or region,
    /// or ends in a place word ("Zuoyun County").
    func isPlaceName(_ name: String) -> Bool {
        if let last = name.split(separator: " ").last, name.contains(" "),
           ["county", "district", "province", "prefecture", "region", "oblast", "borough", "city"].contains(last.lowercased()) { return true }
        let key = EntityKind.place.rawValue + "\u{1}" + name
        let written = known[key] != nil
        reads?.note(.place(key, written))
        return written || NameLexicon.isRegion(name)
            || RuleLexicon.shared.places.contains(RuleLexicon.key(name))
    }

    /// The country the story is about: the one its place mentions and nationality adjectives name most
    /// often, nil on a tie ("The Philippine military ... Chinese vessels ... Manila": the Philippines).
    /// A name's generation words with one spelling each ("Senior" and "Sr." are one).
    static func generationKey(_ f: NameForm) -> [String] {
        f.generation.map { $0 == "senior" ? "sr" : $0 == "junior" ? "jr" : $0 }
    }

    /// Its capital ("MOSCOW, Dec. 5", "talks in Tehran") only breaks a tie, or names the country when
    /// nothing else does: a wire story datelined in one capital is often about another country.
    /// On a tie, nil and the countries tied at the top.
    static func storyCountry(_ out: ArticleLinking, text: ScalarText) -> (String?, [String]) {
        var count: [String: Int] = [:], byCapital: [String: Int] = [:]
        for i in out.mentions.indices where out.mentions[i].kind == .place {
            // A nationality tagged as a place is counted with the other nationality words below.
            let k = NameKey.plain(out.mentions[i].text)
            if Countries.demonymKeys.contains(k) { continue }
            if let c = out.forms[i].countryKey { count[c, default: 0] += 1 }
            else if let c = Countries.capitals[k] { byCapital[c, default: 0] += 1 }
        }
        for w in capitalisedWords(text, TextSpan(0, text.count)) {
            let k = NameKey.plain(w)
            if Countries.demonymKeys.contains(k), let c = Countries.country(k) { count[c, default: 0] += 1 }
        }
        let candidates = count.isEmpty ? Array(byCapital.keys) : Array(count.keys)
        let ranked = candidates.map { ($0, count[$0] ?? 0, byCapital[$0] ?? 0) }.sorted { ($0.1, $0.2, $1.0) > ($1.1, $1.2, $0.0) }
        guard let top = ranked.first else { return (nil, []) }
        let tied = ranked.filter { $0.1 == top.1 && $0.2 == top.2 }.map(\.0)
        return tied.count > 1 ? (nil, tied.sorted()) : (top.0, [])
    }

    /// The runs of letters in `text[span]` that start with a capital, as
    /// `split(whereSeparator: { !$0.isLetter })` gives them. Read straight from the scalars when the
    /// span is ASCII: building and splitting every article's text by Character properties was 9% of an
    /// update's CPU (`storyCountry` reads whole articles).
    static func capitalisedWords(_ text: ScalarText, _ span: TextSpan) -> [String] {
        let s = text.scalars
        let lo = max(0, min(span.start, s.count)), hi = max(lo, min(span.end, s.count))
        guard s[lo..<hi].allSatisfy(\.isASCII) else {
            return text[TextSpan(lo, hi)].split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase == true }.map(String.init)
        }
        func isLetter(_ c: Unicode.Scalar) -> Bool { ASCIIScan.isLetter(UInt8(truncatingIfNeeded: c.value)) }
        var out: [String] = []
        var i = lo
        while i < hi {
            guard isLetter(s[i]) else { i += 1; continue }
            let start = i
            while i < hi, isLetter(s[i]) { i += 1 }
            if ASCIIScan.isUpper(UInt8(truncatingIfNeeded: s[start].value)) {
                out.append(String(scalars: s[start..<i]))
            }
        }
        return out
    }

    /// Countries the sentence that holds offset `p` names, by a place mention or a nationality word
    /// ("Armenian opposition figures claimed ... the Constitutional Court ruling").
    func sentenceCountries(_ out: ArticleLinking, at p: Int, text: ScalarText) -> Set<String> {
        guard let s = article.sentences.first(where: { $0.start <= p && p < $0.end }) else { return [] }
        var found = Set<String>()
        for i in out.mentions.indices where out.mentions[i].kind == .place && s.start <= out.mentions[i].span.start && out.mentions[i].span.end <= s.end {
            if let c = out.forms[i].countryKey { found.insert(c) }
        }
        for w in Self.capitalisedWords(text, s) {
            let k = NameKey.plain(w)
            if Countries.demonymKeys.contains(k), let c = Countries.country(k) { found.insert(c) }
        }
        return found
    }

    /// An unqualified name ("the Foreign Ministry") refers to a qualified one in the story ("Georgian
    /// Foreign Ministry") only when the sentence names that country, or else the story is about it; a
    /// story about another country keeps it apart. Without any country in view, one candidate is enough.
    /// The candidates that remain, and words for the reason.
    func referents(_ out: ArticleLinking, of m: Int, among candidates: [Int], text: ScalarText) -> ([Int], String) {
        let f = out.forms[m]
        func qualifiers(_ e: Int) -> Set<String> {
            Set(out.entities[e].members.filter { out.forms[$0].coreKey == f.coreKey }.flatMap { out.forms[$0].qualifiers })
        }
        let qualified = candidates.filter { !qualifiers($0).isEmpty }
        guard !qualified.isEmpty else { return (candidates, "") }
        let rest = candidates.filter { qualifiers($0).isEmpty }
        // "the Foreign Ministry in Moscow": a place right after it says whose body it is. Only a
        // country named so can make it a qualified one ("the Foreign Ministry in Georgia").
        if let place = placeRightAfterIn(out, m, text: text) {
            let c = out.forms[place].countryKey
            let keep = qualified.filter { c != nil && qualifiers($0).contains(c ?? "") }
            return (rest + keep, keep.isEmpty ? "" : " (in \(out.mentions[place].text))")
        }
        // A body that exists under this name in one country only ("the State Department") is that
        // country's, whatever else the sentence or the story is about.
        if let home = Countries.home(ofCore: f.core) {
            let keep = qualified.filter { qualifiers($0).contains(home) }
            if !keep.isEmpty { return (rest + keep, " (a body of \(home) only)") }
        }
        let inSentence = sentenceCountries(out, at: out.mentions[m].span.start, text: text)
        var keep = qualified.filter { !qualifiers($0).isDisjoint(with: inSentence) }
        var context = ""
        if let c = keep.first.flatMap({ qualifiers($0).intersection(inSentence).sorted().first }) {
            context = " (\(c) is named in the sentence)"
        } else if let c = out.country {
            keep = qualified.filter { qualifiers($0).contains(c) }
            if !keep.isEmpty { context = " (the story is about \(c))" }
        } else if inSentence.isEmpty, qualified.count == 1 {
            keep = qualified
        }
        return (rest + keep, context)
    }

    /// The place mention that follows mention `m` after " in " ("the Foreign Ministry in Moscow").
    func placeRightAfterIn(_ out: ArticleLinking, _ m: Int, text: ScalarText) -> Int? {
        let end = out.mentions[m].span.end
        guard end + 4 <= text.count, text[TextSpan(end, end + 4)] == " in " else { return nil }
        return out.mentions.indices.first { out.mentions[$0].span.start == end + 4 && out.mentions[$0].kind == .place }
    }

    /// "(ABC)" right after offset `end`, allowing spaces: the acronym and its span.
    func parenthesizedAcronym(after end: Int, text: ScalarText) -> (String, TextSpan)? {
        let s = text.scalars
        var i = end
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "(" else { return nil }
        i += 1
        while i < s.count, s[i] == " " { i += 1 }
        let start = i
        while i < s.count, i - start <= 12, s[i] != ")", s[i] != "\n" { i += 1 }
        guard i < s.count, s[i] == ")" else { return nil }
        var stop = i
        while stop > start, s[stop - 1] == " " { stop -= 1 }
        let span = TextSpan(start, stop)
        let word = text[span]
        guard let letters = NameForm.acronymLetters(word) else { return nil }
        return (letters, span)
    }

    // MARK: Back-references

    /// "the ministry", "the commission", "the court" after a full name with that head word become
    /// mentions of the last such name before them.
    func addBackReferences(_ out: inout ArticleLinking, text: ScalarText) {
        var headsByWord: [String: [(end: Int, entity: Int, name: String)]] = [:]
        for i in out.mentions.indices where out.mentions[i].kind == .organization && out.status[i] == .full {
            guard let e = out.local[i] else { continue }
            for w in out.forms[i].nominalWords {
                headsByWord[w, default: []].append((out.mentions[i].span.end, e, out.forms[i].display))
            }
        }
        guard !headsByWord.isEmpty else { return }
        for w in headsByWord.keys { headsByWord[w]?.sort { $0.end < $1.end } }
        let taken = out.mentions.map(\.span).sorted()
        func overlapsTaken(_ span: TextSpan) -> Bool {
            // Binary search for the first span that starts at or after span.start.
            var lo = 0, hi = taken.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if taken[mid].start < span.start { lo = mid + 1 } else { hi = mid }
            }
            for k in max(0, lo - 8)..<min(taken.count, lo + 8) where taken[k].overlaps(span) { return true }
            return false
        }
        let s = text.scalars
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }
        func word(at i: Int) -> (String, Int) {
            var j = i
            var w = ""
            while j < s.count, s[j].properties.isAlphabetic { w.unicodeScalars.append(s[j]); j += 1 }
            return (w, j)
        }
        var i = 0
        while i + 4 < s.count {
            defer { i += 1 }
            // "the" or "The" as a whole word, then one space and the head word.
            guard s[i] == "t" || s[i] == "T", s[i + 1] == "h", s[i + 2] == "e", s[i + 3] == " ",
                  !isLetter(i - 1), isLetter(i + 4) else { continue }
            let (head, headEnd) = word(at: i + 4)
            guard let candidates = headsByWord[head.lowercased()] else { continue }
            // "the Ministry of Health", "the Court Building" are other names.
            var k = headEnd
            while k < s.count, s[k] == " " { k += 1 }
            let (next, _) = word(at: k)
            if next == "of" || (k == headEnd + 1 && NameForm.isCapitalized(next) && NameForm.isCapitalized(head)) { continue }
            let span = TextSpan(i, headEnd)
            guard !overlapsTaken(span) else { continue }
            guard let last = candidates.last(where: { $0.end <= span.start }) else { continue }
            let m = Mention(article: article.id, span: span, text: text[span], kind: .organization, confidence: 0.8)
            let n = out.add(m, form: NameForm(text: m.text, kind: .organization), status: .nominal)
            guard allowed(out, mention: n, into: last.entity) else {
                out.mentions.removeLast(); out.forms.removeLast(); out.status.removeLast()
                out.reason.removeLast(); out.linkConfidence.removeLast(); out.local.removeLast()
                continue
            }
            out.attach(n, to: last.entity, reason: "back-reference \"\(text[span])\" after \(last.name) in \(aid)", confidence: 0.8)
        }
    }
}

extension NameForm {
    /// An acronym in parentheses belongs to the name before it when it derives from it or at least
    /// starts with the same letter as the name's first word.
    static func plausibleAcronym(_ acr: String, of f: NameForm) -> Bool {
        if f.derivedAcronyms.contains(acr) { return true }
        guard let first = acr.first else { return false }
        let initials = f.words.compactMap { $0.first.map { String($0).uppercased() } }
        // Same first letter, and not much longer than the name has words: "(UNU-WIDER)" after "United
        // Nations University" names an institute of it.
        return initials.first == String(first) && acr.count >= 2 && acr.count <= f.words.count + 1
    }
}
