// Joins the per-article clusters across articles by blocking keys (name variants, acronyms, short
// forms, lone surnames), never by comparing all pairs; every join records its rule and evidence.

import Dispatch

/// Union-find over local entities that remembers why each join happened and refuses joins that a
/// `split` override forbids.
struct Clusters {
    struct Edge: Sendable {
        var a: Int
        var b: Int
        var reason: String
        var confidence: Double
    }

    private var sets: UnionFind
    private var rank: [UInt8]
    private(set) var edges: [Edge] = []
    private var tags: [Int: Set<Int>]
    let splits: SplitConstraints
    private(set) var refusals: [String] = []
    /// What each cluster's names say (by root), where they say anything (`LinkTraits`).
    private var traits: [Int: LinkTraits]
    /// Joins refused because the two clusters' traits contradict each other, with why.
    private(set) var conflicts: [String] = []
    /// The context keys each story names (`CorpusLinker.named`).
    var named: [Set<String>] = []

    init(count: Int, tags: [Int: Set<Int>], splits: SplitConstraints, traits: [Int: LinkTraits] = [:]) {
        sets = UnionFind(count: count)
        rank = [UInt8](repeating: 0, count: count)
        self.tags = tags
        self.splits = splits
        self.traits = traits
    }

    mutating func find(_ x: Int) -> Int { sets.find(x) }

    /// The split tags and traits of `x` as given, before any join.
    func tags(at x: Int) -> Set<Int>? { tags[x] }
    func traits(at x: Int) -> LinkTraits? { traits[x] }

    /// Makes a join decided elsewhere (a component's own run, `CorpusLinker.run`): no checks, and the
    /// traits are not merged, since nothing joins by rule afterwards.
    mutating func replay(_ e: Edge) {
        let ra = find(e.a), rb = find(e.b)
        guard ra != rb else { return }
        let (big, small) = rank[ra] >= rank[rb] ? (ra, rb) : (rb, ra)
        sets.attach(root: small, to: big)
        if rank[ra] == rank[rb] { rank[big] += 1 }
        let ta = tags[ra] ?? [], tb = tags[rb] ?? []
        if !ta.isEmpty || !tb.isEmpty { tags[big] = ta.union(tb); tags[small] = nil }
        edges.append(e)
    }

    /// Refusals found by a component's own run.
    mutating func note(refusals more: [String]) { refusals += more }

    /// What the cluster of `x` says about itself, if anything.
    mutating func traits(of x: Int) -> LinkTraits? { traits[find(x)] }

    /// Joins the clusters of `a` and `b` unless a split override forbids it or (unless `force`, for
    /// the user's merges) their traits contradict each other. True when joined now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, reason: String, confidence: Double, force: Bool = false) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        let ta = tags[ra] ?? [], tb = tags[rb] ?? []
        if let d = splits.conflict(ta, tb) {
            refusals.append("not joined (\(reason)) because of `\(d.text)` (\(d.source))")
            return false
        }
        let hasTraits = traits[ra] != nil || traits[rb] != nil
        if !force, let xa = traits[ra], let xb = traits[rb], let why = LinkTraits.conflict(xa, xb, named: named) {
            conflicts.append("not joined (\(reason)): \(why)")
            return false
        }
        let (big, small) = rank[ra] >= rank[rb] ? (ra, rb) : (rb, ra)
        sets.attach(root: small, to: big)
        if rank[ra] == rank[rb] { rank[big] += 1 }
        if !ta.isEmpty || !tb.isEmpty { tags[big] = ta.union(tb); tags[small] = nil }
        if hasTraits {
            // Taken out of the table first, so that merging does not copy a large cluster's sets.
            var merged = traits.removeValue(forKey: big) ?? LinkTraits()
            if let other = traits.removeValue(forKey: small) { merged.merge(other) }
            traits[big] = merged
        }
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
    /// The country the story is about (see `ArticleLinker.storyCountry`).
    var country: String? = nil
    /// The section the story is filed in (`section(ofSource:)`).
    var section: String? = nil
    /// For a story about no country of its own, the country its section's stories are about
    /// (`EntityLinker.sectionCountries`); outside sections, for a story about two countries equally,
    /// the one of them its publisher's stories are about (`EntityLinker.homeCountries`).
    var sectionCountry: String? = nil

    /// The country whose body `f` is, when it is one every country has (`NameForm.isGenericBody`): the
    /// country the story is about, or for a name of two words or more ("Electoral Commission", not
    /// "Cabinet"), the country of the story's section.
    func bodyCountry(_ f: NameForm) -> String? {
        guard f.isGenericBody else { return nil }
        return country ?? (f.core.count >= 2 ? sectionCountry : nil)
    }

    /// The folder that holds a story's file ("sport" of "news/sport/363.txt"): a corpus sorted into
    /// folders files a story by section or topic. Nil for a file in the corpus's own folder.
    static func section(ofSource source: String) -> String? {
        let parts = source.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : nil
    }

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

/// What the cross-article rules read about the whole corpus rather than about the names they compare:
/// whom each story names, which names are places, how often names and words occur. Built once from
/// every profile, so that each component of the linking (`CorpusLinker.components`) reads the same.
struct CorpusFacts: Sendable {
    /// Core keys of every name written as a place somewhere in the corpus.
    var placeNames: Set<String> = []
    /// How many stories write each name (`ArticleLinker.frequencyKey`).
    var frequency: [String: Int] = [:]
    /// Acronyms the corpus writes in the plural (`EntityLinker.pluralAcronyms`).
    var countable: Set<String> = []
    /// One-word organization names that the corpus also writes in lower case in several stories
    /// ("Sport", "Liberal", "Labour"): as a name alone they may mean a different body in every story.
    var commonWords: Set<String> = []
    /// The people and organizations each story names (`CorpusLinker.contextKey`), to tell whether two
    /// stories share anything besides the name being linked.
    var named: [Set<String>] = []
    /// The people each story names by an initial and a surname only ("R Johnson"), as a team sheet does.
    var namedByInitial: [Set<String>] = []
    /// How many stories name each context key (`isWidelyNamed`).
    var storiesNaming: [String: Int] = [:]
    /// How many people each story names by a surname alone.
    var loneNamesIn: [Int: Int] = [:]
    /// A readable name for each context key (the first one seen), for reasons.
    var contextNames: [String: String] = [:]
    /// Unqualified organization names of two words or more by their last word, to tell whether a core
    /// ends other bodies' names too ("National Academy of Sciences", "Pontifical Academy of Sciences").
    var byLastWord: [String: [[String]]] = [:]
    /// The first and middle names of the people each story names in full.
    var givenIn: [Int: Set<String>] = [:]

    init(profiles: [LocalProfile], frequency: [String: Int], countable: Set<String>, commonWords: Set<String>) {
        self.frequency = frequency
        self.countable = countable
        self.commonWords = commonWords
        placeNames = Set(profiles.filter { $0.kind == .place }.flatMap { $0.forms.map(\.coreKey) })
        named = [Set<String>](repeating: [], count: (profiles.map(\.article).max() ?? -1) + 1)
        namedByInitial = named
        // "Rovers" or "United" alone ends the names of several clubs ("Blackburn Rovers", "Bristol
        // Rovers"): two stories that each name one share no club by it.
        var endingsOf: [String: Set<String>] = [:]
        for p in profiles where p.kind == .organization {
            for f in p.fullForms where f.core.count >= 2 && f.acronym == nil {
                if let last = f.core.last { endingsOf[NameKey.plain(last), default: []].insert(f.coreKey) }
            }
        }
        for p in profiles where p.kind != .place {
            if p.kind == .organization, p.best.core.count == 1, (endingsOf[NameKey.plain(p.best.core[0])]?.count ?? 0) >= 2 { continue }
            let k = CorpusLinker.contextKey(p)
            named[p.article].insert(k)
            if p.kind == .person, p.best.firstGivenIsInitial { namedByInitial[p.article].insert(k) }
            if contextNames[k] == nil { contextNames[k] = p.best.display }
        }
        for keys in named { for k in keys { storiesNaming[k, default: 0] += 1 } }
        for p in profiles where p.kind == .person && p.isLoneName { loneNamesIn[p.article, default: 0] += 1 }
        for p in profiles where p.kind == .organization {
            for f in p.fullForms where f.qualifiers.isEmpty && f.acronym == nil && f.core.count >= 2 {
                let words = f.core.map(NameKey.plain)
                if let last = words.last { byLastWord[last, default: []].append(words) }
            }
        }
        for p in profiles where p.kind == .person && !p.isLoneName {
            for f in p.fullForms { for w in f.given { givenIn[p.article, default: []].insert(NameKey.plain(w)) } }
        }
    }
}

struct CorpusLinker {
    var profiles: [LocalProfile]
    var clusters: Clusters

    init(profiles: [LocalProfile], tags: [Int: Set<Int>], splits: SplitConstraints, traits: [Int: LinkTraits] = [:], facts: CorpusFacts) {
        self.profiles = profiles
        self.facts = facts
        clusters = Clusters(count: profiles.count, tags: tags, splits: splits, traits: traits)
        clusters.named = facts.named
    }

    /// People whose stories say what they are (`PersonContext`): they found the clusters of a name first.
    var described: Set<Int> = []
    /// Lone-surname local entities left unlinked because several people fit, with the candidates' local ids.
    var ambiguous: [Int: [Int]] = [:]
    /// What the rules read about the whole corpus (`CorpusFacts`).
    var facts: CorpusFacts

    /// The corpus-wide questions this linker's rules asked (`FactRead`), for the component memo; nil
    /// where no one needs them (`components` reads keys from several threads at once).
    var reads: FactReads? = FactReads()
    var named: [Set<String>] { facts.named }
    var namedByInitial: [Set<String>] { facts.namedByInitial }
    var contextNames: [String: String] { facts.contextNames }

    func isCommonWord(_ f: NameForm) -> Bool {
        f.core.count == 1 && facts.isCommonWord(f.core[0].lowercased(), reads)
    }

    /// Written as a place in many more stories than as its own kind (`ArticleLinker.mostlyPlace`).
    func mostlyPlace(_ f: NameForm) -> Bool {
        ArticleLinker.standsAlone(facts.count(ArticleLinker.placeFrequencyKey(f), reads), facts.count(ArticleLinker.frequencyKey(f), reads))
    }

    /// A person by the surname as written, with the first initial when a first name is given: a story
    /// that names "S Dunn" shares nobody with one that names "Mao Dun" (the spelling rules make one
    /// name of "Dunn" and "Dun") or "Frank Dunn".
    static func contextKey(_ p: LocalProfile) -> String {
        guard p.kind == .person else { return "o:" + p.best.orgKey }
        let surname = NameKey.plain(p.best.surname.joined(separator: " "))
        guard let initial = p.best.given.first.map(NameKey.plain)?.first else { return "p:" + surname }
        return "p:" + surname + "#" + String(initial)
    }

    /// A person or organization named both in `article` and in one of `articles`, other than `excluding`
    /// (its key without the kind prefix, for reasons), or nil.
    /// `loneSurnames`: whether a surname alone in `article` counts. A lone surname that joins the only
    /// person of that name elsewhere needs more than another lone surname beside it: a line-up's
    /// "Ingham" and "Brown" are not Sir Bernard Ingham because a story about him names Gordon Brown;
    /// nor is a player named by an initial ("R Johnson") the Johnson another story names in full.
    /// ...nor, in a line-up (five people or more named by a surname alone), a name that one story in a
    /// hundred names ("Chelsea" in another club's line-up and in a Liverpool report): two stories share
    /// it by chance.
    /// `rare`: only names that few stories name count ("United Nations" ties stories of two UN missions).
    func sharedContext(_ article: Int, _ articles: Set<Int>, excluding: Set<String>, loneSurnames: Bool = true, rare: Bool = false) -> String? {
        let lineUp = !loneSurnames && (facts.loneNamesIn[article] ?? 0) >= 5
        let mine = named[article].subtracting(excluding).filter {
            (!rare || !facts.isWidelyNamed($0, reads)) && (loneSurnames || ((!lineUp || !facts.isWidelyNamed($0, reads))
                && (!$0.hasPrefix("p:") || ($0.contains("#") && !namedByInitial[article].contains($0)))))
        }
        guard !mine.isEmpty else { return nil }
        func name(_ k: String) -> String { contextNames[k] ?? String(k.dropFirst(2)) }
        for a in articles.sorted() where a != article {
            let theirs = named[a].subtracting(excluding)
            if let k = theirs.intersection(mine).sorted().first { return name(k) }
            // A surname alone meets the same surname with a first name ("Lomidze" / "Ana Lomidze"), not
            // with another first initial ("S Dunn" / "Frank Dunn").
            for k in mine.sorted() where k.hasPrefix("p:") {
                let lone = !k.contains("#")
                if let m = theirs.sorted().first(where: { t in
                    t.hasPrefix("p:") && (lone ? t.hasPrefix(k + "#") : (!t.contains("#") && k.hasPrefix(t + "#")))
                }) { return name(lone ? m : k) }
            }
        }
        return nil
    }

    /// Links the profiles component by component (`components`): no rule joins across two of them, so
    /// each runs alone, in parallel, with the same result as one run over every profile. With a `memo`,
    /// a component whose input and corpus-wide answers are as in an earlier run takes that run's joins.
    /// `asOne` links every profile as one component, as tests do to check that components change nothing.
    /// `units`: each story's source, to name the memo's rows.
    mutating func run(asOne: Bool = false, memo: ComponentMemo? = nil, units: [String] = []) {
        let parts = asOne ? (profiles.isEmpty ? [] : [Array(profiles.indices)]) : components()
        var results = [LinkedComponent?](repeating: nil, count: parts.count)
        let storyFacts = memo == nil ? [] : self.storyDigests()
        let all = self
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                out.buffer[k] = all.link(component: parts[k], number: k, memo: memo, units: units, storyDigests: storyFacts)
            }
        }
        // Back to corpus numbering and story ids, component by component (each is in increasing order).
        for (k, members) in parts.enumerated() {
            guard let linked = results[k] else { continue }
            var labelOf: [Int: String] = [:]
            for g in members { labelOf[profiles[g].article] = profiles[g].articleLabel }
            let labels = stories(of: members).map { labelOf[$0] ?? "" }
            for j in linked.joins {
                clusters.replay(Clusters.Edge(a: members[j.a], b: members[j.b], reason: LinkedComponent.restore(j.reason, labels: labels),
                                              confidence: j.confidence))
            }
            clusters.note(refusals: linked.refusals.map { LinkedComponent.restore($0, labels: labels) })
            for row in linked.ambiguous where !row.isEmpty { ambiguous[members[row[0]]] = row.dropFirst().map { members[$0] } }
        }
    }

    /// The stories of `members`, in corpus order (a story's rank in this list names it in reasons).
    func stories(of members: [Int]) -> [Int] {
        Array(Set(members.map { profiles[$0].article })).sorted()
    }

    /// The joins of one component: stored ones when the memo has them for the same input and every
    /// corpus-wide answer they read still holds, else the rules' (and then stored for the next run).
    func link(component members: [Int], number: Int, memo: ComponentMemo?, units: [String], storyDigests: [UInt64]) -> LinkedComponent {
        let stories = stories(of: members)
        var rank: [Int: Int] = [:]
        for (r, a) in stories.enumerated() { rank[a] = r }
        // A user's splits reach across components' stored joins: with them, nothing is memoised.
        let memo = clusters.splits.isEmpty ? memo : nil
        var digest = ""
        let first = profiles[members[0]]
        let unit = (first.article < units.count ? units[first.article] : first.articleLabel) + "#e\(first.local)"
        if let memo {
            digest = componentDigest(members, rank: rank, stories: stories, storyDigests: storyDigests)
            if let stored = memo.stored(digest), stored.reads.allSatisfy({ facts.holds($0) }) {
                memo.record(number, unit: unit, digest: digest, value: nil, reused: true)
                return stored
            }
        }
        var sub = component(members, rank: rank)
        sub.runRules()
        let linked = LinkedComponent(
            joins: sub.clusters.edges.map { LinkedComponent.Join(a: $0.a, b: $0.b, reason: $0.reason, confidence: $0.confidence) },
            refusals: sub.clusters.refusals,
            ambiguous: sub.ambiguous.keys.sorted().map { [$0] + (sub.ambiguous[$0] ?? []) },
            reads: sub.reads?.all ?? [])
        memo?.record(number, unit: unit, digest: digest, value: linked, reused: false)
        return linked
    }

    /// The rules in order, over this linker's profiles.
    mutating func runRules() {
        joinSameNames()
        joinPlurals()
        joinPeopleByParts()
        joinAcronyms()
        joinShortForms()
        joinCompoundHeads()
        joinUnqualified()
        joinLoneNames()
    }

    /// The linker of the profiles `members` (increasing corpus numbers) alone, numbered 0..<count, its
    /// stories named in reasons by their `rank` (`LinkedComponent.label`).
    func component(_ members: [Int], rank: [Int: Int]) -> CorpusLinker {
        var local: [Int: Int] = [:]
        for (k, g) in members.enumerated() { local[g] = k }
        var tags: [Int: Set<Int>] = [:], traits: [Int: LinkTraits] = [:]
        for (k, g) in members.enumerated() {
            if let t = clusters.tags(at: g) { tags[k] = t }
            if let t = clusters.traits(at: g) { traits[k] = t }
        }
        let sub = members.map { g in
            var p = profiles[g]
            p.articleLabel = LinkedComponent.label(rank[p.article] ?? 0)
            return p
        }
        var linker = CorpusLinker(profiles: sub, tags: tags, splits: clusters.splits, traits: traits, facts: facts)
        linker.described = Set(described.compactMap { local[$0] })
        return linker
    }

    /// What each story names (`sharedContext` and the traits read it), as two words of a digest per
    /// story, once for every component that holds the story.
    func storyDigests() -> [UInt64] {
        var out = [UInt64](repeating: 0, count: named.count * 2)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            let facts = self.facts
            DispatchQueue.concurrentPerform(iterations: facts.named.count) { a in
                var w = BinaryRecord.Writer()
                for set in [facts.named[a], facts.namedByInitial[a], facts.givenIn[a] ?? []] {
                    w.varint(set.count)
                    for k in set.sorted() { w.string(k) }
                }
                for k in facts.named[a].sorted() { w.optional(facts.contextNames[k]) }
                w.varint(facts.loneNamesIn[a] ?? 0)
                let h = DigestHasher()
                w.bytes.withUnsafeBytes { h.feed($0) }
                slots.buffer[2 * a] = h.a
                slots.buffer[2 * a + 1] = h.b
            }
        }
        return out
    }

    /// The digest of a component's input besides the corpus-wide answers (`FactRead`): its members,
    /// with their stories by rank, what the stories say of their people, and what each story names.
    func componentDigest(_ members: [Int], rank: [Int: Int], stories: [Int], storyDigests: [UInt64]) -> String {
        var w = BinaryRecord.Writer()
        w.varint(members.count)
        for g in members {
            let p = profiles[g]
            w.varint(rank[p.article] ?? 0)
            w.kind(p.kind)
            w.varint(p.forms.count)
            for f in p.forms { f.write(&w) }
            for s in p.statuses { w.varint(s.rawValue) }
            w.byte(p.isLoneName ? 1 : 0)
            w.varint(p.explicitAcronyms.count)
            for a in p.explicitAcronyms.sorted() { w.string(a) }
            w.varint(p.mentionCount)
            w.optional(p.country)
            w.optional(p.section)
            w.optional(p.sectionCountry)
            w.byte(described.contains(g) ? 1 : 0)
            let person = clusters.traits(at: g)?.person ?? PersonContext()
            for table in [person.nationalities, person.fields, person.roles, person.sports] {
                w.varint(table.count)
                for k in table.keys.sorted() { w.string(k); w.string(table[k] ?? "") }
            }
        }
        let h = DigestHasher()
        w.bytes.withUnsafeBytes { h.feed($0) }
        for a in stories where 2 * a + 1 < storyDigests.count {
            h.feed(storyDigests[2 * a])
            h.feed(storyDigests[2 * a + 1])
        }
        return h.hex
    }

    /// How a rule uses a key (`linkKeys`): `mutual` members are compared with each other; `filed` ones
    /// only with the key's lookers; a `looks` member with the key's filed and mutual ones; `both` is
    /// mutual and looks.
    enum KeyRole { case mutual, filed, looks, both }

    /// Groups of profiles that a rule may compare (`linkKeys`), each in increasing order, ordered by
    /// their first member: a key's mutual members are one group, and a key that someone looks up joins
    /// everyone under it. Two profiles in different groups are never compared, nor does either's
    /// cluster decide anything for the other.
    func components() -> [[Int]] {
        var sets = UnionFind(count: profiles.count)
        // Per key: a mutual member, a filed one, a looker (the first of each), to join the rest to.
        var mutual: [String: Int] = [:], filed: [String: Int] = [:], looker: [String: Int] = [:]
        var filedOnly: [String: [Int]] = [:]
        // The keys of every profile first, in parallel into fixed slots (most of this step's work).
        var keysOf = [[(String, KeyRole)]](repeating: [], count: profiles.count)
        keysOf.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            var quiet = self
            quiet.reads = nil
            let linker = quiet
            DispatchQueue.concurrentPerform(iterations: profiles.count) { g in slots.buffer[g] = linker.linkKeys(linker.profiles[g]) }
        }
        for g in profiles.indices {
            for (k, role) in keysOf[g] {
                if role == .mutual || role == .both {
                    if let h = mutual[k] { sets.join(h, g) } else { mutual[k] = g }
                }
                if role == .looks || role == .both {
                    if let h = looker[k] { sets.join(h, g) } else { looker[k] = g }
                }
                if role == .filed {
                    if let h = filed[k] { filedOnly[k, default: [h]].append(g) } else { filed[k] = g }
                }
            }
        }
        // A key someone looks up: its lookers, mutual and filed members are one group.
        for (k, g) in looker {
            if let h = mutual[k] { sets.join(h, g) }
            if let h = filed[k] {
                sets.join(h, g)
                for f in filedOnly[k] ?? [] { sets.join(f, g) }
            }
        }
        return sets.groups().values.sorted { $0[0] < $1[0] }
    }

    /// Every key under which a rule files or looks up `p`, with how it uses it (a superset is safe; a
    /// key left out would let two profiles a rule compares fall in two components).
    func linkKeys(_ p: LocalProfile) -> [(String, KeyRole)] {
        var keys: [(String, KeyRole)] = []
        let kind = p.kind.rawValue
        // joinSameNames: one name's holders with each other
        if p.kind == .person {
            for f in p.fullForms { keys.append(("s|p:" + f.personKey, .mutual)) }
        } else {
            for (k, _) in sameNameKeys(p) { keys.append(("s|" + k, .mutual)) }
        }
        switch p.kind {
        case .person:
            // joinPeopleByParts: "J. Smith" looks up the full names by initial; the rest group
            for (table, k) in partKeys(p) {
                let role: KeyRole = table == .initialSurname ? .looks : table == .initialOfFull ? .filed : .mutual
                keys.append(("b\(table.family)|" + k, role))
            }
            // joinLoneNames: full names filed by surname; a lone name looks them up, and lone names
            // of one spelling join each other
            if p.isLoneName {
                let f = p.best
                keys.append(("l|" + f.surnameKey, .looks))
                keys.append(("x|" + Self.surnameSpelling(f), .both))
            } else {
                for f in p.fullForms {
                    keys.append(("l|" + f.surnameKey, .filed))
                    keys.append(("x|" + Self.surnameSpelling(f), .filed))
                }
            }
        case .organization, .place:
            // joinAcronyms: names tied to letters group; a lone acronym looks up those and the names
            // that spell it
            for a in p.explicitAcronyms { keys.append(("a|\(kind):\(a)", .mutual)) }
            for f in p.fullForms { for a in f.derivedAcronyms { keys.append(("a|\(kind):\(a)", .filed)) } }
            for f in p.acronymForms {
                if let a = f.acronym { keys.append(("a|\(kind):\(a)", p.fullForms.isEmpty ? .looks : .mutual)) }
            }
            let best = p.best
            if p.kind == .organization {
                // joinShortForms: short forms and first words of longer names filed; a one-word name
                // looks them up
                for f in p.shortForms { keys.append(("u|" + f.orgKey, .filed)) }
                for f in p.fullForms where f.core.count > 1 {
                    keys.append(("f|" + f.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.linkCompact(f.core[0]), .filed))
                }
                if best.core.count == 1 {
                    keys.append(("u|" + best.orgKey, .looks))
                    keys.append(("f|" + best.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.linkCompact(best.core[0]), .looks))
                }
                // joinPlurals: names of two words or more by their singular, with each other
                for (k, _) in pluralKeys(p) { keys.append(("n|" + k, .mutual)) }
                // joinUnqualified: qualified names filed by core; the unqualified name looks them up
                for f in p.fullForms where !f.qualifiers.isEmpty { keys.append(("q|" + f.coreKey, .filed)) }
                if best.qualifiers.isEmpty { keys.append(("q|" + best.coreKey, .looks)) }
            } else {
                // joinCompoundHeads: compound place names filed by head; a one-word place looks them up
                let places = facts.placeNames
                for f in p.fullForms {
                    if let head = NameForm.compoundHead(of: f, isPlace: { places.contains(NameKey.linkWords($0).joined(separator: " ")) }) {
                        keys.append(("h|" + NameKey.linkCompact(head), .filed))
                    }
                }
                if best.words.count == 1 { keys.append(("h|" + NameKey.linkCompact(best.display), .looks)) }
            }
        }
        return keys
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
            // A body that exists under this name in one country only ("the State Department") is that
            // country's in every story, however generic its head word.
            let home = Countries.home(ofCore: best.core)
            guard best.qualifiers.isEmpty, best.acronym == nil, let head = best.core.last,
                  home != nil || !NameLexicon.genericHeads.contains(NameForm.bare(head)),
                  home != nil || !NameLexicon.genericHeads.contains(best.coreKey), !isCommonWord(best),
                  // "West Bank" is the place that "Palestinian West Bank" is named after (`isShortForm`).
                  !mostlyPlace(best),
                  qualified[best.coreKey] != nil else { continue }
            let roots = index.clusters(best.coreKey, in: &clusters, article: articleOf)
            guard roots.count == 1, let (root, entry) = roots.first, root != clusters.find(g) else { continue }
            let target = entry.0
            let targetCountries = Set(profiles[target].fullForms.filter { $0.coreKey == best.coreKey }.flatMap(\.qualifiers))
            // The qualified name the reason quotes.
            let q = profiles[target].fullForms.first { $0.coreKey == best.coreKey } ?? profiles[target].best
            if let home {
                if targetCountries.contains(home) {
                    clusters.union(target, g, reason: "without its qualifier: \(best.display) (\(p.articleLabel)) is a body of \(home) only, "
                                   + "as \(q.display) (\(profiles[target].articleLabel))", confidence: 0.8)
                }
                continue
            }
            // "Labour" in a British story is not "Israeli Labour": a story about another country keeps it
            // apart, and so does a name written alone in many more stories than the qualified one.
            let alone = facts.count(ArticleLinker.frequencyKey(best), reads)
            let qualifiedCount = facts.count(ArticleLinker.frequencyKey(profiles[target].best), reads)
            if alone >= 3 && alone >= 3 * qualifiedCount { continue }
            if let c = p.country, !targetCountries.contains(c) { continue }
            // A story about no country in particular does not say which country's "Academy of Sciences"
            // it means, when the corpus names other bodies that end so: the stories must share someone or
            // something else. ("the Federal Reserve" ends no other name: it is the US one.)
            var context = p.country.map { ", a story about \($0)" } ?? ""
            let words = best.core.map(NameKey.plain)
            let endsOthers = facts.namesEnding(in: words.last ?? "", reads).contains { $0.count > words.count && Array($0.suffix(words.count)) == words }
            if p.country == nil, endsOthers {
                guard let also = sharedContext(p.article, entry.1, excluding: [Self.contextKey(p), Self.contextKey(profiles[target])]) else { continue }
                context = "; both stories name \(also)"
            }
            clusters.union(target, g, reason: "without its qualifier; the only \(best.display) with one in the corpus is \(q.display) (\(profiles[target].articleLabel)): \(best.display) (\(p.articleLabel))\(context)", confidence: 0.7)
        }
    }

    // MARK: Same name up to spelling

    /// The keys an organization or place is filed under for the same name up to spelling, with the form
    /// each comes from.
    func sameNameKeys(_ p: LocalProfile) -> [(String, NameForm)] {
        var keys: [(String, NameForm)] = []
        for f in p.fullForms {
            if let c = f.countryKey { keys.append(("\(p.kind.rawValue):country:" + c, f)) }
            else if f.isGenericBody {
                // "the Foreign Ministry" is a different body in every country: the same name
                // joins across stories only when both stories are about the same country.
                if let c = p.bodyCountry(f) { keys.append(("\(p.kind.rawValue):" + f.orgKey + "@" + c, f)) }
            } else if p.kind == .organization, f.designatorWords.isEmpty, isCommonWord(f) {
                // "News" (of "the News of the World", "News of the deal") is not "News Corp": a word
                // the corpus writes in lower case meets a company's name only with its legal form.
                keys.append(("\(p.kind.rawValue):~" + f.orgKey, f))
            } else { keys.append(("\(p.kind.rawValue):" + f.orgKey, f)) }
        }
        // An acronym is a name of its own only where no long form stands with it: where one does,
        // the long form is the key, or two expansions of one acronym would meet through it.
        for f in p.acronymForms {
            if let c = f.countryKey { keys.append(("\(p.kind.rawValue):country:" + c, f)) }
            else if p.fullForms.isEmpty {
                // "the REAL artists": a word the corpus writes in lower case, in capitals, is shouting,
                // not the name "Real"; it meets only the same capitals.
                let shout = f.acronym.map { facts.isCommonWord($0.lowercased(), reads) } ?? false
                keys.append(("\(p.kind.rawValue):" + (shout ? "=" + f.display : f.orgKey), f))
            }
        }
        return keys
    }

    // MARK: Singular and plural

    /// The keys an organization is filed under for its name in the singular (`NameForm.storyOrgKey`), one
    /// per name of two words or more, with the form each comes from; a body every country has only in a
    /// story about one country (`LocalProfile.bodyCountry`).
    func pluralKeys(_ p: LocalProfile) -> [(String, NameForm)] {
        var out: [(String, NameForm)] = []
        var seen = Set<String>()
        for f in p.fullForms where f.core.count > 1 && f.acronym == nil && f.countryKey == nil {
            var key = f.storyOrgKey
            if f.isGenericBody {
                guard let c = p.bodyCountry(f) else { continue }
                key += "@" + c
            }
            if seen.insert(key).inserted { out.append((key, f)) }
        }
        return out
    }

    /// "Liberal Democrat" (of "a Liberal Democrat MP") and "the Liberal Democrats": a name of two words or
    /// more with and without its last word's plural "s" is one across stories that share someone or
    /// something else. The "s" alone may tell two apart (the band "Rolling Stones" and the magazine
    /// "Rolling Stone"), so the same name up to it joins only so (`joinSameNames` keeps it).
    mutating func joinPlurals() {
        var singular: [String: [Int]] = [:], plural: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            for (key, f) in pluralKeys(p) {
                if f.storyOrgKey == f.orgKey { singular[key, default: []].append(g) } else { plural[key, default: []].append(g) }
            }
        }
        var index = ClusterIndex(singular)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for key in plural.keys.sorted() {
            guard singular[key] != nil, let gs = plural[key] else { continue }
            for g in gs {
                // Every cluster of the singular that the story shares someone with: a story that writes both
                // forms has made one of them part of the plural's cluster already, not every one.
                let found = index.clusters(key, in: &clusters, article: articleOf)
                let p = profiles[g]
                for (h, articles) in found.values.sorted(by: { $0.0 < $1.0 }) where clusters.find(h) != clusters.find(g) {
                    guard let also = sharedContext(p.article, articles, excluding: [Self.contextKey(p), Self.contextKey(profiles[h])], rare: true) else { continue }
                    // The two forms the reason quotes (the key without the country of a body every country has).
                    let base = String(key.prefix { $0 != "@" })
                    let one = profiles[h].fullForms.first { $0.orgKey == base } ?? profiles[h].best
                    let many = p.fullForms.first { $0.storyOrgKey == base && $0.orgKey != base } ?? p.best
                    clusters.union(h, g, reason: Reasons.pair("same name in the singular and the plural", one.display, profiles[h].articleLabel,
                                                              many.display, p.articleLabel) + "; both stories name \(also)", confidence: 0.85)
                }
            }
        }
    }

    mutating func joinSameNames() {
        var firstByKey: [String: Int] = [:]
        // Members of a key kept apart from its first holder, one per cluster.
        var apart: [String: [Int]] = [:]
        var namesakes: [String: [(Int, NameForm)]] = [:]
        // The stories already filed under each organization or place key, for spelling variants.
        var storiesByKey: [String: Set<Int>] = [:]
        for (g, p) in profiles.enumerated() {
            if p.kind == .person {
                // People of one name join as a group (`joinGroup`), once every holder of the name is known.
                var mine = Set<String>()
                for f in p.fullForms where mine.insert(f.personKey).inserted { namesakes["p:" + f.personKey, default: []].append((g, f)) }
                continue
            }
            let keys = sameNameKeys(p)
            var seen = Set<String>()
            for (key, form) in keys where seen.insert(key).inserted {
                guard let first = firstByKey[key] else {
                    firstByKey[key] = g
                    if p.kind != .person { storiesByKey[key, default: []].insert(p.article) }
                    continue
                }
                let other = profiles[first].forms.first { f in
                    p.kind == .person ? "p:" + f.personKey == key
                        : f.countryKey.map { "\(p.kind.rawValue):country:" + $0 == key }
                            ?? (key == "\(p.kind.rawValue):" + f.orgKey || key == "\(p.kind.rawValue):~" + f.orgKey || key.hasPrefix("\(p.kind.rawValue):" + f.orgKey + "@"))
                } ?? profiles[first].best
                var rule: String
                if p.kind == .person { rule = Reasons.personVariant(other, form) }
                else if let c = form.countryKey, NameKey.plain(other.display) != NameKey.plain(form.display) {
                    rule = "same country (\(c))"
                } else { rule = Reasons.orgVariant(other, form) }
                if let c = p.bodyCountry(form) {
                    rule += ", both in stories about \(c)"
                    for q in [profiles[first], p] where q.country == nil {
                        rule += "; \(q.articleLabel) is filed under \(q.section ?? ""), whose stories are about \(c)"
                    }
                }
                // A one-word name spelt otherwise in another story ("Pompey" the club, "Pompeii" the ruins),
                // or written in capitals there and as a word here ("BAA" the airports, "Baa" a bond rating),
                // is the same body only when the stories share someone or something else; a plural or a
                // longer name ("Ford Motors Co.") is not a spelling.
                func singular(_ f: NameForm) -> String {
                    let w = NameKey.plain(f.core.joined(separator: " "))
                    return w.hasSuffix("s") ? String(w.dropLast()) : w
                }
                // (Acronyms spoken as words are written so in British style, "Opec", "Unicef", "Fifa": only a
                // word of three letters or fewer is read as a different name from its capitals.)
                func capitals(_ f: NameForm) -> Bool { f.core[0].count >= 2 && f.core[0].allSatisfy { !$0.isLetter || $0.isUppercase } }
                func differs(_ o: NameForm) -> Bool {
                    guard p.kind != .person, form.countryKey == nil, form.core.count == 1, o.core.count == 1 else { return false }
                    if singular(form) != singular(o) { return true }
                    return capitals(form) != capitals(o) && min(form.core[0].count, o.core[0].count) <= 3
                }
                if differs(other), !(storiesByKey[key] ?? []).contains(p.article) {
                    if let also = sharedContext(p.article, storiesByKey[key] ?? [], excluding: [Self.contextKey(p)]) {
                        rule += "; both stories name \(also)"
                    } else {
                        // Not the first holder's body: it may still be another cluster of the name written as here.
                        let me = clusters.find(g)
                        var joined = false
                        for h in apart[key] ?? [] where clusters.find(h) != me && !differs(profiles[h].best) {
                            let o = profiles[h].best
                            if clusters.union(h, g, reason: Reasons.pair(Reasons.orgVariant(o, form), o.display, profiles[h].articleLabel,
                                                                         form.display, p.articleLabel), confidence: 1) {
                                joined = true
                                break
                            }
                        }
                        if !joined { apart[key, default: []].append(g) }
                        continue
                    }
                }
                if p.kind != .person { storiesByKey[key, default: []].insert(p.article) }
                if clusters.union(first, g, reason: Reasons.pair(rule, other.display, profiles[first].articleLabel,
                                                                   form.display, p.articleLabel), confidence: 1) { continue }
                // Kept apart from the first holder of the name (two people of one name, `LinkTraits`):
                // the name still joins another cluster of it that nothing contradicts.
                if clusters.find(first) == clusters.find(g) { continue }
                var joined = false
                for h in apart[key] ?? [] where clusters.find(h) != clusters.find(g) {
                    let o = profiles[h]
                    if clusters.union(h, g, reason: Reasons.pair(rule, o.best.display, o.articleLabel, form.display, p.articleLabel), confidence: 1) {
                        joined = true
                        break
                    }
                }
                if !joined { apart[key, default: []].append(g) }
            }
        }
        for key in namesakes.keys.sorted() {
            guard let group = namesakes[key], group.count > 1 else { continue }
            // Each spelling of the surname joins as a group first, up to romanisation ("Avetisyan",
            // "Avetisian"); surnames that English spelling rules alone make one ("Huston", "Houston") are
            // one person's only when their stories share someone or something else. So are first names
            // spelt otherwise: "Henri Paul" is a chauffeur and "Henry Paul" a rugby player, "Yasir Arafat"
            // a cricketer and "Yassir Arafat" the Palestinian leader.
            var spellings: [String: [(Int, NameForm)]] = [:]
            // The same letters split otherwise ("Ellen Johnson Sirleaf", "Ellen Johnson-Sirleaf") are one spelling.
            var keyOfLetters: [String: String] = [:]
            for (g, f) in group {
                let letters = String((f.given + f.surname).map(NameKey.plain).joined().filter(\.isLetter))
                let key = keyOfLetters[letters] ?? (f.given.map { NameKey.plain($0).filter(\.isLetter) }.joined() + "|" + Self.surnameSpelling(f))
                keyOfLetters[letters] = key
                spellings[key, default: []].append((g, f))
            }
            let ordered = spellings.values.sorted { $0[0].0 < $1[0].0 }
            for same in ordered where same.count > 1 { joinGroup(same, confidence: 1) { Reasons.personVariant($0, $1) } }
            guard ordered.count > 1 else { continue }
            for (k, same) in ordered.enumerated() where k > 0 {
                let mine = Set(same.map { profiles[$0.0].article })
                for earlier in ordered[..<k] {
                    let theirs = Set(earlier.map { profiles[$0.0].article })
                    let excluded: Set<String> = [Self.contextKey(profiles[same[0].0]), Self.contextKey(profiles[earlier[0].0])]
                    // The smaller side's stories, each against the other side's (a few hundred tell enough).
                    let (few, many) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
                    var also: String?
                    for a in few.sorted().prefix(200) where also == nil { also = sharedContext(a, many, excluding: excluded) }
                    let (h, a) = earlier[0], (g, b) = same[0]
                    guard let evidence = also.map({ "both stories name \($0)" }) ?? sharedRole(h, g, a, b) else { continue }
                    if clusters.union(h, g, reason: Reasons.pair(Reasons.personVariant(a, b), a.display, profiles[h].articleLabel,
                                                                 b.display, profiles[g].articleLabel) + "; " + evidence,
                                      confidence: 0.9) { break }
                }
            }
        }
    }

    /// A surname as written up to case, diacritics, spacing, its article, romanisation and a doubled
    /// letter (`Transliteration.romanisationOnly`): "al-Masri" and "Masri", "Avetisyan" and "Avetisian"
    /// are one, "Huston" and "Houston" two.
    static func surnameSpelling(_ f: NameForm) -> String {
        Transliteration.romanisationSkeleton(exactSurname(f))
    }

    // MARK: People: middle names, initials, spelling that only the consonants share

    /// The tables `joinPeopleByParts` files a person under. "J. Smith" (`initialSurname`) is looked up
    /// among full names by `initialOfFull` under the same key: `family` is the same.
    enum PartTable: String {
        case firstSurname = "f", initialSurname = "i", initialOfFull = "o", givenLooseSurname = "g", givenSurnameLoose = "s",
             givenDropSurname = "d", givenSurnameLetters = "w"

        var family: String { self == .initialOfFull ? PartTable.initialSurname.rawValue : rawValue }
    }

    /// Where `joinPeopleByParts` files person `p`: each table at most once per kind of key.
    func partKeys(_ p: LocalProfile) -> [(PartTable, String)] {
        var out: [(PartTable, String)] = []
        var seen = Set<String>()
        for f in p.fullForms {
            guard let first = f.firstGiven, !f.surnameKey.isEmpty else { continue }
            // The surname up to romanisation only: "Houston" is not "Huston" without more (`joinClose`).
            let surname = Self.surnameSpelling(f)
            if f.firstGivenIsInitial {
                if seen.insert("i" + first).inserted { out.append((.initialSurname, "\(first)|\(surname)")) }
                continue
            }
            if seen.insert("f").inserted {
                // The first name as written: one spelt otherwise ("Henri"/"Henry") is `joinClose`'s, which
                // asks the stories to share someone else.
                out.append((.firstSurname, "\(NameKey.plain(f.given[0]).filter(\.isLetter))|\(surname)"))
                out.append((.initialOfFull, "\(first.prefix(1))|\(surname)"))
                // ...and under each letter dropped from it, so that a letter added, dropped or changed in a
                // first name meets too ("Malcom"/"Malcolm", "Viktor"/"Victor", "Costas"/"Kostas").
                let given = Self.exactGiven(f)
                if given.count >= 4 {
                    for d in Self.drops(given) { out.append((.givenDropSurname, d + "|" + surname)) }
                }
            }
            if let fl = f.firstGivenLoose, seen.insert("gl").inserted {
                out.append((.givenLooseSurname, "\(fl)|\(surname)"))
            }
            if seen.insert("sl").inserted {
                out.append((.givenSurnameLoose, "\(first)|\(f.surnameLoose)"))
                // ...and under the surname as written and each letter dropped from it, so that a letter
                // added, dropped or swapped meets too ("Gingrich"/"Gringrich", "Beauvillain"/"Beauvillian").
                let exact = Self.exactSurname(f)
                if exact.count >= 6 {
                    for d in Self.drops(exact) { out.append((.givenSurnameLoose, "\(first)|-" + d)) }
                    // ...and under the letters it is written with, for a letter doubled and another moved
                    // ("Raftery"/"Rafferty"): two edits, which `joinPeopleByParts` allows with the same letters only.
                    out.append((.givenSurnameLetters, "\(first)|" + String(Set(exact).sorted())))
                }
            }
        }
        return out
    }

    mutating func joinPeopleByParts() {
        var byFirstSurname: [String: [Int]] = [:]
        var byInitialSurname: [String: [Int]] = [:]
        var byGivenLooseSurname: [String: [Int]] = [:]
        var byGivenSurnameLoose: [String: [Int]] = [:]
        var byInitialOfFull: [String: [Int]] = [:]
        var byGivenDropSurname: [String: [Int]] = [:]
        var byGivenSurnameLetters: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .person {
            for (table, key) in partKeys(p) {
                switch table {
                case .firstSurname: byFirstSurname[key, default: []].append(g)
                case .initialSurname: byInitialSurname[key, default: []].append(g)
                case .initialOfFull: byInitialOfFull[key, default: []].append(g)
                case .givenLooseSurname: byGivenLooseSurname[key, default: []].append(g)
                case .givenSurnameLoose: byGivenSurnameLoose[key, default: []].append(g)
                case .givenDropSurname: byGivenDropSurname[key, default: []].append(g)
                case .givenSurnameLetters: byGivenSurnameLetters[key, default: []].append(g)
                }
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
            // With two middle names in play the name alone may be either person: it joins nobody.
            if groups.count <= 1 { joinStar(none, rule: "same first name and surname") }
            // A middle name given in one story and not in another is weaker evidence ("Nguyen Van" with
            // the last name cut off is not "Nguyen Tuong Van"): the stories must share someone else too.
            if groups.count == 1, let group = groups.first, let a = none.min(), let b = group.min(), clusters.find(a) != clusters.find(b) {
                let theirs = Set(group.map { profiles[$0].article })
                let excluded: Set<String> = [Self.contextKey(profiles[a])]
                var shared: String?
                for g in none where shared == nil { shared = sharedContext(profiles[g].article, theirs, excluding: excluded) }
                if let also = shared {
                    clusters.union(b, a, reason: Reasons.pair("same first name and surname, middle name given in one", profiles[b].best.display,
                                                              profiles[b].articleLabel, profiles[a].best.display, profiles[a].articleLabel)
                                   + "; both stories name \(also)", confidence: 0.9)
                }
            }
        }
        // "J. Smith" joins "John Smith" when only one John-like Smith is known.
        for key in byInitialSurname.keys.sorted() {
            guard let initialOnes = byInitialSurname[key] else { continue }
            let full = byInitialOfFull[key] ?? []
            let roots = Set(full.map { clusters.find($0) })
            let example = full.min()
            guard roots.count == 1, let target = example else { continue }
            // ...and the stories share someone else: "J Kelly" of a rugby squad is not an IBM executive
            // "John E. Kelly" who happens to be the only John Kelly.
            let theirs = Set(full.map { profiles[$0].article })
            for g in initialOnes {
                guard let also = sharedContext(profiles[g].article, theirs, excluding: [Self.contextKey(profiles[g])]) else { continue }
                clusters.union(target, g, reason: Reasons.pair("initial matches the only such first name", profiles[target].best.display,
                                                               profiles[target].articleLabel, profiles[g].best.display,
                                                               profiles[g].articleLabel) + "; both stories name \(also)", confidence: 0.8)
            }
        }
        // Close spellings of one name ("Damien"/"Damian", "Millon"/"Million"), not two names that share
        // their consonants ("Mahmud"/"Mohammad", "Tellier"/"Tyler"): one letter apart (two in long words)
        // as written, so that a doubled letter counts ("Davis"/"Davies" stay two).
        // A doubled letter is romanisation's, not a letter of its own: "Vassilli" and "Vassilis" are one
        // letter apart as "Vasili" and "Vasilis", "Mohammed" and "Mohamad" as "Mohamed" and "Mohamad".
        let closeSpelling = { (a: String, b: String) in
            Self.close(a, b) || Self.close(Transliteration.romanisationSkeleton(a), Transliteration.romanisationSkeleton(b))
        }
        for key in byGivenSurnameLoose.keys.sorted() {
            if let gs = byGivenSurnameLoose[key], gs.count > 1 {
                joinClose(gs, rule: "same first name, surname spelling variant", close: closeSpelling) { Self.exactSurname($0) }
            }
        }
        for key in byGivenLooseSurname.keys.sorted() {
            if let gs = byGivenLooseSurname[key], gs.count > 1 {
                joinClose(gs, rule: "same surname, first-name spelling variant (vowels)") { $0.firstGiven ?? "" }
            }
        }
        for key in byGivenDropSurname.keys.sorted() {
            if let gs = byGivenDropSurname[key], gs.count > 1 {
                joinClose(gs, rule: "same surname, first-name spelling variant", close: closeSpelling) { Self.exactGiven($0) }
            }
        }
        // Two edits make another name as often as not ("McCain"/"McCall", "Roberts"/"Rogers"); with the
        // same letters, one doubled or moved, they are a slip in writing one name ("Berisha"/"Berhisa").
        for key in byGivenSurnameLetters.keys.sorted() {
            if let gs = byGivenSurnameLetters[key], gs.count > 1 {
                joinClose(gs, rule: "same first name, surname with the same letters, one doubled or moved",
                          close: { Self.distance($0, $1) == 2 }) { Self.exactSurname($0) }
            }
        }
    }

    /// `word` and each string with one of its letters dropped: two words one edit apart share one.
    static func drops(_ word: String) -> [String] {
        let w = Array(word)
        var out: Set<String> = [word]
        for i in w.indices { out.insert(String(w[..<i] + w[(i + 1)...])) }
        return out.sorted()
    }

    /// The first given name as written, up to case and diacritics ("Viktor" and "Victor" are two).
    static func exactGiven(_ f: NameForm) -> String {
        f.given.first.map { NameKey.plain($0).filter(\.isLetter) } ?? ""
    }

    /// Joins each member to the first one whose `part` is spelt close to its own (`close`) and whose
    /// stories share someone or something else: two spellings one vowel apart are as often two people
    /// ("Yasir Arafat" in a cricket line-up is not the Palestinian leader, a governor "Mohammad Daud"
    /// not a prime minister of 1978) as one name spelt twice.
    /// `close`: whether two parts are spelt close enough (`close(_:_:)` unless said otherwise).
    mutating func joinClose(_ members: [Int], rule: String, close: (String, String) -> Bool = { Self.close($0, $1) },
                            part: (NameForm) -> String) {
        let sorted = members.sorted()
        // Each member's parts once: a common name's group compares every member with those before it.
        let parts = sorted.map { profiles[$0].fullForms.map(part) }
        for (k, g) in sorted.enumerated() where k > 0 {
            let mine = parts[k]
            let me = clusters.find(g)
            for (j, h) in sorted[..<k].enumerated() where parts[j].contains(where: { a in mine.contains { b in close(a, b) } }) {
                let root = clusters.find(h)
                guard root != me else { break }
                // The stories of the spellings already joined to `h`.
                let theirs = Set(sorted[..<k].filter { clusters.find($0) == root }.map { profiles[$0].article })
                let excluded: Set<String> = [Self.contextKey(profiles[g]), Self.contextKey(profiles[h])]
                let a = profiles[h], b = profiles[g]
                let evidence = profiles[g].article == profiles[h].article ? ""
                    : sharedContext(b.article, theirs, excluding: excluded).map { "both stories name \($0)" } ?? sharedRole(h, g, a.best, b.best)
                guard let evidence else { continue }
                clusters.union(h, g, reason: Reasons.pair(rule, a.best.display, a.articleLabel, b.best.display, b.articleLabel)
                               + (evidence.isEmpty ? "" : "; " + evidence), confidence: 0.85)
                break
            }
        }
    }

    /// Evidence that two close spellings `a` (of `h`'s cluster) and `b` (of `g`'s) in stories that share
    /// nobody else are one person's: both clusters' stories give the person the same role ("Yukihiko Ikeda"
    /// and "Yukishiko Ikeda", each Japan's foreign minister). Only where the names differ in words of four
    /// letters or more written as words: "Kim Jong-Il" and "Kim Jong-Pil" differ in a syllable, which makes
    /// another name. Stories that describe the two otherwise keep them apart all the same (`LinkTraits`).
    mutating func sharedRole(_ h: Int, _ g: Int, _ a: NameForm, _ b: NameForm) -> String? {
        func words(_ f: NameForm) -> [(String, String)] {
            (f.given + f.surname).flatMap { $0.split(separator: "-").map { (String($0), NameKey.plain(String($0))) } }
        }
        let wa = words(a), wb = words(b)
        let differing = wa.filter { w in !wb.contains { $0.1 == w.1 } } + wb.filter { w in !wa.contains { $0.1 == w.1 } }
        guard !differing.isEmpty, differing.allSatisfy({ $0.1.count >= 4 && $0.0.contains(where: \.isLowercase) }),
              let ra = clusters.traits(of: h)?.person.roles, let rb = clusters.traits(of: g)?.person.roles,
              let role = Set(ra.keys).intersection(rb.keys).sorted().first else { return nil }
        return "both described as \(role) (\(ra[role] ?? role); \(rb[role] ?? role))"
    }

    /// Edit distance 1, or 2 in words of 9 letters or more ("Tellier" is not "Tyler"); two letters
    /// swapped count as one edit, the commonest slip of the keyboard ("Gonzalez"/"Gonzaelz").
    static func close(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let limit = max(x.count, y.count) >= 9 ? 2 : 1
        guard abs(x.count - y.count) <= limit else { return false }
        // A letter more at the end of a short word makes another word ("Kong"/"Konga"), not a spelling.
        if min(x.count, y.count) < 6 && x.count != y.count { return false }
        return distance(a, b) <= limit
    }

    /// Edits between two spellings: letters added, dropped, changed, or two neighbours swapped.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
        var before = [Int](), prev = Array(0...y.count)
        for i in 1...x.count {
            var cur = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { cur[j] = min(cur[j], before[j - 2] + 1) }
            }
            before = prev
            prev = cur
        }
        return prev[y.count]
    }

    /// Joins every member to the first one (a star: linear in the group, not all pairs).
    mutating func joinStar(_ members: [Int], rule: String, confidence: Double = 1) {
        joinGroup(members.map { ($0, profiles[$0].best) }, confidence: confidence) { _, _ in rule }
    }

    /// Joins a group of names that are one by their letters (linear in the group, not all pairs). Where
    /// stories describe two holders differently (`LinkTraits`: a rugby coach and a fund manager of one
    /// name) the group makes one cluster per description: the described members go first, so that each
    /// description founds its cluster, and once there are two, a member joins one whose stories share
    /// someone or something with its own, or the only one named in its story's section, or none.
    mutating func joinGroup(_ members: [(Int, NameForm)], confidence: Double, rule: (NameForm, NameForm) -> String) {
        let ordered = members.sorted { a, b in
            (described.contains(a.0) ? 0 : 1, a.0) < (described.contains(b.0) ? 0 : 1, b.0)
        }
        var heads: [(g: Int, form: NameForm, articles: Set<Int>, sections: Set<String>)] = []
        for (g, f) in ordered {
            let me = clusters.find(g)
            let section = profiles[g].section
            if let k = heads.firstIndex(where: { clusters.find($0.g) == me }) {
                heads[k].articles.insert(profiles[g].article)
                if let section { heads[k].sections.insert(section) }
                continue
            }
            var order = Array(heads.indices)
            var why = ""
            if heads.count > 1 {
                // Two people of this name are known: the name alone does not say which one a story means.
                // It joins one whose stories share someone or something with its own, and otherwise stays
                // apart rather than join the first (a guess that is wrong as often as not).
                // A story that describes its person as one of them says so too ("rugby coach").
                let mine = clusters.traits(of: g)?.person ?? PersonContext()
                order = order.filter { k in
                    if sharedContext(profiles[g].article, heads[k].articles, excluding: [Self.contextKey(profiles[g])]) != nil { return true }
                    guard !mine.isSilent, let theirs = clusters.traits(of: heads[k].g)?.person else { return false }
                    return mine.agrees(with: theirs)
                }
                // Else a story filed in a section where only one of them is named is that one's: a sport
                // story's Matt Vane is the coach of the sport stories, not a fund manager of the business ones.
                if order.isEmpty, let section {
                    let filed = heads.indices.filter { heads[$0].sections.contains(section) }
                    if filed.count == 1 {
                        order = filed
                        why = "; the only one of the name in stories filed under \(section)"
                    }
                }
            }
            var joined = false
            for k in order {
                let h = heads[k]
                let reason = Reasons.pair(rule(h.form, f), h.form.display, profiles[h.g].articleLabel, f.display, profiles[g].articleLabel) + why
                if clusters.union(h.g, g, reason: reason, confidence: confidence) {
                    heads[k].articles.insert(profiles[g].article)
                    if let section { heads[k].sections.insert(section) }
                    joined = true
                    break
                }
            }
            if !joined { heads.append((g, f, [profiles[g].article], section.map { [$0] } ?? [])) }
        }
    }

    // MARK: Acronyms

    mutating func joinAcronyms() {
        var explicit: [String: [Int]] = [:]
        var derived: [String: [Int]] = [:]
        // "the states of New South Wales (NSW)" tagged as a body is the place: a team's "NSW" in another
        // story is no body of that name.
        func namedForPlace(_ p: LocalProfile) -> Bool {
            p.kind == .organization && !p.fullForms.isEmpty && p.fullForms.allSatisfy { mostlyPlace($0) }
        }
        for (g, p) in profiles.enumerated() where p.kind != .person && !namedForPlace(p) {
            for a in p.explicitAcronyms { explicit["\(p.kind.rawValue):\(a)", default: []].append(g) }
            var seen = Set<String>()
            for f in p.fullForms { for a in f.derivedAcronyms where seen.insert(a).inserted { derived["\(p.kind.rawValue):\(a)", default: []].append(g) } }
        }
        // Where a story wrote an acronym with its long name, they are tied: "(EADS)" after the name, or
        // "EU" in a story that names the European Union.
        var tied = explicit
        for (g, p) in profiles.enumerated() where p.kind != .person && !p.fullForms.isEmpty && !namedForPlace(p) {
            for a in Set(p.acronymForms.compactMap(\.acronym)) where !p.explicitAcronyms.contains(a) {
                tied["\(p.kind.rawValue):\(a)", default: []].append(g)
            }
        }
        // Long names that stories tie to the same acronym are one when they are the same words up to
        // spelling and legal form ("(EADS)" twice, "UMNO" with "...Organisation" and "...Organization");
        // "International Court of Justice" and "International Commission of Jurists" both say "(ICJ)"
        // and stay two, and so do the "Football Association" and the "Japanese Football Association"
        // (another country's qualifier).
        for key in tied.keys.sorted() {
            guard let gs = tied[key], gs.count > 1 else { continue }
            var groups: [(Set<String>, Set<String>, [Int])] = []
            for g in gs {
                let words = profiles[g].best.contentWords, quals = Set(profiles[g].best.qualifiers)
                if let k = groups.firstIndex(where: { $0.1 == quals && NameForm.sameWords($0.0, words) }) { groups[k].2.append(g) }
                else { groups.append((words, quals, [g])) }
            }
            for (_, _, same) in groups where same.count > 1 {
                joinStar(same, rule: "written with the same acronym \(key.split(separator: ":").last ?? "") for the same words")
            }
        }
        var tiedIndex = ClusterIndex(tied), derivedIndex = ClusterIndex(derived)
        let articleOf = { (g: Int) in self.profiles[g].article }
        // The country each story is about, and the countries of the stories each lone acronym's cluster
        // holds as it stands before these joins (`sameCountry`).
        var storyCountry: [Int: String] = [:]
        for p in profiles { if let c = p.country { storyCountry[p.article] = c } }
        var aloneRoot: [Int: Int] = [:], aloneCountries: [Int: Set<String>] = [:]
        for (g, p) in profiles.enumerated() where p.kind != .person && p.fullForms.isEmpty && !p.acronymForms.isEmpty {
            let r = clusters.find(g)
            aloneRoot[g] = r
            if let c = p.country { aloneCountries[r, default: []].insert(c) }
        }
        /// The country shared by every story of `g`'s lone acronym that is about one and by one of
        /// `articles`: "UMNO" in a story about Malaysia is the United Malays National Organisation that
        /// Malaysian stories spell out, while "BSE" in a story about Britain is not the Bombay Stock
        /// Exchange, nor "BNP" in British and Bangladeshi stories either party.
        /// Two letters, or an acronym the corpus writes in the plural ("MOUs": every memorandum is
        /// another), name too many things in one country.
        func sameCountry(_ g: Int, _ acr: String, _ articles: Set<Int>) -> String? {
            guard acr.count >= 3, !facts.isCountable(acr, reads),
                  let c = profiles[g].country, let r = aloneRoot[g], aloneCountries[r] == [c],
                  articles.contains(where: { storyCountry[$0] == c }) else { return nil }
            return c
        }
        // An acronym standing alone in a story joins the one long name that stories tie it to; with no
        // tie anywhere, a long acronym (4 letters or more) may join the one name in the corpus it spells.
        // Two or three letters spell too many things ("DJ", "FA") to guess.
        for (g, p) in profiles.enumerated() where p.kind != .person && p.fullForms.isEmpty {
            for f in p.acronymForms {
                guard let acr = f.acronym else { continue }
                if f.countryKey != nil { continue }  // countries were joined by name already
                // A news agency's acronym ("AFP" in a dateline) is the agency, whatever else it abbreviates.
                let isAgency = RuleLexicon.agencyNames.contains(acr.lowercased())
                let key = "\(p.kind.rawValue):\(acr)"
                let quals = Set(f.qualifiers)
                let fits = { (h: Int) in quals.isEmpty || self.profiles[h].fullForms.contains { Set($0.qualifiers) == quals } }
                let cacheKey = key + "|" + quals.sorted().joined(separator: "+")
                let me = clusters.find(g)
                var found = tiedIndex.clusters(key, cacheKey: cacheKey, in: &clusters, article: articleOf, where: fits)
                if isAgency {
                    found = found.filter { _, v in self.profiles[v.0].fullForms.contains { RuleLexicon.agencyNames.contains(RuleLexicon.key($0.display)) } }
                }
                var rule = "acronym written with"
                // Already with a name that stories tie it to ("WTO" with the World Trade Organization): that
                // is its meaning here, and another name tied to it elsewhere (the World Tourism
                // Organization) is another body, not one more name of this one.
                if found[me] != nil { continue }
                if found.isEmpty, acr.count >= 4, !facts.isCountable(acr, reads) {
                    found = derivedIndex.clusters(key, cacheKey: cacheKey, in: &clusters, article: articleOf, where: fits)
                    found[me] = nil
                    rule = "acronym of"
                }
                // Stories may tie one acronym to several names ("EU" to the European Union in hundreds, to a
                // university in one): the name that most stories tie it to, by three to one, is what it means.
                let ranked = found.values.sorted { ($0.1.count, -$0.0) > ($1.1.count, -$1.0) }
                guard let top = ranked.first else { continue }
                let second = ranked.count > 1 ? ranked[1].1.count : 0
                guard ranked.count == 1 || (rule == "acronym written with" && top.1.count >= 3 * second) else { continue }
                let target = top.0
                let long = profiles[target].fullForms.first { $0.derivedAcronyms.contains(acr) } ?? profiles[target].best
                // ...and only when the stories share someone or something else, or are about the same
                // country: "RSS" in a rubber price list is not the feed format the blog stories spell out.
                let evidence: String
                if let also = sharedContext(p.article, top.1, excluding: [Self.contextKey(p), Self.contextKey(profiles[target])]) {
                    evidence = "both stories name \(also)"
                } else if let c = sameCountry(g, acr, top.1) {
                    evidence = "both stories are about \(c)"
                } else if rule == "acronym written with", ranked.count == 1, acr.count >= 4, !facts.isCountable(acr, reads),
                          facts.count(ArticleLinker.frequencyKey(f), reads) <= 3 * facts.count(ArticleLinker.frequencyKey(long), reads),
                          case let root = clusters.find(target),
                          derivedIndex.clusters(key, cacheKey: cacheKey, in: &clusters, article: articleOf, where: fits).keys
                            .allSatisfy({ $0 == root || $0 == me }) {
                    // Four letters or more that stories tie to one name, and that no other name in the corpus
                    // spells, stand for it wherever they are written ("OECD" in a story about oil stocks)...
                    // unless written alone in many more stories than the name is: "SARS" in eight stories about
                    // the disease is not the tax office that one story spells out.
                    evidence = "no other name in the corpus is written with \(acr) or spells it"
                } else { continue }
                var how = rule == "acronym of" ? "acronym of \(long.display), the only name in the corpus it spells"
                    : "acronym written with \(long.display) in \(top.1.count) stor\(top.1.count == 1 ? "y" : "ies")"
                if second > 0 { how += ", with another name in \(second)" }
                clusters.union(target, g, reason: "\(how) (\(profiles[target].articleLabel)): \(f.display) (\(p.articleLabel)); \(evidence)",
                               confidence: rule == "acronym of" ? 0.8 : (second > 0 ? 0.8 : 1))
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
                // ...nor the head of "X of Y" or a Sunday title ("the Mail" is not "Mail on Sunday").
                f.core.count > 1 && !["and", "&"].contains(f.core[1].lowercased())
                    && !(NameLexicon.nameInternal.contains(f.core[1]) && f.core[1] == f.core[1].lowercased())
                    && !NameLexicon.isRegion(f.core.dropFirst().joined(separator: " "))
                    // ...nor a town's council or a counted group ("Darlington Council", "Maguire Seven").
                    && !NameLexicon.namesOtherThing(f.core.dropFirst())
            }), let w = f.core.first {
                byFirstWord[f.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.linkCompact(w), default: []].append(g)
            }
        }
        let facts = self.facts, reads = self.reads
        let isPlace = { (part: String) in facts.isPlaceName(NameKey.linkWords(part).joined(separator: " "), reads) }
        var usedIndex = ClusterIndex(usedFor), firstWordIndex = ClusterIndex(byFirstWord)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .organization {
            let best = p.best
            // "UFJ Holdings" is a complete name, not a short one.
            guard best.acronym == nil, best.core.count == 1, best.designatorWords.isEmpty, !p.fullForms.isEmpty else { continue }
            // "Sport should unite people": a word the corpus also writes in lower case names no body alone.
            if isCommonWord(best) { continue }
            // "EU-Turkey crisis" names no body that starts "EU-Turkey".
            if NameLexicon.isHyphenatedPair(best.core[0], isPlace: isPlace) { continue }
            // "Marlow" alone is the town or its club, not "Marlow Echo" or "Marlow Council".
            if facts.isPlaceName(best.coreKey, reads) || NameLexicon.isRegion(best.display)
                || RuleLexicon.shared.places.contains(RuleLexicon.key(best.display)) { continue }
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
                // "Labour" written alone in two hundred stories is a name of its own, not the short form
                // an Israeli story used for "Israeli Labour".
                let alone = facts.count(ArticleLinker.frequencyKey(best), reads)
                if alone >= 3 && alone >= 3 * facts.count(ArticleLinker.frequencyKey(profiles[target].best), reads) { continue }
                // The German "Greens" are not a Scottish story's Green Party: the stories must share more.
                guard let also = sharedContext(p.article, top.value.1, excluding: [Self.contextKey(p), Self.contextKey(profiles[target])]) else { continue }
                let long = profiles[target].best.display
                var reason = "short form \(best.display), used for \(long) in \(count) article(s) (e.g. \(profiles[target].articleLabel)): \(best.display) (\(p.articleLabel))"
                if second > 0 { reason += "; also used for another name in \(second) article(s)" }
                reason += "; both stories name \(also)"
                clusters.union(target, g, reason: reason, confidence: second == 0 ? 0.9 : 0.7)
                continue
            }
            // Else the first word of exactly one longer name.
            // "Bank" or "Ministry" alone is a common noun, not a short name.
            if NameLexicon.nominalHeads[NameForm.bare(best.core[0])] != nil { continue }
            // A name written alone in many stories is a name of its own, not a short "Bollywood Dreams".
            let alone = facts.count(ArticleLinker.frequencyKey(best), reads)
            let key = best.qualifiers.sorted().joined(separator: "+") + "|" + NameKey.linkCompact(best.core[0])
            var found = firstWordIndex.clusters(key, in: &clusters, article: articleOf)
            found[me] = nil
            guard found.count == 1, let target = found.values.first?.0 else { continue }
            // Weaker evidence than a writer's use: the short name may not be the more common one
            // ("Xbox" and "Xbox Live"), and the stories must share someone or something else.
            if alone > facts.count(ArticleLinker.frequencyKey(profiles[target].best), reads) { continue }
            guard let entry = found.values.first,
                  let also = sharedContext(p.article, entry.1, excluding: [Self.contextKey(p), Self.contextKey(profiles[target])]) else { continue }
            clusters.union(target, g, reason: "first word of \(profiles[target].best.display) (\(profiles[target].articleLabel)), the only longer name that starts so: \(best.display) (\(p.articleLabel)); both stories name \(also)", confidence: 0.7)
        }
    }

    // MARK: Compound place names

    /// "Karabakh" in a story joins "Nagorno-Karabakh" when that is the only compound place name in the
    /// corpus with this head.
    mutating func joinCompoundHeads() {
        let facts = self.facts, reads = self.reads
        let isPlace = { (part: String) in facts.isPlaceName(NameKey.linkWords(part).joined(separator: " "), reads) }
        var byHead: [String: [Int]] = [:]
        for (g, p) in profiles.enumerated() where p.kind == .place {
            var seen = Set<String>()
            for f in p.fullForms {
                guard let head = NameForm.compoundHead(of: f, isPlace: isPlace) else { continue }
                let k = NameKey.linkCompact(head)
                if seen.insert(k).inserted { byHead[k, default: []].append(g) }
            }
        }
        guard !byHead.isEmpty else { return }
        var index = ClusterIndex(byHead)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .place {
            let best = p.best
            guard best.words.count == 1, best.qualifiers.isEmpty, NameForm.compoundHead(of: best, isPlace: { _ in false }) == nil else { continue }
            let k = NameKey.linkCompact(best.display)
            guard byHead[k] != nil else { continue }
            var found = index.clusters(k, in: &clusters, article: articleOf)
            let me = clusters.find(g)
            if found[me] != nil { continue }
            found[me] = nil
            guard found.count == 1, let target = found.values.first?.0 else { continue }
            let long = profiles[target].best.display
            clusters.union(target, g, reason: "head of the compound place name \(long) (\(profiles[target].articleLabel)), the only one with it: \(best.display) (\(p.articleLabel))", confidence: 0.8)
        }
    }

    // MARK: Lone surnames

    /// A surname as written, up to case, diacritics and spacing ("Huston" and "Houston" are two).
    static func exactSurname(_ f: NameForm) -> String {
        let parts = f.surname.filter { !NameLexicon.articleParticles.contains(NameKey.plain($0)) }
        var k = parts.map(NameKey.plain).joined().filter(\.isLetter)
        // "al-Maliki" is "Maliki" with its article, as in `surnameKey`.
        if parts.count == 1, parts[0].contains("-"), k.count >= 6, k.hasPrefix("al") || k.hasPrefix("el") { k = String(k.dropFirst(2)) }
        return k
    }

    mutating func joinLoneNames() {
        var bySurname: [String: [Int]] = [:]
        // The same surname up to romanisation (`surnameSpelling`): a surname alone is weaker evidence than
        // a full name, so English spelling rules ("Huston", "Houston") do not make one of two.
        var byExactSurname: [String: [Int]] = [:]
        let givenIn = facts.givenIn
        for (g, p) in profiles.enumerated() where p.kind == .person && !p.isLoneName {
            var seen = Set<String>(), seenExact = Set<String>()
            for f in p.fullForms where !f.surnameKey.isEmpty {
                if seen.insert(f.surnameKey).inserted { bySurname[f.surnameKey, default: []].append(g) }
                let exact = Self.surnameSpelling(f)
                if seenExact.insert(exact).inserted { byExactSurname[exact, default: []].append(g) }
            }
        }
        var loneByKey: [String: Int] = [:]
        var index = ClusterIndex(bySurname), exactIndex = ClusterIndex(byExactSurname)
        let articleOf = { (g: Int) in self.profiles[g].article }
        for (g, p) in profiles.enumerated() where p.kind == .person && p.isLoneName {
            let f = p.best
            let key = f.surnameKey
            guard !key.isEmpty else { continue }
            // A first name alone ("Robert") is anybody's: it joins nobody across stories.
            if RuleLexicon.shared.firstNames.contains(RuleLexicon.key(f.display)) {
                let roots = index.clusters(key, in: &clusters, article: articleOf).mapValues(\.0)
                if !roots.isEmpty { ambiguous[g] = roots.values.sorted() }
                continue
            }
            // "Forget Mobutu" in a story that names Mobutu Sese Seko is his name there, whoever else is
            // called Mobutu in the corpus: it joins only the same lone name elsewhere.
            let namesSomeoneHere = givenIn[p.article]?.contains(NameKey.plain(f.display)) == true
            let exact = Self.surnameSpelling(f)
            let found = namesSomeoneHere ? [:] : exactIndex.clusters(exact, in: &clusters, article: articleOf)
            let roots = found.mapValues(\.0)
            if roots.count == 1, let target = roots.values.first {
                // One person of that name in the corpus, and the stories share someone else too (a team
                // mate, a party, a company): a "Liddell" in a football line-up is not the minister.
                let theirs = found.values.first?.1 ?? []
                guard let also = sharedContext(p.article, theirs, excluding: [Self.contextKey(p), Self.contextKey(profiles[target])],
                                               loneSurnames: false) else {
                    ambiguous[g] = [target]
                    continue
                }
                clusters.union(target, g, reason: "lone surname; the only person named so in the corpus is \(profiles[target].best.display) (\(profiles[target].articleLabel)), in stories that also name \(also): \(f.display) (\(p.articleLabel))", confidence: 0.7)
            } else if roots.isEmpty {
                if let first = loneByKey[exact] {
                    let a = profiles[first].best
                    clusters.union(first, g, reason: Reasons.pair(a.display == f.display ? "same surname" : Reasons.personVariant(a, f),
                                                                  a.display, profiles[first].articleLabel, f.display, p.articleLabel),
                                   confidence: 0.8)
                } else {
                    loneByKey[exact] = g
                }
            } else {
                ambiguous[g] = roots.values.sorted()
            }
        }
    }
}
