// Links mentions within and across articles into entities, recording why each alias joined.

import Foundation

public struct LinkResult: Sendable {
    public var entities: [Entity]
    public var unlinked: [Mention]
    /// Notes about overrides that matched nothing or contradicted each other, and refused joins.
    public var diagnostics: [Diagnostic]

    public init(entities: [Entity] = [], unlinked: [Mention] = [], diagnostics: [Diagnostic] = []) {
        self.entities = entities
        self.unlinked = unlinked
        self.diagnostics = diagnostics
    }
}

/// Within an article: surnames and short forms join the full name, "(CSTO)" its long form, "the
/// ministry" the last ministry named. Across articles: transliteration variants, acronyms, country
/// short forms and short organization names join by blocking keys; people with different first names,
/// organizations with different qualifiers and ambiguous lone surnames stay apart. The user's
/// `overrides` win over every automatic decision. A pure function of its inputs.
public struct EntityLinker: Sendable {
    public var overrides: LinkOverrides
    /// Links across articles in one piece rather than by independent components (`CorpusLinker.run`):
    /// for tests that check the two agree.
    var linkAsOneComponent = false

    public init(overrides: LinkOverrides = LinkOverrides()) {
        self.overrides = overrides
    }

    /// `mentions[i]` are the mentions of `articles[i]`. Entity ids are assigned in order of first
    /// mention (article order, then offset), so the same input gives the same ids.
    public func link(articles: [Article], mentions: [[Mention]]) -> LinkResult {
        link(articles: articles, mentions: mentions, memos: nil)
    }

    /// `link`, taking each article's names, own linking and stated relations from `memos` where an
    /// earlier run's still hold.
    func link(articles: [Article], mentions: [[Mention]], memos: LinkerMemos?) -> LinkResult {
        let linkMemo = memos?.links, nameMemo = memos?.names
        let resolved = overrides.resolved()
        let splits = SplitConstraints(resolved.splits)
        var diagnostics = resolved.notes
        var usedKinds = Set<String>(), usedIgnores = Set<String>()

        // Overrides that change the input: ignored names go, kinds are corrected.
        var inputs = [[Mention]](repeating: [], count: articles.count)
        for i in articles.indices {
            var ms = i < mentions.count ? mentions[i] : []
            if !resolved.ignores.isEmpty || !resolved.kinds.isEmpty {
                ms = ms.compactMap { m in
                    var m = m
                    let keys = [NameKey.plain(m.text), NameKey.plain(NameForm(text: m.text, kind: m.kind).display)]
                    if let k = keys.first(where: { resolved.ignores[$0] != nil }) { usedIgnores.insert(k); return nil }
                    if let k = keys.first(where: { resolved.kinds[$0] != nil }), let (kind, _) = resolved.kinds[k] {
                        usedKinds.insert(k)
                        m.kind = kind
                    }
                    return m
                }
            }
            inputs[i] = ms
        }
        for name in resolved.ignores.keys.sorted() where !usedIgnores.contains(name) {
            diagnostics.append(Diagnostic(file: resolved.ignores[name] ?? "", message: "`ignore \(name)` matched no mention"))
        }
        for name in resolved.kinds.keys.sorted() where !usedKinds.contains(name) {
            guard let (kind, source) = resolved.kinds[name] else { continue }
            diagnostics.append(Diagnostic(file: source, message: "`kind \(name) = \(kind.rawValue)` matched no mention"))
        }

        // Each distinct name is read once (or taken from an earlier run's reading).
        var known = Self.readNames(inputs, units: articles.map(\.source), memo: nameMemo)

        // A name the tagger gave different kinds in different stories takes the kind the corpus's
        // evidence gives it ("Sony Corp", "Sony shares": not a person, not a place); a kind the user set wins.
        // (A scope of its own: the snapshot of `known` must be gone before `known` changes, or the
        // whole dictionary is copied.)
        let relabel = { () -> [Int: [Int: KindVote.Change]] in
            let parsedSoFar = known
            return KindVote.corrections(articles: articles, mentions: inputs, parsed: { parsedSoFar[ArticleLinker.formKey($0)] },
                                        frozen: { m in
                // (Most corpora set no kinds: nothing to read then.)
                !resolved.kinds.isEmpty && [NameKey.plain(m.text), NameKey.plain(parsedSoFar[ArticleLinker.formKey(m)]?.display ?? m.text)].contains { resolved.kinds[$0] != nil }
            })
        }()
        // What the vote changed, by article and span, for the entity's kind reason.
        var kindChanges: [Int: [TextSpan: KindChange]] = [:]
        for a in relabel.keys.sorted() {
            for (i, change) in relabel[a] ?? [:] {
                let kind = change.kind
                kindChanges[a, default: [:]][inputs[a][i].span] = (inputs[a][i].kind, change)
                inputs[a][i].kind = kind
                let k = ArticleLinker.formKey(inputs[a][i])
                if known[k] == nil { known[k] = NameForm(text: inputs[a][i].text, kind: kind) }
            }
        }

        // How many stories write each name, so that a name of its own is not read as a short form.
        var frequencyKeyOf: [String: String] = [:]
        frequencyKeyOf.reserveCapacity(known.count)
        for (k, f) in known where !f.isNameless { frequencyKeyOf[k] = ArticleLinker.frequencyKey(f) }
        var frequency: [String: Int] = [:]
        for ms in inputs {
            var seen = Set<String>()
            for m in ms {
                guard let k = frequencyKeyOf[ArticleLinker.formKey(m)] else { continue }
                if seen.insert(k).inserted { frequency[k, default: 0] += 1 }
            }
        }
        let frozenFrequency = frequency

        let countable = Self.pluralAcronyms(in: articles, atLeast: 2)
        // Within each article, with what the story says its people are ("Pakistani bowler", "fund
        // manager"): independent, so in parallel into fixed slots. A user's split overrides reach into
        // every article's joins, so they are not memoised.
        var perArticle = [ArticleLinking](repeating: ArticleLinking(articleIndex: 0), count: articles.count)
        var contexts = [[Int: PersonContext]](repeating: [:], count: articles.count)
        let frozenInputs = inputs, frozenKnown = known
        let facts = LinkFacts(frequency: frozenFrequency, known: frozenKnown, countable: countable)
        let memo = splits.isEmpty ? linkMemo : nil
        perArticle.withUnsafeMutableBufferPointer { buffer in
            contexts.withUnsafeMutableBufferPointer { contextBuffer in
                let slots = UnsafeMutableSendable(buffer), contextSlots = UnsafeMutableSendable(contextBuffer)
                DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                    let link = { (article: Article, ms: [Mention], reads: LinkReads?, label: String?) -> (ArticleLinking, [Int: PersonContext]) in
                        let al = ArticleLinker(article: article, articleIndex: i, splits: splits, known: frozenKnown,
                                               frequency: frozenFrequency, countable: countable, reads: reads, label: label)
                            .link(ms)
                        return (al, Self.personContexts(article, al))
                    }
                    if let memo {
                        (slots.buffer[i], contextSlots.buffer[i]) = memo.linking(index: i, article: articles[i], mentions: frozenInputs[i],
                                                                                 facts: facts) { article, ms, reads in
                            link(article, ms, reads, LinkedArticle.placeholder)
                        }
                    } else {
                        (slots.buffer[i], contextSlots.buffer[i]) = link(articles[i], frozenInputs[i], nil, nil)
                    }
                }
            }
        }

        // Across articles.
        let sections = articles.map { LocalProfile.section(ofSource: $0.source) }
        let sectionCountry = Self.sectionCountries(sections: sections, countries: perArticle.map(\.country))
        let publishers = articles.map(\.header.publisher)
        let publisherCountry = Self.homeCountries(groups: publishers, countries: perArticle.map(\.country))
        var profiles: [LocalProfile] = []
        var tags: [Int: Set<Int>] = [:]
        for (a, al) in perArticle.enumerated() {
            for (e, local) in al.entities.enumerated() {
                let g = profiles.count
                profiles.append(LocalProfile(
                    article: a, articleLabel: articles[a].id.description, local: e, kind: local.kind,
                    forms: local.members.map { al.forms[$0] }, statuses: local.members.map { al.status[$0] },
                    isLoneName: local.isLoneName, explicitAcronyms: local.explicitAcronyms, mentionCount: local.members.count,
                    country: al.country, section: sections[a],
                    sectionCountry: al.country != nil ? nil : sections[a].flatMap { sectionCountry[$0] }
                        ?? publishers[a].flatMap { publisherCountry[$0] }.flatMap { al.tiedCountries.contains($0) ? $0 : nil }))
                if !splits.isEmpty {
                    let t = splits.tags(forPlainNames: al.plainNames(e))
                    if !t.isEmpty { tags[g] = t }
                }
            }
        }
        // What each entity's names say (a legal form, a country) and its story says of it, so that
        // chains of joins cannot contradict them.
        var traits: [Int: LinkTraits] = [:]
        for (g, p) in profiles.enumerated() {
            // Places say nothing another cluster could contradict.
            guard p.kind != .place else { continue }
            traits[g] = LinkTraits(profile: p, context: contexts[p.article][p.local] ?? PersonContext())
        }
        let commonWords = Self.wordsInLowerCase(Set(known.values.filter {
            $0.kind == .organization && $0.core.count == 1 && $0.acronym == nil
        }.map { $0.core[0].lowercased() }), in: articles, atLeast: 3)
        let corpusFacts = CorpusFacts(profiles: profiles, frequency: frequency, countable: countable, commonWords: commonWords)
        var corpus = CorpusLinker(profiles: profiles, tags: tags, splits: splits, traits: traits, facts: corpusFacts)
        corpus.described = Set(traits.compactMap { $0.value.person.isEmpty ? nil : $0.key })
        corpus.run(asOne: linkAsOneComponent, memo: memos?.components, units: articles.map(\.source))

        // User merges, last: they win over the automatic decisions (a later split still wins over them).
        var canonicalOverride: [Int: String] = [:]
        if !resolved.merges.isEmpty {
            var byName: [String: [Int]] = [:]
            for (g, p) in profiles.enumerated() {
                let al = perArticle[p.article]
                for n in Set(al.plainNames(p.local)) { byName[n, default: []].append(g) }
            }
            for d in resolved.merges {
                guard case .merge(let names) = d.action else { continue }
                var members: [Int] = []
                for n in names {
                    let found = byName[NameKey.plain(n)] ?? []
                    if found.isEmpty { diagnostics.append(Diagnostic(file: d.source, message: "`\(d.text)`: no mention named \(n)")) }
                    members += found
                }
                guard let first = members.min() else { continue }
                for g in members where g != first {
                    corpus.clusters.union(first, g, reason: "override `\(d.text)` (\(d.source))", confidence: 1, force: true)
                }
                if let canonical = names.first, !(byName[NameKey.plain(canonical)] ?? []).isEmpty {
                    canonicalOverride[corpus.clusters.find(first)] = canonical
                }
            }
        }
        for r in corpus.clusters.refusals { diagnostics.append(Diagnostic(file: "overrides", message: r)) }

        var result = assemble(articles: articles, perArticle: perArticle, profiles: profiles, corpus: &corpus,
                              canonicalOverride: canonicalOverride, kindChanges: kindChanges, diagnostics: diagnostics,
                              relationMemo: memos?.relations)
        // Agencies in bylines and datelines have no mention in the text: they are credited instead.
        Credits.attach(to: &result.entities, articles: articles)
        return result
    }

    /// The form of every distinct name of `inputs` by `ArticleLinker.formKey`, read in parallel into
    /// fixed slots. With a memo, the names of an article whose names an earlier run read are taken
    /// from there (reading a name is a pure function of its text and kind).
    static func readNames(_ inputs: [[Mention]], units: [String], memo: NameMemo?) -> [String: NameForm] {
        var known: [String: NameForm] = [:]
        var keysOf: [[String]] = []
        var texts: [String: (text: String, kind: EntityKind)] = [:]
        var order: [String] = []
        for ms in inputs {
            var mine: [String] = []
            var seenHere = Set<String>()
            for m in ms {
                let k = ArticleLinker.formKey(m)
                guard seenHere.insert(k).inserted else { continue }
                mine.append(k)
                if texts[k] == nil {
                    texts[k] = (m.text, m.kind)
                    order.append(k)
                }
            }
            if memo != nil { keysOf.append(mine) }
        }
        let stored = memo?.lookup(keysOf) ?? []
        if memo != nil {
            for (keys, found) in zip(keysOf, stored) {
                guard let forms = found.forms else { continue }
                for (k, f) in zip(keys, forms) where known[k] == nil { known[k] = f }
            }
        }
        let names = order.filter { known[$0] == nil }.map { ($0, texts[$0] ?? ("", .person)) }
        var parsed = [NameForm?](repeating: nil, count: names.count)
        parsed.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: names.count) { i in
                slots.buffer[i] = NameForm(text: names[i].1.text, kind: names[i].1.kind)
            }
        }
        known.reserveCapacity(order.count)
        for (name, f) in zip(names, parsed) { if let f { known[name.0] = f } }
        memo?.store(keysOf, lookups: stored, units: units, known: known)
        return known
    }

    /// A mention's kind before the vote, and the vote's change.
    typealias KindChange = (from: EntityKind, change: KindVote.Change)

    /// Why an entity has its kind, for `dossier why`: how its mentions were tagged, and each kind the
    /// vote changed with its reason and stories ("organization: 5 of 7 mentions; person → organization in
    /// a3, a9: corpus vote (...)").
    static func kindReason(_ kind: EntityKind, counts: [EntityKind: Int],
                           changes: [(article: ArticleID, from: EntityKind, change: KindVote.Change)]) -> String {
        let total = counts.values.reduce(0, +), mine = counts[kind] ?? 0
        // The counts are after the vote: say so when it changed some.
        let source = changes.isEmpty ? "tagged so" : "so after the kind vote, \(changes.count) changed by it"
        var parts = [mine == total ? "\(kind.rawValue): all \(total) mention\(total == 1 ? "" : "s") \(source)"
                                   : "\(kind.rawValue): the kind of most mentions (\(mine) of \(total), \(source))"]
        // One line per change and reason, with its stories in order.
        var groups: [(key: String, articles: [ArticleID])] = []
        for c in changes {
            let key = "\(c.from.rawValue) → \(c.change.kind.rawValue) by \(c.change.reason)"
            if let g = groups.firstIndex(where: { $0.key == key }) {
                if groups[g].articles.last != c.article { groups[g].articles.append(c.article) }
            } else {
                groups.append((key, [c.article]))
            }
        }
        for g in groups {
            let shown = g.articles.prefix(5).map(\.description).joined(separator: ", ")
            parts.append("\(g.key) (in \(shown)\(g.articles.count > 5 ? " and \(g.articles.count - 5) more" : ""))")
        }
        return parts.joined(separator: "; ")
    }

    /// The country of each section that more than half of its stories about any country are about (twenty
    /// of them or more): a corpus sorted into a politics section of British stories means the British
    /// "Electoral Commission" in every one that names no country.
    static func sectionCountries(sections: [String?], countries: [String?]) -> [String: String] {
        groupCountries(groups: sections, countries: countries) { top, _, rest in top > rest }
    }

    /// The country of each publisher that its stories about any country are about at least twice as often
    /// as about any other (twenty of them or more): a Chinese agency's story that names China and the US
    /// equally means the Chinese "State Council". Read only to break a story's tie (`tiedCountries`): a
    /// wire writes about every country.
    static func homeCountries(groups: [String?], countries: [String?]) -> [String: String] {
        groupCountries(groups: groups, countries: countries) { top, second, _ in top >= 2 * second }
    }

    /// The country each group of stories (a section, a publisher) is most about, when twenty of its stories
    /// or more are about it and `dominant` accepts that count against the next country's and all the others'.
    static func groupCountries(groups: [String?], countries: [String?],
                               dominant: (_ top: Int, _ second: Int, _ rest: Int) -> Bool) -> [String: String] {
        var count: [String: [String: Int]] = [:]
        for (g, c) in zip(groups, countries) {
            if let g, let c { count[g, default: [:]][c, default: 0] += 1 }
        }
        var out: [String: String] = [:]
        for (g, byCountry) in count {
            let ranked = byCountry.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            guard let (c, n) = ranked.first else { continue }
            let rest = byCountry.values.reduce(0, +) - n
            if n >= 20 && dominant(n, ranked.dropFirst().first?.value ?? 0, rest) { out[g] = c }
        }
        return out
    }

    /// What the story says each of its people is, by local entity (`PersonContext`).
    static func personContexts(_ article: Article, _ al: ArticleLinking) -> [Int: PersonContext] {
        guard al.entities.contains(where: { $0.kind == .person }) else { return [:] }
        let text = ScalarText(article.text)
        let sport = StorySport.of(article.text)
        var out: [Int: PersonContext] = [:]
        for (e, local) in al.entities.enumerated() where local.kind == .person {
            var c = PersonContext()
            for i in local.members {
                let m = al.mentions[i]
                let sentence = PersonContext.sentence(of: m.span.start, in: article.sentences)
                c.merge(PersonContext.read(text, span: m.span, sentence: sentence, title: m.role ?? al.forms[i].title))
            }
            c.add(storySport: sport)
            if !c.isSilent || !c.roles.isEmpty { out[e] = c }
        }
        return out
    }

    private func assemble(articles: [Article], perArticle: [ArticleLinking], profiles: [LocalProfile],
                          corpus: inout CorpusLinker, canonicalOverride: [Int: String], kindChanges: [Int: [TextSpan: KindChange]],
                          diagnostics: [Diagnostic], relationMemo: RelationMemo?) -> LinkResult {
        var unlinked: [Mention] = []
        // Nameless mentions (titles only) stay unlinked.
        for al in perArticle {
            for i in al.mentions.indices where al.local[i] == nil { unlinked.append(al.mentions[i]) }
        }
        // Group local entities by cluster; a cluster of ambiguous lone surnames stays unlinked.
        var members: [Int: [Int]] = [:]
        for g in profiles.indices { members[corpus.clusters.find(g), default: []].append(g) }
        var clusterList: [[Int]] = []
        for (_, gs) in members {
            if gs.allSatisfy({ corpus.ambiguous[$0] != nil }) {
                for g in gs {
                    let p = profiles[g], al = perArticle[p.article]
                    for i in al.entities[p.local].members {
                        var m = al.mentions[i]
                        m.entity = nil
                        m.confidence = min(m.confidence, 0.3)
                        unlinked.append(m)
                    }
                }
                continue
            }
            clusterList.append(gs.sorted())
        }
        // Stable ids: by first mention in article order.
        func firstPosition(_ gs: [Int]) -> (Int, Int) {
            var best = (Int.max, Int.max)
            for g in gs {
                let p = profiles[g], al = perArticle[p.article]
                for i in al.entities[p.local].members {
                    let pos = (p.article, al.mentions[i].span.start)
                    if pos < best { best = pos }
                }
            }
            return best
        }
        let ordered = clusterList.map { ($0, firstPosition($0)) }
            .sorted { ($0.1.0, $0.1.1, $0.0[0]) < ($1.1.0, $1.1.1, $1.0[0]) }.map(\.0)

        // Edges per cluster, for alias reasons (a spanning tree from the canonical name's article).
        var adjacency: [Int: [(Int, Int)]] = [:]  // g → (neighbour, edge index)
        for (k, e) in corpus.clusters.edges.enumerated() {
            adjacency[e.a, default: []].append((e.b, k))
            adjacency[e.b, default: []].append((e.a, k))
        }

        var entities: [Entity] = []
        entities.reserveCapacity(ordered.count)
        for (n, gs) in ordered.enumerated() {
            let id = EntityID(ordinal: n + 1)
            // Every mention with its form, status and in-article reason.
            struct Item { var g: Int; var i: Int }
            var items: [Item] = []
            for g in gs {
                let p = profiles[g]
                for i in perArticle[p.article].entities[p.local].members { items.append(Item(g: g, i: i)) }
            }
            items.sort { a, b in
                let ma = perArticle[profiles[a.g].article].mentions[a.i], mb = perArticle[profiles[b.g].article].mentions[b.i]
                return (profiles[a.g].article, ma.span.start, ma.span.end) < (profiles[b.g].article, mb.span.start, mb.span.end)
            }
            // Kind by majority (ties: person, organization, place order).
            var kindCount: [EntityKind: Int] = [:]
            for it in items { kindCount[perArticle[profiles[it.g].article].mentions[it.i].kind, default: 0] += 1 }
            let kind = EntityKind.allCases.max { (kindCount[$0] ?? 0) < (kindCount[$1] ?? 0) } ?? .person
            let kindReason = Self.kindReason(kind, counts: kindCount, changes: items.compactMap { it in
                let a = profiles[it.g].article
                return kindChanges[a]?[perArticle[a].mentions[it.i].span].map { (articles[a].id, $0.from, $0.change) }
            })

            // Canonical: most complete, then most frequent, then longest, then first.
            var stats: [String: (status: NameStatus, count: Int, words: Int, first: Int)] = [:]
            var order: [String] = []
            for (pos, it) in items.enumerated() {
                let al = perArticle[profiles[it.g].article]
                let f = al.forms[it.i]
                guard !f.isNameless, !f.display.isEmpty else { continue }
                var st = al.status[it.i]
                if f.kind == .person && !f.given.isEmpty { st = .full }
                // A name counts as complete only if it never stood in for a longer one.
                if var s = stats[f.display] {
                    s.status = min(s.status, st); s.count += 1
                    stats[f.display] = s
                } else {
                    stats[f.display] = (st, 1, f.words.count, pos)
                    order.append(f.display)
                }
            }
            let root = corpus.clusters.find(gs[0])
            var name = order.max { a, b in
                guard let x = stats[a], let y = stats[b] else { return false }
                return (x.status, x.count, x.words, -x.first) < (y.status, y.count, y.words, -y.first)
            } ?? perArticle[profiles[gs[0]].article].mentions[items.first?.i ?? 0].text
            if let forced = canonicalOverride[root] { name = forced }

            // Spanning tree from the local entity that first holds the canonical name.
            let treeRoot = items.first { perArticle[profiles[$0.g].article].forms[$0.i].display == name }?.g ?? gs[0]
            var parentEdge: [Int: Int] = [:]
            var pathConfidence: [Int: Double] = [treeRoot: 1]
            var queue = [treeRoot]
            var head = 0
            while head < queue.count {
                let g = queue[head]; head += 1
                for (h, k) in adjacency[g] ?? [] where pathConfidence[h] == nil {
                    parentEdge[h] = k
                    pathConfidence[h] = min(pathConfidence[g] ?? 1, corpus.clusters.edges[k].confidence)
                    queue.append(h)
                }
            }

            var aliases: [Alias] = []
            var seenAlias = Set<String>([name])
            var roles: [Role] = []
            var seenRoles = Set<String>()
            var mentionsOut: [Mention] = []
            for it in items {
                let p = profiles[it.g], al = perArticle[p.article]
                var m = al.mentions[it.i]
                m.entity = id
                m.confidence = m.confidence * al.linkConfidence[it.i] * (pathConfidence[it.g] ?? 1)
                let f = al.forms[it.i]
                if m.role == nil, let t = f.title { m.role = t }
                if let r = m.role, seenRoles.insert(r + "\u{1}" + p.articleLabel).inserted {
                    roles.append(Role(title: r, article: articles[p.article].id, date: articles[p.article].date?.value))
                }
                mentionsOut.append(m)
                guard !f.isNameless, !f.display.isEmpty, seenAlias.insert(f.display).inserted else { continue }
                var reason: String
                if let r = al.reason[it.i] {
                    reason = r
                } else if let k = parentEdge[it.g] {
                    let e = corpus.clusters.edges[k]
                    reason = e.reason + (e.confidence < 1 ? String(format: " (confidence %.2f)", e.confidence) : "")
                } else {
                    reason = "named so in \(p.articleLabel) together with \(name)"
                }
                aliases.append(Alias(name: f.display, reason: reason))
            }
            entities.append(Entity(id: id, kind: kind, name: name, aliases: aliases, roles: roles, mentions: mentionsOut,
                                   kindReason: kindReason))
        }

        // Relations stated in the text, now that every mention has its entity.
        var placeByCountry: [String: EntityID] = [:]
        for e in entities where e.kind == .place {
            if let c = Countries.country(e.name), placeByCountry[c] == nil { placeByCountry[c] = e.id }
        }
        var stated = [StatedRelations](repeating: StatedRelations(), count: articles.count)
        do {
            // Where each article's mentions sit (entity, mention): a copy of every mention here was the
            // largest allocation at the linking stage's memory peak.
            var byArticle = [[MentionSlot]](repeating: [], count: articles.count)
            for (k, e) in entities.enumerated() {
                for (j, m) in e.mentions.enumerated() { byArticle[articleIndex(m.article, articles)].append(MentionSlot(entity: k, mention: j)) }
            }
            let slotsByArticle = byArticle, countries = placeByCountry, linkedEntities = entities
            stated.withUnsafeMutableBufferPointer { buffer in
                let slots = UnsafeMutableSendable(buffer)
                DispatchQueue.concurrentPerform(iterations: articles.count) { a in
                    let ms = slotsByArticle[a].map { linkedEntities[Int($0.entity)].mentions[Int($0.mention)] }.sorted { $0.span < $1.span }
                    if let relationMemo {
                        slots.buffer[a] = relationMemo.relations(index: a, article: articles[a], mentions: ms, placeByCountry: countries)
                    } else {
                        slots.buffer[a] = RelationFinder(article: articles[a], mentions: ms, placeByCountry: { countries[$0] }).find()
                    }
                }
            }
        }
        var rolesSeen = Set<String>()
        var linksSeen = Set<EntityLink>()
        for e in entities { for r in e.roles { rolesSeen.insert("\(e.id)\u{1}\(r.title)\u{1}\(r.article)") } }
        for s in stated {
            for (id, role) in s.roles where rolesSeen.insert("\(id)\u{1}\(role.title)\u{1}\(role.article)").inserted {
                entities[id.ordinal - 1].roles.append(role)
            }
            for (id, link) in s.links {
                // A link per (entity, target, relation, article), kept once.
                let key = EntityLink(entity: link.entity, relation: "\(id)|" + link.relation, evidence: link.evidence)
                if linksSeen.insert(key).inserted { entities[id.ordinal - 1].links.append(link) }
            }
        }
        for i in entities.indices {
            entities[i].roles.sort { ($0.article, $0.title) < ($1.article, $1.title) }
            entities[i].links.sort { ($0.evidence, $0.entity, $0.relation) < ($1.evidence, $1.entity, $1.relation) }
        }
        // A total order on the mentions' values (the index reads them back in this order).
        unlinked.sort { a, b in
            if (a.article, a.span, a.text) != (b.article, b.span, b.text) { return (a.article, a.span, a.text) < (b.article, b.span, b.text) }
            return (a.kind.rawValue, a.role == nil ? 0 : 1, a.role ?? "", a.confidence) < (b.kind.rawValue, b.role == nil ? 0 : 1, b.role ?? "", b.confidence)
        }
        return LinkResult(entities: entities, unlinked: unlinked, diagnostics: diagnostics)
    }

    /// Mention `mention` of entity `entity` (positions in a `LinkResult`).
    struct MentionSlot: Sendable {
        var entity: Int32
        var mention: Int32
        init(entity: Int, mention: Int) {
            self.entity = Int32(truncatingIfNeeded: entity)
            self.mention = Int32(truncatingIfNeeded: mention)
        }
    }

    private func articleIndex(_ id: ArticleID, _ articles: [Article]) -> Int {
        let i = id.ordinal - 1
        if articles.indices.contains(i), articles[i].id == id { return i }
        return articles.firstIndex { $0.id == id } ?? 0
    }
}

extension EntityLinker {
    /// The words of `candidates` that at least `atLeast` stories write in lower case, as a common word.
    static func wordsInLowerCase(_ candidates: Set<String>, in articles: [Article], atLeast: Int) -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        return wordsOfStories(articles, atLeast: atLeast, ascii: { run in
            guard ASCIIScan.isLower(run[0]) else { return nil }
            let word = String(decoding: run, as: UTF8.self)
            return candidates.contains(word) ? word : nil
        }, general: { lowerCaseWords(of: candidates, in: $0) })
    }

    /// Acronyms that at least `atLeast` stories write in the plural, as a word of two capitals or more
    /// and a lower-case "s" ("PCs", "NGOs"): a countable thing or a kind of body, not one body's name.
    static func pluralAcronyms(in articles: [Article], atLeast: Int) -> Set<String> {
        wordsOfStories(articles, atLeast: atLeast, ascii: { run in
            guard run.count >= 3, run[run.count - 1] == UInt8(ascii: "s") else { return nil }
            let stem = UnsafeBufferPointer(rebasing: run[0..<(run.count - 1)])
            return stem.allSatisfy(ASCIIScan.isUpper) ? String(decoding: stem, as: UTF8.self) : nil
        }, general: { pluralAcronyms(in: $0) })
    }

    /// The words that at least `atLeast` stories write (each story counted once), read in parallel.
    /// ASCII words are read straight from the bytes: `ascii` takes each run of letters and gives the
    /// word it stands for, or nil (splitting every text by Character properties was 3% of an update's
    /// CPU for each such scan); a run with non-ASCII letters is read by `general`, which must answer
    /// the same (`ASCIIScan.forEachRun`).
    static func wordsOfStories(_ articles: [Article], atLeast: Int,
                               ascii: @Sendable (UnsafeBufferPointer<UInt8>) -> String?,
                               general: @Sendable (String) -> Set<String>) -> Set<String> {
        var found = [Set<String>](repeating: [], count: articles.count)
        found.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                var mine = Set<String>()
                ASCIIScan.forEachRun(articles[i].text, joins: ASCIIScan.isLetter,
                                     ascii: { run in if let word = ascii(run) { mine.insert(word) } },
                                     general: { mine.formUnion(general($0)) })
                slots.buffer[i] = mine
            }
        }
        var count: [String: Int] = [:]
        for set in found { for w in set { count[w, default: 0] += 1 } }
        return Set(count.filter { $0.value >= atLeast }.keys)
    }

    /// The plural acronyms one text writes, by Character properties.
    static func pluralAcronyms(in text: String) -> Set<String> {
        var mine = Set<String>()
        for w in text.split(whereSeparator: { !$0.isLetter }) where w.count >= 3 && w.last == "s" {
            let stem = w.dropLast()
            if stem.allSatisfy(\.isUppercase) { mine.insert(String(stem)) }
        }
        return mine
    }

    /// The words of `candidates` that `text` writes starting in lower case, by Character properties.
    static func lowerCaseWords(of candidates: Set<String>, in text: String) -> Set<String> {
        var mine = Set<String>()
        for w in text.split(whereSeparator: { !$0.isLetter }) where w.first?.isLowercase == true {
            let word = String(w)
            if candidates.contains(word) { mine.insert(word) }
        }
        return mine
    }
}
