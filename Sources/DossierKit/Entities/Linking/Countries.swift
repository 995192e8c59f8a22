// Country names, their common short forms and demonyms (generic public knowledge) for linking keys.

/// Lets "Russian Foreign Ministry" and "Russia's Foreign Ministry" share a qualifier, "Britain" join
/// "United Kingdom", and a demonym used as a place ("Japanese") find its country.
enum Countries {
    // "Canonical|other names;demonyms". Other names are what news writes for the same country.
    private static let table: [String] = [
        "Afghanistan;Afghan", "Albania;Albanian", "Algeria;Algerian", "Andorra;Andorran", "Angola;Angolan",
        "Argentina;Argentine|Argentinian", "Armenia|Republic of Armenia;Armenian", "Australia;Australian",
        "Austria;Austrian", "Azerbaijan;Azerbaijani|Azeri", "Bahamas;Bahamian", "Bahrain;Bahraini",
        "Bangladesh;Bangladeshi", "Barbados;Barbadian", "Belarus|Byelorussia;Belarusian|Belarussian",
        "Belgium;Belgian", "Belize;Belizean", "Benin;Beninese", "Bhutan;Bhutanese", "Bolivia;Bolivian",
        "Bosnia and Herzegovina|Bosnia;Bosnian", "Botswana;Botswanan", "Brazil;Brazilian", "Brunei;Bruneian",
        "Bulgaria;Bulgarian", "Burkina Faso;Burkinabe", "Burundi;Burundian", "Cambodia;Cambodian",
        "Cameroon;Cameroonian", "Canada;Canadian", "Cape Verde;Cape Verdean", "Central African Republic;Central African",
        "Chad;Chadian", "Chile;Chilean", "China|People's Republic of China|PRC;Chinese", "Colombia;Colombian",
        "Comoros;Comoran", "Congo;Congolese", "Costa Rica;Costa Rican", "Croatia;Croatian|Croat", "Cuba;Cuban",
        "Cyprus;Cypriot", "Czech Republic|Czechia;Czech", "Denmark;Danish", "Djibouti;Djiboutian",
        "Dominican Republic;Dominican", "Ecuador;Ecuadorian", "Egypt;Egyptian", "El Salvador;Salvadoran",
        "Equatorial Guinea;Equatoguinean", "Eritrea;Eritrean", "Estonia;Estonian", "Eswatini|Swaziland;Swazi",
        "Ethiopia;Ethiopian", "Fiji;Fijian", "Finland;Finnish", "France|French Republic;French", "Gabon;Gabonese",
        "Gambia;Gambian", "Georgia;Georgian", "Germany|Federal Republic of Germany;German", "Ghana;Ghanaian",
        "Greece|Hellenic Republic;Greek", "Grenada;Grenadian", "Guatemala;Guatemalan", "Guinea;Guinean",
        "Guinea-Bissau;Bissau-Guinean", "Guyana;Guyanese", "Haiti;Haitian", "Honduras;Honduran",
        "Hungary;Hungarian", "Iceland;Icelandic", "India;Indian", "Indonesia;Indonesian",
        "Iran|Islamic Republic of Iran|Persia;Iranian", "Iraq;Iraqi", "Ireland|Republic of Ireland|Eire;Irish",
        "Israel;Israeli", "Italy;Italian", "Ivory Coast|Cote d'Ivoire;Ivorian", "Jamaica;Jamaican", "Japan;Japanese",
        "Jordan;Jordanian", "Kazakhstan;Kazakh|Kazakhstani", "Kenya;Kenyan", "Kiribati;I-Kiribati", "Kosovo;Kosovar",
        "Kuwait;Kuwaiti", "Kyrgyzstan|Kirgizia;Kyrgyz", "Laos;Lao|Laotian", "Latvia;Latvian", "Lebanon;Lebanese",
        "Lesotho;Basotho", "Liberia;Liberian", "Libya;Libyan", "Liechtenstein;Liechtensteiner",
        "Lithuania;Lithuanian", "Luxembourg;Luxembourgish", "Madagascar;Malagasy", "Malawi;Malawian",
        "Malaysia;Malaysian", "Maldives;Maldivian", "Mali;Malian", "Malta;Maltese", "Mauritania;Mauritanian",
        "Mauritius;Mauritian", "Mexico;Mexican", "Moldova;Moldovan", "Monaco;Monegasque", "Mongolia;Mongolian",
        "Montenegro;Montenegrin", "Morocco;Moroccan", "Mozambique;Mozambican", "Myanmar|Burma;Burmese",
        "Namibia;Namibian", "Nepal;Nepalese|Nepali", "Netherlands|Holland;Dutch", "New Zealand;New Zealand",
        "Nicaragua;Nicaraguan", "Niger;Nigerien", "Nigeria;Nigerian", "North Korea|DPRK;North Korean",
        "North Macedonia|Macedonia;Macedonian", "Norway;Norwegian", "Oman;Omani", "Pakistan;Pakistani",
        "Palestine;Palestinian", "Panama;Panamanian", "Papua New Guinea;Papua New Guinean", "Paraguay;Paraguayan",
        "Peru;Peruvian", "Philippines;Philippine|Filipino", "Poland;Polish", "Portugal;Portuguese", "Qatar;Qatari",
        "Romania;Romanian", "Russia|Russian Federation;Russian", "Rwanda;Rwandan", "Samoa;Samoan",
        "San Marino;Sammarinese", "Saudi Arabia;Saudi|Saudi Arabian", "Senegal;Senegalese", "Serbia;Serbian|Serb",
        "Seychelles;Seychellois", "Sierra Leone;Sierra Leonean", "Singapore;Singaporean", "Slovakia;Slovak",
        "Slovenia;Slovenian|Slovene", "Solomon Islands;Solomon Islander", "Somalia;Somali",
        "South Africa;South African", "South Korea|Republic of Korea|Korea;South Korean|Korean",
        "South Sudan;South Sudanese", "Spain;Spanish", "Sri Lanka;Sri Lankan", "Sudan;Sudanese",
        "Suriname;Surinamese", "Sweden;Swedish", "Switzerland;Swiss", "Syria;Syrian", "Taiwan|Republic of China;Taiwanese",
        "Tajikistan;Tajik", "Tanzania;Tanzanian", "Thailand;Thai", "Timor-Leste|East Timor;Timorese", "Togo;Togolese",
        "Tonga;Tongan", "Trinidad and Tobago;Trinidadian", "Tunisia;Tunisian", "Turkey|Turkiye;Turkish",
        "Turkmenistan;Turkmen", "Uganda;Ugandan", "Ukraine;Ukrainian", "United Arab Emirates|UAE;Emirati",
        "United Kingdom|UK|Britain|Great Britain;British", "United States|US|USA|America;American",
        "Uruguay;Uruguayan", "Uzbekistan;Uzbek", "Vanuatu;Vanuatuan", "Vatican|Holy See;Vatican",
        "Venezuela;Venezuelan", "Vietnam|Viet Nam;Vietnamese", "Yemen;Yemeni", "Zambia;Zambian",
        "Zimbabwe;Zimbabwean", "European Union|EU;",
        "Soviet Union|USSR;Soviet",
    ]

    /// plain key of any name or demonym → plain key of the canonical country name.
    static let byKey: [String: String] = {
        var map: [String: String] = [:]
        for line in table {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false)
            let names = parts[0].split(separator: "|").map(String.init)
            let demonyms = parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : []
            guard let canonical = names.first else { continue }
            let c = NameKey.plain(canonical)
            for n in names + demonyms where map[NameKey.plain(n)] == nil { map[NameKey.plain(n)] = c }
        }
        return map
    }()

    /// Plain keys of demonyms only (so "Armenian" is a qualifier, not a place name).
    static let demonymKeys: Set<String> = {
        var set = Set<String>()
        for line in table {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false)
            let names = Set(parts[0].split(separator: "|").map { NameKey.plain(String($0)) })
            if parts.count > 1 {
                for d in parts[1].split(separator: "|") where !names.contains(NameKey.plain(String(d))) {
                    set.insert(NameKey.plain(String(d)))
                }
            }
        }
        return set
    }()

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
