// Countries with their other names and demonyms, for linking keys: the `NAME = COUNTRY` lines of
// Resources/gazetteers/countries.txt and demonyms.txt, the lists the recognizer's rules read (one
// copy of the names; generic public knowledge).

/// Lets "Russian Foreign Ministry" and "Russia's Foreign Ministry" share a qualifier, "Britain" join
/// "United Kingdom", and a demonym used as a place ("Japanese") find its country.
enum Countries {
    /// (name, country) of each line of the list that names its country ("Britain = United Kingdom").
    private static func forms(_ list: String) -> [(name: String, country: String)] {
        RuleLexicon.gazetteerTexts(list).flatMap(LexiconBuilder.forms).compactMap { form in
            form.country.map { (form.name, $0) }
        }
    }

    private static let names = forms("countries")
    private static let demonyms = forms("demonyms")

    /// plain key of any name or demonym → plain key of the canonical country name.
    static let byKey: [String: String] = {
        var map: [String: String] = [:]
        // The countries themselves first: no other name or demonym may take a country's own key.
        for (_, country) in names + demonyms { map[NameKey.plain(country)] = NameKey.plain(country) }
        for (name, country) in names + demonyms where map[NameKey.plain(name)] == nil {
            map[NameKey.plain(name)] = NameKey.plain(country)
        }
        return map
    }()

    /// Plain keys of demonyms only (so "Armenian" is a qualifier, not a place name): never a country's name.
    static let demonymKeys: Set<String> = {
        let countryNames = Set((names.map(\.name) + names.map(\.country) + demonyms.map(\.country)).map(NameKey.plain))
        return Set(demonyms.map { NameKey.plain($0.name) }).subtracting(countryNames)
    }()

    /// Plain key of a body that exists under its name in one country only → that country's key
    /// (`State Department = United States` in organizations.txt).
    static let bodies: [String: String] = {
        var map: [String: String] = [:]
        for (name, country) in forms("organizations") { map[NameKey.plain(name)] = NameKey.plain(country) }
        return map
    }()

    /// Plain key of a national capital → its country's key (`Moscow = Russia` in capitals.txt).
    static let capitals: [String: String] = {
        var map: [String: String] = [:]
        for (name, country) in forms("capitals") { if let c = Countries.country(country) { map[NameKey.plain(name)] = c } }
        return map
    }()

    /// The one country whose body a name without qualifier is ("the State Department" → "united states").
    static func home(ofCore core: [String]) -> String? { bodies[NameKey.plain(core.joined(separator: " "))] }

    /// The canonical country key for a name, short form or demonym ("U.S." → "united states").
    static func country(_ name: String) -> String? {
        let p = NameKey.plain(name)
        if let c = byKey[p] { return c }
        // Dotted or spaced short forms: "U.S." plain is "u s".
        let joined = String(p.filter { $0 != " " })
        if joined.count <= 4, let c = byKey[joined] { return c }
        // Official long forms: "the Republic of X", "Kingdom of X", "State of X".
        for prefix in ["republic of ", "kingdom of ", "state of ", "commonwealth of ", "federal republic of ",
                       "democratic republic of ", "islamic republic of ", "people s republic of "] where p.hasPrefix(prefix) {
            if let c = byKey[String(p.dropFirst(prefix.count))] { return c }
        }
        return nil
    }
}
