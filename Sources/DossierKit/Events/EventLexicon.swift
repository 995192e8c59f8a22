// Words that name happenings (event verbs and nouns, by class) and words that attribute speech.

/// A class of happening: two reports can be one event only when their triggers share a class
/// ("met" ~ "talks" are both a meeting; a meeting and a press conference are not one event).
public enum TriggerClass: String, Codable, Sendable, CaseIterable {
    case meeting, briefing, conflict, death, justice, politics, agreement, announcement, movement, economy
    case disaster, protest, sport, action
}

/// What a word form is, for finding a sentence's happening.
struct TriggerForm: Sendable {
    enum Shape: Sendable { case base, present3, past, participle, pastOrParticiple, gerund, noun }
    var lemma: String
    var triggerClass: TriggerClass
    var shape: Shape
}

enum EventLexicon {
    /// Event verbs by class. An entry is `lemma` (regular) or `lemma:past` or `lemma:past:participle`;
    /// a trailing `+` doubles the last consonant before -ed/-ing (ban → banned, banning).
    static let verbs: [TriggerClass: [String]] = [
        .meeting: ["meet:met", "host", "visit", "negotiate", "confer+", "hold:held", "gather", "convene", "receive"],
        .briefing: ["brief"],
        .conflict: ["attack", "strike:struck", "bomb", "shell", "shoot:shot", "wound", "injure", "explode", "raid",
                    "invade", "ambush", "clash", "fight:fought", "capture", "seize", "destroy", "fire", "kidnap+",
                    "abduct", "hijack", "bombard", "storm", "occupy", "retake:retook:retaken", "overrun:overran:overrun",
                    "shoot down:shot down", "launch", "mobilize", "mobilise", "besiege", "blockade", "torture", "massacre"],
        .death: ["kill", "die:died", "murder", "assassinate", "execute", "behead", "drown", "slay:slew:slain"],
        .justice: ["arrest", "detain", "charge", "convict", "sentence", "jail", "imprison", "indict", "acquit+",
                   "extradite", "sue", "fine", "raid", "prosecute", "investigate", "question", "free",
                   "release", "pardon", "deport", "expel+", "ban+", "outlaw", "overturn", "uphold:upheld", "rule",
                   "testify:testified", "plead:pleaded", "appeal", "hang:hanged", "raid", "search", "seize"],
        .politics: ["elect", "re-elect", "vote", "appoint", "nominate", "resign", "quit:quit", "dismiss", "sack",
                    "oust", "replace", "succeed", "swear:swore:sworn", "inaugurate", "win:won", "lose:lost", "defeat",
                    "topple", "depose", "impeach", "reshuffle", "dissolve", "veto", "promote",
                    "demote", "suspend", "reinstate", "recall", "campaign", "stand down:stood down", "step down:stepped down"],
        .agreement: ["sign", "agree:agreed", "ratify:ratified", "approve", "pass", "adopt", "reject", "endorse", "accept",
                     "conclude", "finalize", "finalise", "settle", "broker", "recognize", "recognise", "normalize",
                     "normalise", "join", "admit+", "withdraw:withdrew:withdrawn"],
        .announcement: ["announce", "unveil", "introduce", "publish", "declare", "order", "impose", "lift", "launch",
                        "propose", "present", "issue", "cancel", "postpone", "delay", "unveil", "award", "grant",
                        "establish", "found", "create", "open", "close", "shut:shut", "halt", "resume", "sanction",
                        "block", "summon", "decide", "plan+", "schedule", "set up:set up"],
        .movement: ["arrive", "leave:left", "deploy", "enter", "evacuate", "flee:fled", "return", "travel", "fly:flew:flown",
                    "cross", "reach", "land", "depart", "withdraw:withdrew:withdrawn", "send:sent", "deliver", "move",
                    "escape", "march", "sail", "rescue"],
        .economy: ["buy:bought", "acquire", "merge", "sell:sold", "invest", "raise", "cut:cut", "rise:rose:risen",
                   "fall:fell:fallen", "drop+", "surge", "plunge", "soar", "slump", "jump", "climb", "grow:grew:grown",
                   "shrink:shrank:shrunk", "lay off:laid off", "hire", "fund", "pay:paid", "borrow", "lend:lent",
                   "default", "gain", "post", "file", "transfer", "offer", "privatise", "privatize", "nationalise", "nationalize",
                   "earn", "spend:spent", "devalue", "bail out", "collapse", "go bankrupt:went bankrupt"],
        .disaster: ["crash", "collapse", "flood", "erupt", "burn:burned", "sink:sank:sunk", "derail", "hit:hit",
                    "damage", "devastate", "strand", "injure", "spread:spread"],
        .protest: ["protest", "demonstrate", "rally:rallied", "riot", "boycott", "picket", "strike:struck", "occupy"],
        .sport: ["beat:beat:beaten", "draw:drew:drawn", "score", "defeat", "qualify:qualified", "relegate", "sign",
                 "clinch", "thrash", "equalise", "equalize", "knock out:knocked out"],
        .action: ["begin:began:begun", "start", "end", "complete", "build:built", "test", "inspect", "repair", "discover",
                  "find:found", "identify:identified", "save", "donate", "give:gave:given",
                  "supply:supplied", "restore", "reopen", "dispatch"],
    ]

    /// Event nouns by class (singular; plurals are derived). They date a happening only with a date of
    /// their own in the sentence ("the meeting on Friday"), since a noun alone does not say when.
    static let nouns: [TriggerClass: [String]] = [
        .meeting: ["meeting", "talks", "summit", "visit", "negotiations", "conference", "consultations"],
        .briefing: ["press conference", "news conference", "briefing"],
        .conflict: ["attack", "strike", "airstrike", "air strike", "bombing", "shelling", "shooting", "explosion", "blast",
                    "raid", "invasion", "offensive", "clash", "fighting", "ambush", "assault", "incursion", "battle",
                    "ceasefire violation", "coup", "kidnapping", "hijacking", "siege"],
        .death: ["death", "killing", "murder", "assassination", "execution", "funeral"],
        .justice: ["arrest", "trial", "hearing", "verdict", "conviction", "sentence", "indictment", "ruling",
                   "investigation", "inquiry", "detention", "extradition", "acquittal", "lawsuit", "probe", "dispute"],
        .politics: ["election", "elections", "vote", "referendum", "ballot", "resignation", "appointment",
                    "inauguration", "nomination", "reshuffle", "impeachment", "by-election", "runoff", "run-off"],
        .agreement: ["agreement", "deal", "treaty", "accord", "ceasefire", "truce", "pact", "settlement", "memorandum",
                     "ratification", "approval", "peace deal"],
        .announcement: ["announcement", "declaration", "decree", "ban", "sanctions", "embargo", "launch", "decision", "ultimatum",
                        "unveiling", "debut", "release", "closure", "recall"],
        .movement: ["withdrawal", "deployment", "evacuation", "arrival", "departure", "exodus", "pullout", "flight", "landing",
                    "take-off", "takeoff", "tour", "trip", "journey"],
        .economy: ["merger", "takeover", "acquisition", "bankruptcy", "purchase", "delivery", "flotation", "buyout", "sale", "bid",
                   "offer", "bailout", "restructuring", "investment", "expansion", "recovery", "layoff",
                   // "job cuts" (not "a small cut", whose verb reading a noun "cut" would let through)
                   "cuts",
                   // results and changes of a business: TimeML events, figures to a reader (see `figureNouns`)
                   "loss", "profit", "growth", "increase", "decline", "production"],
        .disaster: ["crash", "earthquake", "quake", "flood", "floods", "eruption", "collapse",
                    "hurricane", "tsunami", "accident", "disaster", "outbreak", "epidemic", "landslide", "derailment"],
        .protest: ["protest", "demonstration", "rally", "riot", "riots", "march", "strike", "boycott", "sit-in", "walkout"],
        .sport: ["match", "victory", "defeat", "tournament", "semi-final"],
        .action: ["development", "construction", "contribution"],
    ]

    /// Event nouns that name a result or a change of a business ("a loss", "sales", "production"): the task's
    /// annotation counts them as events, a reader counts them as figures, so they are never key events.
    static let figureNouns: Set<String> = ["loss", "losses", "profit", "profits", "sales", "growth", "increase", "increases",
                                           "decline", "declines", "production", "cuts", "investment"]

    /// Verbs (and "according to") that attribute a statement; a sentence built on one reports that
    /// someone said something, which happened on the article's date unless another date is given.
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "reported", "reports",
        "added", "adds", "noted", "notes", "declared", "claimed", "claims", "insisted", "insists",
        "warned", "warns", "stressed", "stresses", "complained", "complains", "urged", "urges", "denied", "denies",
        "explained", "explains", "argued", "argues", "wrote", "writes", "remarked",
        "replied", "replies", "responded", "responds", "asserted", "asserts", "acknowledged", "acknowledges",
        "emphasized", "emphasised", "emphasizes", "emphasises", "dismissed", "suggested", "suggests",
        "predicted", "predicts", "accused", "accuses", "praised", "praises", "criticized", "criticised",
        "criticizes", "criticises", "saying", "telling", "admitted", "admits",
        "described", "describes", "hailed", "condemned", "condemns", "welcomed", "welcomes",
        "questioned", "vowed", "vows", "promised", "promises", "pledged", "pledges", "threatened", "threatens",
        "demanded", "demands", "expressed", "expresses", "quoted", "announced", "announces", "confirmed",
        "confirms", "estimated", "estimates", "indicated", "indicates", "recalled", "recalls",
    ]

    /// Speech verbs followed by a reported clause ("said the council approved"), unlike those that take
    /// a noun phrase ("welcomed the agreement reached on Monday").
    static let clauseTaking: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "reported", "reports", "added", "adds", "noted",
        "notes", "declared", "claimed", "claims", "insisted", "insists", "warned", "warns", "stressed", "stresses",
        "explained", "explains", "argued", "argues", "wrote", "writes", "replied", "replies", "responded", "asserted",
        "acknowledged", "suggested", "suggests", "predicted", "predicts", "saying", "telling", "admitted", "admits",
        "confirmed", "confirms", "announced", "announces", "estimated", "indicated", "recalled", "vowed", "promised",
        "pledged", "threatened", "emphasized", "emphasised",
    ]

    /// "according to X" attributes the sentence too.
    static func isAccordingTo(_ words: [String], at i: Int) -> Bool {
        i + 1 < words.count && words[i] == "according" && words[i + 1] == "to"
    }

    /// Modal and conditional words: a happening after one is not reported as having happened.
    static let hypothetical: Set<String> = ["would", "could", "might", "may", "should", "must", "can", "if", "unless",
                                             "whether", "cannot", "shall", "need", "needs", "ought"]
    static let negations: Set<String> = ["not", "never", "n't", "no", "nor", "neither", "without", "failed"]
    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will",
                                            "'s", "'ve", "'d", "got", "get", "gets", "did", "does", "do", "am"]
    /// Prepositions that put a name after a verb outside its object ("from", "to", "under" ...).
    static let prepositions: Set<String> = [
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
        "behind", "below", "beside", "besides", "between", "beyond", "by", "despite", "during", "for", "from", "in",
        "including", "inside", "into", "like", "near", "of", "off", "on", "onto", "outside", "over", "since", "than",
        "through", "to", "toward", "towards", "under", "until", "upon", "via", "with", "within", "without",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                            "their", "our", "your", "my", "another", "any", "each", "every", "some",
                                            "no", "first", "last", "next", "recent", "latest", "new"]

    /// Every inflected form of every event verb and noun, built once.
    static let forms: [String: [TriggerForm]] = {
        var out: [String: [TriggerForm]] = [:]
        func add(_ w: String, _ f: TriggerForm) {
            if !(out[w]?.contains { $0.lemma == f.lemma && $0.shape == f.shape } ?? false) { out[w, default: []].append(f) }
        }
        for c in TriggerClass.allCases {
            for entry in verbs[c] ?? [] {
                var parts = entry.split(separator: ":").map(String.init)
                var double = false
                if parts[0].hasSuffix("+") { double = true; parts[0].removeLast() }
                let lemma = parts[0]
                let v = Inflection(lemma: lemma, doubles: double)
                add(lemma, TriggerForm(lemma: lemma, triggerClass: c, shape: .base))
                add(v.present3, TriggerForm(lemma: lemma, triggerClass: c, shape: .present3))
                add(v.gerund, TriggerForm(lemma: lemma, triggerClass: c, shape: .gerund))
                let past = parts.count > 1 ? parts[1] : v.past
                let participle = parts.count > 2 ? parts[2] : past
                if past == participle {
                    add(past, TriggerForm(lemma: lemma, triggerClass: c, shape: .pastOrParticiple))
                } else {
                    add(past, TriggerForm(lemma: lemma, triggerClass: c, shape: .past))
                    add(participle, TriggerForm(lemma: lemma, triggerClass: c, shape: .participle))
                }
            }
            for noun in nouns[c] ?? [] {
                add(noun, TriggerForm(lemma: noun, triggerClass: c, shape: .noun))
                if !noun.hasSuffix("s") { add(Inflection(lemma: noun, doubles: false).present3, TriggerForm(lemma: noun, triggerClass: c, shape: .noun)) }
            }
        }
        return out
    }()

    /// The longest number of words in a multiword trigger ("shoot down", "press conference").
    static let longestForm = forms.keys.map { $0.split(separator: " ").count }.max() ?? 1
}

/// Regular English verb (and noun plural) inflection, enough for the lexicon above.
struct Inflection {
    let lemma: String
    let doubles: Bool

    private var head: String { String(lemma.split(separator: " ").first ?? Substring(lemma)) }
    private var tail: String {
        let parts = lemma.split(separator: " ", maxSplits: 1)
        return parts.count > 1 ? " " + parts[1] : ""
    }
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    var present3: String {
        let h = head
        if h.hasSuffix("s") || h.hasSuffix("x") || h.hasSuffix("z") || h.hasSuffix("ch") || h.hasSuffix("sh") || h.hasSuffix("o") {
            return h + "es" + tail
        }
        if h.hasSuffix("y"), let c = h.dropLast().last, !Self.vowels.contains(c) { return h.dropLast() + "ies" + tail }
        return h + "s" + tail
    }

    var past: String {
        let h = head
        if doubles, let last = h.last { return h + String(last) + "ed" + tail }
        if h.hasSuffix("e") { return h + "d" + tail }
        if h.hasSuffix("y"), let c = h.dropLast().last, !Self.vowels.contains(c) { return h.dropLast() + "ied" + tail }
        return h + "ed" + tail
    }

    var gerund: String {
        let h = head
        if doubles, let last = h.last { return h + String(last) + "ing" + tail }
        if h.hasSuffix("ie") { return h.dropLast(2) + "ying" + tail }
        if h.hasSuffix("e") && !h.hasSuffix("ee") && h.count > 2 { return h.dropLast() + "ing" + tail }
        return h + "ing" + tail
    }
}
