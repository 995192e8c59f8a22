// The ASCII fast paths of the word scans answer exactly as their general forms (Character and
// Unicode.Scalar properties) do: byte by byte, and on random texts of every ASCII byte.

@testable import DossierKit
import Foundation
import Testing

@Suite struct ASCIIScanTests {
    @Test func everyASCIIByteIsClassedAsTheUnicodePropertiesSay() {
        for b in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(b)
            let c = Character(scalar)
            #expect(ASCIIScan.isLetter(b) == c.isLetter, "isLetter \(b)")
            #expect(ASCIIScan.isLetter(b) == scalar.properties.isAlphabetic, "isAlphabetic \(b)")
            #expect(ASCIIScan.isDigit(b) == c.isNumber, "isNumber \(b)")
            #expect(ASCIIScan.isDigit(b) == (scalar.properties.numericType != nil), "numericType \(b)")
            #expect(ASCIIScan.isUpper(b) == c.isUppercase, "isUppercase \(b)")
            #expect(ASCIIScan.isLower(b) == c.isLowercase, "isLowercase \(b)")
            #expect(ASCIIScan.isSpace(b) == c.isWhitespace, "isWhitespace \(b)")
            #expect(String(UnicodeScalar(ASCIIScan.lower(b))) == String(c).lowercased(), "lowercased \(b)")
        }
        #expect(ASCIIScan.withASCII("plain text\r\n", { $0.count }) == 12)
        #expect(ASCIIScan.withASCII("£5", { $0.count }) == nil)
    }

    /// Texts of words, digits, punctuation, controls and "\r\n", weighted towards words as news is.
    static func texts(seed: UInt64, count: Int) -> [String] {
        var g = SeededGenerator(seed: seed)
        let pieces = ["Pashinyan", "the", "EU", "Yerevan's", "co-operation", "2021", "3.5", "\r\n", "\n\n", "\t", " ", " ", " ",
                      ",", ".", "\"", "(AFP)", "x", "A", "a1b2", "--", "\u{0B}", "\u{0C}", "\u{7F}", "\u{01}", "don't", "MIG-29s", "NGOs", "PCs", "ABCS"]
        return (0..<count).map { _ in
            var s = ""
            for _ in 0..<Int.random(in: 0...60, using: &g) {
                if Int.random(in: 0..<10, using: &g) == 0 {
                    s.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &g)))
                } else {
                    s += pieces[Int.random(in: 0..<pieces.count, using: &g)]
                }
            }
            return s
        }
    }

    @Test func fastPathsEqualTheGeneralFormsOnRandomASCII() {
        let candidates: Set<String> = ["the", "x", "a", "don", "co", "operation", "pashinyan"]
        for text in Self.texts(seed: 20261206, count: 400) {
            #expect(ASCIIScan.withASCII(text, { _ in true }) == true)
            #expect(IndexWriter.wordCount(text) == IndexWriter.generalWordCount(text), "\(text.debugDescription)")
            #expect(ArticleVersions.wordHashes(text) == ArticleVersions.generalWordHashes(text), "\(text.debugDescription)")
            #expect(ArticleVersions.capitalisedWords(text) == Array(Set(ArticleVersions.generalCapitalisedWords(text))).sorted(),
                    "\(text.debugDescription)")
            #expect(EventMerger.normalizedSentence(text) == EventMerger.generalNormalizedSentence(text), "\(text.debugDescription)")
            let article = Article(id: ArticleID(ordinal: 1), source: "t.txt", header: StoryHeader(), text: text, paragraphs: [], sentences: [], captions: [], metadata: [:])
            #expect(EntityLinker.wordsInLowerCase(candidates, in: [article], atLeast: 1)
                    == EntityLinker.lowerCaseWords(of: candidates, in: text), "\(text.debugDescription)")
            #expect(EntityLinker.pluralAcronyms(in: [article], atLeast: 1) == EntityLinker.pluralAcronyms(in: text), "\(text.debugDescription)")
            let scalars = ScalarText(text)
            #expect(ArticleLinker.capitalisedWords(scalars, TextSpan(0, scalars.count))
                    == text.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase == true }.map(String.init),
                    "\(text.debugDescription)")
        }
    }

    /// Mostly ASCII texts with the non-ASCII of news (currency, curly quotes, dashes, accents composed
    /// and not, a non-breaking space, other scripts): the runs with non-ASCII bytes take the general forms.
    @Test func mixedTextsAnswerAsTheGeneralForms() {
        let wide = ["Über", "£5", "İstanbul", "ΣΟΦΙΑ", "—", "’s", "\u{A0}", "café", "cafe\u{301}", "naïve", "日本", "ＮＧＯs", "€",
                    "“Yes”", "Ærø", "ǅemal", "ß", "Œuvre"]
        var g = SeededGenerator(seed: 1206)
        let candidates: Set<String> = ["the", "x", "a", "café", "naïve", "ß", "co", "operation"]
        for base in Self.texts(seed: 6120, count: 300) {
            var text = ""
            for ch in base {
                text.append(ch)
                if Int.random(in: 0..<12, using: &g) == 0 { text += wide[Int.random(in: 0..<wide.count, using: &g)] }
            }
            #expect(IndexWriter.wordCount(text) == IndexWriter.generalWordCount(text), "\(text.debugDescription)")
            #expect(ArticleVersions.wordHashes(text) == ArticleVersions.generalWordHashes(text), "\(text.debugDescription)")
            let article = Article(id: ArticleID(ordinal: 1), source: "t.txt", header: StoryHeader(), text: text, paragraphs: [], sentences: [], captions: [], metadata: [:])
            #expect(EntityLinker.wordsInLowerCase(candidates, in: [article], atLeast: 1)
                    == EntityLinker.lowerCaseWords(of: candidates, in: text), "\(text.debugDescription)")
            #expect(EntityLinker.pluralAcronyms(in: [article], atLeast: 1) == EntityLinker.pluralAcronyms(in: text), "\(text.debugDescription)")
        }
    }

    /// `String(scalars:)` gives what appending the scalars to a view gives, for every width of UTF-8.
    @Test func stringsFromScalarsEqualTheViewsForm() {
        let texts = Self.texts(seed: 77, count: 100) + ["", "£5 — “Yes” 日本 🇦🇲 e\u{301} \u{10FFFF}\u{0}"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for (lo, hi) in [(0, scalars.count), (scalars.count / 3, scalars.count / 2), (0, 0)] {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lo..<hi])
                #expect(String(scalars: scalars[lo..<hi]) == String(view), "\(text.debugDescription)")
                #expect(ScalarText(text)[TextSpan(lo, hi)].unicodeScalars.elementsEqual(scalars[lo..<hi]))
            }
        }
    }

    @Test func nonASCIITextsTakeTheGeneralForms() {
        let text = "Über 3 Éclairs in Yerevan cost £5; İstanbul ΣΟΦΙΑ"
        #expect(ASCIIScan.withASCII(text, { _ in true }) == nil)
        #expect(IndexWriter.wordCount(text) == 9)
        #expect(ArticleVersions.wordHashes(text) == ArticleVersions.generalWordHashes(text))
        #expect(ArticleVersions.capitalisedWords(text).count == 5)  // Über Éclairs Yerevan İstanbul ΣΟΦΙΑ
        let scalars = ScalarText(text)
        #expect(ArticleLinker.capitalisedWords(scalars, TextSpan(0, scalars.count)) == ["Über", "Éclairs", "Yerevan", "İstanbul", "ΣΟΦΙΑ"])
        #expect(EventMerger.normalizedSentence(text) == "über 3 éclairs in yerevan cost 5 i stanbul σοφια")  // "İ" lowers to i + a combining dot
    }
}
