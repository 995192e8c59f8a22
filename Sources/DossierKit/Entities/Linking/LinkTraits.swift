// What the names of a cluster say about the one thing they name, so that a chain of joins, each
// fine alone ("Kamiro Corp" ~ "Kamiro" ~ "Kamiro Motors"), cannot make one entity of two things that
// their names or descriptions tell apart.

/// Facts about a cluster that another cluster may contradict.
struct LinkTraits: Sendable {
    /// Organization cores written with a legal form ("Kamiro Corp" → "kamiro"), with the stories that
    /// write them so: that is the company's whole name, so "Kamiro Motors" is another company.
    var legalCores: [String: Set<Int>] = [:]
    /// Organization cores of two words or more ("kamiro motor"), with their stories.
    var longCores: [String: Set<Int>] = [:]
    /// The legal form each story writes an organization core with ("kamiro" → story → "llc"): a story
    /// that names "Kamiro LLC" and "Kamiro Inc" names two companies, which no chain of joins makes one.
    var storyLegalForms: [String: [Int: String]] = [:]
    /// The countries a body of each core is qualified by ("finance ministry" → japan), written
    /// ("Japan's Finance Ministry") or, for an unqualified generic body, the country its story is about.
    var countries: [String: Set<String>] = [:]
    /// A person's nationality and field of work as stories state them, and the stories that do.
    var person = PersonContext()
    var describedIn: Set<Int> = []
    /// The context keys of the cluster's own names (`CorpusLinker.contextKey`), which are no one else.
    var ownKeys: Set<String> = []

    /// Nothing that another cluster could contradict.
    var saysNothing: Bool { legalCores.isEmpty && countries.isEmpty && person.isSilent }

    init() {}

    init(person: PersonContext) {
        self.person = person
    }

    /// The traits of one story's entity.
    init(profile p: LocalProfile, context: PersonContext = PersonContext()) {
        person = context
        if !context.isSilent { describedIn = [p.article] }
        ownKeys = [CorpusLinker.contextKey(p)]
        guard p.kind == .organization else { return }
        for f in p.fullForms where f.acronym == nil {
            if f.designatorWords.contains(where: { Self.legalForms.contains(NameForm.bare($0)) }) {
                legalCores[f.coreKey, default: []].insert(p.article)
            }
            if let form = Self.legalForm(of: f) { storyLegalForms[f.coreKey, default: [:]][p.article] = form }
            if f.core.count > 1 { longCores[f.coreKey, default: []].insert(p.article) }
            if !f.qualifiers.isEmpty {
                countries[f.coreKey, default: []].formUnion(f.qualifiers)
            } else if let c = p.bodyCountry(f) {
                countries[f.coreKey, default: []].insert(c)
            }
        }
    }

    /// Legal forms that close a company's name; "Group" and "Holdings" name the parent of several.
    static let legalForms: Set<String> = NameLexicon.designators.subtracting(["group", "holdings", "holding"])

    /// The legal form that closes `f`, one spelling for each form ("Incorporated" → "inc", "Corporation"
    /// and "Co" → "co": writers mix those two for one company), or nil.
    static func legalForm(of f: NameForm) -> String? {
        guard let last = f.designatorWords.last.map(NameForm.bare), legalForms.contains(last) else { return nil }
        switch last {
        case "incorporated": return "inc"
        case "corp", "corporation", "company": return "co"
        case "limited": return "ltd"
        default: return last
        }
    }

    mutating func merge(_ o: LinkTraits) {
        for (k, v) in o.legalCores { legalCores[k, default: []].formUnion(v) }
        for (k, v) in o.longCores { longCores[k, default: []].formUnion(v) }
        for (k, v) in o.storyLegalForms { storyLegalForms[k, default: [:]].merge(v) { a, _ in a } }
        for (k, v) in o.countries { countries[k, default: []].formUnion(v) }
        person.merge(o.person)
        describedIn.formUnion(o.describedIn)
        ownKeys.formUnion(o.ownKeys)
    }

    /// Why clusters with traits `a` and `b` cannot be one entity, or nil. Two countries of one body
    /// always are two; two descriptions of a person, or a company's whole name and another company
    /// that starts so, only when the stories that say so share nobody else (by `named[i]`, the context
    /// keys of story i): stories of "Apple Inc." and "Apple Computer" that both name Steve Jobs are of
    /// one company renamed.
    static func conflict(_ a: LinkTraits, _ b: LinkTraits, named: [Set<String>] = []) -> String? {
        if a.saysNothing && b.saysNothing { return nil }
        for (core, ca) in a.countries.sorted(by: { $0.key < $1.key }) {
            if let cb = b.countries[core], ca.isDisjoint(with: cb), let x = ca.sorted().first, let y = cb.sorted().first {
                return "\(core) of different countries (\(x) / \(y))"
            }
        }
        for (core, fa) in a.storyLegalForms.sorted(by: { $0.key < $1.key }) {
            guard let fb = b.storyLegalForms[core] else { continue }
            for (story, x) in fa.sorted(by: { $0.key < $1.key }) {
                if let y = fb[story], x != y { return "\(core) with two legal forms in one story (\(x) / \(y)) names two companies" }
            }
        }
        let own = a.ownKeys.union(b.ownKeys)
        if let why = PersonContext.conflict(a.person, b.person),
           shared(a.describedIn, b.describedIn, named: named, own: own) == nil {
            return why + "; their stories name nobody else in common"
        }
        for (x, y) in [(a, b), (b, a)] {
            for (k, legal) in x.legalCores.sorted(by: { $0.key < $1.key }) where y.legalCores[k] == nil {
                for (l, long) in y.longCores.sorted(by: { $0.key < $1.key }) where l.hasPrefix(k + " ") && x.longCores[l] == nil {
                    // "Kamiro Corp." and "Kamiro Motors": a legal form closes one company's whole name and a
                    // trade word makes another's. Two different company words are two companies even when
                    // their stories name the same other companies (a market report names dozens); only a
                    // person both name, the company's own chief, makes one company renamed ("Apple
                    // Computer", "Apple Inc." and Steve Jobs). A name with and without its legal form meet
                    // ("Kamiro Motors", "Kamiro Motors Corp.").
                    if l.dropFirst(k.count + 1).split(separator: " ").contains(where: { NameLexicon.isBusinessKey(String($0)) }) {
                        if shared(legal, long, named: named, own: own, only: { $0.hasPrefix("p:") }) == nil {
                            return "\(k) with a legal form names a whole company, \(l) with a company word another; their stories name no person in common"
                        }
                        continue
                    }
                    if shared(legal, long, named: named, own: own) == nil {
                        return "\(k) with a legal form names a whole company, \(l) another; their stories name nobody else in common"
                    }
                }
            }
        }
        return nil
    }

    /// Someone or something the stories `a` and the stories `b` both name besides the clusters' own
    /// names (`own`; a key that starts one of them, "o:kamiro" of "o:kamiro motor", is own too).
    /// `only`: the kind of key that counts (a person's, "p:").
    static func shared(_ a: Set<Int>, _ b: Set<Int>, named: [Set<String>], own: Set<String>,
                       only: (String) -> Bool = { _ in true }) -> String? {
        guard !named.isEmpty else { return nil }
        func isOwn(_ k: String) -> Bool { own.contains { $0 == k || $0.hasPrefix(k + " ") || k.hasPrefix($0 + " ") } }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var keys = Set<String>()
        // A few hundred stories tell enough; a name in thousands need not be read whole.
        for i in small.sorted().prefix(400) where i < named.count { keys.formUnion(named[i]) }
        keys = keys.filter { !isOwn($0) && only($0) }
        guard !keys.isEmpty else { return nil }
        for i in large.sorted().prefix(400) where i < named.count {
            if let k = named[i].intersection(keys).sorted().first { return k }
        }
        return nil
    }
}
