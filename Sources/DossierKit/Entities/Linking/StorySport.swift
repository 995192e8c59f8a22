// The sport a story is about, read from words that only one sport uses ("scrum-half", "wicket",
// "birdie"): a footballer and a rugby lock who share a full name are named in stories about two sports,
// and a team sheet or a match report says nothing else about them (`PersonContext.sports`).

enum StorySport {
    /// Words and two-word phrases (lower case) that belong to one sport each. Words two sports share
    /// ("penalty", "half-time", "seed", "round", "try" as a verb) are left out.
    static let cues: [String: [String]] = [
        "football": ["football", "footballer", "footballers", "soccer", "striker", "strikers", "midfielder", "midfielders",
                     "goalkeeper", "goalkeepers", "goalless", "goal", "goals", "netted", "uefa", "fifa", "free-kick",
                     "centre-back", "centre-half"],
        "rugby": ["rugby", "scrum", "scrums", "scrum-half", "fly-half", "flanker", "flankers", "lineout", "lineouts",
                  "line-out", "line-outs", "try-line", "sin-bin", "tighthead", "loosehead", "six nations"],
        "cricket": ["cricket", "cricketer", "cricketers", "wicket", "wickets", "wicketkeeper", "wicket-keeper", "batsman",
                    "batsmen", "innings", "all-rounder", "lbw", "twenty20"],
        "tennis": ["tennis", "tie-break", "atp", "wta", "davis cup", "fed cup", "break point"],
        "golf": ["golf", "golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "fairway", "pga", "putt", "ryder cup"],
        "athletics": ["athletics", "sprinter", "sprinters", "hurdles", "hurdler", "marathon", "heptathlon", "heptathlete",
                      "decathlon", "decathlete", "iaaf", "pole vault", "long jump", "high jump", "triple jump", "shot put"],
        "swimming": ["swimming", "swimmer", "swimmers", "freestyle", "breaststroke", "backstroke"],
        "boxing": ["boxing", "boxer", "boxers"],
        "cycling": ["cycling", "cyclist", "cyclists", "tour de"],
        "snooker": ["snooker"],
        "motor racing": ["f1", "formula one", "motor racing"],
        "horse racing": ["jockey", "jockeys", "racecourse", "horse racing"],
        "basketball": ["basketball", "nba"],
        "baseball": ["baseball"],
        "american football": ["nfl", "quarterback"],
        "ice hockey": ["nhl", "ice hockey"],
    ]

    /// Phrases in which a cue means another sport or none: "rugby football", a rugby "drop goal",
    /// "Boxing Day".
    static let falseCues: [String: [String]] = [
        "football": ["rugby football", "american football", "drop goal", "drop goals", "penalty goal", "penalty goals"],
        "boxing": ["boxing day"],
    ]

    static let cueSport: [String: String] = {
        var map: [String: String] = [:]
        for (sport, words) in cues { for w in words { map[w] = sport } }
        return map
    }()

    /// The one sport that the story's words name at least twice and three times as often as any other;
    /// nil for a story about no sport or several.
    static func of(_ text: String) -> String? {
        var count: [String: Int] = [:]
        var previous: String?
        func note(_ token: String) {
            if let s = cueSport[token] { count[s, default: 0] += 1 }
            if let p = previous {
                let pair = p + " " + token
                if let s = cueSport[pair] { count[s, default: 0] += 1 }
                for (sport, phrases) in falseCues where phrases.contains(pair) { count[sport, default: 0] -= 1 }
            }
            previous = token
        }
        var token = ""
        for u in text.unicodeScalars {
            if u.properties.isAlphabetic || ("0"..."9").contains(u) || (u == "-" && !token.isEmpty) {
                token.unicodeScalars.append(u)
            } else if !token.isEmpty {
                while token.hasSuffix("-") { token.removeLast() }
                note(token.lowercased())
                token = ""
            }
        }
        if !token.isEmpty { note(token.lowercased()) }
        let ranked = count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let (sport, n) = ranked.first, n >= 2 else { return nil }
        let next = ranked.count > 1 ? max(0, ranked[1].value) : 0
        return n >= 3 * next ? sport : nil
    }
}
