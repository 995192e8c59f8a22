// HTML article extraction (issue 17): structure kept (lists, headings, code, tables), the right block chosen
// (read-more containers, galleries, teasers, comments), short items kept, index pages reported, real repeats kept.
// Every page is a small invented fixture under Fixtures/extract (see its ABOUT).

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct HTMLExtractionTests {
    func page(_ name: String) throws -> HTMLArticleExtractor.Page {
        HTMLArticleExtractor().extract(html: try Fixtures.text("extract/\(name).html"))
    }

    func blocks(_ p: HTMLArticleExtractor.Page) -> [String] { p.text.components(separatedBy: "\n\n") }

    /// The story the reader and the cleaning stage make of a page.
    func story(_ name: String) throws -> CleanStory {
        let read = try CorpusReader().read(path: Fixtures.path("extract/\(name).html"))
        let doc = try #require(read.documents.first)
        return try #require(ArticleCleaner().clean(doc).first)
    }

    @Test func howToKeepsItsListsWithMarkers() throws {
        let p = try page("howto-list")
        let b = blocks(p)
        #expect(b.contains("What you'll need"))
        #expect(b.contains("Steps"))
        #expect(b.filter { $0.hasPrefix("- ") }.count == 5)
        #expect(b.contains("- A blunt knife or chopstick"))
        #expect(b.contains("1. Water the plant a day ahead so the root ball slides out in one piece."))
        #expect(b.contains { $0.hasPrefix("6. Keep the plant out of direct sun") })
        // Steps stay in order, the last paragraph after them.
        let first = try #require(b.firstIndex { $0.hasPrefix("1. ") })
        let last = try #require(b.firstIndex { $0.hasPrefix("Most houseplants") })
        #expect(first < last)
        for noise in ["cookies", "Pinterest", "weekly plant tips", "Subscribe", "You might also like", "low light",
                      "All rights"] {
            #expect(!p.text.contains(noise), "\(noise)")
        }
        // Each item is its own paragraph of the story.
        let a = try story("howto-list")
        #expect(a.paragraphs.filter { $0.hasPrefix("- ") || $0.first?.isNumber == true }.count == 11)
    }

    @Test func tutorialKeepsHeadingsAndCodeLines() throws {
        let p = try page("tutorial-code")
        let b = blocks(p)
        for heading in ["Opening the file", "Reading records", "Handling quoted fields", "Conclusion"] {
            #expect(b.contains(heading), "\(heading)")
        }
        // A code block is one block whose lines and indentation are the page's.
        #expect(b.contains("f, err := os.Open(\"orders.csv\")\nif err != nil {\n    log.Fatal(err)\n}\ndefer f.Close()\nr := csv.NewReader(f)"))
        #expect(b.contains { $0.hasPrefix("for {\n    rec, err := r.Read()\n") })
        #expect(!p.text.contains("saved my afternoon"))
        #expect(!p.text.contains("Byte Notes"))
        // In the story each line of code stays a line of its own (not run into the next).
        let a = try story("tutorial-code")
        #expect(a.paragraphs.contains("if err != nil {"))
        #expect(a.paragraphs.contains("log.Fatal(err)"))
    }

    @Test func dataTableRowsKeepTheirCells() throws {
        let b = blocks(try page("data-table"))
        #expect(b.contains("Region | Spring rainfall (mm) | Average (mm)"))
        #expect(b.contains("River plain | 98 | 140"))
        #expect(b.contains("Southern flats | 64 | 110"))
        #expect(b.last?.hasPrefix("The board said reservoirs") == true)
        #expect(!b.joined().contains("Most read"))
    }

    @Test func textBehindAReadMoreButtonIsRead() throws {
        let p = try page("read-more")
        let b = blocks(p)
        #expect(b.count == 12)
        #expect(b.first?.hasPrefix("Sleeper services will run again") == true)
        #expect(b.last?.hasPrefix("Whether the new service lasts") == true)
        #expect(!p.text.contains("Continue reading"))
        #expect(!p.text.contains("Share on"))
    }

    @Test func aGalleryOfAnotherStoryIsNotTheArticle() throws {
        let p = try page("gallery-beside")
        let b = blocks(p)
        #expect(b.count == 4)
        #expect(b.first?.hasPrefix("The city council voted seven to four") == true)
        for noise in ["harvest", "pumpkin", "stilt", "Photos"] { #expect(!p.text.contains(noise), "\(noise)") }
    }

    @Test func aRelatedStoryTeaserIsNotTheArticle() throws {
        let p = try page("related-teaser")
        #expect(blocks(p).count == 3)
        #expect(p.text.hasPrefix("The central library will open"))
        #expect(!p.text.contains("swimming pool"))
    }

    @Test func aSingleReaderCommentIsNotTheArticle() throws {
        let p = try page("reader-comment")
        #expect(blocks(p).count == 3)
        #expect(p.text.hasPrefix("Ferry fares to the mainland"))
        for noise in ["third rise", "islander_42", "1 response"] { #expect(!p.text.contains(noise), "\(noise)") }
    }

    @Test func aShortAgencyItemIsAnArticle() throws {
        let p = try page("agency-item")
        #expect(p.indexHeadlines == nil)
        #expect(blocks(p).count == 4)
        #expect(p.text.contains("called off a strike planned for Monday"))
        #expect(p.text.contains("(Reporting by Ana Ruiz; editing by Tom Hale)"))
        #expect(!p.text.contains("Copper rises"))
        let read = try CorpusReader().read(path: Fixtures.path("extract/agency-item.html"))
        #expect(read.documents.count == 1)
        #expect(read.diagnostics.isEmpty)
    }

    @Test func aShortItemInALinkyContainerIsKept() {
        // A wire item whose names are links, in a container whose class reads like boilerplate ("media").
        let html = """
            <html><head><title>Grain Ship Leaves Port</title></head><body><nav><a href="/">Home</a></nav>
            <div class="media-body"><p>ODESA, May 2 (Wire) - A <a href="/t/grain">grain</a> ship chartered by \
            <a href="/c/harvest-line">Harvest Line</a> left <a href="/p/odesa">Odesa</a> on Tuesday, the port \
            said.</p><p>The vessel carries maize bound for <a href="/p/tunis">Tunis</a>, according to \
            <a href="/c/marine-track">Marine Track</a> data.</p><p>Two more ships are due to sail this week. \
            (Reporting by <a href="/a/lee">Sam Lee</a>)</p></div><footer>Wire</footer></body></html>
            """
        let p = HTMLArticleExtractor().extract(html: html)
        #expect(p.text.components(separatedBy: "\n\n").count == 3)
        #expect(p.text.contains("left Odesa on Tuesday"))
    }

    @Test func aSectionFrontIsReportedNotHalfRead() throws {
        let p = try page("section-front")
        #expect(p.text.isEmpty)
        let heads = try #require(p.indexHeadlines)
        #expect(heads.first == "Harbour reopens after repairs")
        #expect(heads.count == 5)
        let read = try CorpusReader().read(path: Fixtures.path("extract/section-front.html"))
        #expect(read.documents.isEmpty)
        #expect(read.diagnostics.map(\.description) == [
            "warning: section-front.html: HTML page is an index or section page, not an article (headline links such as "
                + "“Harbour reopens after repairs”, “School plans expansion”, “Bridge wins award”); skipped",
        ])
    }

    @Test func aParagraphTheBodyRepeatsIsKeptTwice() throws {
        let refrain = "High water at the harbour, low water at the bar."
        let p = try page("repeated-paragraph")
        #expect(blocks(p).filter { $0 == refrain }.count == 2)
        // The teaser printed twice beside the story is not the story.
        #expect(!p.text.contains("line-up"))
        let a = try story("repeated-paragraph")
        #expect(a.paragraphs.filter { $0 == refrain }.count == 2)
        #expect(a.paragraphs.count == 6)
    }

    @Test func aBodyStatedOnlyInJSONLDIsUsed() {
        // A page whose markup has no text yet (filled in by script) but states its body in JSON-LD.
        let body = (1...6).map { "Paragraph \($0) of the statement says the ferry timetable changes on Monday, with two extra crossings in the evening." }
        let json = #"{"@type":"NewsArticle","headline":"Timetable","articleBody":"\#(body.joined(separator: "\\n"))"}"#
        let html = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\"></div></body></html>"
        let p = HTMLArticleExtractor().extract(html: html)
        #expect(p.text == body.joined(separator: "\n\n"))
    }
}
