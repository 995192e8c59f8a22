// Rules over the tagger's spans for what CoNLL does not teach: titles kept apart as roles, demonyms,
// government bodies named by description, acronyms, agencies.

/// Which annotation conventions the output follows. CoNLL-2003 tags "Turkish Foreign Ministry" as
/// MISC + ORG and "the Kremlin" as LOC; Dossier keeps a described body whole and calls the Kremlin an organization.
public enum NERConventions: String, Sendable, CaseIterable {
    case conll, dossier
}

/// A recognised span over the tokens of one sentence, with the role tokens that go with it.
public struct RecognizedSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: NERType
    /// Tokens of a title or role given with the name ("Defense Minister"), when found.
    public var role: Range<Int>?
    /// Which rule made or changed the span (nil: the tagger alone).
    public var rule: String?

    public init(start: Int, end: Int, type: NERType, role: Range<Int>? = nil, rule: String? = nil) {
        self.start = start
        self.end = end
        self.type = type
        self.role = role
        self.rule = rule
    }
}

public enum MentionRules {
    /// Tags after the rules, for token-level output (CoNLL).
    public static func apply(to tags: [NERTag], tokens: [Substring], conventions: NERConventions,
                             lexicon: RuleLexicon = .shared) -> [NERTag] {
        let spans = refine(tokens: tokens, tags: tags, conventions: conventions, lexicon: lexicon)
        return BIO.tags(spans.map { TokenSpan(start: $0.start, end: $0.end, type: $0.type) }, count: tokens.count)
    }

    static func key(_ s: Substring) -> String { RuleLexicon.key(s) }

    static func isCapitalised(_ s: Substring) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return TokenText.isUpper(TokenText.normalize(f.value))
    }

    static func isWord(_ s: Substring) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return TokenText.isLetter(f.value)
    }

    static func isAcronym(_ s: Substring) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if TokenText.isUpper(u.value) { letters += 1 } else if !(TokenText.isDigit(u.value) || u == "&" || u == "-") { return false }
        }
        return letters >= 2 && s.count <= 7
    }

    /// The tagger's spans, corrected and completed by the rules, in token order.
    public static func refine(tokens: [Substring], tags: [NERTag], conventions: NERConventions,
                              lexicon: RuleLexicon = .shared) -> [RecognizedSpan] {
        var spans = BIO.spans(tags).map { RecognizedSpan(start: $0.start, end: $0.end, type: $0.type) }
        let mostlyUpper = tokens.filter { $0.count > 1 && isAcronym($0) }.count * 2 > tokens.filter { isWord($0) }.count
        trimPunctuation(&spans, tokens)
        dropNonNames(&spans, tokens, lexicon)
        stripTitles(&spans, tokens, lexicon)
        demonyms(&spans, tokens, lexicon, plural: conventions == .dossier)
        if conventions == .dossier && !mostlyUpper {
            sentenceAdverbs(&spans, tokens, lexicon)
            headings(&spans, tokens)
            notNames(&spans, tokens, lexicon)
            adjectivesFromNames(&spans, tokens, lexicon)
            joinedPlaces(&spans, tokens, lexicon)
            peoplesOfPlaces(&spans, tokens, lexicon)
            modifiersBeforeNames(&spans, tokens)
            geographicFeatures(&spans, tokens, lexicon)
            numberedAndSundayTitles(&spans, tokens, lexicon)
            particlesOpeningNames(&spans, tokens, lexicon)
            namesOfThe(&spans, tokens, lexicon)
            headsCutBeforeOf(&spans, tokens, lexicon)
            namesJoinedByAnd(&spans, tokens, lexicon)
            governmentBodies(&spans, tokens, lexicon)
            // After the rule that runs a head over "of", "and" and capitalised words ("Bank of Orvel and Tarn Bank").
            bodiesJoinedByAnd(&spans, tokens)
            knownOrganizations(&spans, tokens, lexicon)
            bodiesGluedToPeople(&spans, tokens, lexicon)
            acronymsAndAgencies(&spans, tokens, lexicon)
            personsAfterTitleRuns(&spans, tokens, lexicon)
            modifiersBeforePeople(&spans, tokens, lexicon)
            rolesNotBodies(&spans, tokens, lexicon)
            extendNamesAfterTitles(&spans, tokens, lexicon)
            roles(&spans, tokens, lexicon)
            workTitles(&spans, tokens, lexicon)
            titleCasedWorks(&spans, tokens, lexicon)
            modelNumbers(&spans, tokens, lexicon)
            awards(&spans, tokens, lexicon)
            documentsAndEvents(&spans, tokens, lexicon)
            storms(&spans, tokens)
            teams(&spans, tokens, lexicon)
            bodiesAfterTheirNoun(&spans, tokens, lexicon)
            kindsByCue(&spans, tokens, lexicon)
            placesAfterTheirNoun(&spans, tokens)
            partsOfPlaces(&spans, tokens, lexicon)
            vessels(&spans, tokens)
            initialledPeople(&spans, tokens, lexicon)
            listsOfOneKind(&spans, tokens, lexicon)
            thingsNotPeople(&spans, tokens, lexicon)
            // After the rules that run a body's head word on into its name ("University" → "University of Tarnby").
            bodyWordsAlone(&spans, tokens)
            sentenceOpenersNotNames(&spans, tokens)
            // Last: the rules above may run a name on over capitalised words ("Ministry of Ports Thursday").
            trailingWeekdays(&spans, tokens)
        }
        return spans.sorted { $0.start < $1.start }
    }

    /// Spans start and end with a word: ".. Springfield" → "Springfield".
    static func trimPunctuation(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for i in spans.indices {
            while spans[i].start < spans[i].end && !hasAlphanumeric(tokens[spans[i].start]) { spans[i].start += 1 }
            while spans[i].end > spans[i].start && !hasAlphanumeric(tokens[spans[i].end - 1]) { spans[i].end -= 1 }
            // An opening bracket left without its closing one ends the name: "Mladost ( L" → "Mladost".
            if let open = (spans[i].start..<spans[i].end).first(where: { tokens[$0] == "(" }),
               !(open..<spans[i].end).contains(where: { tokens[$0] == ")" }) {
                spans[i].end = open
            }
        }
        spans.removeAll { $0.start >= $0.end }
    }

    /// Pronouns leave span edges ("Eve He" → "Eve"); spans of only time words ("Eve", "Monday") go.
    /// A pronoun with a verb ("I'm", "we've") is no name either, nor the conjunction it leaves behind
    /// ("No, Because I'm not ..." tagged as a person).
    static func dropNonNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        var contracted = Set<Int>()
        for i in spans.indices {
            while spans[i].end - spans[i].start > 1 && RuleLexicon.pronouns.contains(key(tokens[spans[i].end - 1])) { spans[i].end -= 1 }
            while spans[i].end - spans[i].start > 1 && RuleLexicon.pronouns.contains(key(tokens[spans[i].start])) { spans[i].start += 1 }
            while spans[i].end > spans[i].start && isPronounContraction(tokens[spans[i].end - 1]) { spans[i].end -= 1; contracted.insert(i) }
            while spans[i].end > spans[i].start && isPronounContraction(tokens[spans[i].start]) { spans[i].start += 1; contracted.insert(i) }
        }
        for i in contracted where spans[i].end - spans[i].start == 1 && conjunctions.contains(key(tokens[spans[i].start])) {
            spans[i].end = spans[i].start
        }
        spans.removeAll { s in
            s.start >= s.end || (s.start..<s.end).allSatisfy { lex.dateWords.contains(key(tokens[$0])) || RuleLexicon.pronouns.contains(key(tokens[$0])) }
        }
    }

    /// Words that join clauses, left alone at a span's edge when a pronoun and verb are cut off it.
    static let conjunctions: Set<String> = ["because", "and", "but", "or", "so", "if", "when", "while", "although", "though",
                                            "since", "unless", "as", "then"]

    /// "I'm", "we've", "they're", "you'll": a personal pronoun and a verb written as one word.
    static func isPronounContraction(_ t: Substring) -> Bool {
        guard let a = t.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let head = t[..<a].lowercased(), tail = t[t.index(after: a)...].lowercased()
        return ["i", "we", "you", "they", "he", "she"].contains(head) && ["m", "ve", "ll", "d", "re"].contains(tail)
    }

    static func hasAlphanumeric(_ s: Substring) -> Bool {
        s.unicodeScalars.contains { TokenText.isLetter($0.value) || TokenText.isDigit($0.value) }
    }

    /// "... for Eurasian Affairs Jane Roe" tagged as one organization: a first name and surname after a run
    /// of title words are a person, and the run is the role.
    static func personsAfterTitleRuns(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type != .per && spans[k].end - spans[k].start >= 3 {
            let s = spans[k]
            for j in (s.start + 1)..<(s.end - 1) where lex.firstNames.contains(key(tokens[j])) && isCapitalised(tokens[j + 1]) {
                let before = s.start..<j
                guard before.contains(where: { RuleLexicon.isTitleWord(tokens[$0]) }),
                      before.allSatisfy({ RuleLexicon.isTitleWord(tokens[$0]) || isCapitalised(tokens[$0]) || RuleLexicon.connectors.contains(key(tokens[$0])) }),
                      RuleLexicon.isTitleWord(tokens[j - 1]) || lex.isDemonym(tokens[j - 1]) == false
                else { continue }
                spans[k] = RecognizedSpan(start: j, end: s.end, type: .per, rule: "person-after-title")
                break
            }
        }
    }

    /// "President Putin" tagged as one PER span → role "President" + person "Putin".
    static func stripTitles(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type == .per {
            var s = spans[i].start
            while s < spans[i].end - 1, RuleLexicon.isTitleWord(tokens[s]) || isPluralTitle(tokens[s]) || key(tokens[s]) == "of" {
                // "Major Smith" or "King Jones" may be a first name and surname.
                if spans[i].end - s == 2 && lex.firstNames.contains(key(tokens[s])) { break }
                s += 1
            }
            if s != spans[i].start && isCapitalised(tokens[s]) {
                spans[i].start = s
                spans[i].rule = "title-stripped"
            }
        }
    }

    /// "Princes William and Harry", "Senators Levin and McCain": a title head in the plural, before names.
    static func isPluralTitle(_ t: Substring) -> Bool {
        let k = key(t)
        return k.count > 4 && k.hasSuffix("s") && RuleLexicon.titleHeads.contains(String(k.dropLast()))
    }

    /// Nouns that name a work, with which a text introduces its title ("the film Edward and Mrs Simpson",
    /// "his new album Hopes and Fears", "one blog EverQuest Daily Grind").
    static let workNouns: Set<String> = [
        "film", "films", "movie", "book", "novel", "biography", "autobiography", "memoir", "series", "show", "sitcom",
        "drama", "documentary", "play", "musical", "album", "single", "song", "programme", "program", "opera",
        "comedy", "blog", "website", "magazine", "game", "video", "poem", "painting", "thriller", "cartoon", "soap",
        "flick", "sequel", "prequel", "remake", "biopic", "epic", "track", "ballad", "anthem", "tune", "sitcoms",
        "films", "movies", "novels", "books", "albums", "songs", "singles", "shows", "programmes", "programs", "plays",
        "musicals", "dramas", "soaps", "documentaries", "operas", "thrillers", "comedies", "cartoons", "games",
    ]
    /// Nouns for a new staging or part of a work, followed by "of" or "to" and the work's title.
    static let workOfNouns: Set<String> = [
        "revival", "remake", "sequel", "prequel", "adaptation", "staging", "episode", "episodes", "premiere",
        "screening", "screenings", "rerun", "reruns", "version", "spin-off", "soundtrack", "rendition", "renditions",
        "copies",
    ]
    /// Nouns for works that only "such ... as" makes a list of titles ("such classics as", "such hits as").
    static let listedWorkNouns: Set<String> = ["classics", "hits", "titles", "favourites", "favorites"]
    /// Work nouns that are no verbs: the title after one needs no determiner before the noun ("his 1991
    /// gangster flick Bugsy", "the hit BBC sitcom The Office").
    static let strongWorkNouns: Set<String> = [
        "film", "films", "movie", "movies", "novel", "novels", "biography", "autobiography", "memoir", "sitcom", "sitcoms",
        "documentary", "documentaries", "album", "albums", "opera", "operas", "flick", "sequel", "prequel", "remake",
        "biopic", "thriller", "thrillers", "cartoon", "cartoons", "musical", "musicals", "comedies", "dramas",
    ]
    /// Words before such a noun that make it the noun and not a verb ("figures show Jane Roe ahead").
    static let workNounOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "one", "new", "latest", "hit",
        "debut", "first", "second", "third", "last", "next", "forthcoming", "upcoming", "classic", "original",
        "final", "popular", "acclaimed", "animated", "tv", "television", "radio", "comedy", "cult", "breakthrough",
        "these", "those",
    ]
    /// Nouns for a product that a text puts right before its name ("the browser Vantor 8.0", "cholesterol
    /// drug Plexa", "mobile phone (Tarno Z8)"): the name there is the product's, no body's or person's. A
    /// maker stands after none of them alone ("drug maker Plexo", "software giant Velden" put a word between).
    static let productNouns: Set<String> = [
        "console", "consoles", "handheld", "handset", "handsets", "smartphone", "browser", "browsers",
        "drug", "drugs", "pill", "vaccine", "painkiller", "antidepressant", "gadget", "software", "laptop",
    ]
    /// Nouns that name a product only after the word they go with ("operating system Velnix", "video game
    /// Gorvax"); alone they are verbs as often ("to phone Jo Vane").
    static let productCompounds: [String: Set<String>] = [
        "system": ["operating"], "game": ["video", "computer", "online"], "games": ["video", "computer", "online"],
        "phone": ["mobile", "cell", "camera", "smart", "video"], "camera": ["digital", "video", "phone"],
    ]
    /// Plural nouns whose list of names after "include" or "including" is a list of products or works
    /// ("its brands include Velden Gold, Orla and Tarn Cider").
    static let productListNouns: Set<String> = ["brands", "products", "drugs", "consoles", "gadgets", "titles"]

    /// Words that may follow the noun of an appositive that calls the name before it a work ("Vane Hollow,
    /// the new film by Jo Roe"); a person's appositive goes on with the noun's possessive or another noun
    /// ("Jo Roe, the film's director", "the film star").
    static let workAppositiveEnds: Set<String> = [
        ",", ".", ";", "by", "from", "which", "that", "starring", "directed", "released", "about", "based", "and",
    ]

    /// Lower-case words that may follow a product's name ("the drug Plexa in the US", "the browser Vantor
    /// was"); any other ("the software Velden owns") makes the name the subject of a clause about the noun.
    static let productFollowers: Set<String> = thingFollowers.union([
        "is", "was", "has", "had", "will", "would", "could", "can", "may", "which", "that", "were", "are",
        "although", "though", "while", "because", "since", "when", "where", "if", "unless",
    ])

    /// Small words that names of bodies, places and people write in lower case ("Bank of England") and
    /// titles of works capitalise ("Lost In Translation", "State Of Play").
    static let titleCaseSmallWords: Set<String> = ["of", "and", "the", "for", "to", "with", "from", "by", "is", "in", "on", "at"]

    /// "State Of Play", "Men In Black": a name whose small words inside are capitalised is written in
    /// title case, the way titles of films, songs and games are, not a body, a place or a person. A body's
    /// head word keeps the name ("Youth Association For Network Development"), and so does a place after
    /// the small word ("Transport For London"). "In" needs a longer word beside it: in "Hong In Sun" it is
    /// a syllable of a name.
    static func titleCasedWorks(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type != .misc && spans[k].end - spans[k].start >= 3 {
            let s = spans[k].start, e = spans[k].end
            let inner = (s + 1..<e - 1).filter { isCapitalised(tokens[$0]) && titleCaseSmallWords.contains(key(tokens[$0])) }
            guard !inner.isEmpty else { continue }
            let words = (s..<e).map { key(tokens[$0]) }
            if words.contains(where: { bodyLastWords.contains($0) || institutionHeads.contains($0) || RuleLexicon.bodyHeads.contains($0) }) { continue }
            if inner.contains(where: { lex.isCountry(tokens[$0 + 1]) || lex.places.contains(key(tokens[$0 + 1])) }) { continue }
            if inner.allSatisfy({ key(tokens[$0]) == "in" }), !words.contains(where: { $0.count >= 5 }) { continue }
            spans[k].type = .misc
            spans[k].rule = "title-cased-work"
        }
    }

    /// Whether the capitalised run at `a` (after a bracket or quote) ends where a product's name may.
    static func isProductName(at a: Int, _ tokens: [Substring]) -> Bool {
        var e = a
        if e < tokens.count, isQuote(tokens[e]) || tokens[e] == "(" { e += 1 }
        while e < tokens.count, isCapitalised(tokens[e]) || tokens[e].unicodeScalars.contains(where: { TokenText.isDigit($0.value) }) { e += 1 }
        guard e < tokens.count, isWord(tokens[e]), !isCapitalised(tokens[e]) else { return true }
        return productFollowers.contains(key(tokens[e]))
    }

    /// Lower-case words a title may hold between its capitalised words.
    static let titleInternal: Set<String> = [
        "and", "of", "the", "in", "on", "a", "an", "for", "to", "with", "at", "from", "by", "&", "or", "is", "'s",
    ]

    /// "the film Edward and Mrs Simpson": the capitalised run after a noun that names a work is the
    /// work's title, and a person, body or place the tagger found inside it is not one ("Edward" there
    /// is no Edward of the story). A quoted title counts the same ("the book 'Jane and Me'").
    static func workTitles(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        /// The title that opens at `a`: capitalised words and the small words between them, ending on a
        /// capitalised word; its spans become a work, the whole title too when no name runs across its edges.
        func title(at start: Int) -> Int? {
            var a = start
            if a < n, isQuote(tokens[a]) || tokens[a] == "(" { a += 1 }
            guard a < n, isCapitalised(tokens[a]), isWord(tokens[a]) else { return nil }
            var e = a, lastCapital = a
            while e < n, e - a < 10 {
                let t = tokens[e]
                // "brands include Orla in the US": where the title is sold is no part of it.
                if ["in", "at", "from"].contains(key(t)) {
                    let p = e + 1 < n && key(tokens[e + 1]) == "the" ? e + 2 : e + 1
                    if p < n, lex.isCountry(tokens[p]) || lex.places.contains(key(tokens[p])) { break }
                }
                if isCapitalised(t) && (isWord(t) || hasAlphanumeric(t)) { lastCapital = e }
                else if !titleInternal.contains(key(t)) { break }
                e += 1
            }
            let end = lastCapital + 1
            // A name that owns what follows ("a version of Merriam-Webster's dictionary") is no title, and
            // a lone acronym is a body's name more often than a work's ("a downloaded movie NEC is showing").
            if end < n && key(tokens[end]) == "'s" || end - a == 1 && isAcronym(tokens[a]) { return nil }
            for k in spans.indices where spans[k].start >= a && spans[k].end <= end && spans[k].type != .misc {
                spans[k].type = .misc
                spans[k].rule = "work-title"
            }
            if !spans.contains(where: { ($0.start < a && $0.end > a) || ($0.start < end && $0.end > end) }) {
                insert(RecognizedSpan(start: a, end: end, type: .misc, rule: "work-title"), into: &spans)
            }
            return end
        }
        /// "TV shows such as Thunderbirds and Magic Roundabout": each title of the list that opens at `start`
        /// ("such classics as the Magic Roundabout": a lower-case article before a title is not part of it).
        func titles(from start: Int) {
            var a = start, items = 0
            while items < 6 {
                if a + 1 < n, tokens[a] == "the" { a += 1 }
                guard let end = title(at: a) else { break }
                items += 1
                guard end + 1 < n, [",", "and", "or"].contains(key(tokens[end])) else { break }
                a = end + 1
                if key(tokens[a]) == "and" || key(tokens[a]) == "or" { a += 1 }
            }
        }
        // "Vane Hollow, the new film by Jo Roe", "Stardusk, his debut album,": a name an appositive calls a
        // work; "Vane Hollow, starring Jo Roe": a name a cast list follows.
        for k in spans.indices where spans[k].type != .misc && spans[k].end + 2 < n && tokens[spans[k].end] == "," {
            let e = spans[k].end
            var c = e + 1
            while c < n, c - e <= 4, !strongWorkNouns.contains(key(tokens[c])),
                  workNounOpeners.contains(key(tokens[c])) || genreWords.contains(key(tokens[c])) || isYear(tokens[c]) { c += 1 }
            let appositive = c > e + 1 && c + 1 < n && strongWorkNouns.contains(key(tokens[c])) && workAppositiveEnds.contains(key(tokens[c + 1]))
            let cast = ["starring", "co-starring"].contains(key(tokens[e + 1])) && isCapitalised(tokens[e + 2])
            guard appositive || cast else { continue }
            spans[k].type = .misc
            spans[k].rule = "work-title"
        }
        // "a revival of The Glass House", "the sequel to Brassy": what the noun is of is a work.
        for c in 0..<n where c + 2 < n && workOfNouns.contains(key(tokens[c])) && !isCapitalised(tokens[c])
            && ["of", "to"].contains(key(tokens[c + 1])) {
            _ = title(at: c + 2)
        }
        // "such films as Raging Vane and Goodfolk", "such classics as The Fisher Queen": the titles listed.
        for c in 1..<max(1, n) where c + 2 < n && key(tokens[c - 1]) == "such" && key(tokens[c + 1]) == "as"
            && (workNouns.contains(key(tokens[c])) || listedWorkNouns.contains(key(tokens[c]))) {
            titles(from: c + 2)
        }
        for c in 1..<max(1, n) where c + 1 < n && !isCapitalised(tokens[c]) {
            let k = key(tokens[c]), next = key(tokens[c + 1])
            let listed = next == "including" || next == "include" && productListNouns.contains(k)
            // A name a clause of its own follows is the noun's maker or owner ("the software Velden owns"),
            // a known organization too.
            let product = (productNouns.contains(k) || productCompounds[k]?.contains(key(tokens[c - 1])) == true)
                && !lex.organizations.contains(key(tokens[c + 1])) && isProductName(at: c + 1, tokens)
            guard product || productListNouns.contains(k) && listed || workNouns.contains(k) && isWorkNoun(at: c, tokens, lex)
            else { continue }
            let list: Int? = next == "such" && c + 2 < n && key(tokens[c + 2]) == "as" ? c + 3 : listed ? c + 2 : nil
            if let a = list {
                titles(from: a)
            } else {
                _ = title(at: c + 1)
            }
        }
        // "was best actress for Suddenly Last Spring", "the best pop album award for Stardusk": what a
        // category of an award is won for is a work; a person it is won by ("a best actor nomination for
        // Jo Vane") keeps the tagger's person.
        for c in 2..<max(2, n) where c + 1 < n && key(tokens[c]) == "for" {
            let back = max(0, c - 6)..<c
            guard let best = back.last(where: { key(tokens[$0]) == "best" }),
                  (best + 1..<c).contains(where: { categoryWords.contains(key(tokens[$0])) }),
                  !spans.contains(where: { $0.type == .per && $0.start <= c + 1 && c + 1 < $0.end }) else { continue }
            _ = title(at: c + 1)
        }
        // "Al Jolson in the Jazz Singer (1927)": a name with a year alone in brackets after it is a
        // work's title (a person's years are a range: "Jane Roe (1901-1980)").
        for k in spans.indices where spans[k].type != .misc && spans[k].end + 2 < n
            && tokens[spans[k].end] == "(" && tokens[spans[k].end + 2] == ")" {
            let y = tokens[spans[k].end + 1]
            guard y.count == 4, y.unicodeScalars.allSatisfy({ TokenText.isDigit($0.value) }), let year = Int(y),
                  (1800...2099).contains(year) else { continue }
            spans[k].type = .misc
            spans[k].rule = "work-title"
        }
    }

    /// Words after a number that make it a measure or a broadcaster's ("2 million", "Velden 1 radio").
    static let numberFollowers: Set<String> = [
        "million", "billion", "percent", "per", "%", "years", "points", "radio", "station", "channel", "tv",
    ]
    /// Last words of a name whose number is part of a body's name ("Channel 4", "Radio 2", "Group 4",
    /// "Power Company No. 1").
    static let numberedBodyWords: Set<String> = [
        "channel", "radio", "group", "formula", "division", "league", "bbc", "itv", "no", "no.", "number",
    ]

    /// A model number or a sequel's: digits, maybe a decimal point, and at most a few letters before or
    /// after them ("2", "360", "8.0", "Z8", "QX-10"); no year ("the Velden 2012 bid"), no score ("2-1").
    static func isModelNumber(_ t: Substring) -> Bool {
        let u = Array(t.unicodeScalars)
        guard (1...6).contains(u.count), u.contains(where: { TokenText.isDigit($0.value) }) else { return false }
        if isYear(t), let y = Int(t), (1800...2099).contains(y) { return false }
        // Letters only before the digits (three at most, a hyphen may follow) and after them (two at most):
        // "4x100m" is a race, "2-1" a score, "23-man" a squad.
        var i = 0
        while i < u.count, i < 3, TokenText.isLetter(u[i].value) { i += 1 }
        if i > 0, i < u.count, u[i] == "-" { i += 1 }
        let digitsStart = i
        while i < u.count, TokenText.isDigit(u[i].value) || u[i] == "." && i > digitsStart && i + 1 < u.count { i += 1 }
        guard i > digitsStart, TokenText.isDigit(u[i - 1].value) else { return false }
        let suffix = u[i...]
        return suffix.count <= 2 && suffix.allSatisfy { TokenText.isLetter($0.value) }
    }

    /// "the Vantor 360", "a Tarno Z8", "Grobo's Velox 2", "the video game Gorvax 2": a name with a model or
    /// sequel number after it, after a determiner, an owner's possessive or a product's or work's noun, is
    /// a product or a work, no body, place or person (a club's score stands after none of them:
    /// "Oswick 2 Brindle 1"; "the Channel 4" keeps its number as a body's name).
    static func modelNumbers(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        let openers: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "new", "latest", "'s"]
        func phrase(_ a: Int, _ b: Int) -> String { (a..<b).map { key(tokens[$0]) }.joined(separator: " ") }
        for k in spans.indices where spans[k].type != .misc && spans[k].start > 0 && spans[k].end < n {
            let s = spans[k].start, e = spans[k].end
            let before = key(tokens[s - 1])
            guard isModelNumber(tokens[e]), !numberedBodyWords.contains(key(tokens[e - 1])), !spans.contains(where: { $0.start == e }),
                  openers.contains(before) || productNouns.contains(before) || workNouns.contains(before),
                  !lex.isCountry(tokens[s]) && !lex.places.contains(phrase(s, e)) && !lex.countries.contains(phrase(s, e)),
                  // A measure after the number ("the Velden 2 million") makes it no model, and a body's noun or
                  // a broadcaster's a body's name ("the Orla 3 company", "the Velden 1 radio station").
                  e + 1 >= n || !numberFollowers.contains(key(tokens[e + 1])) && !bodyNouns.contains(key(tokens[e + 1]))
            else { continue }
            spans[k].end = e + 1
            spans[k].type = .misc
            spans[k].rule = "model-number"
        }
    }

    /// Whether the work noun at `c` is a noun here: right after a determiner or opener ("the film"), or,
    /// for a noun that is no verb, after a year, a genre word or a broadcaster's name ("his 1991 gangster
    /// flick", "the hit BBC sitcom").
    static func isWorkNoun(at c: Int, _ tokens: [Substring], _ lex: RuleLexicon) -> Bool {
        let k = key(tokens[c])
        if workNounOpeners.contains(key(tokens[c - 1])) { return true }
        // A broadcaster before the noun: "ITV show", "Channel 4 show" (a country's letters are no broadcaster:
        // "polls in the US show ...").
        let before = tokens[c - 1]
        let broadcaster = isAcronym(before) && !lex.isCountry(before) && !RuleLexicon.commonAcronyms.contains(key(before))
        if broadcaster { return true }
        if c >= 2, before.count <= 2, before.unicodeScalars.allSatisfy({ TokenText.isDigit($0.value) }),
           ["channel", "radio"].contains(key(tokens[c - 2])) { return true }
        guard strongWorkNouns.contains(k) || k.hasSuffix("s") && strongWorkNouns.contains(String(k.dropLast())) else {
            // A weak noun ("show", "play") after one word between it and its opener: "the hit TV show".
            guard c >= 2, workNounOpeners.contains(key(tokens[c - 2])) else { return false }
            return genreWords.contains(key(before)) || isYear(before)
        }
        return true
    }

    /// Kinds of show or story that stand between a determiner and a work noun ("the hit quiz show").
    static let genreWords: Set<String> = [
        "hit", "comedy", "tv", "television", "radio", "cult", "stage", "new", "popular", "animated", "reality", "quiz",
        "chat", "talk", "game", "cookery", "music", "drama", "crime", "police", "horror", "war", "teen", "gangster",
        "children's", "kids", "sketch", "cop", "detective", "spy", "fantasy", "pop", "rock", "rap", "debut", "latest",
    ]

    static func isYear(_ t: Substring) -> Bool {
        t.count == 4 && t.unicodeScalars.allSatisfy { TokenText.isDigit($0.value) }
    }

    /// Words after a name that make it an award's ("three Oscar nominations", "a Bafta award").
    static let awardWords: Set<String> = ["nomination", "nominations", "award", "awards", "statuette", "statuettes", "ceremony"]
    /// Last words of an award's own name ("the Independent Spirit Awards", "the Turner Prize").
    static let awardHeads: Set<String> = ["award", "awards", "prize", "prizes", "trophy", "medal", "medals"]

    /// What an award's category honours ("Best Solo Female", "Best Directorial Debut"); a firm called
    /// Best-something names none of these.
    static let categoryWords: Set<String> = [
        "actor", "actress", "film", "picture", "director", "album", "single", "song", "act", "artist", "newcomer",
        "female", "male", "feature", "debut", "screenplay", "documentary", "athlete", "player", "band", "group",
        "musical", "play", "comedy", "drama", "performance", "video", "animation", "foreign", "supporting",
        "original", "adapted", "score", "soundtrack", "breakthrough", "solo", "international", "british", "urban",
    ]

    /// Words after "an Oscar" that show the name ends a noun phrase.
    static let thingFollowers: Set<String> = [
        "for", "in", "at", "and", "or", "with", "of", "to", "from", "on", "as", "this", "last", "next", "but", "after",
    ]

    /// Awards are neither people nor bodies: a one-word name before an award word, a name ending in one,
    /// and a category that opens with "Best" ("Best Solo Female").
    static func awards(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for k in spans.indices where spans[k].type != .misc {
            let s = spans[k].start, e = spans[k].end
            let before = e < n && e - s == 1 && !isCapitalised(tokens[e]) && awardWords.contains(key(tokens[e]))
                && !lex.isCountry(tokens[s]) && !lex.isDemonym(tokens[s]) && !lex.places.contains(key(tokens[s]))
            let head = e - s >= 2 && awardHeads.contains(key(tokens[e - 1])) && isCapitalised(tokens[e - 1])
            let category = e - s >= 2 && key(tokens[s]) == "best" && (s + 1..<e).contains { categoryWords.contains(key(tokens[$0])) }
            // "won an Oscar for", "a Bafta.": a name with "a" before it and nothing it modifies after it
            // is a thing (a person's name modifies a noun there: "a Vane free-kick").
            let indefinite = e - s == 1 && spans[k].type != .loc && s > 0 && ["a", "an", "An"].contains(String(tokens[s - 1]))
                && (e == n || !isWord(tokens[e]) || thingFollowers.contains(key(tokens[e])))
            if before || head || category || indefinite {
                spans[k].type = .misc
                spans[k].rule = "award"
            }
        }
    }

    /// Nouns for a firm, club or paper that a text puts before its name ("the law firm Tods Vane",
    /// "Premiership side Oswick"), none of them a verb or a person's trade.
    static let bodyNouns: Set<String> = [
        "firm", "company", "group", "bank", "airline", "carrier", "retailer", "club", "band", "newspaper", "tabloid",
        "magazine", "insurer", "lender", "manufacturer", "brewer", "charity", "supermarket",
        "conglomerate", "consultancy", "side", "outfit", "chain", "operator", "watchdog", "regulator",
        "organisation", "organization", "association", "movement", "union", "federation", "alliance", "coalition",
        "agency", "foundation", "institute", "network", "giant", "carmaker", "automaker", "chipmaker", "drugmaker",
        "subsidiary", "distributor", "maker", "party", "rockers",
    ]
    /// Crafts a person is a maker of ("film maker Jo Vane", "bomb maker"): "maker" after them names no firm.
    static let personMakers: Set<String> = [
        "film", "movie", "bomb", "policy", "peace", "programme", "program", "documentary", "decision", "trouble", "match",
    ]
    /// What a name's possessive has that only a listed firm has ("Velden's shares", "Velden's shareholders").
    static let businessPossessions: Set<String> = ["shares", "shareholders", "stock", "profits"]
    /// A share price's moves after "shares" ("Velden shares fell"); a person "shares" a view, an object after.
    static let shareMoves: Set<String> = [
        "rose", "fell", "climbed", "dropped", "jumped", "slipped", "gained", "lost", "closed", "ended", "tumbled",
        "slumped", "soared", "surged", "dipped", "edged", "were", "have", "are", "rallied", "plunged", "sank",
    ]

    /// The lower-case word before `s` names a firm, club or paper ("giant Velden"; not "film maker Jo Vane").
    static func isBodyNoun(before s: Int, _ tokens: [Substring]) -> Bool {
        guard s >= 1, !isCapitalised(tokens[s - 1]) else { return false }
        let k = key(tokens[s - 1])
        return bodyNouns.contains(k) && !(k == "maker" && s >= 2 && personMakers.contains(key(tokens[s - 2])))
    }
    /// Plural nouns for firms, clubs or papers before a list of their names ("cable firms Velnet and Tarnwire");
    /// not "groups" or "teams", which are verbs or name countries' sides as often.
    static let pluralBodyNouns: Set<String> = [
        "firms", "companies", "banks", "clubs", "airlines", "carriers", "retailers", "newspapers", "insurers", "lenders",
        "manufacturers", "giants", "chains", "conglomerates", "operators", "supermarkets", "broadcasters", "parties",
        "bands",
    ]
    /// Nouns after a name that make it a movement's, armed group's, record company's or paper's ("Hezbollah
    /// and Amal movement", "his Roc-A-Vane label", "the Velden Zeitung daily").
    static let followingBodyNouns: Set<String> = ["movement", "militia", "faction", "label", "daily", "newspaper"]
    /// Last words of a name that make it a body's ("the Forest Service", "San Francisco Ballet"): none of
    /// them ends a person's name or a place's.
    static let bodyLastWords: Set<String> = [
        "inc", "inc.", "corp", "corp.", "corporation", "co.", "company", "ltd", "ltd.", "limited", "plc", "llc", "gmbh",
        "group", "holdings", "industries", "enterprises", "ministry", "party", "council", "agency", "university",
        "college", "institute", "organization", "organisation", "committee", "commission", "association",
        "federation", "foundation", "fund", "tribunal", "department", "service", "services", "bureau", "authority",
        "board", "assembly", "parliament", "cabinet", "government", "administration", "police", "movement",
        "alliance", "league", "coalition", "society", "club", "airlines", "airways", "motors", "systems",
        "technologies", "pharmaceuticals", "securities", "investments", "insurance", "ballet", "orchestra", "fc",
        "properties", "software", "developments", "partners", "electronics", "entertainment", "logistics", "telecom",
    ]

    /// Nouns for a settlement a text puts before its name ("the Swiss mountain resort Velden"): a name the
    /// tagger called a person there is the place.
    static let settlementNouns: Set<String> = ["resort", "town", "village", "city", "port", "suburb", "township", "hamlet"]
    /// Nouns for a part of a country that a text puts after a region's name and before "of" and the
    /// settlement's ("the Velmar Bank city of Orla"): the name before them is a place, whatever its words.
    static let regionSettlementNouns: Set<String> = settlementNouns.union(["district", "province", "region", "capital", "enclave"])
    /// Words right before a name that make it a place ("the occupied Velmar Heights").
    static let placeModifiers: Set<String> = ["occupied", "annexed"]
    /// Kin words a text puts right before a relative's name ("his son Orhan", "her sister Aylin").
    static let kinNouns: Set<String> = [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "cousin",
        "uncle", "aunt", "grandson", "granddaughter", "widow", "widower", "stepson", "stepdaughter", "fiancee", "fiance",
    ]
    /// Honorifics that only a person's name follows ("Lord Tarvin", "Sir Orm"); a rank or office may open a
    /// place's name ("General Santos", "President Kennedy Avenue").
    static let honorifics: Set<String> = ["lord", "lady", "sir", "dame", "baroness", "baron", "mr", "mr.", "mrs", "mrs.", "ms", "ms."]
    /// Trades whose "at" or "with" names a firm ("an analyst at Velden", "an economist with Orla Capital").
    static let firmTrades: Set<String> = [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "dealer",
        "dealers", "researcher", "researchers", "consultant", "consultants",
    ]
    /// A band's members, written after its name or its possessive ("Velden's singer Jo Vane", "Velden
    /// frontman Jo Vane").
    static let bandMembers: Set<String> = ["singer", "frontman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist"]
    /// Currencies named after a country ("New Velden dollars"): the words before them name no place of the story.
    static let currencyNouns: Set<String> = [
        "dollar", "dollars", "yuan", "yen", "peso", "pesos", "rupee", "rupees", "franc", "francs",
        "ringgit", "baht", "dinar", "dinars", "shilling", "shillings", "kroner", "krona", "rouble", "roubles",
    ]

    /// Kinds the words around a name give it: a person-tagged name after a settlement noun is a place,
    /// after "stake in" or "20% of" a firm (a person is no one's holding); a one-word name whose
    /// possessive has a singer or drummer is a band; an unknown "place" before a currency is part of the
    /// currency's name ("New Velden dollars"), no place.
    static func kindsByCue(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for k in spans.indices where spans[k].type != .misc {
            let s = spans[k].start, e = spans[k].end
            let phrase = (s..<e).map { key(tokens[$0]) }.joined(separator: " ")
            let knownPlace = lex.places.contains(phrase) || lex.countries.contains(phrase) || lex.isCountry(tokens[s])
            let before = s >= 1 && !isCapitalised(tokens[s - 1]) ? key(tokens[s - 1]) : ""
            let twoBefore = s >= 2 ? key(tokens[s - 2]) : ""
            if spans[k].type == .per, settlementNouns.contains(before) {
                spans[k].type = .loc
                spans[k].rule = "named-after-settlement-noun"
            } else if spans[k].type != .loc,
                      e + 1 < n && regionSettlementNouns.contains(key(tokens[e])) && key(tokens[e + 1]) == "of" && !isCapitalised(tokens[e])
                        || placeModifiers.contains(before) {
                // "the Velmar Bank town of Orla", "the occupied Velmar Bank": a region, whatever word it ends on.
                spans[k].type = .loc
                spans[k].rule = "region-before-settlement"
            } else if spans[k].type != .org, ["at", "with"].contains(before), firmTrades.contains(twoBefore), !knownPlace {
                // "an analyst with Velden" taken for a person or a place: an analyst works at a firm.
                spans[k].type = .org
                spans[k].rule = "firm-of-a-trade"
            } else if spans[k].type != .per, kinNouns.contains(before), e - s <= 3, !knownPlace,
                      !bodyLastWords.contains(key(tokens[e - 1])) {
                spans[k].type = .per
                spans[k].rule = "named-after-kin-noun"
            } else if spans[k].type != .per, e - s == 2, honorifics.contains(key(tokens[s])), isCapitalised(tokens[s + 1]),
                      !RuleLexicon.isTitleWord(tokens[s + 1]), !knownPlace {
                // "in Lord Tarvin's words" taken for a place: the honorific is the role, the name the person's.
                spans[k].start = s + 1
                spans[k].type = .per
                spans[k].rule = "named-after-honorific"
            } else if spans[k].type == .per, !knownPlace,
                      (before == "in" && twoBefore == "stake") || (before == "of" && (twoBefore.hasSuffix("%") || twoBefore == "percent" || twoBefore == "cent")) {
                spans[k].type = .org
                spans[k].rule = "holding-in-firm"
            } else if e - s == 1, spans[k].type != .org, e + 2 < n,
                      (key(tokens[e]) == "'s" && bandMembers.contains(key(tokens[e + 1])))
                        || (bandMembers.contains(key(tokens[e])) && !isCapitalised(tokens[e]) && isCapitalised(tokens[e + 1])),
                      !knownPlace, !lex.firstNames.contains(phrase), !lex.lastNames.contains(phrase) {
                spans[k].type = .org
                spans[k].rule = "band-member"
            } else if spans[k].type == .loc, !knownPlace, e < n, currencyNouns.contains(key(tokens[e])), !isCapitalised(tokens[e]) {
                spans[k].type = .misc
                spans[k].rule = "currency-name"
            }
        }
    }

    /// Nouns for parts of a country that a list of their names follows after "of" ("the provinces of
    /// Velm, Orla and Tarn Quang", "the district of Vane").
    static let placeListNouns: Set<String> = regionSettlementNouns.subtracting(["capital", "port", "resort"]).union([
        "provinces", "districts", "regions", "cities", "towns", "villages", "counties", "county", "prefecture",
        "prefectures", "municipality", "municipalities", "townships", "suburbs", "islands", "island",
    ])

    /// "the five provinces of Velm, Orla and Tarn Quang": every name of the list after such a noun and "of"
    /// is a place, whatever the tagger took a name of two short words for (a person). Only a list that
    /// "and" or "or" closes is one: in "the city of Velm, Jo Vane, who ..." the name after the comma is
    /// someone else.
    static func placesAfterTheirNoun(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        let n = tokens.count
        for c in 0..<max(0, n - 2) where placeListNouns.contains(key(tokens[c])) && !isCapitalised(tokens[c]) && key(tokens[c + 1]) == "of" {
            var at = c + 2, items: [Int] = [], closed = false
            while let k = spans.indices.first(where: { spans[$0].start == at && spans[$0].type != .misc }) {
                items.append(k)
                if closed { break }
                at = spans[k].end
                let comma = at < n && tokens[at] == ","
                if comma { at += 1 }
                if at < n, ["and", "or", "&"].contains(key(tokens[at])) { at += 1; closed = true } else if !comma { break }
            }
            for k in closed ? items : Array(items.prefix(1)) where spans[k].type != .loc {
                spans[k].type = .loc
                spans[k].rule = "listed-after-place-noun"
            }
        }
    }

    /// Nouns for a business that an appositive after its name ends on ("Con Vane, the city's power supplier,").
    /// ("a member of the party," is a person's appositive: the party is no noun of the name.)
    static let appositiveBodyNouns: Set<String> = bodyNouns.subtracting(["party", "rockers"]).union([
        "supplier", "utility", "giant", "exporter", "importer", "distributor", "provider", "maker", "producer",
    ])
    /// Title words that are adjectives or a market's word in lower case ("the city's major power
    /// supplier", "the market leader"): no person's title there.
    static let adjectiveTitleWords: Set<String> = ["major", "general", "private", "leader"]
    /// Words that may follow the noun of such an appositive.
    static let appositiveEnds: Set<String> = [",", ".", ";", "which", "that", "with", "based", "and", "in", "of", "whose"]

    /// A name right after such a noun is that firm's, club's or paper's, not a person or a place; so is
    /// a name whose appositive says what business it is ("Ragna, the German energy group, ...").
    static func bodiesAfterTheirNoun(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        // "technology firms Earthlink and Webroot": the names listed after a plural noun for firms are firms.
        var listed = Set<Int>()
        for k in spans.indices.sorted(by: { spans[$0].start < spans[$1].start }) {
            let s = spans[k].start
            let opens = s >= 1 && pluralBodyNouns.contains(key(tokens[s - 1])) && !isCapitalised(tokens[s - 1])
            let follows = s >= 2 && [",", "and"].contains(key(tokens[s - 1])) && spans.indices.contains { listed.contains($0) && spans[$0].end == s - 1 }
            if opens || follows { listed.insert(k) }
        }
        for k in spans.indices where spans[k].type == .per || spans[k].type == .loc {
            let s = spans[k].start, e = spans[k].end
            if isBodyNoun(before: s, tokens) || listed.contains(k), !lex.isCountry(tokens[s]) || e - s > 1 {
                spans[k].type = .org
                spans[k].rule = "named-after-its-noun"
                continue
            }
            // "a Brelin newspaper" is one printed there.
            if e < n, followingBodyNouns.contains(key(tokens[e])), !isCapitalised(tokens[e]), !lex.isCountry(tokens[s]) || e - s > 1,
               !lex.places.contains((s..<e).map { key(tokens[$0]) }.joined(separator: " ")) {
                spans[k].type = .org
                spans[k].rule = "named-before-its-noun"
                continue
            }
            // "Velden's shares", "Velden shares fell": a listed firm; a known place keeps its tag ("Tokyo
            // shares rose" is the market there).
            let phrase = (s..<e).map { key(tokens[$0]) }.joined(separator: " ")
            if e + 1 < n, spans[k].type == .per || !(lex.places.contains(phrase) || lex.countries.contains(phrase)),
               (key(tokens[e]) == "'s" && businessPossessions.contains(key(tokens[e + 1])))
                || (key(tokens[e]) == "shares" && shareMoves.contains(key(tokens[e + 1]))) {
                spans[k].type = .org
                spans[k].rule = "listed-firm"
                continue
            }
            // A name ending in a body's word; a first name and a surname that is also such a word stay a person.
            if e - s >= 2, isCapitalised(tokens[e - 1]), bodyLastWords.contains(key(tokens[e - 1])),
               !(e - s == 2 && lex.firstNames.contains(key(tokens[s])) && lex.lastNames.contains(key(tokens[e - 1]))) {
                spans[k].type = .org
                spans[k].rule = "body-word-last"
                continue
            }
            // ", the/a/an" + up to five words + the noun, then a clause boundary; no title in it ("the
            // firm's founder" is a person's appositive, and so is "the club captain").
            guard e + 3 < n, key(tokens[e]) == ",", ["the", "a", "an"].contains(key(tokens[e + 1])),
                  !lex.isCountry(tokens[s]) || e - s > 1 else { continue }
            var j = e + 2
            while j < n, j - e <= 6, isWord(tokens[j]) || key(tokens[j]) == "'s", !appositiveBodyNouns.contains(key(tokens[j])),
                  !isTitleHeadWord(tokens[j]) || adjectiveTitleWords.contains(key(tokens[j])) { j += 1 }
            guard j < n, j - e <= 6, appositiveBodyNouns.contains(key(tokens[j])), !isCapitalised(tokens[j]),
                  j + 1 == n || appositiveEnds.contains(key(tokens[j + 1])) else { continue }
            spans[k].type = .org
            spans[k].rule = "named-as-a-business"
        }
    }

    /// Last words of the names of treaties, laws, plans and of sporting, cultural or political events,
    /// which are neither bodies, people nor places ("the Energy Charter Treaty", "the Kyoto Protocol",
    /// "the Edinburgh Festival", "the Licensing Act", "the Lisbon Agenda", "the Mock Elections", "the Motor
    /// Show", "the Clean Air Mechanism", "the Brelin Summit").
    static let documentAndEventHeads: Set<String> = [
        "treaty", "protocol", "accord", "accords", "pact", "agreement", "charter", "championship", "championships",
        "tournament", "festival", "marathon", "olympics", "paralympics", "games", "cup", "grand prix",
        "act", "bill", "amendment", "directive", "resolution", "convention", "declaration", "constitution", "agenda",
        "roadmap", "plan", "plans", "strategy", "election", "elections", "index", "report", "plot", "scandal", "uprising",
        "mechanism", "show", "expo", "exhibition", "summit",
    ]

    static let gamesKinds: Set<String> = [
        "olympic", "commonwealth", "paralympic", "pan", "winter", "summer", "youth", "world", "goodwill", "military",
        "university", "special", "highland", "mediterranean", "island", "masters",
    ]

    static func documentsAndEvents(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type != .misc && spans[k].end - spans[k].start >= 2 {
            let last = tokens[spans[k].end - 1]
            let two = key(tokens[spans[k].end - 2]) + " " + key(last)
            guard isCapitalised(last), documentAndEventHeads.contains(key(last)) || documentAndEventHeads.contains(two) else { continue }
            // "Games" ends a firm's name too ("Rockstar Games"); a multi-sport event's has a people or kind before it.
            if key(last) == "games", !(lex.isDemonym(tokens[spans[k].end - 2]) || gamesKinds.contains(key(tokens[spans[k].end - 2]))) { continue }
            // "Buffalo Bill": a person's name may end in a first name that is also a law's word.
            if spans[k].type == .per, lex.firstNames.contains(key(last)) { continue }
            spans[k].type = .misc
            spans[k].rule = "document-or-event"
        }
    }

    /// Words that name a storm before its given name ("Hurricane Katrina"); "storm" and "depression" only
    /// after "tropical" ("tropical depression Queenie"), since "the storm Blair faced" is no storm's name.
    static let stormWords: Set<String> = ["hurricane", "typhoon", "cyclone", "supertyphoon"]
    /// The words a storm's name may open with, before its given name ("Tropical Storm Alpha").
    static let stormLead: Set<String> = stormWords.union(["tropical", "storm", "depression", "super"])

    /// A storm's given name is no person or place: "Hurricane Mitch", "Cyclone Baaz", "tropical
    /// depression 'Queenie'" (the storm word opening the span, or just before it, a quote between).
    static func storms(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        func isStormWord(_ i: Int) -> Bool {
            guard i >= 0 else { return false }
            let w = key(tokens[i])
            return stormWords.contains(w) || ["storm", "depression"].contains(w) && i > 0 && key(tokens[i - 1]) == "tropical"
        }
        for k in spans.indices where spans[k].type != .misc {
            let s = spans[k].start
            var before = s - 1
            if before >= 0, isQuote(tokens[before]) { before -= 1 }
            let opens = (s..<spans[k].end).first { !stormLead.contains(key(tokens[$0])) }.map { $0 > s && isStormWord($0 - 1) } ?? false
            guard opens || isStormWord(before) else { continue }
            spans[k].type = .misc
            spans[k].rule = "storm"
        }
    }

    /// Words that name a part of a place ("Lower Manhattan", "Northern Velmar").
    static let partWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "inner", "outer", "mid", "north-east", "north-west", "south-east", "south-west",
    ]

    /// "Lower Manhattan" taken for a person, "overwhelmingly Muslim Velmar" for a place named "Muslim
    /// Velmar": a part word before a known place is a place; a community word before one is not part of it.
    static func partsOfPlaces(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type != .misc && spans[k].end - spans[k].start >= 2 {
            let s = spans[k].start, e = spans[k].end
            let rest = (s + 1..<e).map { key(tokens[$0]) }.joined(separator: " ")
            let whole = key(tokens[s]) + " " + rest
            guard lex.places.contains(rest) || lex.countries.contains(rest),
                  !lex.places.contains(whole), !lex.countries.contains(whole) else { continue }
            if partWords.contains(key(tokens[s])), spans[k].type != .loc {
                spans[k].type = .loc
                spans[k].rule = "part-of-a-place"
            } else if lex.isDemonym(tokens[s]), spans[k].type == .loc {
                spans[k].start = s + 1
                spans[k].rule = "community-word-stripped"
            }
        }
    }

    /// Nouns for a ship or craft that a text puts before its name ("the whaling ship Orla", "the destroyer
    /// \"Tarnby\"", "the space shuttle Endeavour").
    static let vesselNouns: Set<String> = [
        "ship", "vessel", "tanker", "destroyer", "warship", "frigate", "yacht", "submarine", "trawler", "freighter",
        "cruiser", "liner", "ferry", "shuttle", "spacecraft",
    ]

    /// Nouns for an animal that a text puts before its name ("mother panda Orla", "the racehorse Tarn
    /// Lad"); written with a capital they are a first name ("Cat Vane").
    static let animalNouns: Set<String> = [
        "panda", "gorilla", "chimpanzee", "orangutan", "elephant", "giraffe", "dolphin", "whale", "orca", "tiger",
        "lion", "lioness", "racehorse", "horse", "colt", "filly", "mare", "gelding", "stallion", "dog", "puppy", "cat",
        "kitten", "parrot", "koala", "hippo", "rhino", "penguin", "pony", "camel", "sheep", "cow", "pig",
    ]

    /// A name right after a vessel's noun is the vessel's, and after an animal's noun the animal's: no
    /// place, body or person (a ship is often named after a town, a pet like a person).
    static func vessels(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for k in spans.indices where spans[k].type != .misc {
            var s = spans[k].start
            if s > 0, isQuote(tokens[s - 1]) { s -= 1 }
            guard s > 0, !isCapitalised(tokens[s - 1]) else { continue }
            let noun = key(tokens[s - 1])
            if vesselNouns.contains(noun) {
                spans[k].rule = "vessel"
            } else if animalNouns.contains(noun) {
                spans[k].rule = "animal"
            } else { continue }
            spans[k].type = .misc
        }
    }

    /// "F Sheahan, M Horan, D Rossouw": an initial and a surname between a list's commas name a person,
    /// which the tagger often calls a body on a team sheet. A body's word, a country or a place after the
    /// letter keeps the span as it is ("S Club", "E. China"); "A" is an initial only after a list's comma.
    static func initialledPeople(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        let glue: Set<String> = [",", ";", "(", ")", ":", "and", "."]
        for k in spans.indices where (spans[k].type == .org || spans[k].type == .loc) && spans[k].end - spans[k].start == 2 {
            let s = spans[k].start, e = spans[k].end
            let letter = tokens[s], name = tokens[s + 1]
            let bare = letter.hasSuffix(".") ? letter.dropLast() : letter
            guard bare.count == 1, isCapitalised(bare), isCapitalised(name), isWord(name),
                  name.unicodeScalars.dropFirst().contains(where: { TokenText.isLower($0.value) }),
                  (s > 0 && glue.contains(key(tokens[s - 1])) && (bare != "A" || key(tokens[s - 1]) != "."))
                    || (s == 0 && bare != "A"),
                  e == n || glue.contains(key(tokens[e])) else { continue }
            let k2 = key(name)
            guard !bodyLastWords.contains(k2), !bodyNouns.contains(k2), !RuleLexicon.bodyHeads.contains(k2), !lex.isCountry(name),
                  !lex.places.contains(k2), !lex.isDemonym(name), !partWords.contains(k2), !facilityHeads.contains(k2) else { continue }
            spans[k].type = .per
            spans[k].rule = "initial-and-surname"
        }
    }

    /// Tokens that may stand between the names of a list ("Murray (Anyinsah 59), Doherty, Bell").
    static func isListGlue(_ t: Substring) -> Bool {
        let k = key(t)
        if [",", ";", "and", "or", "&", "(", ")"].contains(k) { return true }
        return (1...3).contains(t.count) && t.unicodeScalars.allSatisfy { TokenText.isDigit($0.value) }
    }

    /// A list of five or more names joined only by commas, "and", brackets and minutes (a team sheet,
    /// a tour's stops) names things of one kind: where four in five are of one kind, the others are
    /// too ("Basingstoke, Shrewsbury, Dorset and Torbay" with Shrewsbury taken for a body). Where three
    /// in five are, so are the others of one word that no word list knows as their own kind (a region's
    /// provinces, four of eleven taken for people).
    static func listsOfOneKind(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let order = spans.indices.filter { spans[$0].type != .misc }.sorted { spans[$0].start < spans[$1].start }
        var run: [Int] = []
        func settle() {
            defer { run.removeAll() }
            guard run.count >= 5 else { return }
            var counts: [NERType: Int] = [:]
            for k in run { counts[spans[k].type, default: 0] += 1 }
            guard let best = counts.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }),
                  best.value * 5 >= run.count * 3 else { return }
            let clear = best.value * 5 >= run.count * 4
            for k in run where spans[k].type != best.key {
                if !clear {
                    // Scorers in brackets after their clubs ("Velmar 2 (Vane 38, Roe 72) Tarn 1") are
                    // people in a list of bodies: only a clear majority makes a person a body.
                    guard spans[k].end - spans[k].start == 1, !(spans[k].type == .per && best.key == .org) else { continue }
                    let w = key(tokens[spans[k].start])
                    let known = switch spans[k].type {
                    case .per: lex.firstNames.contains(w) || lex.lastNames.contains(w)
                    case .loc: lex.places.contains(w) || lex.countries.contains(w)
                    case .org: lex.organizations.contains(w)
                    default: true
                    }
                    if known { continue }
                }
                spans[k].type = best.key
                spans[k].rule = "list-of-one-kind"
            }
        }
        for k in order {
            if let last = run.last {
                let gap = spans[last].end..<spans[k].start
                if gap.isEmpty || !gap.allSatisfy({ isListGlue(tokens[$0]) }) { settle() }
            }
            run.append(k)
        }
        settle()
    }

    /// Plural last words that a place's name ends in ("Florida Keys", "Golan Heights"): no team's.
    static let pluralPlaceHeads: Set<String> = [
        "keys", "hills", "dales", "downs", "lakes", "falls", "springs", "plains", "fens", "glens", "woods", "sands",
        "rocks", "reefs", "territories", "states", "provinces", "islands", "isles", "mountains", "heights", "highlands",
        "lowlands", "midlands", "borders", "flats", "gardens", "emirates", "antilles", "cays", "alps", "rockies",
        "straits",
    ]

    /// Sports teams named by their town: both sides of a fixture ("Charlton v Yeovil") and a town with
    /// a plural nickname ("Washington Redskins") are teams, organizations, not the town. A country
    /// stays a place: a national team and its country are one name to a reader.
    static func teams(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        let versus: Set<String> = ["v", "v.", "vs", "vs."]
        for k in spans.indices where spans[k].type == .loc {
            let s = spans[k].start, e = spans[k].end
            let phrase = (s..<e).map { key(tokens[$0]) }.joined(separator: " ")
            guard !lex.countries.contains(phrase) else { continue }
            let fixture = (e + 1 < n && versus.contains(key(tokens[e])) && isCapitalised(tokens[e + 1]))
                || (s >= 2 && versus.contains(key(tokens[s - 1])) && isCapitalised(tokens[s - 2]))
            var nickname = false
            if e - s >= 2 {
                let last = tokens[e - 1], lk = key(last)
                let town = (s..<(e - 1)).map { key(tokens[$0]) }.joined(separator: " ")
                nickname = isCapitalised(last) && lk.hasSuffix("s") && lk.count > 3 && !pluralPlaceHeads.contains(lk)
                    && !lex.places.contains(phrase) && (lex.places.contains(town) || lex.countries.contains(town))
            }
            if fixture || nickname {
                spans[k].type = .org
                spans[k].rule = "team"
            }
        }
    }

    static func isQuote(_ t: Substring) -> Bool {
        ["\"", "'", "\u{201C}", "\u{2018}", "``", "''"].contains(String(t))
    }

    /// Words capitalised only because they open a sentence, never the first word of a name.
    static let openerWords: Set<String> = [
        "in", "on", "at", "for", "with", "by", "from", "as", "after", "before", "if", "when", "while", "but", "and",
        "or", "to", "former", "like", "unlike", "despite", "during", "under", "over", "of", "since", "until",
        // An article never opens a name ("An Apple iPod"); "A" may be an initial ("A Vane, B Roe").
        "an",
        // "Both Labour and the Tories", "Neither Roe nor Doe".
        "both", "neither", "either",
    ]

    /// "In Kanu, he has that", "Former Metropolitan Police commissioner ...": a preposition or
    /// conjunction that opens the sentence (or a quote) is not part of the name after it.
    static func sentenceOpenersNotNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for k in spans.indices where spans[k].type != .misc && spans[k].end - spans[k].start >= 2 {
            let s = spans[k].start
            guard s == 0 || isQuote(tokens[s - 1]) || tokens[s - 1] == "(",
                  openerWords.contains(key(tokens[s])), isCapitalised(tokens[s + 1]) else { continue }
            spans[k].start = s + 1
            spans[k].rule = "opener-stripped"
        }
    }

    /// Street, square, park, airport: a name that ends in one of these words names the place, not a
    /// person ("Hylands Park", "Elm Street"), unless it is a first name and a surname that is also such
    /// a word ("Nick Park", "Nathan Lane").
    static let facilityHeads: Set<String> = [
        "street", "road", "avenue", "lane", "square", "bridge", "airport", "stadium", "arena", "park", "station",
        "gardens", "boulevard", "highway", "motorway", "terrace", "quay", "wharf", "pier", "tunnel", "crescent",
    ]
    static let surnameFacilityHeads: Set<String> = ["park", "lane", "bridge", "street"]
    /// Facilities and institutions named after a person, written after the name ("at Vane stadium", "the
    /// Jo Vane Center"): the name and the noun are the facility or the body, and no person is mentioned.
    static let namedAfterPersonHeads: [String: NERType] = [
        "stadium": .loc, "airport": .loc, "arena": .loc, "museum": .loc, "theatre": .loc, "theater": .loc, "gallery": .loc,
        "hospital": .org, "school": .org, "academy": .org, "centre": .org, "center": .org,
    ]

    /// Spans the tagger called people that name things: a place named by its facility word (an
    /// organization too: "Causeway Stadium" is where a match is played), a name
    /// with a number in it ("Palapa A-1", a satellite; "Windows 95"), and a name owned by a thing ("its
    /// Mercedes Smart range": a brand, a product line).
    static func thingsNotPeople(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type != .misc {
            let s = spans[k]
            let last = key(tokens[s.end - 1])
            // A place before the noun stays a place ("a London hospital"); a ground or airport named after
            // somewhere no gazetteer knows is the facility ("Velden stadium").
            let phrase = (s.start..<s.end).map { key(tokens[$0]) }.joined(separator: " ")
            if s.end < tokens.count, !isCapitalised(tokens[s.end]), let kind = namedAfterPersonHeads[key(tokens[s.end])],
               s.type == .per || (s.type == .loc && kind == .loc && !lex.places.contains(phrase) && !lex.countries.contains(phrase)) {
                spans[k].end += 1
                spans[k].type = kind
                spans[k].rule = "facility-name"
            } else if s.type == .loc {
                continue
            } else if s.type == .per, s.end - s.start >= 2, isCapitalised(tokens[s.end - 1]), let kind = namedAfterPersonHeads[last] {
                spans[k].type = kind
                spans[k].rule = "facility-name"
            } else if s.end - s.start >= 2, facilityHeads.contains(last),
               !(s.type == .per && s.end - s.start == 2 && surnameFacilityHeads.contains(last) && lex.firstNames.contains(key(tokens[s.start]))) {
                spans[k].type = .loc
                spans[k].rule = "facility-name"
            } else if s.type != .per {
                continue
            } else if (s.start..<s.end).contains(where: { tokens[$0].unicodeScalars.contains { TokenText.isDigit($0.value) } }) {
                spans[k].type = .misc
                spans[k].rule = "numbered-thing"
            } else if s.start > 0, key(tokens[s.start - 1]) == "its" {
                spans[k].type = .misc
                spans[k].rule = "owned-by-a-thing"
            } else if s.start > 0, tokens[s.start] == "The" {
                // "creator of The Simpsons", "up for The Phantom of the Opera": no person's name opens
                // with a capital "The" inside a sentence; a title's does.
                spans[k].type = .misc
                spans[k].rule = "the-title"
            }
        }
    }

    /// Nationality words are never places, people or organizations on their own.
    static func demonyms(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon, plural: Bool) {
        for i in spans.indices where spans[i].type != .misc {
            if (spans[i].start..<spans[i].end).allSatisfy({ lex.isDemonym(tokens[$0], plural: plural) }) {
                spans[i].type = .misc
                spans[i].rule = "demonym"
            }
        }
    }

    /// Party nicknames, followers' words, common-noun acronyms (and any in the plural) and "God" are
    /// not people, bodies or places ("Lib Dem", "Tories", "a PC", "NGOs"); a short country acronym not written in capitals is a word
    /// ("Us" in "Join Us").
    static func notNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        partyPrefixes(&spans, tokens)
        for i in spans.indices where spans[i].type != .misc {
            let words = (spans[i].start..<spans[i].end).map { key(tokens[$0]) }
            let phrase = words.joined(separator: " ")
            // One word in "-ism" is a faith or a doctrine ("Buddhism", "Zionism"), no name of one.
            let doctrine = words.count == 1 && phrase.count > 5 && phrase.hasSuffix("ism")
            // "Labour MPs", "Green MEPs": a party's members in an assembly are people, no body.
            let members = words.count > 1 && ["mps", "msps", "meps"].contains(words[words.count - 1])
            if RuleLexicon.partyWords.contains(phrase) || RuleLexicon.notNames.contains(phrase) || doctrine || members
                || (spans[i].start..<spans[i].end).allSatisfy({ isPluralAcronym(tokens[$0]) || tokens[$0] == "/" }) {
                spans[i].type = .misc
                spans[i].rule = "not-a-name"
            } else if words.count == 1, ["us", "uk", "usa", "uae"].contains(phrase),
                      tokens[spans[i].start].unicodeScalars.contains(where: { TokenText.isLower($0.value) }) {
                spans[i].type = .misc
                spans[i].rule = "not-a-name"
            }
        }
    }

    /// "NGOs", "PDAs", "RTAs/FTAs": capitals with a plural "s" are many things of a kind, no one name.
    static func isPluralAcronym(_ t: Substring) -> Bool {
        t.count >= 3 && t.hasSuffix("s") && isAcronym(t.dropLast())
    }

    /// "Tory Dominic Grieve", "Lib Dem Norman Baker", "Tory and Labour": a party nickname glued before
    /// another name describes it and is no part of it (a party word may be a first name too: "Tory").
    /// The party's own name keeps it ("the Tory Party").
    static func partyPrefixes(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start >= 2 {
            let s = spans[i].start, e = spans[i].end
            let cut: Int
            if e - s >= 3, RuleLexicon.partyWords.contains(key(tokens[s]) + " " + key(tokens[s + 1])) { cut = 2 }
            else if RuleLexicon.partyWords.contains(key(tokens[s])) { cut = 1 }
            else { continue }
            var start = s + cut
            if partyNameHeads.contains(key(tokens[start])) { continue }
            while start < e, RuleLexicon.connectors.contains(key(tokens[start])) || !hasAlphanumeric(tokens[start]) { start += 1 }
            spans[i].start = start
            spans[i].rule = "party-word-stripped"
            if start >= e { spans[i].start = s; spans[i].type = .misc }
        }
    }

    /// Words that make a party nickname before them part of a name ("Tory Party", "Lib Dem conference").
    static let partyNameHeads: Set<String> = ["party", "parties", "conference", "manifesto", "headquarters", "hq"]

    /// Connectives and sentence adverbs that open a sentence or clause and that the tagger glues to or
    /// takes for a name ("Moreover", "Meanwhile Labour said", "Firstly, ..."): never the first word of a name.
    static let connectiveAdverbs: Set<String> = [
        "meanwhile", "moreover", "furthermore", "however", "nevertheless", "nonetheless", "besides", "instead", "indeed",
        "overall", "also", "thus", "hence", "therefore", "elsewhere", "otherwise", "likewise", "conversely",
        "similarly", "additionally", "consequently", "accordingly", "subsequently", "alternatively", "ultimately",
        "finally", "firstly", "secondly", "thirdly", "fourthly", "fifthly", "lastly", "notably", "specifically",
        "separately", "afterwards", "anyway", "admittedly", "apparently", "meantime", "incidentally", "importantly",
    ]
    /// Endings of adverbs made from adjectives and participles ("Worryingly", "Unsurprisingly", "Luckily").
    static let adverbEndings = ["ingly", "edly", "ally", "fully", "ously", "ively", "ably", "ibly", "ently", "antly",
                                "ately", "stly", "ssly", "ctly", "ily", "rdly", "thly"]

    /// Whether a capitalised word is an adverb and no name: a listed connective, or a word ending like
    /// an adverb that no name list knows ("Emily", "Kelly", "Italy", "Sally" are names).
    static func isSentenceAdverb(_ t: Substring, atStart: Bool, _ lex: RuleLexicon) -> Bool {
        let k = key(t)
        if connectiveAdverbs.contains(k) { return true }
        guard k.hasSuffix("ly"), k.count >= 5, isCapitalised(t),
              t.unicodeScalars.dropFirst().allSatisfy({ TokenText.isLower($0.value) }),
              !lex.firstNames.contains(k), !lex.lastNames.contains(k), !lex.places.contains(k), !lex.isCountry(t),
              !lex.isDemonym(t) else { return false }
        return atStart && adverbEndings.contains { k.hasSuffix($0) }
    }

    /// "Moreover", "Worryingly," and "Meanwhile Labour": a sentence adverb is no name and no part of
    /// one. An adverb made with -ly counts only where a sentence or quote opens, where capitals carry
    /// no news.
    static func sentenceAdverbs(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type != .misc {
            let s = spans[i].start
            let atStart = s == 0 || isQuote(tokens[s - 1]) || ["(", ":", "-", "--", "\u{2014}", "\u{2013}"].contains(String(tokens[s - 1]))
            guard isSentenceAdverb(tokens[s], atStart: atStart, lex) else { continue }
            var start = s + 1
            while start < spans[i].end, !hasAlphanumeric(tokens[start]) { start += 1 }
            spans[i].start = start
            spans[i].rule = "sentence-adverb"
        }
        spans.removeAll { $0.start >= $0.end }
    }

    /// "Blairite Alan Milburn", "Tory Jane Roe": a follower's or party word glued before a first name
    /// describes the person and is not part of the name.
    static func modifiersBeforePeople(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type == .per && spans[i].end - spans[i].start >= 3 {
            let s = spans[i].start
            let k = key(tokens[s])
            guard lex.firstNames.contains(key(tokens[s + 1])), !lex.firstNames.contains(k) else { continue }
            if RuleLexicon.partyWords.contains(k) || lex.isDemonym(tokens[s]) || k.hasSuffix("ite") || k.hasSuffix("ites") {
                spans[i].start = s + 1
                spans[i].rule = "modifier-stripped"
            }
        }
    }

    /// "US Trade Representative Jane Roe": a country and title words before a title are part of the
    /// role, not an organization.
    static func rolesNotBodies(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type == .org && spans[i].end < tokens.count && isTitleHeadWord(tokens[spans[i].end]) {
            let range = spans[i].start..<spans[i].end
            let last = key(tokens[range.upperBound - 1])
            guard RuleLexicon.titleModifiers.contains(last), !RuleLexicon.bodyHeads.contains(last),
                  range.allSatisfy({ RuleLexicon.titleModifiers.contains(key(tokens[$0])) || lex.isCountry(tokens[$0]) || lex.isDemonym(tokens[$0]) || isAcronym(tokens[$0]) }),
                  range.contains(where: { RuleLexicon.titleModifiers.contains(key(tokens[$0])) })
            else { continue }
            spans[i].type = .misc
            spans[i].rule = "part-of-role"
        }
    }

    /// "Strait of Hormuz", "Kodori Gorge", "the Lachin corridor": a geographic feature with its name is a place.
    /// So is a name the tagger called a body or a person that ends in one ("the Velden Straits"), unless it
    /// is a first name and a surname ("Jo Lake").
    static func geographicFeatures(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for k in spans.indices where (spans[k].type == .org || spans[k].type == .per) && spans[k].end - spans[k].start >= 2 {
            let last = tokens[spans[k].end - 1]
            guard isCapitalised(last), RuleLexicon.featureWords.contains(key(last)),
                  !(spans[k].type == .per && lex.firstNames.contains(key(tokens[spans[k].start]))),
                  !(spans[k].start..<spans[k].end).contains(where: { institutionHeads.contains(key(tokens[$0])) || bodyLastWords.contains(key(tokens[$0])) })
            else { continue }
            spans[k].type = .loc
            spans[k].rule = "geographic-feature"
        }
        var i = 0
        while i < n {
            defer { i += 1 }
            let k = key(tokens[i])
            let capital = isCapitalised(tokens[i])
            guard RuleLexicon.featureWords.contains(k) || (!capital && RuleLexicon.lowerFeatureWords.contains(k)) else { continue }
            // "Strait of Hormuz": the feature, "of" and the capitalised name after it.
            if capital, i + 2 < n, key(tokens[i + 1]) == "of", isCapitalised(tokens[i + 2]), isWord(tokens[i + 2]) {
                var e = i + 2
                while e < n, e - i < 5, isCapitalised(tokens[e]), isWord(tokens[e]) { e += 1 }
                if !spans.contains(where: { $0.start < i && i < $0.end }) {
                    insert(RecognizedSpan(start: i, end: e, type: .loc, rule: "geographic-feature"), into: &spans)
                    i = e - 1
                }
                continue
            }
            // "Kodori Gorge" / "Lachin corridor": the name before the feature (a place the tagger found
            // when the feature is written in lower case).
            guard i > 0 else { continue }
            if let before = spans.first(where: { $0.end == i && $0.type != .misc }) {
                guard capital || before.type == .loc, before.type != .per || capital else { continue }
                insert(RecognizedSpan(start: before.start, end: i + 1, type: .loc, rule: "geographic-feature"), into: &spans)
            } else if capital, isCapitalised(tokens[i - 1]), isWord(tokens[i - 1]), !RuleLexicon.determiners.contains(key(tokens[i - 1])),
                      !spans.contains(where: { $0.start <= i - 1 && i - 1 < $0.end }), i - 1 > 0 {
                insert(RecognizedSpan(start: i - 1, end: i + 1, type: .loc, rule: "geographic-feature"), into: &spans)
            }
        }
    }

    /// "Channel 4", "Radio 5": a broadcaster's name with its number; "the Mail on Sunday": a
    /// paper's Sunday title.
    static func numberedAndSundayTitles(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for i in 0..<n where i + 1 < n && ["channel", "radio"].contains(key(tokens[i])) && isCapitalised(tokens[i]) {
            let num = tokens[i + 1]
            guard num.count <= 2, num.unicodeScalars.allSatisfy({ TokenText.isDigit($0.value) }) else { continue }
            let start = spans.first(where: { $0.end == i && $0.type == .org })?.start ?? i
            // "Channel 4 News": capitalised words right after the number are the programme's or the
            // channel's name, not a name of their own ("News" is no News Corp).
            var end = i + 2
            while end < n, end - i < 5, isCapitalised(tokens[end]), isWord(tokens[end]), !lex.dateWords.contains(key(tokens[end])) { end += 1 }
            insert(RecognizedSpan(start: start, end: end, type: .org, rule: "numbered-channel"), into: &spans)
        }
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            guard key(tokens[i + 1]) == "on", tokens[i + 2] == "Sunday", sundayPaperHeads.contains(key(tokens[i])),
                  isCapitalised(tokens[i]) else { continue }
            var s = i
            while s > 0, isCapitalised(tokens[s - 1]), isWord(tokens[s - 1]), !RuleLexicon.determiners.contains(key(tokens[s - 1])) { s -= 1 }
            guard s > 0, key(tokens[s - 1]) == "the" else { continue }
            insert(RecognizedSpan(start: s, end: i + 3, type: .org, rule: "sunday-title"), into: &spans)
        }
    }

    /// Words a paper's Sunday title is made of ("the Mail on Sunday", "the Independent on Sunday"); any
    /// other name before "on Sunday" is when something happened ("the Oscars on Sunday", "the WTO on Sunday").
    static let sundayPaperHeads: Set<String> = [
        "mail", "independent", "observer", "express", "telegraph", "times", "herald", "post", "mirror", "star", "sun",
        "tribune", "record", "journal", "gazette", "chronicle", "standard", "echo", "argus", "scotland", "wales", "people",
    ]

    /// "Anwar Ibrahim Sunday", "the Ministry of Public Security Thursday", "the WTO on Sunday": a weekday
    /// after a name says when, and is no part of the name. A paper's Sunday title keeps it ("Independent
    /// on Sunday"), and so does a club named by a place and its day ("Sheffield Wednesday").
    static func trailingWeekdays(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start >= 2 {
            let (s, e) = (spans[i].start, spans[i].end)
            let last = key(tokens[e - 1])
            guard CleanText.weekdays[last]?.lowercased() == last, !(spans[i].type == .org && e - s == 2) else { continue }
            var end = e - 1
            if end - s >= 2, key(tokens[end - 1]) == "on" {
                if last == "sunday" && sundayPaperHeads.contains(key(tokens[end - 2])) { continue }
                end -= 1
            }
            spans[i].end = end
            spans[i].rule = "weekday-cut"
        }
    }

    /// "China-Africa cooperation", "the Lebanon-Israel border", "Sino-French ties", "the Beijing-Shanghai
    /// railway": countries (with continents or peoples), or towns, joined by hyphens before the noun they
    /// modify name no place of their own. A country joined to a town may be a country's name
    /// ("Guinea-Bissau"), a whole the gazetteers know is one ("Schleswig-Holstein"), and so is a join
    /// with no noun after it ("part of Serbia-Montenegro") or of regions alone ("the Asia-Pacific region").
    static func joinedPlaces(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start == 1 {
            let t = tokens[spans[i].start]
            let parts = t.split(separator: "-")
            guard parts.count >= 2, parts.allSatisfy({ isCapitalised($0) }), !lex.isCountry(t), !lex.places.contains(key(t)),
                  let next = tokens[spans[i].end...].first, isWord(next), !isCapitalised(next),
                  !RuleLexicon.connectors.contains(key(next)), !conjunctions.contains(key(next)) else { continue }
            let keys = parts.map { RuleLexicon.key($0) }
            let national = keys.allSatisfy { lex.countries.contains($0) || lex.demonyms.contains($0) || NameLexicon.regions.contains($0)
                || RuleLexicon.combiningForms.contains($0) }
                && keys.contains { lex.countries.contains($0) || RuleLexicon.combiningForms.contains($0) }
            let towns = keys.allSatisfy { lex.places.contains($0) && !lex.countries.contains($0) }
            guard national || towns else { continue }
            spans[i].type = .misc
            spans[i].rule = "joined-places"
        }
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]

    /// "Beijingers", "Londoners", "Kashmiris": a place's name with the ending for its people names
    /// people, no place or body; the gazetteers list nations' peoples, not every town's. So do "North
    /// Koreans" ("North Atlantic", no plural, stays a place).
    static func peoplesOfPlaces(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start == 2
            && compassWords.contains(key(tokens[spans[i].start])) {
            let k = key(tokens[spans[i].start + 1])
            if k.hasSuffix("s"), lex.demonyms.contains(String(k.dropLast())) {
                spans[i].type = .misc
                spans[i].rule = "people-of-a-place"
            }
        }
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start == 1 {
            let k = key(tokens[spans[i].start])
            guard isCapitalised(tokens[spans[i].start]), !lex.places.contains(k), !lex.isCountry(k),
                  let ending = ["ers", "is"].first(where: { k.hasSuffix($0) }) else { continue }
            let stem = String(k.dropLast(ending.count))
            guard stem.count >= 4, lex.places.contains(stem) || lex.countries.contains(stem) else { continue }
            spans[i].type = .misc
            spans[i].rule = "people-of-a-place"
        }
    }

    /// "pro-Kurdish People's Democracy Party", "anti-war Stop the War Coalition": a lower-case "pro-" or
    /// "anti-" word before a name says what it stands for and is no part of it.
    static func modifiersBeforeNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start >= 2 {
            let s = spans[i].start
            let k = key(tokens[s])
            guard (k.hasPrefix("pro-") || k.hasPrefix("anti-")), !isCapitalised(tokens[s]), isCapitalised(tokens[s + 1]) else { continue }
            spans[i].start = s + 1
            spans[i].rule = "modifier-stripped"
        }
    }

    /// Labels that head a line or a list ("Subs: Wright, Pistone", "Roundup: ...", "URGENT: ...").
    static let headingWords: Set<String> = [
        "subs", "substitutes", "replacements", "roundup", "round-up", "urgent", "flash", "update", "factbox",
        "backgrounder", "bulletin", "alert", "breaking", "exclusive", "analysis", "interview", "profile", "preview",
        "review", "timeline", "chronology", "correction", "editorial", "commentary", "feature", "newsalert",
    ]

    /// "Subs: Wright, ...", "Roundup: Macao on high alert": a label opening a sentence before a colon is
    /// a heading of the page, no name.
    static func headings(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        spans.removeAll { $0.start == 0 && $0.end == 1 && tokens.count > 1 && tokens[1] == ":" && headingWords.contains(key(tokens[0])) }
    }

    /// "the News of the World", "the Church of the Nazarene": a name after "the" that goes on with "of
    /// the" and a capitalised word is cut at its first word when the tagger stops there; the whole is
    /// the name ("News" alone would be another body, a company called News). A title word first is an
    /// office, not such a name ("the Speaker of the House").
    static func namesOfThe(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for s in spans where s.type != .per && s.start > 0 && s.end + 2 < n {
            guard key(tokens[s.start - 1]) == "the", key(tokens[s.end]) == "of", tokens[s.end + 1] == "the",
                  isCapitalised(tokens[s.end + 2]), isWord(tokens[s.end + 2]),
                  (s.start..<s.end).allSatisfy({ isCapitalised(tokens[$0]) && isWord(tokens[$0]) }),
                  !RuleLexicon.isTitleWord(tokens[s.start]), !lex.dateWords.contains(key(tokens[s.end + 2])) else { continue }
            var end = s.end + 3
            while end < n, end - s.end < 6, isCapitalised(tokens[end]), isWord(tokens[end]), !lex.dateWords.contains(key(tokens[end])) { end += 1 }
            // A span the tagger found inside or across the rest ("World") belongs to the name; one that goes
            // past it is another name, and the cut stays as the tagger left it.
            if spans.contains(where: { $0.start < end && $0.end > end }) { continue }
            insert(RecognizedSpan(start: s.start, end: end, type: s.type == .loc ? .loc : .org, role: s.role, rule: "name-of-the"), into: &spans)
        }
    }

    /// Head words of institutions whose names go on after them ("the University of Tarnby") or hold an
    /// "and" ("the Velden Arts and Science Centre").
    static let institutionHeads: Set<String> = [
        "university", "college", "school", "academy", "institute", "centre", "center", "council", "commission",
        "committee", "association", "federation", "foundation", "society", "agency", "authority", "bureau",
        "corporation", "organization", "organisation", "office", "bank", "museum", "ministry", "department",
    ]

    /// "the University of Tarnby", "the Council on Foreign Relations", "the Institute for the Study of
    /// Work", "the Velmar National Council of the Arts": the tagger keeps the name up to its head word and
    /// the rest apart; the head goes on over "of", "on" or "for" and the capitalised words of its name (a
    /// day, a title or a person ends them: "the Council on Monday", "the Bank of Velden Governor Jo Vane").
    /// A body's longer name goes on only over words no other name holds ("the Security Council of the
    /// Velmar League" is two bodies).
    static func headsCutBeforeOf(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for s in spans where (s.type == .org && s.end - s.start > 1) || ((s.type == .org || s.type == .loc) && s.end - s.start == 1) {
            let h = s.end - 1
            guard isCapitalised(tokens[h]), institutionHeads.contains(key(tokens[h])), s.end + 1 < n,
                  ["of", "on", "for"].contains(key(tokens[s.end])) else { continue }
            let first = key(tokens[s.end + 1]) == "the" ? s.end + 2 : s.end + 1
            func isNameWord(_ i: Int) -> Bool {
                isCapitalised(tokens[i]) && isWord(tokens[i]) && !lex.dateWords.contains(key(tokens[i]))
                    && !RuleLexicon.isTitleHead(tokens[i]) && !spans.contains { $0.type == .per && $0.start <= i && i < $0.end }
            }
            var end = first
            while end < n, end - first < 6 {
                if isNameWord(end) { end += 1; continue }
                // "Study of Work", "Study of the Sea": a connector inside the name, before another of its words.
                if end > first, ["of", "the", "and"].contains(key(tokens[end])), end + 1 < n, isNameWord(end + 1) { end += 1; continue }
                break
            }
            // "the Organization of American states": a people's adjective ends no such name.
            guard end > first, !lex.isDemonym(tokens[end - 1]), !spans.contains(where: { $0.start < end && $0.end > end }),
                  h == s.start || !spans.contains(where: { $0.start >= s.end && $0.start < end }) else { continue }
            insert(RecognizedSpan(start: s.start, end: end, type: .org, role: s.role, rule: "head-of-its-name"), into: &spans)
        }
    }

    /// "the Velden Machinery and Equipment Export Corporation", "the Entertainment and Leisure Software
    /// Association": the tagger cuts such a name at "and". The two halves are one name when the second
    /// ends in an institution's head and the first is no name of its own: untagged words, or a body of
    /// two words or more that ends in no head or legal form ("Velden Bank and Tarn Bank" stay two, and
    /// so do lists of places and people).
    static func namesJoinedByAnd(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        var joins: [RecognizedSpan] = []
        for r in spans where (r.type == .org || r.type == .loc) && r.end - r.start >= 2 {
            let a = r.start - 1
            guard a >= 1, ["and", "&"].contains(key(tokens[a])), isCapitalised(tokens[r.end - 1]),
                  institutionHeads.contains(key(tokens[r.end - 1])), isCapitalised(tokens[a - 1]), isWord(tokens[a - 1]),
                  !institutionHeads.contains(key(tokens[a - 1])),
                  !NameLexicon.designators.contains(NameForm.bare(String(tokens[a - 1]))) else { continue }
            var start: Int
            if let l = spans.first(where: { $0.end == a }) {
                // Capitalised words only, none an institution's head ("Bank of Velden and Tarn Savings Bank").
                guard l.type == .org, l.end - l.start >= 2, (l.start..<l.end).allSatisfy({ isCapitalised(tokens[$0])
                    && !institutionHeads.contains(key(tokens[$0])) && !NameLexicon.designators.contains(NameForm.bare(String(tokens[$0]))) })
                else { continue }
                start = l.start
            } else {
                guard !spans.contains(where: { $0.start < a && a - 1 < $0.end }) else { continue }
                start = a - 1
                while start > 0, isCapitalised(tokens[start - 1]), isWord(tokens[start - 1]),
                      !RuleLexicon.determiners.contains(key(tokens[start - 1])),
                      !spans.contains(where: { $0.start <= start - 1 && start - 1 < $0.end }) { start -= 1 }
                // Sentence-initial capitals and a people's adjective are no part of a name cut here.
                guard start > 0, !(start..<a).contains(where: { lex.isDemonym(tokens[$0]) || lex.dateWords.contains(key(tokens[$0])) }) else { continue }
            }
            // A place right before qualifies the name ("Velden Automotive Technology and Research Centre").
            if let q = spans.first(where: { $0.end == start && $0.type == .loc }) { start = q.start }
            joins.append(RecognizedSpan(start: start, end: r.end, type: .org, rule: "joined-by-and"))
        }
        for j in joins { insert(j, into: &spans) }
    }

    /// "Velden Bank and Tarn Credit Bank", "the Bank of Orvel and Tarn Savings Bank", "Velden Bank and Orla
    /// Group": the tagger may make one name of two bodies that "and" joins, each of which ends in a head or
    /// a legal form (the first may end in "of" and its place, when the second ends in the same head). They
    /// are two (`namesJoinedByAnd` joins halves of which the first is no name of its own).
    static func bodiesJoinedByAnd(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        func ends(_ t: Substring) -> Bool {
            isCapitalised(t) && (institutionHeads.contains(key(t)) || NameLexicon.designators.contains(NameForm.bare(String(t))))
        }
        var added: [RecognizedSpan] = []
        for k in spans.indices where spans[k].type == .org && spans[k].end - spans[k].start >= 5 {
            let s = spans[k].start, e = spans[k].end
            for a in s + 2..<e - 2 where ["and", "&"].contains(key(tokens[a])) {
                let head = tokens[e - 1]
                guard ends(head), isCapitalised(tokens[a + 1]), (a + 1..<e).allSatisfy({ isCapitalised(tokens[$0]) }) else { continue }
                let closed = ends(tokens[a - 1])
                // "Bank of Orvel": the head, "of" and capitalised words up to "and", the head ending the second too.
                let ofPlace = (s..<a - 2).contains { i in
                    key(tokens[i]) == key(head) && key(tokens[i + 1]) == "of" && (i + 2..<a).allSatisfy { isCapitalised(tokens[$0]) }
                }
                // "Velden Bank and Trust Company" is one bank's name.
                guard closed || ofPlace, !(a + 1..<e - 1).allSatisfy({ key(tokens[$0]) == "trust" }) else { continue }
                spans[k].end = a
                spans[k].rule = "bodies-joined-by-and"
                added.append(RecognizedSpan(start: a + 1, end: e, type: .org, rule: "bodies-joined-by-and"))
                break
            }
        }
        for r in added { insert(r, into: &spans) }
    }

    /// Particles inside names in other languages ("Corriere della Sera", "Banco do Brasil").
    static let nameParticles: Set<String> = [
        "della", "delle", "degli", "dei", "del", "di", "da", "do", "dos", "das", "de", "des", "du", "van", "von", "der",
    ]

    /// "the Velden della Sera daily", "Banca do Tarn": the tagger may start such a name at its particle and
    /// leave out the capitalised word before it, which opens the name; not a sentence's first word, a
    /// determiner, title, people's adjective, country or known place. A one-word name the tagger found
    /// there is joined; the kind stays the one of the name with the particle ("CA del Vane" in a line-up
    /// is a person whatever the tagger made of the initials).
    static func particlesOpeningNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        var joins: [RecognizedSpan] = []
        for r in spans where r.type != .misc && r.end - r.start >= 2 {
            let s = r.start, w = r.start - 1
            guard w >= 1, nameParticles.contains(key(tokens[s])), isCapitalised(tokens[s + 1]), isCapitalised(tokens[w]), isWord(tokens[w]),
                  !RuleLexicon.determiners.contains(key(tokens[w])), !RuleLexicon.isTitleWord(tokens[w]), !lex.isDemonym(tokens[w]),
                  !lex.isCountry(tokens[w]), !lex.places.contains(key(tokens[w])), !lex.dateWords.contains(key(tokens[w])) else { continue }
            if let l = spans.first(where: { $0.start <= w && w < $0.end }), l.start != w || l.end != s || l.type == .misc { continue }
            joins.append(RecognizedSpan(start: w, end: r.end, type: r.type, role: r.role, rule: "particle-in-name"))
        }
        for j in joins { insert(j, into: &spans) }
    }

    /// "the troubled Velden Support Agency Jo Vane": a body's name glued to the person who heads it.
    /// From a known first name after the body's head word on, the words are the person's (two or three,
    /// none a body's word).
    static func bodiesGluedToPeople(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        var parts: [RecognizedSpan] = []
        for r in spans where (r.type == .org || r.type == .per) && r.end - r.start >= 4 {
            let isHead = { (i: Int) in institutionHeads.contains(key(tokens[i])) || RuleLexicon.bodyHeads.contains(key(tokens[i])) }
            guard let h = (r.start + 1...r.end - 3).last(where: isHead), r.end - h <= 4, isCapitalised(tokens[h]),
                  lex.firstNames.contains(key(tokens[h + 1])),
                  (h + 1..<r.end).allSatisfy({ isCapitalised(tokens[$0]) && isWord(tokens[$0]) && !isHead($0) && !bodyLastWords.contains(key(tokens[$0])) })
            else { continue }
            parts.append(RecognizedSpan(start: r.start, end: h + 1, type: .org, role: r.role, rule: "body-glued-to-person"))
            parts.append(RecognizedSpan(start: h + 1, end: r.end, type: .per, rule: "body-glued-to-person"))
        }
        for p in parts { insert(p, into: &spans) }
    }

    /// "the Government", "the Cabinet", "the Commission": a body's common noun alone describes whichever
    /// body the story means and names none; across stories it would make one body of every country's.
    /// ("the Duma" is one parliament's name.)
    static func bodyWordsAlone(_ spans: inout [RecognizedSpan], _ tokens: [Substring]) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start == 1 {
            let k = key(tokens[spans[i].start])
            guard k != "duma", RuleLexicon.bodyHeads.contains(k) || institutionHeads.contains(k) else { continue }
            spans[i].type = .misc
            spans[i].rule = "body-word-alone"
        }
    }

    /// Endings of adjectives made from names ("Pavlovian", "Orwellian", "Shakespearean", "Kafkaesque").
    static let adjectiveEndings = ["ian", "ean", "esque"]

    /// "a Pavlovian response", "an Orwellian state": such an adjective after "a" or "an" and before a
    /// lower-case word is no name (a known place's name is kept).
    static func adjectivesFromNames(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for i in spans.indices where spans[i].type != .misc && spans[i].end - spans[i].start == 1 {
            let s = spans[i].start
            let k = key(tokens[s])
            guard s >= 1, s + 1 < tokens.count, ["a", "an"].contains(key(tokens[s - 1])), isWord(tokens[s + 1]), !isCapitalised(tokens[s + 1]),
                  k.count >= 6, adjectiveEndings.contains(where: { k.hasSuffix($0) }), !lex.places.contains(k), !lex.isCountry(tokens[s])
            else { continue }
            spans[i].type = .misc
            spans[i].rule = "adjective-from-a-name"
        }
    }

    /// Replaces overlapping spans by `new`.
    static func insert(_ new: RecognizedSpan, into spans: inout [RecognizedSpan]) {
        spans.removeAll { $0.start < new.end && new.start < $0.end }
        spans.append(new)
    }

    /// [the] (Demonym | Country 's | Place) Descriptor* Head ["of" Name]: "the Armenian Defense Ministry",
    /// "Russia's Foreign Ministry", "the Constitutional Court", "the Karabakh foreign ministry".
    static func governmentBodies(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        var h = 0
        while h < n {
            let headKey = key(tokens[h])
            guard RuleLexicon.bodyHeads.contains(headKey) else { h += 1; continue }
            let headCap = isCapitalised(tokens[h])
            // Descriptors before the head, in the head's case style.
            var s = h
            while s > 0 {
                let t = tokens[s - 1]
                let k = key(t)
                let descriptor = RuleLexicon.bodyDescriptors.contains(k) || (headCap && isCapitalised(t) && isWord(t)
                    && !lex.isDemonym(t) && !lex.isCountry(t) && !RuleLexicon.determiners.contains(k)
                    && !spans.contains { $0.type == .per && $0.start <= s - 1 && s - 1 < $0.end })
                guard descriptor, isCapitalised(t) == headCap || RuleLexicon.bodyDescriptors.contains(k) else { break }
                if !headCap && isCapitalised(t) { break }
                s -= 1
            }
            // Qualifier: demonym, "Country 's", or a place the tagger found.
            var q = s
            if q > 0 && lex.isDemonym(tokens[q - 1]) && isCapitalised(tokens[q - 1]) {
                q -= 1
            } else if q > 1 && key(tokens[q - 1]) == "'s" && isCapitalised(tokens[q - 2]) {
                if let place = spans.first(where: { $0.end == q - 1 && $0.type != .per && $0.type != .misc }) { q = place.start }
                else if lex.isCountry(tokens[q - 2]) { q -= 2 }
            } else if let place = spans.first(where: { $0.end == q && ($0.type == .loc || $0.type == .org) && $0.end - $0.start <= 3 }) {
                q = place.start
            }
            let described = s < h || q < s
            guard described || (headCap && s == h && h > 0 && key(tokens[h - 1]) == "the" && !isSentenceStartCase(tokens, h)) else {
                h += 1; continue
            }
            // A lower-case head needs a capitalised qualifier and a descriptor ("Karabakh foreign ministry").
            if !headCap && !(q < s && s < h) { h += 1; continue }
            // "Ministry of Defense": extend over "of" + capitalised words.
            var e = h + 1
            if headCap, e + 1 < n, key(tokens[e]) == "of", isCapitalised(tokens[e + 1]) {
                e += 1
                while e < n, isCapitalised(tokens[e]) || (key(tokens[e]) == "and" && e + 1 < n && isCapitalised(tokens[e + 1])) { e += 1 }
            }
            // A bare capitalised head after "the" is a body only when it is one body's name ("the Duma"); "the
            // Ministry" or "the Government" alone names none (`bodyWordsAlone`).
            if !described && headKey != "duma" {
                h += 1; continue
            }
            if let existing = spans.first(where: { $0.start <= s && h < $0.end && $0.type == .org }),
               existing.start <= q && existing.end >= e { h = e; continue }
            insert(RecognizedSpan(start: q, end: e, type: .org, rule: "government-body"), into: &spans)
            h = e
        }
    }

    static func isSentenceStartCase(_ tokens: [Substring], _ i: Int) -> Bool { i == 0 }

    /// Known organizations ("the Kremlin", "the State Department") found as capitalised text.
    static func knownOrganizations(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        var i = 0
        while i < n {
            guard isCapitalised(tokens[i]) else { i += 1; continue }
            var matched = 0
            var phrase = ""
            for len in 1...min(6, n - i) {
                let t = tokens[i + len - 1]
                guard isCapitalised(t) || key(t) == "of" || key(t) == "the" || key(t) == "for" || key(t) == "and" else { break }
                phrase += (len > 1 ? " " : "") + key(t)
                if lex.organizations.contains(phrase) && isCapitalised(t) { matched = len }
            }
            guard matched > 0 else { i += 1; continue }
            // Only when the match is the whole capitalised run (not "Kremlin Street").
            let end = i + matched
            let runContinues = end < n && isCapitalised(tokens[end]) && isWord(tokens[end])
                && !spans.contains { $0.start == end }
            if !runContinues && !(matched == 1 && isAcronym(tokens[i]) == false && i == 0 && n > 1 && !isCapitalised(tokens[1])) {
                let covering = spans.first { $0.start <= i && end <= $0.end && $0.end - $0.start > matched }
                if covering == nil {
                    insert(RecognizedSpan(start: i, end: end, type: .org, rule: "known-organization"), into: &spans)
                }
            }
            i = end
        }
    }

    /// "(CSTO)" after an organization is that organization's acronym; an acronym the tagger took for a
    /// person, and a news agency, is an organization. So is an acronym it took for a place that no
    /// gazetteer knows as one ("KPMG, the auditor", "APEC members"), unless it is where something is ("in
    /// LAX") or a state's code after its town; two letters name a country or a state as often ("HK stocks").
    static func acronymsAndAgencies(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        let n = tokens.count
        for i in 0..<n where isAcronym(tokens[i]) && !RuleLexicon.commonAcronyms.contains(key(tokens[i])) {
            if i >= 2, key(tokens[i - 1]) == "(", i + 1 < n, key(tokens[i + 1]) == ")",
               let org = spans.first(where: { $0.end == i - 1 && $0.type == .org }),
               initials(tokens, org.start, org.end).hasPrefix(key(tokens[i]).prefix(1)) {
                insert(RecognizedSpan(start: i, end: i + 1, type: .org, rule: "acronym"), into: &spans)
                _ = org
            } else if let k = spans.firstIndex(where: { $0.start == i && $0.end == i + 1 }), spans[k].type == .per {
                spans[k].type = .org
                spans[k].rule = "acronym"
            } else if tokens[i].count >= 3, let k = spans.firstIndex(where: { $0.start == i && $0.end == i + 1 }), spans[k].type == .loc,
                      !lex.places.contains(key(tokens[i])), !lex.isCountry(tokens[i]), Countries.country(String(tokens[i])) == nil,
                      !(i > 0 && DocumentRules.placePrepositions.contains(key(tokens[i - 1]))),
                      // "HK dollars": a currency is a place's; "MINA, Saudi Arabia": a town in capitals before its country.
                      !(i + 1 < n && currencyWords.contains(key(tokens[i + 1]))),
                      !(i + 2 < n && tokens[i + 1] == "," && (lex.isCountry(tokens[i + 2]) || spans.contains { $0.start == i + 2 && $0.type == .loc })),
                      !(i > 1 && tokens[i - 1] == "," && spans.contains { $0.end == i - 1 && $0.type == .loc }) {
                spans[k].type = .org
                spans[k].rule = "acronym"
            }
        }
        for k in spans.indices {
            let phrase = (spans[k].start..<spans[k].end).map { key(tokens[$0]) }.joined(separator: " ")
            if lex.agencies.contains(phrase) && spans[k].type != .org {
                spans[k].type = .org
                spans[k].rule = "agency"
            }
        }
    }

    static let currencyWords: Set<String> = ["dollar", "dollars", "pound", "pounds", "rupees", "rupee", "yuan", "won", "peso", "pesos"]

    static func initials(_ tokens: [Substring], _ a: Int, _ b: Int) -> String {
        String((a..<b).compactMap { i -> Character? in
            let k = key(tokens[i])
            return RuleLexicon.connectors.contains(k) || k == "the" ? nil : k.first
        })
    }

    /// "Defense Minister Vagram Petrosyan" with only the surname tagged: up to two capitalised words
    /// between a title and a person belong to the name.
    static func extendNamesAfterTitles(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type == .per {
            let s = spans[k].start
            var j = s
            while j > 0, s - j < 2, isCapitalised(tokens[j - 1]), isWord(tokens[j - 1]), !RuleLexicon.isTitleWord(tokens[j - 1]),
                  !lex.isDemonym(tokens[j - 1]), !lex.isCountry(tokens[j - 1]),
                  !spans.contains(where: { $0.start <= j - 1 && j - 1 < $0.end }) {
                j -= 1
            }
            if j < s, j > 0, RuleLexicon.isTitleWord(tokens[j - 1]) {
                spans[k].start = j
                spans[k].rule = "name-after-title"
            }
        }
    }

    /// Titles and roles given with a person: directly before the name ("Russian Foreign Minister"),
    /// as an appositive before it ("The U.S. ambassador to Canada, Jane Roe") or after it ("Jane Roe, the
    /// Ohio governor,").
    static func roles(_ spans: inout [RecognizedSpan], _ tokens: [Substring], _ lex: RuleLexicon) {
        for k in spans.indices where spans[k].type == .per {
            let start = spans[k].start
            if let r = directTitle(before: start, tokens, spans, lex) {
                spans[k].role = r
            } else if let r = appositiveBefore(start, tokens, lex) {
                spans[k].role = r
            } else if let r = appositiveAfter(spans[k].end, tokens, lex) {
                spans[k].role = r
            }
        }
    }

    static func isQualifier(_ i: Int, _ tokens: [Substring], _ spans: [RecognizedSpan], _ lex: RuleLexicon) -> Bool {
        let t = tokens[i]
        guard isCapitalised(t) else { return false }
        return lex.isDemonym(t) || lex.isCountry(t)
            || spans.contains { $0.start <= i && i < $0.end && $0.type != .per }
    }

    /// The run of title words, qualifiers ("Russian", "U.S.") and "of/for/and" links that ends right
    /// before the name and holds a title head: "U.S. Assistant Secretary of State for European Affairs".
    static func directTitle(before start: Int, _ tokens: [Substring], _ spans: [RecognizedSpan], _ lex: RuleLexicon) -> Range<Int>? {
        guard start > 0, RuleLexicon.isTitleWord(tokens[start - 1]) || isQualifier(start - 1, tokens, spans, lex) else { return nil }
        var a = start
        while a > 0 && start - a < 14 {
            let i = a - 1
            let t = tokens[i]
            if RuleLexicon.isTitleWord(t) || isQualifier(i, tokens, spans, lex) { a -= 1; continue }
            if ["of", "for", "and"].contains(key(t)), i > 0,
               RuleLexicon.isTitleWord(tokens[i - 1]) || isQualifier(i - 1, tokens, spans, lex) { a -= 1; continue }
            break
        }
        // "Russia and President X": an "and" only joins title words inside an "of/for" complement.
        if let and = (a..<start).last(where: { key(tokens[$0]) == "and" }),
           !(a..<and).contains(where: { ["of", "for"].contains(key(tokens[$0])) }) {
            a = and + 1
        }
        while a < start, RuleLexicon.connectors.contains(key(tokens[a])) { a += 1 }
        let heads = (a..<start).filter { isTitleHeadWord(tokens[$0]) }
        guard let last = heads.last else { return nil }
        // After the last head only its complement may follow ("of State for ..."), or nothing.
        if last + 1 < start {
            let rest = (last + 1)..<start
            let linked = rest.contains { ["of", "for"].contains(key(tokens[$0])) }
            if !linked && !rest.allSatisfy({ RuleLexicon.isTitleWord(tokens[$0]) }) { return nil }
        }
        return a..<start
    }

    static func isTitleHeadWord(_ t: Substring) -> Bool {
        if RuleLexicon.isTitleHead(t) { return true }
        let parts = key(t).split(separator: "-")
        return parts.count > 1 && parts.contains { RuleLexicon.titleHeads.contains(String($0)) }
    }

    /// "[the|a] ... ROLE [prep ...], NAME": the phrase between the determiner and the comma, when it has a title head.
    static func appositiveBefore(_ start: Int, _ tokens: [Substring], _ lex: RuleLexicon) -> Range<Int>? {
        guard start >= 3, key(tokens[start - 1]) == "," else { return nil }
        var d = start - 2
        while d >= 0 && start - 1 - d <= 10 {
            let k = key(tokens[d])
            if RuleLexicon.determiners.contains(k) { break }
            if !isWord(tokens[d]) && k != "'s" && k != "-" { return nil }
            d -= 1
        }
        guard d >= 0, RuleLexicon.determiners.contains(key(tokens[d])) else { return nil }
        let phrase = (d + 1)..<(start - 1)
        guard !phrase.isEmpty, phrase.contains(where: { isTitleHeadWord(tokens[$0]) }) else { return nil }
        // The determiner opens a clause: start of sentence, after punctuation or a conjunction.
        if d > 0 {
            let before = key(tokens[d - 1])
            guard isWord(tokens[d - 1]) == false || ["and", "but", "while", "as", "when", "said", "says", "by", "with"].contains(before) else { return nil }
        }
        return phrase
    }

    /// "NAME, the ROLE ...,": the phrase up to the next comma or period, when it has a title head.
    static func appositiveAfter(_ end: Int, _ tokens: [Substring], _ lex: RuleLexicon) -> Range<Int>? {
        guard end + 2 < tokens.count, key(tokens[end]) == ",", ["the", "a", "an"].contains(key(tokens[end + 1])) else { return nil }
        var e = end + 2
        while e < tokens.count && e - end <= 14 && isWord(tokens[e]) || (e < tokens.count && ["'s", "-"].contains(key(tokens[e]))) { e += 1 }
        guard e < tokens.count, [",", ".", ";"].contains(key(tokens[e])), e > end + 2 else { return nil }
        let phrase = (end + 2)..<e
        guard phrase.contains(where: { isTitleHeadWord(tokens[$0]) }) else { return nil }
        return phrase
    }
}
