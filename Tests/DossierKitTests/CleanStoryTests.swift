// Whole-file cleaning on invented fixtures: reflow, story splitting, captions, footers, datelines, titles.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct CleanStoryTests {
    func clean(_ name: String, format: SourceFormat = .text) throws -> [CleanStory] {
        ArticleCleaner().clean(RawDocument(source: name, format: format, text: try Fixtures.text("clean/\(name)")))
    }

    func assertNoBreaksInside(_ s: CleanStory) {
        for p in s.paragraphs {
            #expect(!p.contains("\n"))
            #expect(CleanText.endsSentence(p), "paragraph ends mid-sentence: \(p.suffix(50))")
        }
    }

    @Test func hardWrappedDigestSplitsIntoThreeStories() throws {
        let stories = try clean("wrapped_digest.txt")
        try #require(stories.count == 3)
        #expect(stories.map(\.title) == ["Port Workers Strike Over Pay in Klaipeda", "Riga Council Approves New Tram Line",
                                         "Estonian Ferry Operator Reports Record Summer"])
        #expect(stories.map(\.byline) == [nil, "Ilze Berzina", nil])
        #expect(stories[0].metadata["header-weekday"] == "Thursday")
        #expect(stories[0].date == nil)
        #expect(stories.allSatisfy { $0.captions.count == 1 })
        #expect(stories.allSatisfy { $0.publisher == "Baltic Wire Service" })
        #expect(stories.allSatisfy { $0.metadata["reposted-on"] == "Nordic Digest" })
        #expect(stories[0].paragraphs == [
            "Several hundred dock workers walked off the job in the Lithuanian port of Klaipeda on Thursday, demanding a pay rise that keeps pace with inflation.",
            "The union said the strike would last at least two days. Port officials said cargo handling had slowed but not stopped.",
            "Talks between the union and the port authority broke down last week after management offered a raise of 4.5 percent, well below the union's demand of 12 percent.",
        ])
        #expect(stories[2].paragraphs.last == "The company expects demand to stay strong into the autumn.")
        for s in stories {
            assertNoBreaksInside(s)
            let text = s.paragraphs.joined(separator: " ")
            for noise in ["Reposted", "Copyright", "Harbour Street", "•", "Lithuania -", "Latvia -", "Estonia -"] {
                #expect(!text.contains(noise), "\(noise)")
            }
        }
    }

    @Test func agencyStoryHeaderCreditRelatedAndSplitURL() throws {
        let stories = try clean("agency_story.txt")
        try #require(stories.count == 1)
        let s = stories[0]
        #expect(s.title == "Chile Opens Bidding for Lithium Projects")
        #expect(s.byline == "Reuters")
        #expect(s.date?.value == "2022-03-03")
        #expect(s.date?.basis == "header")
        #expect(s.date?.expression == "3 March 2022")
        #expect(s.url == "https://www.example-wire.com/business/2022/03/03/chile-opens-bidding-lithium-projects-2022")
        #expect(s.publisher == "example-wire.com")
        #expect(s.captions.count == 2)
        #expect(s.metadata["related"] == "Why Lithium Prices Keep Rising")
        #expect(s.paragraphs.count == 3)
        #expect(s.paragraphs[1].hasSuffix("share a part of the revenue with local communities."))
        assertNoBreaksInside(s)
    }

    @Test func datelineStoryWithoutHeadline() throws {
        let s = try #require(try clean("dateline_story.txt").first)
        #expect(s.title == nil)
        #expect(s.dateline == "TBILISI")
        #expect(s.publisher == "Caucasus Wire")
        #expect(s.byline == "Caucasus Wire")
        #expect(s.metadata["dateline"] == "TBILISI (Caucasus Wire)")
        #expect(s.paragraphs.first?.hasPrefix("Georgia's parliament on Tuesday") == true)
        #expect(s.paragraphs.count == 3)
        #expect(!s.paragraphs.joined().contains("inbox"))
        #expect(!s.paragraphs.joined().contains("briefing:"))
    }

    @Test func foreignScriptLabelRepeatedCaptionAndUITokens() throws {
        let s = try #require(try clean("ui_label_story.txt").first)
        #expect(s.title == "Kazakhstan Signs Grain Deal With Egypt")
        // As written: a caption that ends without a stop gets none added (only a broken ", ." end is tidied).
        #expect(s.captions == ["KAZAKHSTAN -- Wheat is loaded onto a train near Kostanay, August 14, 2022"])
        #expect(s.paragraphs.count == 2)
        #expect(s.metadata["ui-label"] == "Ссылки для упрощенного доступа")
        #expect(s.date == nil)  // the caption's date is the photo's, not the story's
    }

    @Test func sentenceCaseFirstLineIsTheTitleButSubheadsDoNotSplit() throws {
        let stories = try clean("headline_subheads.txt")
        try #require(stories.count == 1)
        #expect(stories[0].title == "Ad sales lift regional newspaper profits")
        #expect(stories[0].paragraphs.contains("What Comes Next"))
    }

    @Test func aBodySentenceIsNeverATitle() {
        let doc = RawDocument(source: "x.txt", format: .text, text: "The mayor resigned on Friday.\n\nShe gave no reason.")
        let s = ArticleCleaner().clean(doc)
        #expect(s.count == 1)
        #expect(s[0].title == nil)
        #expect(s[0].paragraphs == ["The mayor resigned on Friday.", "She gave no reason."])
    }

    @Test func linesAsParagraphsWithoutBlankLinesStayParagraphs() {
        let text = String(repeating: "This long paragraph line is written on one line without wrapping at all, as many scrapers do. ", count: 3)
        let doc = RawDocument(source: "x.txt", format: .text, text: "Quiet Headline Here\n\(text)\nAnd another.\n")
        let s = ArticleCleaner().clean(doc)
        #expect(s.first?.paragraphs.count == 2)
        // The same body paragraph twice in a row is kept once, not taken for a caption.
        let twice = RawDocument(source: "y.txt", format: .text, text: "Quiet Headline Here\n\n\(text)\n\n\(text)\n")
        let t = ArticleCleaner().clean(twice)
        #expect(t.first?.paragraphs.count == 1)
        #expect(t.first?.captions.isEmpty == true)
    }

    @Test func jsonRecordsAreNeverSplitAndKeepTheirFields() {
        var f = DocumentFields(title: "Field Title", publisher: "Wire", date: "2019-11-05", dateBasis: "json",
                               dateline: "GENEVA, Nov 5 (Wire)")
        f.url = "https://example.org/2019/11/05/talks"
        let doc = RawDocument(source: "w.jsonl", format: .json,
                              text: "Field Title\n\nFirst Headline Looking Line\n\nBy Someone Else\n\nBody text here.", fields: f)
        let s = ArticleCleaner().clean(doc)
        #expect(s.count == 1)
        #expect(s[0].title == "Field Title")
        #expect(s[0].date?.basis == "json")
        #expect(s[0].dateline == "GENEVA")
        #expect(s[0].paragraphs.first == "First Headline Looking Line")
    }

    @Test func markdownHeadingsAndEmphasis() {
        let md = "# Bridge Repairs Finish Early\n\n*By Sam Porter*\n\nThe repairs finished early.\n"
        let s = ArticleCleaner().clean(RawDocument(source: "a.md", format: .markdown, text: md))
        #expect(s.first?.title == "Bridge Repairs Finish Early")
        #expect(s.first?.byline == "Sam Porter")
    }

    @Test func reflowJoinsHyphenatedWrapsAndDetectsWidth() {
        let lines = Reflow.lines("""
            The council approved a Franco-German plan for a cross-border tram line on
            Tuesday, after a long debate about costs and the route through the old
            town. The vote was close. Critics said the cost estimates were too low and
            the Russian-
            brokered deal was unclear.
            """)
        #expect(Reflow.wrapWidth(lines) != nil)
        let segs = Reflow.segments(lines, script: .latin)
        #expect(segs.count == 1)
        #expect(segs.first?.text.contains("Russian-brokered") == true)
        #expect(segs.first?.text.contains("on Tuesday") == true)
    }
}
