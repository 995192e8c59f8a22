// Column widths, grid drawing and word wrap: the rules that keep every script aligned.

import Browser
import DossierKit
import Testing

@Suite struct CharWidthTests {
    @Test func scriptsHaveTheirTerminalWidths() {
        #expect(CharWidth.of("Երևան") == 5)  // Armenian: narrow
        #expect(CharWidth.of("Соколов") == 7)  // Cyrillic: narrow
        #expect(CharWidth.of("李华") == 4)  // CJK: wide
        #expect(CharWidth.of("ｶﾀｶﾅ") == 4)  // halfwidth katakana: narrow
        #expect(CharWidth.of("ＡＢ") == 4)  // fullwidth Latin: wide
        #expect(CharWidth.of("한국") == 4)
    }

    @Test func combiningAndInvisibleCharactersTakeNoColumn() {
        #expect(CharWidth.of("e\u{301}") == 1)
        #expect(CharWidth.of("a\u{200B}b") == 2)
        #expect(CharWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(CharWidth.of("\u{1161}" as Unicode.Scalar) == 0)  // Hangul medial vowel
        #expect(CharWidth.of("\u{1100}\u{1161}" as Character) == 2)  // jamo syllable
    }

    @Test func emojiPresentationIsWide() {
        #expect(CharWidth.of("😀") == 2)
        #expect(CharWidth.of("❤\u{FE0F}" as Character) == 2)
        #expect(CharWidth.of("👩‍💻" as Character) == 2)
    }
}

@Suite struct GridTests {
    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(size: Size(rows: 2, cols: 3))
        grid[0, 0] = Cell("a")
        grid[5, 5] = Cell("x")
        grid[-1, 0] = Cell("x")
        #expect(grid.text == "a  \n   ")
    }

    @Test func aWideCharacterThatDoesNotFitBecomesABlank() {
        var grid = Grid(size: Size(rows: 1, cols: 5))
        let end = grid.put("ab李华", row: 0, col: 0)
        #expect(grid.row(0) == "ab李 ")
        #expect(end == 5)
        #expect(grid[0, 3].text.isEmpty)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(rows: 1, cols: 4))
        grid.put("李华", row: 0, col: 0)
        grid.put("x", row: 0, col: 1)
        #expect(grid.row(0) == " x华")
        grid.put("y", row: 0, col: 2)
        #expect(grid.row(0) == " xy ")
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = Grid(size: Size(rows: 1, cols: 20))
        grid.put("a\u{1B}[31mb\u{07}\u{9B}c\u{202E}d\n", row: 0, col: 0)
        #expect(grid.row(0).hasPrefix("a␛[31mb␇cd␊"))
        let direct = Cell("\u{1B}")
        #expect(direct.text == "␛")
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func clippedTextEndsInAnEllipsis() {
        var grid = Grid(size: Size(rows: 1, cols: 8))
        grid.putClipped("Yerevan news", row: 0, col: 0, maxWidth: 8)
        #expect(grid.row(0) == "Yerevan…")
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = ReaderLayout.wrap("one two three four", base: 0, width: 9).map(\.text)
        #expect(lines == ["one two", "three", "four"])
    }

    @Test func offsetsPointBackIntoTheText() {
        let text = "Ера Երևան 李华 ok"
        let pieces = ReaderLayout.wrap(text, base: 10, width: 6)
        for p in pieces {
            #expect(text.scalarSlice(TextSpan(p.start - 10, p.end - 10)) == p.text)
        }
    }

    @Test func cjkBreaksBetweenCharactersAndNeverOverflows() {
        let pieces = ReaderLayout.wrap("港务局局长李华周二公布了计划。", base: 0, width: 7)
        #expect(pieces.allSatisfy { CharWidth.of($0.text) <= 7 })
        #expect(pieces.map(\.text).joined() == "港务局局长李华周二公布了计划。")
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let pieces = ReaderLayout.wrap("Rzeczpospolita", base: 0, width: 5).map(\.text)
        #expect(pieces == ["Rzecz", "pospo", "lita"])
    }

    @Test func breaksAfterHyphens() {
        let pieces = ReaderLayout.wrap("Colonel-General Istrakov", base: 0, width: 12).map(\.text)
        #expect(pieces == ["Colonel-", "General", "Istrakov"])
    }

    @Test func datesNumbersAndURLsNeverBreakAtTheirHyphens() {
        let date = ReaderLayout.wrap("Ольга Ким · Sibirsky Vestnik · 2021-05-12 (dateline)", base: 0, width: 36).map(\.text)
        #expect(date == ["Ольга Ким · Sibirsky Vestnik ·", "2021-05-12 (dateline)"])
        let url = ReaderLayout.wrap("see https://example.org/news/world-europe-561 now", base: 0, width: 40).map(\.text)
        #expect(url == ["see", "https://example.org/news/world-europe-56", "1 now"])
        #expect(ReaderLayout.wrap("COVID-19 cases", base: 0, width: 7).map(\.text).first == "COVID-1")
    }

    @Test func aURLLongerThanTheLineIsCutAtTheWidthOnEveryLine() {
        // The second line starts inside the URL, after "/"; its hyphens are still the URL's.
        let url = ReaderLayout.wrap("https://example.org/2021/04/armenia-says-wants-more-troops-a73596", base: 0, width: 30).map(\.text)
        #expect(url == ["https://example.org/2021/04/ar", "menia-says-wants-more-troops-a", "73596"])
    }

    @Test func aBylineThatNamesThePublisherIsSaidOnce() {
        #expect(ReaderLayout.sameName("RFE/RL", "RFE/RL"))
        #expect(ReaderLayout.sameName("By rfe/rl", "RFE/RL"))
        #expect(!ReaderLayout.sameName("By Ruzanna Stepanian", "RFE/RL"))
    }

    @Test func controlCharactersCountAsTheirVisiblePicture() {
        let pieces = ReaderLayout.wrap("ab\u{1B}cd", base: 0, width: 3)
        #expect(pieces.map(\.text) == ["ab\u{1B}", "cd"])
    }
}
