// Words that tell a reported happening from a description: reporting verbs, past and future forms.

enum EventLexicon {
    /// Verbs (and "according to") that attribute a statement; a sentence built on one reports that
    /// someone said something, which happened on the article's date unless another date is given.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "announced", "announces", "stated", "states", "reported", "reports",
        "added", "adds", "noted", "notes", "declared", "declares", "claimed", "claims", "insisted", "insists",
        "warned", "warns", "stressed", "stresses", "complained", "complains", "urged", "urges", "denied", "denies",
        "confirmed", "confirms", "explained", "explains", "argued", "argues", "wrote", "writes", "remarked",
        "replied", "replies", "responded", "responds", "asserted", "asserts", "acknowledged", "acknowledges",
        "emphasized", "emphasised", "emphasizes", "emphasises", "dismissed", "dismisses", "suggested", "suggests",
        "predicted", "predicts", "accused", "accuses", "praised", "praises", "criticized", "criticised",
        "criticizes", "criticises", "announcing", "saying", "telling",
    ]

    /// "according to X" attributes the sentence too.
    static func isAccordingTo(_ words: [String], at i: Int) -> Bool {
        i + 1 < words.count && words[i] == "according" && words[i + 1] == "to"
    }

    /// Auxiliaries and forms that make a clause report a happening rather than describe a state.
    static let happeningAuxiliaries: Set<String> = ["will", "would", "was", "were", "had", "did", "has", "have"]
}
