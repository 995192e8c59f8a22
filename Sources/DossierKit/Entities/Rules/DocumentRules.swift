// Rules that need the whole article: datelines, "RFE/RL"-style joined names, place evidence, acronyms of named bodies.

public enum DocumentRules {
    /// `sentences[k]` are the tokens of sentence k, `offsets[k]` their scalar spans, `spans[k]` its spans.
    public static func apply(_ spans: inout [[RecognizedSpan]], sentences: [[Substring]], offsets: [[TextSpan]],
                             lexicon lex: RuleLexicon = .shared) {
        dateline(&spans, sentences, offsets)
        for k in spans.indices { joinSlashed(&spans[k], sentences[k], offsets[k]) }
        placeEvidence(&spans, sentences, lex)
        acronymsOfOrganizations(&spans, sentences)
        acronymsOfThings(&spans, sentences)
        followersWordsInDocument(&spans, sentences)
        splitJoinedNames(&spans, sentences)
        worksInDocument(&spans, sentences, lex)
        cueKindsInDocument(&spans, sentences, lex)
        for k in spans.indices { spans[k].sort { $0.start < $1.start } }
    }

    static func key(_ s: Substring) -> String { RuleLexicon.key(s) }

    /// "YEREVAN (Agency) —" / "PARIS —" at the top of a story: the dateline names a place.
    static func dateline(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]], _ offsets: [[TextSpan]]) {
        guard let words = sentences.first, let first = offsets.first?.first, first.start <= 2 else { return }
        var e = 0
        while e < words.count, e < 4, MentionRules.isWord(words[e]),
              words[e].unicodeScalars.allSatisfy({ !TokenText.isLower($0.value) }) { e += 1 }
        guard e > 0, e < words.count, ["(", "-", "--", "\u{2014}", "\u{2013}", ":", ","].contains(String(words[e])) else { return }
        MentionRules.insert(RecognizedSpan(start: 0, end: e, type: .loc, rule: "dateline"), into: &spans[0])
        // "(AFP)" after the place: the agency that filed the story.
        if words[e] == "(", let close = words[(e + 1)...].prefix(5).firstIndex(of: ")"), close > e + 1 {
            let inside = (e + 1..<close).map { key(words[$0]) }.joined(separator: " ")
            if RuleLexicon.agencyNames.contains(inside) || (close == e + 2 && MentionRules.isAcronym(words[e + 1])) {
                MentionRules.insert(RecognizedSpan(start: e + 1, end: close, type: .org, rule: "dateline-agency"), into: &spans[0])
            }
        }
    }

    /// "RFE/RL", "AB/CD": names written against a slash with no spaces are one organization.
    static func joinSlashed(_ spans: inout [RecognizedSpan], _ words: [Substring], _ offsets: [TextSpan]) {
        var i = 1
        while i + 1 < words.count {
            defer { i += 1 }
            guard words[i] == "/", offsets[i - 1].end == offsets[i].start, offsets[i].end == offsets[i + 1].start,
                  MentionRules.isAcronym(words[i - 1]) || MentionRules.isAcronym(words[i + 1]) else { continue }
            let left = spans.first { $0.end == i }
            let right = spans.first { $0.start == i + 1 }
            guard left != nil || right != nil, left?.type != .per, right?.type != .per else { continue }
            // "HIV/Aids": common nouns in capitals joined by a slash are still no body; a name that runs
            // on past them is one ("Velmar Partners HIV/AIDS Group").
            let runsOn = (left.map { $0.end - $0.start } ?? 1) > 1 || (right.map { $0.end - $0.start } ?? 1) > 1
            guard runsOn || !(RuleLexicon.notNames.contains(key(words[i - 1])) || RuleLexicon.notNames.contains(key(words[i + 1]))) else { continue }
            let start = left?.start ?? i - 1, end = right?.end ?? i + 2
            guard MentionRules.isCapitalised(words[start]), MentionRules.isCapitalised(words[end - 1]) else { continue }
            MentionRules.insert(RecognizedSpan(start: start, end: end, type: .org, rule: "slash-joined"), into: &spans)
        }
    }

    static let placePrepositions: Set<String> = [
        "in", "to", "from", "near", "into", "across", "throughout", "toward", "towards", "outside", "inside", "around", "via",
    ]

    /// A name the article also uses as a place after "in/to/from" ("the war in Karabakh") is a place
    /// where the tagger called it an organization or person; "Karabakh Armenians" keeps only the place.
    static func placeEvidence(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]], _ lex: RuleLexicon) {
        var places = Set<String>()
        for (s, words) in zip(spans, sentences) {
            for span in s where span.type == .loc && span.start > 0 && placePrepositions.contains(key(words[span.start - 1])) {
                places.insert(phrase(words, span.start, span.end))
            }
        }
        guard !places.isEmpty else { return }
        // Compounds of a place of the document ("Nagorno-Karabakh" when "Karabakh" is one).
        func isPlace(_ words: [Substring], _ a: Int, _ b: Int) -> Bool {
            let p = phrase(words, a, b)
            if places.contains(p) { return true }
            return b - a == 1 && p.contains("-") && p.split(separator: "-").contains { places.contains(String($0)) }
        }
        for k in spans.indices {
            let words = sentences[k]
            // A person span that runs into a place ("Jane Roe Springfield" across a lost line break).
            for j in spans[k].indices where spans[k][j].type == .per && spans[k][j].end - spans[k][j].start >= 3 {
                let e = spans[k][j].end
                if isPlace(words, e - 1, e) {
                    spans[k][j].end = e - 1
                    spans[k].append(RecognizedSpan(start: e - 1, end: e, type: .loc, rule: "place-in-document"))
                }
            }
            for j in spans[k].indices where spans[k][j].type == .org || spans[k][j].type == .per {
                var e = spans[k][j].end
                while e > spans[k][j].start + 1 && lex.isDemonym(words[e - 1]) { e -= 1 }
                if isPlace(words, spans[k][j].start, e) {
                    spans[k][j].end = e
                    spans[k][j].type = .loc
                    spans[k][j].rule = "place-in-document"
                }
            }
        }
    }

    static func phrase(_ words: [Substring], _ a: Int, _ b: Int) -> String {
        (a..<b).map { key(words[$0]) }.joined(separator: " ")
    }

    /// A title the article introduces as a work once ("Mike Leigh's film Vera Drake") names the work
    /// wherever the article repeats it ("Vera Drake leads the nominations"): no person, body or place there.
    /// A one-word title that is also a country or a city ("China" in a book's title cut short) is not
    /// carried to the rest of the article. So does a storm's given name ("Hurricane Wilma" ... "Wilma
    /// weakened").
    static func worksInDocument(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]], _ lex: RuleLexicon) {
        var titles: [String: String] = [:]
        for (s, words) in zip(spans, sentences) {
            for span in s where span.type == .misc && span.rule == "work-title"
                && !(span.end - span.start == 1 && (lex.isCountry(words[span.start]) || lex.places.contains(key(words[span.start])))) {
                titles[phrase(words, span.start, span.end)] = "work-in-document"
            }
            for span in s where span.type == .misc && span.rule == "storm" {
                if let given = (span.start..<span.end).first(where: { !MentionRules.stormLead.contains(key(words[$0])) }) {
                    titles[phrase(words, given, span.end)] = "storm-in-document"
                }
            }
        }
        guard !titles.isEmpty else { return }
        for k in spans.indices {
            for j in spans[k].indices where spans[k][j].type != .misc {
                guard let rule = titles[phrase(sentences[k], spans[k][j].start, spans[k][j].end)] else { continue }
                spans[k][j].type = .misc
                spans[k][j].rule = rule
            }
        }
    }

    /// Rules that read a name's kind from the words around it, not from the tagger.
    static let cueRules: Set<String> = [
        "named-after-its-noun", "named-before-its-noun", "listed-firm", "named-as-a-business",
        "named-after-settlement-noun", "holding-in-firm", "band-member", "region-before-settlement", "named-after-kin-noun",
        "firm-of-a-trade", "listed-after-place-noun",
    ]

    /// A name the words around it give a kind once ("the mountain resort Velden", "Tarnwire's singer")
    /// has that kind wherever the article repeats it and the tagger said otherwise ("Velden itself is in
    /// deep frost" is no person); a known place keeps its tag ("Cardiff" the city beside the club), and a
    /// name two cues give different kinds is left to the tagger.
    static func cueKindsInDocument(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]], _ lex: RuleLexicon) {
        var cued: [String: NERType?] = [:]
        for (s, words) in zip(spans, sentences) {
            for span in s where span.rule.map(cueRules.contains) == true {
                let p = phrase(words, span.start, span.end)
                if let seen = cued[p], seen != span.type { cued[p] = .some(nil) } else if cued[p] == nil { cued[p] = span.type }
            }
        }
        guard !cued.isEmpty else { return }
        for k in spans.indices {
            let words = sentences[k]
            for j in spans[k].indices where spans[k][j].type != .misc {
                let p = phrase(words, spans[k][j].start, spans[k][j].end)
                guard let found = cued[p], let kind = found, spans[k][j].type != kind,
                      kind == .loc || !(lex.places.contains(p) || lex.countries.contains(p)) else { continue }
                spans[k][j].type = kind
                spans[k][j].rule = "cue-in-document"
            }
        }
    }

    /// Every name the document's spans give (people, bodies, places), as written.
    static func namesInDocument(_ spans: [[RecognizedSpan]], _ sentences: [[Substring]]) -> Set<String> {
        var names = Set<String>()
        for (s, words) in zip(spans, sentences) {
            for span in s where span.type != .misc { names.insert(phrase(words, span.start, span.end)) }
        }
        return names
    }

    /// "the Shiite Hezbollah", "Islamist Hamas": a follower's word in -ite or -ist glued before a name the
    /// article also gives without it describes the body and is no part of its name ("Socialist Party"
    /// keeps its word: "Party" alone is no name).
    static func followersWordsInDocument(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]]) {
        let names = namesInDocument(spans, sentences)
        for k in spans.indices {
            let words = sentences[k]
            for j in spans[k].indices where spans[k][j].type != .misc && spans[k][j].end - spans[k][j].start >= 2 {
                let (s, e) = (spans[k][j].start, spans[k][j].end)
                let m = key(words[s])
                // Six letters at least: "White House" and "Elite Performance" are names with an ordinary word.
                guard MentionRules.isCapitalised(words[s]), m.count >= 6, m.hasSuffix("ite") || m.hasSuffix("ist"),
                      !(e - s == 2 && (RuleLexicon.bodyHeads.contains(key(words[s + 1])) || MentionRules.partyNameHeads.contains(key(words[s + 1])))),
                      names.contains(phrase(words, s + 1, e)) else { continue }
                spans[k][j].start = s + 1
                spans[k][j].rule = "modifier-stripped"
            }
        }
    }

    /// "Gazprom and Lukoil", "the Treasury and the Bank of England" taken as one name: when the article
    /// also names each side alone, they are two. A side with "of" before the "and" may be one body's
    /// portfolio ("Ministry of Labor and Social Security"), and stays whole.
    static func splitJoinedNames(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]]) {
        let names = namesInDocument(spans, sentences)
        for k in spans.indices {
            let words = sentences[k]
            var parts: [RecognizedSpan] = []
            spans[k].removeAll { span in
                guard span.type != .misc, span.end - span.start >= 3,
                      let and = (span.start + 1..<span.end - 1).first(where: { key(words[$0]) == "and" }),
                      !(span.start..<and).contains(where: { key(words[$0]) == "of" }) else { return false }
                let right = and + 1 < span.end - 1 && key(words[and + 1]) == "the" ? and + 2 : and + 1
                guard names.contains(phrase(words, span.start, and)), names.contains(phrase(words, right, span.end)) else { return false }
                parts.append(RecognizedSpan(start: span.start, end: and, type: span.type, role: span.role, rule: "split-at-and"))
                parts.append(RecognizedSpan(start: right, end: span.end, type: span.type, rule: "split-at-and"))
                return true
            }
            spans[k] += parts
        }
    }

    /// "high-definition TV (HDTV)", "bovine spongiform encephalopathy (BSE)": an acronym the article
    /// spells out in lower-case words names a thing, no body, wherever the article writes it alone. A
    /// body written in lower case ("the party's national executive committee (NEC)") is still a body.
    static func acronymsOfThings(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]]) {
        var things = Set<String>()
        for words in sentences {
            for i in words.indices where i >= 3 && i + 1 < words.count && words[i - 1] == "(" && words[i + 1] == ")"
                && MentionRules.isAcronym(words[i]) {
                let acronym = key(words[i])
                let last = key(words[i - 2])
                guard !RuleLexicon.bodyHeads.contains(last), !MentionRules.institutionHeads.contains(last),
                      !MentionRules.bodyLastWords.contains(last) else { continue }
                // Initials read right to left over lower-case words (and common acronyms such as "TV").
                // A word may give a second letter of its own, as "television" gives "TV" in "closed
                // circuit television (CCTV)"; plain initials are tried first.
                var options: [[String]] = []
                var j = i - 2
                while j >= 0, options.count < acronym.count {
                    let w = words[j], k = key(w)
                    guard MentionRules.isWord(w) else { break }
                    if RuleLexicon.commonAcronyms.contains(k) && MentionRules.isAcronym(w) {
                        options.append([k])
                    } else if MentionRules.isCapitalised(w) {
                        break
                    } else if !RuleLexicon.connectors.contains(k) && k != "the" {
                        let parts = k.split(separator: "-")
                        let initials = String(parts.compactMap(\.first))
                        let second = parts.last.map { Set($0.dropFirst()).sorted().map { initials + String($0) } } ?? []
                        options.append([initials] + second)
                    }
                    j -= 1
                }
                if spells(acronym, options) { things.insert(acronym) }
            }
        }
        guard !things.isEmpty else { return }
        for k in spans.indices {
            for j in spans[k].indices where spans[k][j].type != .misc && spans[k][j].end - spans[k][j].start == 1
                && things.contains(key(sentences[k][spans[k][j].start])) {
                spans[k][j].type = .misc
                spans[k][j].rule = "acronym-of-a-thing"
            }
        }
    }

    /// Whether `acronym` ends with what the nearest word gives (`options[0]`, a word's readings, plain
    /// initials first) and its rest is spelt by the words before that one, every word giving something.
    static func spells(_ acronym: String, _ options: [[String]]) -> Bool {
        if acronym.isEmpty { return true }
        guard let first = options.first else { return false }
        return first.contains { o in acronym.hasSuffix(o) && spells(String(acronym.dropLast(o.count)), Array(options.dropFirst())) }
    }

    /// An upper-case acronym matching the initials of an organization named elsewhere in the article
    /// ("the International Criminal Court" … "the ICC") is that organization.
    static func acronymsOfOrganizations(_ spans: inout [[RecognizedSpan]], _ sentences: [[Substring]]) {
        var initials = Set<String>()
        for (s, words) in zip(spans, sentences) {
            for span in s where span.type == .org && span.end - span.start >= 2 {
                initials.insert(MentionRules.initials(words, span.start, span.end))
            }
        }
        guard !initials.isEmpty else { return }
        for k in spans.indices {
            let words = sentences[k]
            // "PC" beside a "Print Culture" is still a personal computer: a common acronym names no body.
            for i in words.indices where MentionRules.isAcronym(words[i]) && initials.contains(key(words[i]))
                && !RuleLexicon.commonAcronyms.contains(key(words[i])) {
                if let j = spans[k].firstIndex(where: { $0.start <= i && i < $0.end }) {
                    if spans[k][j].end - spans[k][j].start == 1 && spans[k][j].type != .org {
                        spans[k][j].type = .org
                        spans[k][j].rule = "acronym-of-organization"
                    }
                } else {
                    spans[k].append(RecognizedSpan(start: i, end: i + 1, type: .org, rule: "acronym-of-organization"))
                }
            }
        }
    }
}
