// What a story says a person is, right beside the name: a nationality ("Pakistani bowler X", "X,
// Egypt's foreign minister") and a field of work ("rugby coach X", "X, a fund manager"). Two people
// who share a full name are kept apart when these say different things (`LinkTraits`).

/// The nationality and field a story states for a person, with the words that state them.
struct PersonContext: Sendable, Equatable {
    /// Country key → the words that say so ("Pakistani bowler").
    var nationalities: [String: String] = [:]
    /// Field → the words that say so ("rugby coach").
    var fields: [String: String] = [:]
    /// Role → the words that say so ("foreign minister" → "Japan's Foreign Minister"): the role words in
    /// lower case, without nationality or determiner. A role never tells two people apart (a minister
    /// becomes prime minister), so it is not part of `isEmpty`; two close spellings of one name that
    /// stories give the same role are one person's (`CorpusLinker.sharedRole`).
    var roles: [String: String] = [:]
    /// Sport → the words that say so ("a story about rugby"): the sport of a story about one
    /// (`StorySport`) for each person the story gives no other field of work.
    var sports: [String: String] = [:]

    /// Says no nationality and no field: the story describes the person in no words of its own (the
    /// sport of the whole story is no description of one person in it).
    var isEmpty: Bool { nationalities.isEmpty && fields.isEmpty }
    /// Says nothing that tells people apart: no nationality, no field, no sport.
    var isSilent: Bool { isEmpty && sports.isEmpty }

    mutating func merge(_ o: PersonContext) {
        nationalities.merge(o.nationalities) { a, _ in a }
        fields.merge(o.fields) { a, _ in a }
        roles.merge(o.roles) { a, _ in a }
        sports.merge(o.sports) { a, _ in a }
    }

    /// Adds the sport of the story (`StorySport.of`) for a person it gives no other field of work: a
    /// minister who comments on a match is no player of it. Only another sport contradicts it: a story
    /// about football fans or football video games names ministers and singers too, so it says no field.
    mutating func add(storySport sport: String?) {
        guard let sport, fields.keys.allSatisfy({ $0 == "sport" }) else { return }
        sports[sport] = "named in a story about \(sport)"
    }

    /// Role nouns that place a person in one field of work. Words that head roles in several fields
    /// ("manager", "chairman", "director", "captain", "president", "general") say nothing here.
    static let fieldWords: [String: String] = {
        var map: [String: String] = [:]
        let fields: [(String, [String])] = [
            ("sport", ["coach", "striker", "midfielder", "defender", "goalkeeper", "goalie", "winger", "bowler", "batsman",
                       "cricketer", "footballer", "golfer", "boxer", "jockey", "sprinter", "athlete", "skipper", "fly-half",
                       "scrum-half", "flanker", "full-back", "referee", "swimmer", "cyclist", "hurdler", "marathon",
                       "tennis", "rugby", "cricket", "football", "olympic", "heptathlete", "decathlete", "wicketkeeper",
                       "spinner", "paceman", "quarterback", "pitcher", "netballer", "snooker", "keeper"]),
            ("business", ["banker", "investor", "entrepreneur", "tycoon", "businessman", "businesswoman", "financier",
                          "trader", "shareholder", "ceo", "cfo", "fund", "magnate", "billionaire", "financial"]),
            ("politics", ["minister", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "mep",
                          "governor", "mayor", "politician", "ambassador", "diplomat", "envoy", "councillor", "premier",
                          "parliamentarian", "mla", "msp", "tory", "backbencher"]),
            ("arts", ["actor", "actress", "singer", "musician", "rapper", "comedian", "presenter", "broadcaster",
                      "novelist", "poet", "artist", "songwriter", "guitarist", "drummer", "dancer", "film-maker",
                      "filmmaker", "playwright", "screenwriter", "pianist", "composer"]),
            ("religion", ["pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "cleric", "priest", "pastor",
                          "ayatollah", "mufti", "vicar", "monk", "nun"]),
            ("law", ["judge", "lawyer", "barrister", "solicitor", "prosecutor"]),
            ("military", ["soldier", "colonel", "lieutenant", "sergeant", "corporal", "admiral", "brigadier", "marine",
                          "commando"]),
            ("science", ["scientist", "researcher", "physicist", "chemist", "biologist", "astronomer", "archaeologist"]),
            ("press", ["journalist", "reporter", "correspondent", "columnist", "photographer", "editor"]),
        ]
        for (field, words) in fields { for w in words { map[w] = field } }
        return map
    }()

    /// A team's leader, in lower case (`add`).
    static let teamCaptains: Set<String> = ["captain", "vice-captain", "co-captain"]

    /// Words that leave the rest of a role phrase about the past or the future ("former coach",
    /// "actor-turned-politician", "would-be MP"): a person's field changes, so such phrases say nothing.
    static let changeWords: Set<String> = ["former", "ex", "turned", "one-time", "onetime", "then", "retired", "would-be",
                                           "future", "late", "veteran"]

    /// Reads the role phrase before the mention at `span` ("the Pakistani bowler") and an apposition
    /// after it (", Egypt's foreign minister,"), both within the sentence `sentence`.
    static func read(_ text: ScalarText, span: TextSpan, sentence: TextSpan?, title: String?) -> PersonContext {
        var out = PersonContext()
        let lo = sentence?.start ?? max(0, span.start - 200), hi = sentence?.end ?? min(text.count, span.end + 200)
        // Words before the name, nearest first, up to punctuation or a word that is no part of a role.
        var before: [String] = []
        var i = span.start
        while before.count < 6 {
            var j = i
            while j > lo, text.scalars[j - 1] == " " { j -= 1 }
            guard j > lo else { break }
            let end = j
            while j > lo, !text.scalars[j - 1].properties.isWhitespace { j -= 1 }
            let word = text[TextSpan(j, end)]
            // "anti- Syrian minister X", "pro-Syrian": the nationality is what the person opposes or backs.
            if word.hasSuffix("-") || word.hasSuffix("\u{2010}") {
                if let last = before.last, nationality(last) != nil { before.removeLast() }
                break
            }
            if word.last.map({ !$0.isLetter }) == true && !word.hasSuffix("'s") && !word.hasSuffix("\u{2019}s")
                && !(word.hasSuffix(".") && RuleLexicon.isTitleWord(word)) { break }
            before.append(word)
            i = j
        }
        if let phrase = roleWords(Array(before.reversed()), fromEnd: true) { out.add(phrase) }
        // An apposition: ", the Pakistani bowler," or ", a fund manager".
        var k = span.end
        if k < hi, text.scalars[k] == "," {
            k += 1
            var after: [String] = []
            while after.count < 7 {
                while k < hi, text.scalars[k] == " " { k += 1 }
                let start = k
                while k < hi, !text.scalars[k].properties.isWhitespace, text.scalars[k] != "," { k += 1 }
                guard k > start else { break }
                var word = text[TextSpan(start, k)]
                let stop = word.last.map { !$0.isLetter } == true && !word.hasSuffix("'s") && !word.hasSuffix("\u{2019}s")
                if stop { word = String(word.dropLast()) }
                after.append(word)
                if stop || (k < hi && text.scalars[k] == ",") { break }
            }
            if let first = after.first, ["the", "a", "an"].contains(first.lowercased()) || Self.nationality(first) != nil,
               let phrase = roleWords(after, fromEnd: false) {
                out.add(phrase)
            }
        }
        if let t = title, let phrase = roleWords(t.split(separator: " ").map(String.init), fromEnd: true) { out.add(phrase) }
        return out
    }

    /// Words that end a role phrase: a verb of saying or a link to another clause.
    static let stopWords: Set<String> = ["said", "says", "told", "and", "or", "by", "with", "to", "for", "from", "but",
                                         "as", "than", "who", "which", "that", "when", "while", "after", "before"]

    /// Verbs of saying that make the words before them a subject, not an apposition.
    static let saying: Set<String> = ["said", "says", "told", "added", "reported", "announced", "stated", "warned", "claimed"]

    /// Determiners and possessives that may open a role phrase ("his son", "the former coach").
    static let openers: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]

    /// Heads of roles held for another country's team or client ("Australia's coach", "Dutch coach" of
    /// the Australian team): their nationality word says whom they serve, not where they are from.
    static let affiliationHeads: Set<String> = ["coach", "manager", "boss", "trainer", "adviser", "advisor", "consultant", "lawyer"]

    /// The words of a role phrase, or nil when it names no role or speaks of the past. Before a name
    /// (`fromEnd`) the phrase is the run of role words, nationality words and determiners that ends at
    /// the name, and the word next to the name must be one of the first two ("Pakistani bowler X", not
    /// "...met Prime Minister X" read back to "the Pakistani president"); any other word ends it
    /// ("British Airways chief executive" names a company, not the person's country). After a name
    /// (an apposition) lower-case words may follow the role ("a fund manager at ..."), but a role
    /// followed by a capitalised word is the next name of a list ("X, Russian President Y").
    static func roleWords(_ words: [String], fromEnd: Bool) -> [String]? {
        var kept: [String] = []
        let ordered = fromEnd ? Array(words.reversed()) : words
        var lastWasRole = false
        for w in ordered {
            let plain = NameKey.plain(w)
            // "anti- Syrian minister": the nationality is what the person opposes.
            if fromEnd, w.hasSuffix("-") || w.hasSuffix("\u{2010}") {
                if let last = kept.last, nationality(last) != nil { kept.removeLast() }
                break
            }
            // "X, a senior official, said" opens a new clause with its own subject: no apposition.
            if !fromEnd, saying.contains(plain) { return nil }
            guard !plain.isEmpty, !stopWords.contains(plain) else { break }
            let roleLike = nationality(w) != nil || RuleLexicon.isTitleWord(w) || fieldWords[plain] != nil
                || RoleWords.isRoleWord(w)
            if fromEnd && kept.isEmpty && !roleLike { return nil }
            if roleLike || openers.contains(plain) || (!fromEnd && w.first?.isLowercase == true) {
                kept.append(w)
                lastWasRole = roleLike && nationality(w) == nil
                continue
            }
            if !fromEnd && lastWasRole && NameForm.isCapitalized(w) { return nil }
            break
        }
        if fromEnd { kept.reverse() }
        let plains = kept.flatMap { NameKey.plain($0).split(separator: " ").map(String.init) }
        guard !plains.contains(where: changeWords.contains) else { return nil }
        let hasRole = plains.contains { fieldWords[$0] != nil || RoleWords.isRoleWord($0) }
        // A nationality alone counts only right before the name ("Pakistani Yasir Arafat").
        let adjacentNationality = fromEnd && kept.count == 1 && nationality(kept[0]) != nil
        guard hasRole || adjacentNationality else { return nil }
        return kept
    }

    mutating func add(_ phrase: [String]) {
        let words = phrase.joined(separator: " ")
        let serves = phrase.contains { Self.affiliationHeads.contains(NameKey.plain($0)) }
        for w in phrase {
            if !serves, let c = Self.nationality(w), nationalities[c] == nil { nationalities[c] = words }
            for p in NameKey.plain(w).split(separator: " ") {
                if let f = Self.fieldWords[String(p)], fields[f] == nil { fields[f] = words }
            }
            // "Wales captain X", "the club captain": written in lower case, a captain leads a team; the
            // rank is a title written with a capital ("Captain X", "Capt X").
            if Self.teamCaptains.contains(NameKey.plain(w)), w.first?.isLowercase == true, fields["sport"] == nil { fields["sport"] = words }
        }
        if let role = Self.roleKey(phrase), roles[role] == nil { roles[role] = words }
    }

    /// Titles of address that any person may bear: no role.
    static let addressWords: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "professor"]

    /// The role words of a role phrase in lower case ("Japan's Foreign Minister" → "foreign minister"),
    /// when they end in a role's head ("minister", "analyst"), not a form of address ("Sir") or a
    /// modifier ("deputy"); nil otherwise. The words after the head ("of the bank") are left out.
    static func roleKey(_ phrase: [String]) -> String? {
        var words: [String] = []
        var end = 0
        for w in phrase {
            let plain = NameKey.plain(w)
            guard nationality(w) == nil, !openers.contains(plain) else { continue }
            guard RuleLexicon.isTitleWord(w) || RoleWords.isRoleWord(w) || fieldWords[plain] != nil else {
                // The role is the run of role words before the first other word of an apposition.
                if !words.isEmpty { break }
                continue
            }
            words.append(plain)
            if (RoleWords.heads.contains(plain) && !addressWords.contains(plain)) || fieldWords[plain] != nil { end = words.count }
        }
        return end == 0 ? nil : words.prefix(end).joined(separator: " ")
    }

    /// The sentence (of `sentences`, in order and apart) that holds offset `p`, by binary search: a long
    /// story names people many times.
    static func sentence(of p: Int, in sentences: [TextSpan]) -> TextSpan? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].start <= p ? sentences[lo] : nil
    }

    /// The country of a nationality word or a country in the possessive ("Pakistani", "Egypt's").
    static func nationality(_ w: String) -> String? {
        let base = NameForm.stripPossessive(w) ?? w
        let k = NameKey.plain(base)
        if Countries.demonymKeys.contains(k) { return Countries.country(k) }
        if base != w, let c = Countries.country(base) { return c }
        return nil
    }
}

extension PersonContext {
    /// Fields that a career may add to any other (a journalist or an actor turns politician; a
    /// footballer writes a column): they never tell two people apart.
    static let openFields: Set<String> = ["politics", "press"]

    /// Fields that one person does not hold at once: a sitting minister is no team's captain or
    /// striker. (A career that moved from one to the other is written "former", and says nothing.)
    static let exclusiveFields: [(String, String)] = [("politics", "sport")]

    /// Both say the same of the person (a nationality, a field of work or a sport) and nothing that conflicts.
    func agrees(with o: PersonContext) -> Bool {
        guard Self.conflict(self, o) == nil else { return false }
        return !Set(nationalities.keys).isDisjoint(with: o.nationalities.keys) || !Set(fields.keys).isDisjoint(with: o.fields.keys)
            || !Set(sports.keys).isDisjoint(with: o.sports.keys)
    }

    /// Why two people of one name, described so, are two people; nil when nothing says so. Only a
    /// plain contradiction counts: two different nationalities, two fields of work no career joins
    /// ("rugby coach" and "fund manager"), or two sports.
    static func conflict(_ a: PersonContext, _ b: PersonContext) -> String? {
        if !a.nationalities.isEmpty, !b.nationalities.isEmpty, Set(a.nationalities.keys).isDisjoint(with: b.nationalities.keys),
           let x = a.nationalities.keys.sorted().first, let y = b.nationalities.keys.sorted().first {
            return "different nationalities: \(a.nationalities[x] ?? x) / \(b.nationalities[y] ?? y)"
        }
        let fa = Set(a.fields.keys), fb = Set(b.fields.keys)
        if fa.isDisjoint(with: fb) {
            for (x, y) in exclusiveFields {
                for (p, q, sp, sq) in [(a, b, fa, fb), (b, a, fb, fa)] where sp.contains(x) && sq.contains(y) {
                    return "different fields of work: \(p.fields[x] ?? x) (\(x)) / \(q.fields[y] ?? y) (\(y))"
                }
            }
        }
        if !fa.isEmpty, !fb.isEmpty, fa.isDisjoint(with: fb), fa.isDisjoint(with: openFields), fb.isDisjoint(with: openFields),
           let x = fa.sorted().first, let y = fb.sorted().first {
            return "different fields of work: \(a.fields[x] ?? x) (\(x)) / \(b.fields[y] ?? y) (\(y))"
        }
        // A player of one sport is no player of another: a footballer and a rugby lock of one name.
        if !a.sports.isEmpty, !b.sports.isEmpty, Set(a.sports.keys).isDisjoint(with: b.sports.keys),
           let x = a.sports.keys.sorted().first, let y = b.sports.keys.sorted().first {
            return "different sports: \(a.sports[x] ?? x) / \(b.sports[y] ?? y)"
        }
        return nil
    }
}
