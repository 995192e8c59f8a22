// Word lists the rules use: titles and roles, demonyms, countries, government-body words, known organizations.

import Foundation

/// Lower-cased, typographic apostrophes folded; the rules compare tokens through `RuleLexicon.key`.
public struct RuleLexicon: Sendable {
    public var demonyms: Set<String>
    public var countries: Set<String>
    public var organizations: Set<String>
    public var agencies: Set<String>
    public var firstNames: Set<String>
    /// Common surnames (census list): a one-word name that is one may be a person.
    public var lastNames: Set<String> = []
    public var dateWords: Set<String>
    /// Cities and regions of the gazetteer: names that are places before they are anything named after them.
    public var places: Set<String> = []

    /// Words that head a title or role ("minister", "colonel-general", "ambassador").
    public static let titleHeads: Set<String> = [
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "under-secretary",
        "undersecretary", "ambassador", "envoy", "consul", "senator", "sen.", "representative", "rep.", "congressman",
        "congresswoman", "governor", "gov.", "mayor", "speaker", "chairman", "chairwoman", "chair", "chief",
        "director", "director-general", "commissioner", "spokesman", "spokeswoman", "spokesperson", "judge", "justice",
        "prosecutor", "attorney", "king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh",
        "pope", "cardinal", "archbishop", "bishop", "patriarch", "rabbi", "imam", "ayatollah", "reverend", "rev.",
        "general", "gen.", "colonel", "col.", "colonel-general", "lieutenant-general", "major-general",
        "brigadier", "brigadier-general", "lieutenant", "lt.", "lieutenant-colonel", "major", "maj.", "captain",
        "capt.", "sergeant", "sgt.", "corporal", "private", "admiral", "adm.", "marshal", "commander", "cmdr.",
        "commander-in-chief", "coach", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor",
        "sir", "dame", "lord", "lady", "lt.-gen.", "maj.-gen.", "brig.-gen.", "lt.-col.", "col.-gen.",
        "lawmaker", "legislator", "deputy", "official", "leader", "diplomat", "adviser", "advisor", "aide", "head",
        "ombudsman", "mufti", "rector", "editor", "correspondent", "analyst", "economist",
    ]

    /// Words that qualify a title ("deputy", "foreign", "prime"); not titles on their own.
    public static let titleModifiers: Set<String> = [
        "deputy", "vice", "acting", "assistant", "associate", "first", "second", "former", "ex", "interim", "prime",
        "foreign", "defense", "defence", "interior", "finance", "justice", "economy", "economic", "trade", "health",
        "education", "energy", "agriculture", "culture", "transport", "labor", "labour", "environment", "emergency",
        "emergencies", "security", "intelligence", "state", "national", "federal", "general", "chief", "senior",
        "supreme", "high", "grand", "crown", "executive", "managing", "permanent", "special", "top", "army", "navy",
        "naval", "military", "air", "force", "staff", "field", "rear", "lieutenant", "regional", "provincial",
        "outgoing", "incoming", "new", "then", "opposition", "veteran", "elder", "former", "junior", "parliamentary",
        "presidential", "government", "cabinet", "communications", "information", "industry", "science",
        "sports", "youth", "social", "affairs", "development", "territorial", "administration", "minority",
        "majority", "party", "union", "central", "bank", "committee", "council", "court", "department", "ministry",
        // Portfolios and the opposition's offices ("Telecommunications Minister", "shadow Home Secretary").
        "shadow", "home", "treasury", "telecommunications", "telecom", "tourism", "housing", "transportation",
        "fisheries", "heritage", "water", "environmental", "religious", "refugee", "refugees", "tribal",
    ]

    /// Words that end a government or institutional body named by description.
    public static let bodyHeads: Set<String> = [
        "ministry", "committee", "court", "service", "council", "department", "office", "agency", "commission",
        "bureau", "parliament", "assembly", "directorate", "inspectorate", "staff", "guard", "police", "army",
        "navy", "government", "cabinet", "senate", "duma", "tribunal", "prosecutor's", "administration",
        "bank", "authority", "board", "forces", "force", "command", "embassy", "consulate", "legislature",
    ]

    /// Descriptors that may stand between a qualifier and a body head ("Defense", "Constitutional").
    public static let bodyDescriptors: Set<String> = [
        "defense", "defence", "foreign", "interior", "finance", "justice", "economy", "economic", "economics",
        "trade", "health", "education", "energy", "agriculture", "culture", "transport", "labor", "labour",
        "environment", "emergency", "emergencies", "security", "intelligence", "state", "national", "federal",
        "general", "supreme", "high", "constitutional", "central", "criminal", "civil", "electoral", "election",
        "investigative", "border", "customs", "tax", "foreign-intelligence", "information", "communications",
        "industry", "science", "sports", "youth", "social", "affairs", "development", "territorial",
        "administration", "defense-industry", "anti-corruption", "audit", "military", "air", "armed", "naval",
        "presidential", "prosecutor", "prosecutor-general", "prosecutor's", "attorney", "general's", "human",
        "rights", "human-rights", "statistics", "statistical", "public", "veterans", "diaspora", "migration",
        "cassation", "appeals", "arbitration", "peace", "peacekeeping", "space", "nuclear", "atomic", "secret",
        "intelligence", "special", "joint", "chiefs", "ecology", "water", "fisheries", "finance", "budget",
        // Portfolios a ministry of any country may carry ("Ministry of Agriculture and Cooperatives").
        "cooperatives", "cooperative", "co-operatives", "livestock", "forestry", "tourism", "mines", "lands",
        "housing", "works", "irrigation", "rural", "commerce", "planning", "welfare", "aviation", "petroleum",
    ]

    /// Pronouns, which a name never starts or ends with ("... New Year's Eve He said").
    public static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "his", "its", "their"]

    public static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose", "this", "that",
    ]

    public static let connectors: Set<String> = ["of", "for", "and", "on", "to", "in", "at", "&"]

    /// Acronyms that are not organizations in running text.
    public static let commonAcronyms: Set<String> = [
        "tv", "ok", "am", "pm", "ceo", "cfo", "gdp", "vat", "ad", "bc", "dna", "hiv", "aids", "pc", "id", "usa", "us",
        "uk", "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xs", "sm", "md", "lg", "xl", "xxl", "faq", "ap",
        "ft", "km", "kg", "mph", "rpm", "ipo", "ai", "it", "pr", "hq", "vip", "mp", "mps", "atm", "usd", "eur", "gbp",
        "rss", "pdf", "url", "html", "www", "gmt", "utc", "est", "cet", "msk", "ok", "no", "gps", "lng", "lpg", "co2",
    ]

    /// Party nicknames and followers' words: a party's people, never a person or a body of their own.
    public static let partyWords: Set<String> = [
        "lib dem", "lib dems", "libdem", "libdems", "tory", "tories", "blairite", "blairites", "brownite", "brownites",
        "thatcherite", "thatcherites", "labourite", "labourites", "trotskyite", "trotskyites", "dem", "dems",
    ]

    /// Forms a people's name takes as the first part of a compound ("Sino-French", "Anglo-Irish").
    public static let combiningForms: Set<String> = [
        "sino", "anglo", "franco", "afro", "indo", "euro", "russo", "greco", "austro", "judeo", "italo", "hispano",
        "turco", "serbo", "irano", "nippo", "germano", "polono", "americo",
    ]

    /// Common nouns written in capitals or capitalised that taggers take for names ("a PC", "God").
    public static let notNames: Set<String> = [
        "god", "pc", "pcs", "id", "ids", "tv", "dvd", "dvds", "cd", "cds", "gdp", "vat", "dna", "hiv", "aids", "ceo", "cfo", "ipo",
        "hq", "vip", "atm", "atms", "gps", "lng", "lpg", "co2", "mp3", "sms", "isp", "isps", "url", "www", "faq",
        // Members of a parliament or assembly, as a group ("Lib Dem MPs").
        "mp", "mps", "msp", "msps", "mep", "meps",
        // Ranks and honours written after a name ("Jane Roe QC", "John Doe MBE").
        "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe",
        // Faiths without the "-ism" every other one ends in ("relations between Islam and Christianity").
        "islam", "christianity", "christendom",
    ]

    /// Geographic features that make a place name with their name ("Kodori Gorge", "Strait of Hormuz").
    public static let featureWords: Set<String> = [
        "strait", "straits", "gulf", "bay", "sea", "gorge", "valley", "corridor", "pass", "peninsula", "river", "lake",
        "mountains", "island", "islands", "isles", "isle", "desert", "canyon", "plateau", "ridge", "basin", "delta",
        "heights", "highlands", "glacier", "cape", "kingdom", "empire",
    ]
    /// Features that stay in lower case after a place's name ("the Lachin corridor").
    public static let lowerFeatureWords: Set<String> = ["corridor", "gorge"]

    static func key(_ s: some StringProtocol) -> String {
        // ASCII fast path: lower-case bytes straight into the new string.
        let utf8 = s.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: utf8.count) { buf in
                var i = 0
                for b in utf8 { buf[i] = (b >= 65 && b <= 90) ? b + 32 : b; i += 1 }
                return i
            }
        }
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let x = Unicode.Scalar(TokenText.lower(TokenText.normalize(u.value))) { v.append(x) }
        }
        return String(v)
    }

    /// `plural`: also "Armenians" (CoNLL tags sports teams like "Indians" as organizations, so not there).
    public func isDemonym(_ token: some StringProtocol, plural: Bool = true) -> Bool {
        let k = Self.key(token)
        if demonyms.contains(k) { return true }
        // Plurals ("Armenians") and compounds ("Russian-Armenian", "Armenian-Azerbaijani"); a country's
        // name is not a plural ("Laos", "Philippines" beside "Lao", "Philippine").
        if plural, k.hasSuffix("s"), demonyms.contains(String(k.dropLast())), !countries.contains(k) { return true }
        let parts = k.split(separator: "-")
        if parts.count > 1 {
            let isPart: (Substring) -> Bool = { self.demonyms.contains(String($0)) || self.countries.contains(String($0)) }
            if parts.allSatisfy(isPart) && parts.contains(where: { demonyms.contains(String($0)) }) { return true }
        }
        return false
    }

    public func isCountry(_ token: some StringProtocol) -> Bool { countries.contains(Self.key(token)) }

    public static func isTitleHead(_ token: some StringProtocol) -> Bool { titleHeads.contains(key(token)) }

    public static func isTitleWord(_ token: some StringProtocol) -> Bool {
        let k = key(token)
        if titleHeads.contains(k) || titleModifiers.contains(k) { return true }
        // Hyphenated ranks and offices: "Colonel-General", "Vice-President", "Deputy-Minister".
        let parts = k.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { titleHeads.contains(String($0)) || titleModifiers.contains(String($0)) }
    }

    public init(demonyms: Set<String>, countries: Set<String>, organizations: Set<String>, agencies: Set<String>,
                firstNames: Set<String> = [], dateWords: Set<String> = []) {
        self.firstNames = firstNames
        self.dateWords = dateWords
        self.demonyms = demonyms
        self.countries = countries
        self.organizations = organizations
        self.agencies = agencies
    }

    /// News and photo agencies, which credits and datelines name (never people).
    static let agencyNames: Set<String> = [
        "afp", "ap", "reuters", "tass", "itar-tass", "interfax", "ria", "ria novosti", "xinhua", "kyodo", "anadolu",
        "efe", "ansa", "dpa", "upi", "pti", "yonhap", "bernama", "antara", "photolure", "epa", "getty", "getty images",
        "associated press", "agence france-presse", "sputnik", "bloomberg", "apa", "mena", "irna", "isna", "wafa",
    ]

    /// The texts of one gazetteer list (`NAME.txt` and `NAME-*.txt` in `Resources/gazetteers`); none
    /// when the resources are missing.
    static func gazetteerTexts(_ prefix: String) -> [String] {
        guard let folder = try? BundledResources.url("gazetteers"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().filter { $0 == prefix + ".txt" || ($0.hasPrefix(prefix + "-") && $0.hasSuffix(".txt")) }.compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// Loaded once from `Resources/gazetteers`; empty lists when the resources are missing.
    public static let shared: RuleLexicon = {
        func list(_ prefix: String) -> Set<String> {
            Set(gazetteerTexts(prefix).flatMap(LexiconBuilder.entries).map { key($0) })
        }
        var lexicon = RuleLexicon(demonyms: list("demonyms"), countries: list("countries"), organizations: list("organizations"),
                                  agencies: agencyNames, firstNames: list("first-names"),
                                  dateWords: list("date-words"))
        lexicon.lastNames = list("last-names")
        // Places also as news writes them without accents ("Zürich" as "Zurich"), and cities in their
        // short form; neither when that is a person's name ("Būsh" as "Bush", "Burton upon Trent").
        let cities = list("cities"), places = cities.union(list("regions"))
        let unaccented = Set(places.map { $0.folding(options: .diacriticInsensitive, locale: nil) })
        lexicon.places = places.union(unaccented.union(cities.compactMap(cityShortForm)).filter {
            !lexicon.lastNames.contains($0) && !lexicon.firstNames.contains($0)
        })
        return lexicon
    }()

    /// Separators after which a city's listed name only says where it lies ("Frankfurt am Main",
    /// "Newcastle upon Tyne", "Halle (Saale)", "Rostov-on-Don", "Misato, Saitama").
    static let cityLocators = [" am ", " an der ", " upon ", " on ", " (", ", ", "-on-", "-upon-"]

    /// The short form news writes for a city listed under a long one ("frankfurt am main" → "frankfurt"),
    /// or nil.
    static func cityShortForm(_ city: String) -> String? {
        for sep in cityLocators {
            if let r = city.range(of: sep), r.lowerBound > city.startIndex {
                let head = String(city[..<r.lowerBound])
                return head.count >= 4 ? head : nil
            }
        }
        return nil
    }
}
