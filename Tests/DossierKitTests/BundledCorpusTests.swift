// The bundled corpus's six stories come out with the right headers and no boilerplate or captions in the text.

import DossierKit
import Foundation
import Testing

@Suite struct BundledCorpusTests {
    @Test func sixCleanStoriesWithTheirHeaders() throws {
        let corpus = try Analyzer().analyze(path: BundledResources.corpusPath())
        let a = corpus.articles
        try #require(a.count == 6)
        #expect(a.map(\.source) == ["000_b4492cbca1609a29.txt", "001_42c46776a54106e1.txt", "002_24c54c29182eaf54.txt",
                                    "002_24c54c29182eaf54.txt#2", "002_24c54c29182eaf54.txt#3", "003_fe17cc7745934c09.txt"])
        #expect(a[0].title == nil)
        #expect(a[0].dateline == "YEREVAN")
        #expect(a[0].publisher == "RFE/RL")
        #expect(a[1].title == "Armenia Says Wants More Russian Troops on Its Soil")
        #expect(a[1].byline == "AFP")
        #expect(a[1].url == "https://www.themoscowtimes.com/2021/04/14/armenia-says-wants-more-russian-troops-on-its-soil-a73596")
        #expect(a[1].date?.value == "2021-04-14")
        #expect(a[1].date?.basis == "header")
        #expect(a[2].title == "Russia, Armenia Discuss Defense Cooperation Amid Tensions")
        #expect(a[2].metadata["header-weekday"] == "Tuesday")
        #expect(a[2].date?.value == nil || a[2].date?.granularity == .year, "the page states only a weekday: no day is guessed")
        #expect(a[3].title == "Karabakh Armenians Again Reject ‘Reintegration’ Talks In Baku")
        #expect(a[3].byline == "Ruzanna Stepanian")
        #expect(a[4].title == "U.S. Concerned About Azeri ‘Military Movements’ In Karabakh")
        for k in 2...4 {
            #expect(a[k].publisher == "RFE/RL")
            #expect(a[k].metadata["reposted-from"] == "RFE/RL")
            #expect(a[k].captions.count == 1)
        }
        #expect(a[5].title == "Lavrov Praises Russia’s Ties With Armenia")
        #expect(a[5].captions.count == 1)
        #expect(a[1].captions == ["Vagram Bagdasaryan / Photolure / TASS"])
        let noise = ["inbox", "Related article", "Original url", "Photolure", "Reposted", "Copyright", "Connecticut Ave",
                     "XS", "LG", "Մատչելիության", "Tuesday,\n", "RUSSIA --", "Armenia - ", "Nagorno-Karabakh - ", "• ",
                     "By AFP", "April 14, 2021\n", "YEREVAN (RFE/RL)"]
        for article in a {
            for n in noise { #expect(!article.text.contains(n), "\(article.source) still holds \(n)") }
            // Paragraphs intact: no line breaks inside a paragraph, no sentence cut by a paragraph break.
            for p in article.text.components(separatedBy: "\n\n") {
                #expect(!p.contains("\n"))
                #expect(CleanText.endsSentence(p) || p.hasSuffix("”") || p.hasSuffix(":"), "\(article.source): \(p.suffix(60))")
            }
        }
        #expect(a[1].text.contains("as well as allowing the deployment of Russian peacekeepers"))
        #expect(a[2].text.contains("furthering “military-technical cooperation,” which"))
        #expect(a[0].text.hasPrefix("A visiting top Russian general"))
    }
}
