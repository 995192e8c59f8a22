// Reads a mention's text as a name: strips determiners, descriptors and titles, splits a person's
// name into given names and surname, an organization's into qualifiers, core and legal suffix.

import Foundation

/// Word lists the name reader uses. Generic English news conventions, not names of any corpus.
enum NameLexicon {
    /// Words that may sit inside a name in lower case ("Bank of America", "Abd al-Aziz").
    static let nameInternal: Set<String> = [
        "of", "and", "the", "for", "on", "in", "de", "du", "des", "der", "den", "van", "von", "al", "el", "bin",
        "ibn", "ben", "la", "le", "di", "da", "del", "della", "dos", "das", "do", "y", "e", "&", "ter", "zu", "at",
    ]
    /// Surname particles kept with the surname ("Ludwig van Beethoven", "Bashar al-Assad").
    static let particles: Set<String> = [
        "van", "von", "de", "du", "der", "den", "di", "da", "del", "della", "dos", "das", "la", "le", "al", "el",
        "bin", "ibn", "ben", "abu", "ter", "zu", "st",
    ]
    /// Particles that are an article and vary in romanisation, so keys ignore them ("al-Assad" = "Assad").
    static let articleParticles: Set<String> = ["al", "el", "ad", "as", "an", "ar", "ash", "at", "az"]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "junior", "senior"]
    static let determiners: Set<String> = ["the", "a", "an"]

    /// Titles and roles written before a person's name (lower-cased, without dots).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
        "president", "vice", "prime", "premier", "minister", "deputy", "secretary", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "chancellor", "king", "queen",
        "prince", "princess", "sheikh", "emir", "sultan", "ambassador", "envoy", "general", "gen", "colonel", "col",
        "lieutenant", "lt", "major", "maj", "captain", "capt", "commander", "cmdr", "admiral", "adm", "sergeant",
        "sgt", "marshal", "brigadier", "chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson",
        "chair", "director", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "attorney", "pope",
        "cardinal", "bishop", "archbishop", "rabbi", "imam", "patriarch", "reverend", "rev", "pastor", "officer",
        "executive", "head", "leader", "founder", "speaker", "mp", "mep", "commissioner", "foreign", "defense",
        "defence", "interior", "finance", "economy", "justice", "health", "education", "culture", "trade",
        "agriculture", "energy", "transport", "labor", "labour", "treasury", "state", "affairs", "acting",
        "former", "ex", "opposition", "senior", "assistant", "associate", "managing", "operating", "financial",
        "technology", "vp", "pm", "md", "coach", "manager", "inspector", "superintendent", "detective", "constable",
        "supt", "insp", "det",
        "councillor", "councilman", "councilwoman", "delegate", "consul", "attache", "chargé", "charge",
        "colonel-general", "lieutenant-general", "major-general", "brigadier-general",
    ]
    /// Common nouns for a people or a group, which a name holds in the possessive ("People's Daily",
    /// "Women's Federation", "Workers' Party") without being owned by anyone.
    static let collectiveNouns: Set<String> = [
        "people", "peoples", "workers", "women", "children", "men", "students", "farmers", "citizens", "veterans",
        "nations", "teachers", "employees", "journalists", "writers", "artists", "consumers", "patients", "mothers",
        "parents", "miners", "soldiers", "officers", "lawyers", "doctors", "nurses", "pensioners", "taxpayers",
        "youth", "martyrs",
    ]
    /// Legal-form words at the end of company names ("Inc.", "Ltd", "Group").
    static let designators: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc", "spa",
        "sa", "ag", "nv", "bv", "gmbh", "kg", "se", "pty", "group", "holdings", "holding", "lp",
    ]
    /// Lower-case head words that still end an organization's name ("the Karabakh foreign ministry").
    static let keptHeads: Set<String> = [
        "ministry", "government", "parliament", "court", "army", "police", "navy", "council", "committee",
        "commission", "office", "agency", "department", "service", "administration", "embassy", "assembly",
        "forces", "force",
    ]

    /// Institution words written either way: "Ministry of Defense" / "Defense Ministry".
    static let reorderableHeads: Set<String> = [
        "ministry", "department", "office", "commission", "committee", "council", "agency", "bureau", "court",
        "directorate", "secretariat", "administration",
    ]
    /// Heads so common that a name without its qualifier could be any country's ("the Defense Ministry").
    static let genericHeads: Set<String> = Set(nominalHeads.keys).union([
        "force", "forces", "navy", "guard", "police", "senate", "parliament", "government", "embassy", "ministry",
        "army", "military", "reserve bank", "central bank", "court", "cabinet", "congress", "presidency",
        "consulate", "consulate general",
    ])
    /// Titles that go with one name alone ("Prince Charles", "King Abdullah"): a royal's whole name, not
    /// the first name of someone named in full nearby ("Earl Charles Spencer").
    static let regnalTitles: Set<String> = [
        "prince", "princess", "king", "queen", "emperor", "empress", "pope", "sultan", "emir", "crown",
    ]

    /// Head words of institutions whose other words name a field ("Mine Action Center", "Human Rights
    /// Commission"): the words without the head are the field, not a short name of the body.
    static let institutionHeads: Set<String> = RuleLexicon.bodyHeads.union([
        "center", "centre", "institute", "institution", "programme", "program", "foundation", "association",
        "organization", "organisation", "federation", "union", "fund", "network", "society", "trust",
    ]).subtracting(["bank", "board", "government", "police", "army", "navy", "force", "forces", "guard"])

    /// Titles that are also common surnames ("John Major", "Martin Luther King"), so a name may end in one.
    static let surnameLikeTitles: Set<String> = [
        "major", "king", "chief", "head", "judge", "marshal", "bishop", "cardinal", "pope", "prince", "general",
        "justice", "rabbi", "imam", "sheikh", "sultan", "emir", "queen", "lord", "lady", "chancellor", "speaker",
        "leader", "mayor", "sergeant", "state", "trade", "energy", "culture", "health", "coach", "manager",
        "founder", "constable", "detective", "senior", "miss", "dame", "sir",
    ]
    static let regions: Set<String> = [
        "europe", "asia", "africa", "north america", "south america", "latin america", "middle east", "asia pacific",
        "oceania", "scandinavia", "caribbean", "emea", "americas", "international", "worldwide", "global",
    ]

    /// Words that make a name an event or a prize ("... Theatre Awards", "... Regional Conference").
    static let eventHeads: Set<String> = [
        "award", "awards", "prize", "prizes", "conference", "summit", "forum", "festival", "championship",
        "championships", "games", "cup", "trophy", "tournament", "exhibition", "expo", "fair", "convention",
        "congress", "symposium", "lecture", "ceremony", "show", "week", "day", "marathon", "rally",
    ]

    /// Words a company's whole name adds to its usual name ("Ford Motor Company", "Apple Computer",
    /// "AirTran Airways"): legal forms and trades, only a company's. An organization word in general is
    /// no such word: "EU-Turkey" is not the usual name of the "EU-Turkey Customs Union Protocol", nor
    /// "Sky" of "Sky News" or "Greek Athletics" of the "Greek Athletics Federation".
    static let businessWords: Set<String> = designators.union([
        "industries", "enterprises", "partners", "bank", "bancorp", "airlines", "airways", "airline", "motor", "motors",
        "systems", "technologies", "technology", "pharmaceuticals", "petroleum", "oil", "energy", "telecom",
        "communications", "networks", "computer", "computers", "software", "electronics", "entertainment", "records",
        "studios", "pictures", "labs", "laboratories", "resources", "mining", "steel", "chemicals", "foods", "brands",
        "stores", "international", "worldwide", "global", "aerospace", "automotive", "financial", "telecommunications", "securities",
        "investments", "insurance",
    ])
    /// `businessWords` as `NameKey.linkWords` writes them (spelling skeletons), for keys.
    static let businessKeys: Set<String> = businessWords.union(businessWords.map { $0.count < 4 ? $0 : Transliteration.skeleton($0) })

    /// Whether a word of a core key (`NameForm.coreKey`, which may drop a plural "s") is a company word.
    static func isBusinessKey(_ w: String) -> Bool { businessKeys.contains(w) || businessKeys.contains(w + "s") }

    /// Prepositions that open a cut title ("Behind Supervolcano", "Beyond Belief"), never a first name.
    static let titlePrepositions: Set<String> = [
        "behind", "beyond", "inside", "outside", "under", "above", "against", "about", "after", "before", "without",
        "within", "across", "through", "towards", "into", "onto", "upon", "among", "between",
    ]

    /// Heads of bodies with members that lend their name to events ("Critics' Circle", "Rotary Club").
    static let membershipHeads: Set<String> = ["circle", "club", "academy", "guild", "party", "league", "society"]

    /// Words joined by a hyphen to a name that make it a modifier ("Saddam Hussein-era", "Hamas-led").
    static let modifierSuffixes: Set<String> = [
        "era", "led", "backed", "style", "based", "born", "linked", "owned", "run", "controlled", "sponsored",
        "inspired", "like", "type", "related", "dominated", "affiliated", "allied", "funded", "supported",
        "appointed", "designed", "made", "bound", "area", "years",
    ]

    /// Heads of a town's or county's own government ("Darlington Council", "Kent County Council"): the
    /// words before them name the place, not a short name of the body.
    static let localGovernmentHeads: Set<String> = [
        "council", "councils", "borough", "county", "district", "city", "parish", "municipality", "corporation",
    ]
    /// Words that count the members of a group named after them ("the Maguire Seven", "the Guildford Four").
    static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "ii", "iii", "iv",
    ]

    /// The words after a shorter name in a longer one make a town's council or a counted group of it: the
    /// shorter name then names the town or the family, not the body ("Darlington" / "Darlington Council").
    static func namesOtherThing(_ rest: ArraySlice<String>) -> Bool {
        guard let last = rest.last.map(NameForm.bare) else { return false }
        if rest.count == 1, countWords.contains(last) || rest.first?.allSatisfy(\.isNumber) == true { return true }
        return (last == "council" || last == "councils") && rest.allSatisfy { localGovernmentHeads.contains(NameForm.bare($0)) }
    }

    /// A country, continent or region name: what follows a company's name in a regional branch.
    static func isRegion(_ words: String) -> Bool {
        let p = NameKey.plain(words)
        return regions.contains(p) || Countries.country(words) != nil
    }

    /// A hyphenated pair of countries, regions, peoples or acronyms ("EU-Turkey", "US-Chinese"): it
    /// qualifies a common noun ("EU-Turkey crisis", "US-China talks"), and names no body alone, not even
    /// one whose long name starts so ("EU-Turkey Customs Union Protocol").
    /// `isPlace`: whether a word is written as a place in the corpus ("Dremland").
    static func isHyphenatedPair(_ word: String, isPlace: (String) -> Bool = { _ in false }) -> Bool {
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2013}" }).map(String.init)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            guard part.count >= 2, part.first?.isUppercase == true else { return false }
            let acronym = part.count <= 5 && part.allSatisfy { $0.isUppercase || $0 == "." }
            return acronym || isRegion(part) || Countries.demonymKeys.contains(NameKey.plain(part)) || isPlace(part)
        }
    }

    /// Words that make a place mention mean the country's government ("the Canadian government").
    static let governmentWords: Set<String> = ["government", "administration", "authorities", "governments"]

    /// Institutional heads that a text refers back to as "the ministry", "the court"; the value is
    /// the nominal words that may refer back to a name with that head.
    static let nominalHeads: [String: [String]] = [
        "ministry": ["ministry"], "commission": ["commission"], "court": ["court"], "committee": ["committee"],
        "council": ["council"], "agency": ["agency"], "bank": ["bank"], "party": ["party"],
        "parliament": ["parliament"], "government": ["government"], "army": ["army"], "union": ["union"],
        "alliance": ["alliance"], "organization": ["organization"], "organisation": ["organisation"],
        "office": ["office"], "department": ["department"], "service": ["service"], "tribunal": ["tribunal"],
        "assembly": ["assembly"], "authority": ["authority"], "board": ["board"], "bureau": ["bureau"],
        "federation": ["federation"], "fund": ["fund"], "association": ["association"], "institute": ["institute"],
        "university": ["university"], "foundation": ["foundation"], "senate": ["senate"], "congress": ["congress"],
        "cabinet": ["cabinet"], "embassy": ["embassy"], "navy": ["navy"], "police": ["police"],
        "coalition": ["coalition"], "movement": ["movement"], "airlines": ["airline", "carrier"],
        "airways": ["airline", "carrier"], "airline": ["airline", "carrier"], "treaty": ["treaty"],
        "staff": ["staff"], "company": ["company", "firm"], "corporation": ["company", "corporation", "firm"],
        "inc": ["company", "firm"], "corp": ["company", "firm"], "ltd": ["company", "firm"],
        "llc": ["company", "firm"], "plc": ["company", "firm"], "group": ["group", "company"],
        "motors": ["company", "automaker", "carmaker"], "network": ["network"], "channel": ["channel"],
        "newspaper": ["newspaper"], "forces": ["forces"], "guard": ["guard"],
    ]
}

/// A mention's text read as a name of its kind.
///
/// A class, not a struct: the linker keeps one form per mention in several tables at once (about
/// 100,000 mentions on 4,677 stories), and a copy of a struct of some thirty fields was a hundred MiB
/// of the full build's peak memory and a retain for each field. Immutable once built (every property
/// is set only by the initialiser), so sharing it between threads is safe.
final class NameForm: @unchecked Sendable {
    /// The name as shown to users: the mention without determiners, descriptors or titles.
    private(set) var display: String
    private(set) var words: [String]
    private(set) var kind: EntityKind
    /// Titles found before a person's name in the mention ("Senator", "Ford Motor Company CEO").
    private(set) var title: String?
    /// An acronym given in parentheses inside the mention ("General Motors (GM").
    private(set) var parenthesizedAcronym: String?
    /// No name left once titles and descriptors are gone ("the Prime Minister").
    var isNameless: Bool { words.isEmpty }

    // Person structure.
    private(set) var given: [String] = []
    private(set) var surname: [String] = []
    /// "Jr.", "III": a father and his son share the rest of the name.
    private(set) var generation: [String] = []

    // Organization and place structure.
    /// Canonical country keys of leading qualifiers ("Russian", "Russia's" → "russia").
    private(set) var qualifiers: [String] = []
    private(set) var qualifierWords: [String] = []
    /// The name without qualifiers and legal suffix.
    private(set) var core: [String] = []
    private(set) var designatorWords: [String] = []
    /// The whole name is an acronym ("CSTO", "U.S."); then this holds its letters in upper case.
    private(set) var acronym: String?

    /// Person: variant of the whole name without particles and suffixes, spacing ignored.
    private(set) var personKey = ""
    private(set) var surnameKey = ""
    private(set) var surnameLoose = ""
    /// The first given name, or its initial when only an initial is written ("J.").
    private(set) var firstGiven: String?
    private(set) var firstGivenIsInitial = false
    private(set) var firstGivenLoose: String?
    private(set) var middleKey = ""
    /// Organization or place: qualifiers and core, variant-aware, legal suffix and plural "s" ignored.
    private(set) var orgKey = ""
    private(set) var coreKey = ""
    /// The core's words as skeletons, for prefix comparisons.
    private(set) var coreSkeletons: [String] = []
    /// The nominal words ("the ministry", "the company") that may refer back to this name.
    private(set) var nominalWords: [String] = []
    /// Acronyms this long name may be shortened to ("Collective Security Treaty Organization" → CSTO).
    private(set) var derivedAcronyms: Set<String> = []
    /// Country key when this place names a country ("U.S." → "united states").
    private(set) var countryKey: String?

    init(text: String, kind: EntityKind) {
        self.kind = kind
        var raw = text
        // Parentheses: an acronym inside them is kept aside; other asides go.
        var paren: String?
        if let open = raw.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let inside = raw[raw.index(after: open)...].prefix { $0 != ")" && $0 != "]" }
            let candidate = inside.trimmingCharacters(in: .whitespaces)
            let before = raw[..<open].trimmingCharacters(in: .whitespaces)
            if NameForm.acronymLetters(candidate) != nil { paren = candidate }
            raw = before.isEmpty ? (paren ?? "") : before
            if before.isEmpty { paren = nil }
        }
        let tokens = NameForm.tokens(raw)
        // Comma asides: the first segment that holds a name ("Irish airline, Ryanair" → "Ryanair";
        // "the Prime Minister of Singapore, Mr. Lee Hsien Loong" → "Lee Hsien Loong").
        let segments = tokens.split(separator: ",", omittingEmptySubsequences: true).map(Array.init)
        var chosen = NameForm.nameWords(segments.first ?? [], kind: kind)
        if segments.count > 1 {
            for seg in segments {
                // A segment ending in a lower-case word describes; the name is elsewhere.
                guard let last = seg.last, NameForm.isCapitalized(last) else { continue }
                let parsed = NameForm.nameWords(seg, kind: kind)
                if !parsed.words.isEmpty { chosen = parsed; break }
            }
        }
        var words = chosen.words
        // "The Science Behind Supervolcano": a title cut after a preposition names no person.
        if kind == .person, words.count > 1, let first = words.first, NameLexicon.titlePrepositions.contains(first.lowercased()) { words = [] }
        // "Freddy Vs Jason", "Smith v Jones": a contest or a film, not a person.
        if kind == .person, words.contains(where: { ["vs", "v", "versus"].contains(NameKey.plain($0)) }) { words = [] }
        // "Clinton Global Initiative" tagged as a person: three words or more ending in a body's head
        // word name the body, not a person ("Margaret Court" keeps her name).
        if kind == .person, words.count >= 3, let last = words.last,
           NameLexicon.institutionHeads.union(["initiative", "programme", "program", "campaign", "project"]).contains(NameForm.bare(last)) {
            words = []
        }
        // "Saddam Hussein-era", "Hamas-led": a lower-case word joined by a hyphen to the last word makes
        // the name a modifier; the name is the part before it.
        // ("Ban Ki-moon" keeps his name: only these modifier words go).
        if let last = words.last, let dash = last.lastIndex(of: "-"), dash != last.startIndex,
           NameLexicon.modifierSuffixes.contains(String(last[last.index(after: dash)...])) {
            words[words.count - 1] = String(last[..<dash])
        }
        // A legal form alone ("Ltd.", "Co") names no company.
        if kind == .organization, !words.isEmpty, words.allSatisfy({ NameLexicon.designators.contains(NameForm.bare($0)) }) { words = [] }
        // A nationality alone names no person or body ("the Armenian armed forces" cut to "Armenian").
        if kind != .place, words.count == 1, Countries.demonymKeys.contains(NameKey.plain(words[0])) { words = [] }
        let title = chosen.title
        self.words = words
        self.title = title
        self.display = words.joined(separator: " ")
        self.parenthesizedAcronym = paren.flatMap(NameForm.acronymLetters)
        switch kind {
        case .person: splitPerson()
        case .organization, .place: splitOrganization()
        }
        computeKeys()
    }

    /// The stored properties `write` writes, in order. A test compares it with the class's (Mirror),
    /// so that a property added later cannot be left out of stored forms (an update that reads them
    /// would then differ from a fresh analysis).
    static let storedFields = 26
    /// Bumped with the layout of `write`: stored forms of another layout are read again from the text.
    static let recordFormat: UInt8 = 1

    /// A form as `write` wrote it: what `init(text:kind:)` computed, read back instead of computed.
    init(reading r: inout BinaryRecord.Reader) throws {
        func strings() throws -> [String] { try (0..<r.count()).map { _ in try r.string() } }
        display = try r.string()
        words = try strings()
        kind = try r.kind()
        title = try r.optional()
        parenthesizedAcronym = try r.optional()
        given = try strings()
        surname = try strings()
        generation = try strings()
        qualifiers = try strings()
        qualifierWords = try strings()
        core = try strings()
        designatorWords = try strings()
        acronym = try r.optional()
        personKey = try r.string()
        surnameKey = try r.string()
        surnameLoose = try r.string()
        firstGiven = try r.optional()
        firstGivenIsInitial = try r.byte() == 1
        firstGivenLoose = try r.optional()
        middleKey = try r.string()
        orgKey = try r.string()
        coreKey = try r.string()
        coreSkeletons = try strings()
        nominalWords = try strings()
        derivedAcronyms = Set(try strings())
        countryKey = try r.optional()
    }

    /// Every stored property, for `init(reading:)`.
    func write(_ w: inout BinaryRecord.Writer) {
        func strings(_ xs: [String]) { w.varint(xs.count); for x in xs { w.string(x) } }
        w.string(display)
        strings(words)
        w.kind(kind)
        w.optional(title)
        w.optional(parenthesizedAcronym)
        strings(given)
        strings(surname)
        strings(generation)
        strings(qualifiers)
        strings(qualifierWords)
        strings(core)
        strings(designatorWords)
        w.optional(acronym)
        w.string(personKey)
        w.string(surnameKey)
        w.string(surnameLoose)
        w.optional(firstGiven)
        w.byte(firstGivenIsInitial ? 1 : 0)
        w.optional(firstGivenLoose)
        w.string(middleKey)
        w.string(orgKey)
        w.string(coreKey)
        strings(coreSkeletons)
        strings(nominalWords)
        strings(derivedAcronyms.sorted())
        w.optional(countryKey)
    }

    /// The name in a run of tokens, and the title before it for a person.
    static func nameWords(_ tokens: [String], kind: EntityKind) -> (words: [String], title: String?) {
        var tokens = tokens
        // "the Moscone West center in San Francisco": the name ends before a place preposition.
        if let cut = tokens.indices.dropFirst().first(where: { i in
            ["in", "near", "at"].contains(tokens[i]) && tokens[..<i].contains(where: NameForm.isCapitalized)
                && tokens[(i + 1)...].contains(where: NameForm.isCapitalized)
        }) {
            tokens = Array(tokens[..<cut])
        }
        var words = NameForm.stripDescriptors(tokens, kind: kind)
        // An owner in the possessive is not part of the name ("The Beatles' Apple Corps"), but a
        // country is a qualifier ("Russia's Foreign Ministry") and "McDonald's Corp" keeps its word.
        if let owner = words.indices.dropLast().last(where: { i in
            guard let base = NameForm.stripPossessive(words[i]) else { return false }
            if kind != .person && Countries.country(base) != nil { return false }
            // "Day of People's Unity" is one name: an owner is a name of its own before the possessive,
            // and a people or group named by a common noun owns nothing ("Korean People's Army",
            // "All-China Women's Federation" are whole names).
            guard words[..<i].allSatisfy(NameForm.isCapitalized), !NameLexicon.collectiveNouns.contains(base.lowercased()) else { return false }
            return words[(i + 1)...].contains { NameForm.isCapitalized($0) && !NameLexicon.designators.contains(NameForm.bare($0)) }
        }) {
            words = Array(words[(owner + 1)...])
        }
        if kind == .place {
            while let last = words.last, NameLexicon.governmentWords.contains(last.lowercased()), words.count > 1 {
                words.removeLast()
            }
        }
        guard kind == .person else { return (words, nil) }
        var title: String?
        // Everything up to the last title word is a role, when a name follows it; "of" and a country
        // continue the role ("President of the United States Barack Obama").
        if let last = words.lastIndex(where: { NameForm.isTitleOrDesignator($0) }), last + 1 < words.count {
            var end = last + 1
            if ["of", "for"].contains(words[end].lowercased()) {
                var k = end + 1
                if k < words.count, words[k].lowercased() == "the" { k += 1 }
                for n in stride(from: min(4, words.count - k - 1), through: 1, by: -1) where n > 0 {
                    let phrase = words[k..<(k + n)].joined(separator: " ")
                    if NameLexicon.isRegion(NameForm.stripPossessive(phrase) ?? phrase) { end = k + n; break }
                }
            }
            title = words[..<end].joined(separator: " ")
            words = Array(words[end...])
            if words.isEmpty { return ([], title) }
        }
        while let first = words.first, words.count > 1, NameForm.isTitleOrDesignator(first) {
            title = (title.map { $0 + " " } ?? "") + first
            words.removeFirst()
        }
        // "Apple Computer CEO" names a role, not a person; "John Major" ends in a surname.
        if let last = words.last, NameForm.isTitleOrDesignator(last),
           !NameLexicon.surnameLikeTitles.contains(NameForm.bare(last)) || words.count == 1 {
            title = ((title.map { [$0] } ?? []) + words).joined(separator: " ")
            words = []
        }
        return (words, title)
    }

    /// Whitespace tokens with "O' Leary" rejoined, possessive "'s" attached, and bare punctuation dropped
    /// (commas are kept as separators).
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var pieces: [String] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            var w = String(raw)
            // Split a trailing comma off so segments can be found.
            var trailingComma = false
            while w.hasSuffix(",") { w.removeLast(); trailingComma = true }
            if !w.isEmpty { pieces.append(w) }
            if trailingComma { pieces.append(",") }
        }
        for w in pieces {
            if w == "," { out.append(w); continue }
            let isPossessive = w == "'s" || w == "\u{2019}s" || w == "'" || w == "\u{2019}"
            if isPossessive, let last = out.last, last != "," {
                out[out.count - 1] = last + w
                continue
            }
            if let last = out.last, last.count <= 2, last.hasSuffix("'") || last.hasSuffix("\u{2019}"),
               w.first?.isUppercase == true {
                out[out.count - 1] = last + w
                continue
            }
            if w.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && $0.properties.numericType == nil && $0 != "&" }) {
                continue
            }
            out.append(w)
        }
        return out
    }

    static func bare(_ w: String) -> String {
        String(NameKey.plain(w).unicodeScalars.filter { $0 != " " })
    }

    static func isCapitalized(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        if f.properties.isUppercase || (f.properties.isAlphabetic && !f.properties.isLowercase) { return true }
        // "al-Masri", "d'Alema", "bin-Laden": a lower-case particle joined to a capitalised name.
        if let sep = w.unicodeScalars.firstIndex(where: { $0 == "-" || NameKey.isApostrophe($0) }) {
            let rest = w.unicodeScalars[w.unicodeScalars.index(after: sep)...]
            return rest.first?.properties.isUppercase == true
        }
        return false
    }

    static func isTitleOrDesignator(_ w: String) -> Bool {
        let parts = NameKey.plain(w).split(separator: " ").map(String.init)
        guard !parts.isEmpty else { return false }
        if NameLexicon.titles.contains(parts.joined(separator: "-")) { return true }
        return parts.allSatisfy { NameLexicon.titles.contains($0) || NameLexicon.designators.contains($0) }
    }

    /// Drops determiners, descriptive words before the name ("aircraft maker Boeing" → "Boeing")
    /// and lower-case words after it ("the UAW union" → "UAW").
    static func stripDescriptors(_ tokens: [String], kind: EntityKind) -> [String] {
        var t = tokens
        // A number after a body's name is part of it: "Radio 4" and "Channel 5" are not "Radio" and "Channel".
        func isNumeral(_ w: String) -> Bool { kind != .person && w.unicodeScalars.first?.properties.numericType != nil }
        func isDescriptive(_ w: String) -> Bool {
            !isCapitalized(w) && !NameLexicon.nameInternal.contains(w.lowercased()) && !isNumeral(w)
        }
        if let last = t.lastIndex(where: isDescriptive), t[(last + 1)...].contains(where: isCapitalized) {
            t = Array(t[(last + 1)...])
        }
        // A leading linking word goes ("of", "the"), but a capitalised one is part of the name: "Des
        // Browne", "Al Gore", "De Beers", "El Salvador".
        // A person's surname keeps its particles though: "van der Walt" alone is no "Walt".
        func isSurnameParticle(_ f: String) -> Bool {
            kind == .person && !isCapitalized(f) && NameLexicon.particles.contains(f.lowercased()) && t.contains(where: isCapitalized)
        }
        while let f = t.first, (NameLexicon.nameInternal.contains(f.lowercased()) && (!isCapitalized(f) || NameLexicon.determiners.contains(f.lowercased()))
                                && !isSurnameParticle(f))
                || f.hasPrefix("'") || f.hasPrefix("\u{2019}") {
            t.removeFirst()
        }
        // Trailing description goes ("the UAW union"), but an institution keeps its head word
        // ("the Karabakh foreign ministry").
        if let l = t.last, !isCapitalized(l), kind == .organization, NameLexicon.keptHeads.contains(l.lowercased()),
           t.contains(where: isCapitalized) {
            return t
        }
        // ...and a place its feature ("the Lachin corridor" is not the district of Lachin).
        if let l = t.last, !isCapitalized(l), kind == .place, RuleLexicon.lowerFeatureWords.contains(l.lowercased()),
           t.contains(where: isCapitalized) {
            return t
        }
        // ...and a facility named after someone its noun ("Vane stadium" is no Vane).
        if let l = t.last, !isCapitalized(l), kind != .person, MentionRules.namedAfterPersonHeads[l.lowercased()] != nil,
           t.contains(where: isCapitalized) {
            return t
        }
        while let l = t.last, !isCapitalized(l), !(isNumeral(l) && t.dropLast().last.map(isCapitalized) == true) { t.removeLast() }
        // A possessive on the last word is not part of the name ("Boeing's").
        if let l = t.last, let stripped = stripPossessive(l) { t[t.count - 1] = stripped }
        return t
    }

    static func stripPossessive(_ w: String) -> String? {
        for s in ["'s", "\u{2019}s", "'", "\u{2019}"] where w.hasSuffix(s) && w.count > s.count {
            return String(w.dropLast(s.count))
        }
        return nil
    }

    /// The letters of an acronym written alone ("CSTO", "U.S.", "AT&T") or nil for an ordinary word.
    static func acronymLetters(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.contains(" ") || t.split(separator: " ").allSatisfy({ $0.count == 2 && $0.hasSuffix(".") }) else { return nil }
        var letters = ""
        var upper = 0, lower = 0
        for s in t.unicodeScalars {
            if s.properties.isUppercase { upper += 1; letters.unicodeScalars.append(s) }
            else if s.properties.isLowercase { lower += 1; letters.unicodeScalars.append(s) }
            else if s.properties.numericType != nil { letters.unicodeScalars.append(s) }
            else if s == "." || s == "&" || s == "-" || s == " " || s == "/" { continue }
            else { return nil }
        }
        // All capitals (a trailing plural "s" allowed: "NGOs" is not a name, so no), 2 to 8 letters.
        guard upper >= 2, lower == 0, letters.count >= 2, letters.count <= 8 else { return nil }
        return letters.uppercased()
    }

    private func splitPerson() {
        var w = words
        while let l = w.last, w.count > 1, NameLexicon.suffixes.contains(NameForm.bare(l)) {
            generation.insert(NameForm.bare(l), at: 0)
            w.removeLast()
        }
        guard let last = w.last else { return }
        var sur = [last]
        var i = w.count - 2
        // A particle written first in lower case opens the surname too ("van der Walt" alone); a capital
        // one there is a given name ("Van Morrison").
        while i >= 0, NameLexicon.particles.contains(NameKey.plain(w[i])), i >= 1 || !NameForm.isCapitalized(w[i]) {
            sur.insert(w[i], at: 0)
            i -= 1
        }
        // "al-Assad" written as one word keeps its particle inside; keys drop it.
        surname = sur
        given = Array(w[..<(w.count - sur.count)])
    }

    private func splitOrganization() {
        if words.count == 1, let a = NameForm.acronymLetters(words[0]) {
            acronym = a
            core = words
            return
        }
        // Dotted short forms spread over words ("U. S.") are one acronym too.
        if words.count > 1, let a = NameForm.acronymLetters(words.joined(separator: " ")), words.allSatisfy({ $0.hasSuffix(".") }) {
            acronym = a
            core = words
            return
        }
        var w = words
        while w.count > 1, let l = w.last, NameLexicon.designators.contains(NameForm.bare(l)) {
            designatorWords.insert(l, at: 0)
            w.removeLast()
        }
        var quals: [String] = []
        var qualWords: [String] = []
        while w.count > 1, let f = w.first {
            let base = NameForm.stripPossessive(f) ?? f
            let isPossessive = base != f
            if let c = Countries.country(base), isPossessive || Countries.demonymKeys.contains(NameKey.plain(base))
                || NameForm.acronymLetters(base) != nil {
                quals.append(c)
                qualWords.append(f)
                w.removeFirst()
            } else if w.count > 2, let c = Countries.country(w[0] + " " + (NameForm.stripPossessive(w[1]) ?? w[1])) {
                // Two-word country: "United States Federal Reserve", "United Kingdom's Royal Air Force".
                quals.append(c)
                qualWords += [w[0], w[1]]
                w.removeFirst(2)
            } else {
                break
            }
        }
        qualifiers = quals
        qualifierWords = qualWords
        // "Department of Labor" and "Labor Department" are one name.
        if w.count >= 3, w.count <= 5, w[1].lowercased() == "of", NameLexicon.reorderableHeads.contains(NameForm.bare(w[0])) {
            w = Array(w[2...]) + [w[0]]
        }
        core = w
        if w.count == 1, designatorWords.isEmpty, let a = NameForm.acronymLetters(w[0]) { acronym = a }
    }

    // MARK: Keys (computed once, at init)

    private func computeKeys() {
        personKey = computePersonKey()
        surnameKey = computeSurnameKey()
        surnameLoose = computeSurnameLoose()
        firstGiven = computeFirstGiven()
        firstGivenIsInitial = computeFirstGivenIsInitial()
        firstGivenLoose = computeFirstGivenLoose()
        middleKey = computeMiddleKey()
        coreSkeletons = core.flatMap(NameKey.linkWords)
        coreKey = computeCoreKey()
        orgKey = computeOrgKey(core: coreKey)
        nominalWords = computeNominalWords()
        derivedAcronyms = computeDerivedAcronyms()
        countryKey = computeCountryKey()
    }

    /// Person: variant of the whole name without particles and suffixes, spacing ignored.
    private func computePersonKey() -> String {
        (given + surname).filter { !NameLexicon.articleParticles.contains(NameKey.plain($0)) }
            .map(NameKey.linkCompact).joined() + generation.joined()
    }

    private func computeSurnameKey() -> String {
        let k = surname.filter { !NameLexicon.articleParticles.contains(NameKey.plain($0)) }.map(NameKey.linkCompact).joined()
        // "Alassad" written as one word: the article prefix goes, as for "al-Assad".
        if k.count >= 6, k.hasPrefix("al") || k.hasPrefix("el"), surname.count == 1,
           surname[0].contains("-") || surname[0].contains("\u{2010}") { return String(k.dropFirst(2)) }
        return k
    }

    private func computeSurnameLoose() -> String {
        // Spaces dropped by scalars: Foundation's replacingOccurrences was 2% of an update's CPU.
        String(surname.filter { !NameLexicon.articleParticles.contains(NameKey.plain($0)) }
            .map(NameKey.linkLoose).joined().unicodeScalars.filter { $0 != " " })
    }

    /// The first given name, or its initial when only an initial is written ("J.").
    private func computeFirstGiven() -> String? { given.first.map(NameKey.linkCompact) }
    private func computeFirstGivenIsInitial() -> Bool {
        guard let f = given.first else { return false }
        return NameKey.plain(f).count == 1
    }
    private func computeFirstGivenLoose() -> String? { given.first.map(NameKey.linkLoose) }
    /// The middle names and the generation ("Jr."): either tells a namesake apart.
    private func computeMiddleKey() -> String {
        (given.dropFirst().map(NameKey.linkCompact) + generation).joined(separator: " ")
    }

    /// Organization or place: qualifiers and core, variant-aware, legal suffix and plural "s" ignored.
    private func computeOrgKey(core c: String) -> String {
        let q = qualifiers.sorted().joined(separator: "+")
        return q.isEmpty ? c : q + "|" + c
    }

    /// `orgKey` with a one-word name's plural "s" dropped too: within one story "Tiger rebels" and "the
    /// Tigers" are one name, across stories the "s" tells two apart (`computeCoreKey`).
    /// The stem must keep four letters: a shorter one ("Lens" → "len") meets other short names under
    /// the spelling rules ("Lyon" → "len"), and a word that short is as often a word of its own.
    /// A name of more words drops its last word's "s" here too (`computeCoreKey` keeps it).
    /// The "s" is dropped as written, before the spelling keys: "Unionists" keys as "unionisc", whose
    /// stem would no longer end in the "s". Not from "Congress" or "Airbus": no plurals.
    var storyOrgKey: String {
        guard acronym == nil, let last = core.last else { return orgKey }
        let written = NameKey.plain(last)
        guard written.hasSuffix("s"), !["ss", "us"].contains(where: written.hasSuffix) else { return orgKey }
        let stem = String(last.dropLast())
        guard core.count > 1 ? written.count > 3 : written.count > 4 else { return orgKey }
        return computeOrgKey(core: Self.coreKey(of: core.dropLast() + [stem]))
    }

    /// A plural "s" is dropped in names of two words or more ("Trade Unions Congress"), not in a name
    /// of one word, where it tells two names apart: the rugby "Dragons" are not a programme "Dragon", a
    /// "Sars" virus not the "SAR" of Hong Kong.
    /// The last word keeps its "s" across stories: a plural there may be another name whose singular is a
    /// name of its own, the band "Rolling Stones" and the magazine "Rolling Stone" (`storyOrgKey` drops it
    /// within one story). A company's trade word is written either way ("Ford Motors", "Ford Motor").
    private func computeCoreKey() -> String { Self.coreKey(of: core) }

    /// `coreKey` of the words of a core.
    private static func coreKey(of core: [String]) -> String {
        let ws = core.flatMap(NameKey.linkWords)
        guard ws.count > 1 else { return ws.joined(separator: " ") }
        return ws.enumerated().map { i, s -> String in
            guard s.count > 3, s.hasSuffix("s") else { return s }
            let trade = NameLexicon.businessKeys.contains(s) || NameLexicon.businessKeys.contains(String(s.dropLast()))
            return i < ws.count - 1 || trade ? String(s.dropLast()) : s
        }.joined(separator: " ")
    }

    /// The nominal words ("the ministry", "the company") that may refer back to this name.
    private func computeNominalWords() -> [String] {
        guard kind == .organization, acronym == nil, let last = (designatorWords.last ?? core.last) else { return [] }
        return NameLexicon.nominalHeads[NameForm.bare(last)] ?? []
    }

    /// Acronyms this long name may be shortened to ("Collective Security Treaty Organization" → CSTO).
    /// Only linking words may be left out: "United Nations human rights commission" is no "UN".
    private func computeDerivedAcronyms() -> Set<String> {
        guard acronym == nil, words.count >= 2 else { return [] }
        var out = Set<String>()
        let content = qualifierWords + core
        func initials(_ ws: [String], skipInternal: Bool) -> String {
            var s = ""
            for w in ws {
                let parts = w.split(whereSeparator: { $0 == "-" || $0 == "/" })
                for p in parts {
                    let base = NameForm.stripPossessive(String(p)) ?? String(p)
                    if skipInternal && NameLexicon.nameInternal.contains(base.lowercased()) { continue }
                    if base == "&" { continue }
                    guard let f = base.first, f.isLetter || f.isNumber else { continue }
                    s.append(contentsOf: String(f).uppercased())
                }
            }
            return s
        }
        for ws in [content, content + designatorWords, core, core + designatorWords] where !ws.isEmpty {
            out.insert(initials(ws, skipInternal: true))
            out.insert(initials(ws, skipInternal: false))
            // "United States of America" → "US": the part before "of" when it has two words or more and
            // what follows is a place ("European Conference of Postal ... Administrations" is no "EC").
            if let of = ws.firstIndex(where: { $0.lowercased() == "of" }), of >= 2, of + 1 < ws.count,
               NameLexicon.isRegion(ws[(of + 1)...].joined(separator: " ")) {
                out.insert(initials(Array(ws[..<of]), skipInternal: true))
            }
        }
        return out.filter { $0.count >= 2 }
    }

    /// An institution named by description alone, without a country ("Foreign Ministry", "Supreme
    /// Court", "Parliament"): every country has one, so the name alone does not say which.
    var isGenericBody: Bool {
        guard kind == .organization, qualifiers.isEmpty, acronym == nil, !core.isEmpty else { return false }
        // Bodies known by that name alone ("Security Council", "General Assembly") are one body.
        if RuleLexicon.shared.organizations.contains(RuleLexicon.key(core.joined(separator: " "))) { return false }
        var hasHead = false
        for w in core {
            let b = NameForm.bare(w)
            if RuleLexicon.bodyHeads.contains(b) || b == "congress" || b == "presidency" { hasHead = true; continue }
            if RuleLexicon.bodyDescriptors.contains(b) || NameLexicon.nameInternal.contains(b) { continue }
            return false
        }
        return hasHead
    }

    /// The words of the name (qualifiers and core, spelling-variant keys) without linking words and legal form.
    var contentWords: Set<String> {
        Set((qualifierWords + core).flatMap(NameKey.linkWords).filter { !NameLexicon.nameInternal.contains($0) })
    }

    /// Two names with the same words up to one more or fewer ("European Aeronautic Defence and Space" and
    /// "European Aeronautic Defense and Space Co").
    static func sameWords(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.isSubset(of: b) || b.isSubset(of: a) { return true }
        return Double(a.intersection(b).count) / Double(a.union(b).count) >= 0.6
    }

    /// The head of a compound place name written with a hyphen ("Karabakh" in "Nagorno-Karabakh"), when
    /// the words before it are no place of their own ("Guinea-Bissau" and "Bosnia-Herzegovina" are
    /// pairs of places, not a place and its modifier).
    static func compoundHead(of n: NameForm, isPlace: (String) -> Bool) -> String? {
        guard n.kind == .place, n.words.count == 1, let word = n.words.first else { return nil }
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count >= 2, let head = parts.last, head.count >= 4, parts.allSatisfy(NameForm.isCapitalized) else { return nil }
        for p in parts.dropLast() where isPlace(p) || Countries.country(p) != nil || NameLexicon.isRegion(p) { return nil }
        return head
    }

    /// Country key when this place (or qualifier-only organization) names a country.
    private func computeCountryKey() -> String? {
        guard kind == .place else { return nil }
        return Countries.country(display) ?? acronym.flatMap { Countries.country($0) }
    }
}
