// Abbreviations that end in a period without ending a sentence, shared by tokenizer and splitter.

public enum Abbreviations {
    /// Lower-cased, without the final period. Titles, months, common Latin and corporate forms.
    public static let nonTerminal: Set<String> = [
        // titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "cmdr",
        "adm", "sgt", "cpl", "pvt", "brig", "rev", "fr", "st", "sr", "jr", "hon", "pres", "supt", "insp",
        "messrs", "mme", "mlle", "amb", "atty", "lt.-gen", "col.-gen", "maj.-gen", "brig.-gen",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // corporate and misc
        "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "est", "approx", "no", "nos", "vol",
        "vs", "etc", "e.g", "i.e", "cf", "al", "fig", "ave", "blvd", "rd", "mt", "ft", "op", "pp",
    ]

    /// Abbreviations that usually end a sentence when followed by a capitalised word
    /// (a sentence can end with "Inc." or "etc."), so the splitter looks at the next word.
    public static let mayEndSentence: Set<String> = ["inc", "corp", "co", "ltd", "etc", "bros"]

    public static func isNonTerminal(_ wordWithoutPeriod: String) -> Bool {
        nonTerminal.contains(wordWithoutPeriod.lowercased())
    }
}
