// HTML: tolerant parsing, entities, metadata from meta/JSON-LD/canonical, body without boilerplate, the metric.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct HTMLTests {
    @Test func entities() {
        #expect(HTMLEntities.decode("Caf&eacute; &amp; bar &#8211; &#x2014; &ldquo;hi&rdquo; &#150; &nbsp;x") == "Café & bar – — “hi” – \u{A0}x")
        #expect(HTMLEntities.decode("a?x=1&y=2 &bogus; AT&T") == "a?x=1&y=2 &bogus; AT&T")
    }

    @Test func tolerantParsing() {
        let doc = HTMLParser.parse("<div><p>One<p>Two<b>bold</div><ul><li>a<li>b</ul></span><p>Three <br> four")
        let texts = doc.nodes.filter { $0.kind == .text }.map(\.text)
        #expect(texts == ["One", "Two", "bold", "a", "b", "Three ", " four"])
        #expect(doc.elements(["p"]).count == 3)
        #expect(doc.elements(["li"]).count == 2)
        // An unclosed comment or tag at the end does not trap.
        _ = HTMLParser.parse("<p>x<!-- never closed")
        _ = HTMLParser.parse("<p a='1")
        _ = HTMLParser.parse("<")
    }

    @Test func metadataAndBody() throws {
        let html = try Fixtures.text("read/page.html")
        let page = HTMLArticleExtractor().extract(html: html)
        #expect(page.fields.title == "Wind Farm Plan Clears Final Hurdle")
        #expect(page.fields.byline == "Maria Lindqvist")
        #expect(page.fields.publisher == "Coastal Herald")
        #expect(page.fields.url == "https://www.coastal-herald.example/energy/2022/09/30/wind-farm-plan")
        #expect(page.fields.date == "2022-09-30T08:15:00+02:00")
        let paragraphs = page.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first?.hasPrefix("The regional planning board") == true)
        #expect(page.text.contains("next spring & that"))
        #expect(page.text.contains("“We are disappointed,”"))
        for noise in ["Home", "Tweet", "Related stories", "Solar park", "inbox", "Great news", "All rights", "Turbines off",
                      "not text", "color:red", "By Maria"] {
            #expect(!page.text.contains(noise), "\(noise)")
        }
    }

    @Test func htmlPagesGoThroughTheWholePipeline() throws {
        let corpus = try Analyzer().analyze(path: Fixtures.path("read/page.html"))
        let a = try #require(corpus.articles.first)
        #expect(a.date?.value == "2022-09-30")
        #expect(a.date?.basis == "meta")
        #expect(a.publisher == "Coastal Herald")
        #expect(a.paragraphs.count == 4)
    }

    @Test func shingleMetric() {
        #expect(ShingleScore.tokens("It's a dog_house, 3.5 km!") == ["It", "s", "a", "dog_house", "3", "5", "km"])
        let same = ShingleScore.page(predicted: "one two three four five", truth: "one two three four five")
        #expect(same.precision == 1 && same.recall == 1)
        let half = ShingleScore.page(predicted: "one two three four", truth: "one two three four five six seven")
        #expect(half.precision == 1)
        #expect(half.recall == 0.25)
        #expect(ShingleScore.page(predicted: "", truth: "a b").precision == nil)
        #expect(ShingleScore.shingles("a b").count == 1)
        let s = ShingleScore.summary([same, half, ShingleScore.page(predicted: "", truth: "x y z w")])
        #expect(abs(s.precision - 1) < 1e-9)
        #expect(abs(s.recall - (1 + 0.25 + 0) / 3) < 1e-9)
    }
}
