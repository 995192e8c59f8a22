// Spelling rules under which romanisations of the same name coincide, with names for the rules.

/// Rewrites one lower-cased, diacritic-free word to a skeleton shared by its common romanisations
/// (Armenian -ian/-yan, Russian -iy/-y/-i and e/yo, kh/h, ts/c, j/zh/dzh, French ou/u, double
/// letters). The rules are ordered; each has a label so that a merge can say which rule explains it.
public enum Transliteration {
    struct Rule: Sendable {
        let label: String
        let apply: @Sendable ([Unicode.Scalar]) -> [Unicode.Scalar]
    }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    static func replace(_ w: [Unicode.Scalar], _ from: String, _ to: String) -> [Unicode.Scalar] {
        let f = Array(from.unicodeScalars)
        guard let f0 = f.first, w.count >= f.count, w.contains(f0) else { return w }
        func matches(at i: Int) -> Bool {
            guard i + f.count <= w.count else { return false }
            for k in 0..<f.count where w[i + k] != f[k] { return false }
            return true
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(w.count)
        var i = 0
        var changed = false
        while i < w.count {
            if w[i] == f0, matches(at: i) {
                out.append(contentsOf: to.unicodeScalars)
                i += f.count
                changed = true
            } else {
                out.append(w[i])
                i += 1
            }
        }
        return changed ? out : w
    }

    static func replaceSuffix(_ w: [Unicode.Scalar], _ suffixes: [String], _ to: String, minStem: Int = 2) -> [Unicode.Scalar] {
        for s in suffixes {
            let sc = Array(s.unicodeScalars)
            if w.count >= sc.count + minStem, w.suffix(sc.count).elementsEqual(sc) {
                return Array(w.dropLast(sc.count)) + Array(to.unicodeScalars)
            }
        }
        return w
    }

    static let rules: [Rule] = [
        // "World Health Organisation"/"Organization", "Food Programme"/"Program": British and American
        // spelling of the words bodies are named with (never of a family name: not a romanisation rule).
        Rule(label: "British/American spelling") { w in
            var r = replaceSuffix(replaceSuffix(w, ["isation"], "ization", minStem: 3), ["isations"], "izations", minStem: 3)
            for (british, american) in [("programme", "program"), ("centre", "center"), ("defence", "defense")] {
                r = replaceSuffix(replaceSuffix(r, [british], american, minStem: 0), [british + "s"], american + "s", minStem: 0)
            }
            return r
        },
        Rule(label: "j/zh/dzh") { w in replace(replace(replace(w, "dzh", "j"), "dj", "j"), "zh", "j") },
        Rule(label: "kh/h") { w in replace(w, "kh", "h") },
        Rule(label: "tch/ch") { w in replace(w, "tch", "ch") },
        Rule(label: "ts/c") { w in replace(replace(w, "ts", "c"), "tz", "c") },
        Rule(label: "ph/f") { w in replace(w, "ph", "f") },
        Rule(label: "q/k") { w in replace(w, "q", "k") },
        Rule(label: "w/v") { w in replace(w, "w", "v") },
        Rule(label: "ks/x") { w in replace(w, "ks", "x") },
        Rule(label: "ou/u") { w in replace(replace(w, "ou", "u"), "oo", "u") },
        Rule(label: "e/yo") { w in
            // "Fyodor"/"Fedor", "Pyotr"/"Petr": yo after a consonant.
            var out: [Unicode.Scalar] = []
            var i = 0
            while i < w.count {
                if i > 0, i + 1 < w.count, w[i] == "y", w[i + 1] == "o", !vowels.contains(w[i - 1]) {
                    out.append("e")
                    i += 2
                } else {
                    out.append(w[i])
                    i += 1
                }
            }
            return out
        },
        Rule(label: "e/ye") { w in
            w.count > 3 && w.starts(with: ["y", "e"]) ? Array(w.dropFirst()) : w
        },
        Rule(label: "-ian/-yan") { w in replaceSuffix(w, ["yan"], "ian") },
        Rule(label: "-iy/-y/-i") { w in
            let r = replaceSuffix(w, ["iy", "yy", "ii", "ij", "yj"], "i")
            if r != w { return r }
            if w.count > 3, w.last == "y", let p = w.dropLast().last, !vowels.contains(p) {
                return Array(w.dropLast()) + ["i"]
            }
            return w
        },
        // "Akayev"/"Akaev", "Sergeyev"/"Sergeev": the Russian -ev after a vowel, with or without its y.
        Rule(label: "-yev/-ev") { w in
            for suffix in ["yev", "yeva"] {
                let sc = Array(suffix.unicodeScalars)
                if w.count >= sc.count + 2, w.suffix(sc.count).elementsEqual(sc), vowels.contains(w[w.count - sc.count - 1]) {
                    return Array(w.dropLast(sc.count)) + Array(suffix.dropFirst().unicodeScalars)
                }
            }
            return w
        },
        Rule(label: "-ey/-ei") { w in replaceSuffix(w, ["ey", "ej"], "ei") },
        Rule(label: "y/i") { w in w.map { $0 == "y" ? "i" : $0 } },
        Rule(label: "double letters") { w in
            var out: [Unicode.Scalar] = []
            for c in w where out.last != c { out.append(c) }
            return out
        },
    ]

    /// The rules that romanisation and misspelling explain (Armenian -ian/-yan, Russian -iy/-y and e/yo,
    /// kh/h, zh/j, ts/c, a doubled letter). The others (ou/u, y/i, w/v, ph/f, q/k, ks/x) also make one key
    /// of two English family names ("Huston"/"Houston").
    static let romanisationOnly: Set<String> = [
        "j/zh/dzh", "kh/h", "tch/ch", "ts/c", "e/yo", "e/ye", "-ian/-yan", "-iy/-y/-i", "-yev/-ev", "-ey/-ei", "double letters",
    ]

    /// `skeleton` under the `romanisationOnly` rules alone.
    static func romanisationSkeleton(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        for rule in rules where romanisationOnly.contains(rule.label) { w = rule.apply(w) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    /// The skeleton of one word (already lower-cased and without diacritics, as `NameKey.plain` gives).
    public static func skeleton(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        for rule in rules { w = rule.apply(w) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    /// The skeleton without vowels after the first letter ("muhamad" → "mhmd").
    public static func consonants(_ word: String) -> String {
        let s = Array(skeleton(word).unicodeScalars)
        guard let first = s.first else { return "" }
        var out: [Unicode.Scalar] = [first]
        for c in s.dropFirst() where !vowels.contains(c) && out.last != c { out.append(c) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }

    /// The labels of the rules that make two words meet, or nil when they do not meet.
    /// Equal words give an empty list.
    public static func explain(_ a: String, _ b: String) -> [String]? {
        var x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x == y { return [] }
        var labels: [String] = []
        for rule in rules {
            let nx = rule.apply(x), ny = rule.apply(y)
            // Labelled when it changes one side only, or when it is the rule that makes them meet.
            if x != y, (nx != x) != (ny != y) || ((nx != x || ny != y) && nx == ny) {
                labels.append(rule.label)
            }
            x = nx
            y = ny
        }
        return x == y ? labels : nil
    }

    /// Labels explaining why two names (any number of words) share a variant key, including
    /// differences the plain key already hides (case, diacritics, apostrophes, hyphens).
    public static func describe(_ a: String, _ b: String) -> [String] {
        var labels: [String] = []
        let wa = NameKey.words(a), wb = NameKey.words(b)
        let foldedA = a.folding(options: [.diacriticInsensitive], locale: nil)
        let foldedB = b.folding(options: [.diacriticInsensitive], locale: nil)
        if foldedA != a || foldedB != b, NameKey.plain(a) == NameKey.plain(b) || foldedA.lowercased() != a.lowercased() {
            if foldedA.lowercased() != a.lowercased() || foldedB.lowercased() != b.lowercased() { labels.append("diacritics") }
        }
        if a.unicodeScalars.contains(where: NameKey.isApostrophe) != b.unicodeScalars.contains(where: NameKey.isApostrophe) {
            labels.append("apostrophe")
        }
        if wa.joined() == wb.joined() && wa != wb { labels.append("spacing/hyphen") }
        if wa.count == wb.count {
            for (p, q) in zip(wa, wb) {
                for l in explain(p, q) ?? [] where !labels.contains(l) { labels.append(l) }
            }
        } else {
            for l in explain(wa.joined(), wb.joined()) ?? [] where !labels.contains(l) { labels.append(l) }
        }
        return labels
    }
}
