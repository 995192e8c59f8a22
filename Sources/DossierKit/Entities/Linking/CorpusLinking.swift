// Joins the per-article clusters across articles by blocking keys (name variants, acronyms, short
// forms, lone surnames), never by comparing all pairs; every join records its rule and evidence.

/// Union-find over local entities that remembers why each join happened and refuses joins that a
/// `split` override forbids.
struct Clusters {
    struct Edge: Sendable {
        var a: Int
        var b: Int
        var reason: String
        var confidence: Double
    }

    private(set) var parent: [Int]
    private var rank: [UInt8]
    private(set) var edges: [Edge] = []
    private var tags: [Int: Set<Int>]
    let splits: SplitConstraints
    private(set) var refusals: [String] = []

    init(count: Int, tags: [Int: Set<Int>], splits: SplitConstraints) {
        parent = Array(0..<count)
        rank = [UInt8](repeating: 0, count: count)
        self.tags = tags
        self.splits = splits
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Joins the clusters of `a` and `b` unless a split override forbids it. True when joined now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, reason: String, confidence: Double) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        let ta = tags[ra] ?? [], tb = tags[rb] ?? []
        if let d = splits.conflict(ta, tb) {
            refusals.append("not joined (\(reason)) because of `\(d.text)` (\(d.source))")
            return false
        }
        let (big, small) = rank[ra] >= rank[rb] ? (ra, rb) : (rb, ra)
        parent[small] = big
        if rank[ra] == rank[rb] { rank[big] += 1 }
        if !ta.isEmpty || !tb.isEmpty { tags[big] = ta.union(tb); tags[small] = nil }
        edges.append(Edge(a: a, b: b, reason: reason, confidence: confidence))
        return true
    }
}

/// The distinct clusters among the members filed under each key. The first query of a key walks its
/// members once; later queries cost the number of distinct clusters, not of members, so a name
/// mentioned in thousands of articles does not make linking quadratic.
struct ClusterIndex {
    private let members: [String: [Int]]
    /// key → representatives (one member per cluster at first query) with the articles they cover.
    private var reps: [String: [(Int, Set<Int>)]] = [:]

    init(_ members: [String: [Int]]) {
        self.members = members
    }

    /// root → (smallest representative, articles of the members in that cluster).
    mutating func clusters(_ key: String, cacheKey: String? = nil, in c: inout Clusters,
                           article: (Int) -> Int, where keep: (Int) -> Bool = { _ in true }) -> [Int: (Int, Set<Int>)] {
        let ck = cacheKey ?? key
        if reps[ck] == nil {
            var byRoot: [Int: (Int, Set<Int>)] = [:]
            for g in members[key] ?? [] where keep(g) {
                let r = c.find(g)
                var entry = byRoot[r] ?? (g, [])
                entry.0 = min(entry.0, g)
                entry.1.insert(article(g))
                byRoot[r] = entry
            }
            reps[ck] = byRoot.values.sorted { $0.0 < $1.0 }
        }
        var out: [Int: (Int, Set<Int>)] = [:]
        for (g, arts) in reps[ck] ?? [] {
            let r = c.find(g)
            var entry = out[r] ?? (g, [])
            entry.0 = min(entry.0, g)
            entry.1.formUnion(arts)
            out[r] = entry
        }
        return out
    }
}

/// What cross-article linking needs to know about one local entity.
struct LocalProfile: Sendable {
    var article: Int
    var articleLabel: String
    var local: Int
    var kind: EntityKind
    var forms: [NameForm]
    var statuses: [NameStatus]
    var isLoneName: Bool
    var explicitAcronyms: Set<String>
    var mentionCount: Int

    /// The most complete name in the article (highest status, then most words).
    var best: NameForm {
        var bestIndex = 0
        for i in forms.indices.dropFirst() {
            let a = (statuses[i], forms[i].words.count), b = (statuses[bestIndex], forms[bestIndex].words.count)
            if a.0 > b.0 || (a.0 == b.0 && a.1 > b.1) { bestIndex = i }
        }
        return forms[bestIndex]
    }

    var fullForms: [NameForm] { zip(forms, statuses).filter { $0.1 == .full }.map(\.0) }
    var shortForms: [NameForm] { zip(forms, statuses).filter { $0.1 == .short }.map(\.0) }
    var acronymForms: [NameForm] { zip(forms, statuses).filter { $0.1 == .acronym }.map(\.0) }
}

enum Reasons {
    static func list(_ labels: [String]) -> String { labels.joined(separator: ", ") }

    /// Why two spellings of a person's full name are one name.
    static func personVariant(_ a: NameForm, _ b: NameForm) -> String {
        let sameGiven = a.given.map(NameKey.plain) == b.given.map(NameKey.plain)
        let sameSurname = a.surname.map(NameKey.plain) == b.surname.map(NameKey.plain)
        if sameGiven && sameSurname { return "same name" }
        if sameGiven {
            let l = Transliteration.describe(a.surname.joined(separator: " "), b.surname.joined(separator: " "))
            return "same first name, surname variant" + (l.isEmpty ? "" : " " + list(l))
        }
        if sameSurname {
            let l = Transliteration.describe(a.given.joined(separator: " "), b.given.joined(separator: " "))
            return "same surname, first-name variant" + (l.isEmpty ? "" : " " + list(l))
        }
        let l = Transliteration.describe(a.display, b.display)
        return "name variant" + (l.isEmpty ? "" : " " + list(l))
    }

    /// Why two spellings of an organization's or place's name are one name.
    static func orgVariant(_ a: NameForm, _ b: NameForm) -> String {
        var parts: [String] = []
        let da = a.designatorWords.joined(separator: " "), db = b.designatorWords.joined(separator: " ")
        if NameKey.plain(da) != NameKey.plain(db) {
            parts.append("legal form \(da.isEmpty ? "-" : da)/\(db.isEmpty ? "-" : db)")
        }
        let qa = a.qualifierWords.joined(separator: " "), qb = b.qualifierWords.joined(separator: " ")
        if NameKey.plain(qa) != NameKey.plain(qb) { parts.append("same qualifier \(qa)/\(qb)") }
        let ca = a.core.joined(separator: " "), cb = b.core.joined(separator: " ")
        if NameKey.plain(ca) != NameKey.plain(cb) {
            let l = Transliteration.describe(ca, cb)
            parts.append(l.isEmpty ? "spelling \(ca)/\(cb)" : "spelling variant " + list(l))
        } else if ca != cb {
            parts.append("case or punctuation")
        }
        return parts.isEmpty ? "same name" : "same name up to " + parts.joined(separator: "; ")
    }

    static func pair(_ rule: String, _ a: String, _ aLabel: String, _ b: String, _ bLabel: String) -> String {
        "\(rule): \(a) (\(aLabel)) ~ \(b) (\(bLabel))"
    }
}

struct CorpusLinker {
    var profiles: [LocalProfile]
    var clusters: Clusters

    init(profiles: [LocalProfile], tags: [Int: Set<Int>], splits: SplitConstraints) {
        self.profiles = profiles
        clusters = Clusters(count: profiles.count, tags: tags, splits: splits)
    }

    /// Lone-surname local entities left unlinked because several people fit, with the candidates' local ids.
    var ambiguous: [Int: [Int]] = [:]

    mutating func run() {
        joinSameNames()
        joinPeopleByParts()
        joinAcronyms()
        joinShortForms()
        joinUnqualified()
        joinLoneNames()
    }

    // MARK: Names written without their qualifier

    /// "the Federal Reserve" joins "the US Federal Reserve" when that is the only qualified name with
    /// this core in the corpus and the core is distinctive; "the Defense Ministry" joins nobody, since
    /// every country has one.
    mutating func joinUnqualified() {
        var qualified: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            var seen = Set<String>()
            for f in p.fullForms where !f.qualifiers.isEmpty && f.acronym == nil && seen.insert(f.coreKey).inserted {
                qualified[f.coreKey, default: []].append(g)
            }
        }
        var index = ClusterIndex(qualified)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            let best = p.best
            guard best.qualifiers.isEmpty, best.acronym == nil, let head = best.core.last,
                  !NameLexicon.genericHeads.contains(NameForm.bare(head)),
                  !NameLexicon.genericHeads.contains(best.coreKey),
                  qualified[best.coreKey] != nil else { continue }
            let roots = index.clusters(best.coreKey, in: &clusters, article: articleOf)
            guard roots.count == 1, let (root, entry) = roots.first, root != clusters.find(g) else { continue }
            let target = entry.0
            let q = profiles[target].fullForms.first { $0.coreKey == best.coreKey } ?? profiles[target].best
            clusters.union(target, g, reason: "without its qualifier; the only \(best.display) with one in the corpus is \(q.display) (\(profiles[target].articleLabel)): \(best.display) (\(p.articleLabel))", confidence: 0.7)
        }
    }

    // MARK: Same name up to spelling

    mutating func joinSameNames() {
        var firstByKey: [String: Int] = [:]
        for (g, p) in profiles.enumerated() {
            var keys: [(String, NameForm)] = []
            switch p.kind {
            case .person:
                for f in p.fullForms { keys.append(("p:" + f.personKey, f)) }
            case .organization, .place:
                for f in p.fullForms + p.acronymForms {
                    if let c = f.countryKey { keys.append(("\(p.kind.rawValue):country:" + c, f)) }
                    else { keys.append(("\(p.kind.rawValue):" + f.orgKey, f)) }
                }
            }
            var seen = Set<String>()
            for (key, form) in keys where seen.insert(key).inserted {
                guard let first = firstByKey[key] else { firstByKey[key] = g; continue }
                let other = profiles[first].forms.first { f in
                    p.kind == .person ? "p:" + f.personKey == key
                        : (f.countryKey.map { "\(p.kind.rawValue):country:" + $0 } ?? "\(p.kind.rawValue):" + f.orgKey) == key
                } ?? profiles[first].best
                let rule: String
                if p.kind == .person { rule = Reasons.personVariant(other, form) }
                else if let c = form.countryKey, NameKey.plain(other.display) != NameKey.plain(form.display) {
                    rule = "same country (\(c))"
                } else { rule = Reasons.orgVariant(other, form) }
                clusters.union(first, g, reason: Reasons.pair(rule, other.display, profiles[first].articleLabel,
                                                                form.display, p.articleLabel), confidence: 1)
            }
        }
    }

    // MARK: People: middle names, initials, spelling that only the consonants share

    mutating func joinPeopleByParts() {
        var byFirstSurname: [String: [Int]] = [:]
        var byInitialSurname: [String: [Int]] = [:]
        var byGivenLooseSurname: [String: [Int]] = [:]
        var byGivenSurnameLoose: [String: [Int]] = [:]
        var byInitialOfFull: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .person {
            var seen = Set<String>()
            for f in p.fullForms {
                guard let first = f.firstGiven, !f.surnameKey.isEmpty else { continue }
                if f.firstGivenIsInitial {
                    if seen.insert("i" + first).inserted { byInitialSurname["\(first)|\(f.surnameKey)", default: []].append(g) }
                    continue
                }
                if seen.insert("f").inserted {
                    byFirstSurname["\(first)|\(f.surnameKey)", default: []].append(g)
                    byInitialOfFull["\(first.prefix(1))|\(f.surnameKey)", default: []].append(g)
                }
                if let fl = f.firstGivenLoose, seen.insert("gl").inserted {
                    byGivenLooseSurname["\(fl)|\(f.surnameKey)", default: []].append(g)
                }
                if seen.insert("sl").inserted { byGivenSurnameLoose["\(first)|\(f.surnameLoose)", default: []].append(g) }
            }
        }
        // Same first name and surname: one person unless two different middle names are in play.
        for key in byFirstSurname.keys.sorted() {
            guard let members = byFirstSurname[key], members.count > 1 else { continue }
            var middles: [String: [Int]] = [:]
            var none: [Int] = []
            for g in members {
                let ms = Set(profiles[g].fullForms.map(\.middleKey).filter { !$0.isEmpty })
                if ms.isEmpty { none.append(g) } else { for m in ms { middles[m, default: []].append(g) } }
            }
            let groups = middles.keys.sorted().compactMap { middles[$0] }
            for group in groups { joinStar(group, rule: "same first name, surname and middle name") }
            if groups.count <= 1 {
                joinStar(none + (groups.first ?? []), rule: groups.isEmpty ? "same first name and surname"
                         : "same first name and surname, middle name given in one")
            }
        }
        // "J. Smith" joins "John Smith" when only one John-like Smith is known.
        for key in byInitialSurname.keys.sorted() {
            guard let initialOnes = byInitialSurname[key] else { continue }
            let full = byInitialOfFull[key] ?? []
            let roots = Set(full.map { clusters.find($0) })
            let example = full.min()
            guard roots.count == 1, let target = example else { continue }
            for g in initialOnes {
                clusters.union(target, g, reason: Reasons.pair("initial matches the only such first name", profiles[target].best.display,
                                                               profiles[target].articleLabel, profiles[g].best.display,
                                                               profiles[g].articleLabel), confidence: 0.8)
            }
        }
        for key in byGivenSurnameLoose.keys.sorted() {
            if let gs = byGivenSurnameLoose[key], gs.count > 1 { joinStar(gs, rule: "same first name, surname spelling variant (vowels)", confidence: 0.85) }
        }
        for key in byGivenLooseSurname.keys.sorted() {
            if let gs = byGivenLooseSurname[key], gs.count > 1 { joinStar(gs, rule: "same surname, first-name spelling variant (vowels)", confidence: 0.85) }
        }
    }

    /// Joins every member to the first one (a star: linear in the group, not all pairs).
    mutating func joinStar(_ members: [Int], rule: String, confidence: Double = 1) {
        guard let first = members.min() else { return }
        for g in members.sorted() where g != first && clusters.find(g) != clusters.find(first) {
            let a = profiles[first], b = profiles[g]
            clusters.union(first, g, reason: Reasons.pair(rule, a.best.display, a.articleLabel, b.best.display, b.articleLabel),
                           confidence: confidence)
        }
    }

    // MARK: Acronyms

    mutating func joinAcronyms() {
        var explicit: [String: [Int]] = [:]
        var derived: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind != .person {
            for a in p.explicitAcronyms { explicit["\(p.kind.rawValue):\(a)", default: []].append(g) }
            var seen = Set<String>()
            for f in p.fullForms { for a in f.derivedAcronyms where seen.insert(a).inserted { derived["\(p.kind.rawValue):\(a)", default: []].append(g) } }
        }
        // Long names that introduce the same acronym and start alike are one ("(EADS)" twice).
        for key in explicit.keys.sorted() {
            guard let gs = explicit[key], gs.count > 1 else { continue }
            var byFirstWord: [String: [Int]] = [:]
            for g in gs { byFirstWord[profiles[g].best.core.first.map(NameKey.compact) ?? "", default: []].append(g) }
            for k in byFirstWord.keys.sorted() {
                if let same = byFirstWord[k] { joinStar(same, rule: "introduce the same acronym \(key.split(separator: ":").last ?? "")") }
            }
        }
        var explicitIndex = ClusterIndex(explicit), derivedIndex = ClusterIndex(derived)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind != .person {
            for f in p.acronymForms {
                guard let acr = f.acronym else { continue }
                if f.countryKey != nil { continue }  // countries were joined by name already
                let key = "\(p.kind.rawValue):\(acr)"
                let quals = Set(f.qualifiers)
                let fits = { (h: Int) in quals.isEmpty || self.profiles[h].fullForms.contains { Set($0.qualifiers) == quals } }
                let cacheKey = key + "|" + quals.sorted().joined(separator: "+")
                let me = clusters.find(g)
                var found = explicitIndex.clusters(key, cacheKey: cacheKey, in: &clusters, article: articleOf, where: fits)
                var rule = "acronym introduced for"
                found[me] = nil
                if found.isEmpty {
                    found = derivedIndex.clusters(key, cacheKey: cacheKey, in: &clusters, article: articleOf, where: fits)
                    found[me] = nil
                    rule = "acronym of"
                }
                guard found.count == 1, let target = found.values.first?.0 else { continue }
                let long = profiles[target].fullForms.first { $0.derivedAcronyms.contains(acr) } ?? profiles[target].best
                clusters.union(target, g, reason: "\(rule) \(long.display) (\(profiles[target].articleLabel)): \(f.display) (\(p.articleLabel))",
                               confidence: rule == "acronym of" ? 0.9 : 1)
            }
        }
    }

    // MARK: Organization short forms across articles

    mutating func joinShortForms() {
        // Short forms writers used for a long name in the same article ("Ford" for "Ford Motor Company").
        var usedFor: [String: [Int]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            var seen = Set<String>()
            for f in p.shortForms where seen.insert(f.orgKey).inserted { usedFor[f.orgKey, default: []].append(g) }
            // Not a regional branch ("Kestrel Brazil") or a pair of names ("Boeing and Lockheed").
            if let f = p.fullForms.first(where: { f in
                f.core.count > 1 && !["and", "&"].contains(f.core[1].lowercased())
                    && !NameLexicon.isRegion(f.core.dropFirst().joined(separator: " "))
            }), let w = f.core.first {
                byFirstWord[f.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.compact(w), default: []].append(g)
            }
        }
        var usedIndex = ClusterIndex(usedFor), firstWordIndex = ClusterIndex(byFirstWord)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            let best = p.best
            guard best.acronym == nil, best.core.count == 1, !p.fullForms.isEmpty else { continue }
            let me = clusters.find(g)
            // Articles per candidate cluster in which the short form stood for it.
            let evidence = usedIndex.clusters(best.orgKey, in: &clusters, article: articleOf)
            let ranked = evidence.sorted { ($0.value.1.count, -$0.value.0) > ($1.value.1.count, -$1.value.0) }
            if let top = ranked.first {
                // Already with the name this short form mostly stands for.
                if top.key == me { continue }
                let target = top.value.0
                let second = ranked.count > 1 ? ranked[1].value.1.count : 0
                let count = top.value.1.count
                guard second == 0 || count >= 3 * second else { continue }
                let long = profiles[target].best.display
                var reason = "short form \(best.display), used for \(long) in \(count) article(s) (e.g. \(profiles[target].articleLabel)): \(best.display) (\(p.articleLabel))"
                if second > 0 { reason += "; also used for another name in \(second) article(s)" }
                clusters.union(target, g, reason: reason, confidence: second == 0 ? 0.9 : 0.7)
                continue
            }
            // Else the first word of exactly one longer name.
            // "Bank" or "Ministry" alone is a common noun, not a short name.
            if NameLexicon.nominalHeads[NameKey.compact(best.core[0])] != nil { continue }
            let key = best.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.compact(best.core[0])
            var found = firstWordIndex.clusters(key, in: &clusters, article: articleOf)
            found[me] = nil
            guard found.count == 1, let target = found.values.first?.0 else { continue }
            clusters.union(target, g, reason: "first word of \(profiles[target].best.display) (\(profiles[target].articleLabel)), the only longer name that starts so: \(best.display) (\(p.articleLabel))", confidence: 0.7)
        }
    }

    // MARK: Lone surnames

    mutating func joinLoneNames() {
        var bySurname: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .person && !p.isLoneName {
            var seen = Set<String>()
            for f in p.fullForms where !f.surnameKey.isEmpty && seen.insert(f.surnameKey).inserted {
                bySurname[f.surnameKey, default: []].append(g)
            }
        }
        var loneByKey: [String: Int] = [:]
        var index = ClusterIndex(bySurname)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .person && p.isLoneName {
            let f = p.best
            let key = f.surnameKey
            guard !key.isEmpty else { continue }
            let roots = index.clusters(key, in: &clusters, article: articleOf).mapValues(\.0)
            if roots.count == 1, let target = roots.values.first {
                clusters.union(target, g, reason: "lone surname; the only person named so in the corpus is \(profiles[target].best.display) (\(profiles[target].articleLabel)): \(f.display) (\(p.articleLabel))", confidence: 0.7)
            } else if roots.isEmpty {
                if let first = loneByKey[key] {
                    let a = profiles[first].best
                    clusters.union(first, g, reason: Reasons.pair(a.display == f.display ? "same surname" : Reasons.personVariant(a, f),
                                                                  a.display, profiles[first].articleLabel, f.display, p.articleLabel),
                                   confidence: 0.8)
                } else {
                    loneByKey[key] = g
                }
            } else {
                ambiguous[g] = roots.values.sorted()
            }
        }
    }
}
