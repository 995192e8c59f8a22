// Site boilerplate rules, one line at a time, on invented lines from other outlets.

import DossierKit
import Testing

@Suite struct BoilerplateTests {
    @Test func newsletterPrompts() {
        for line in ["Get the Harbour Gazette in your inbox:", "Sign up for our weekly Caucasus briefing:",
                     "Subscribe to our newsletter", "Never miss a story: sign up for email alerts"] {
            #expect(BoilerplateRules.newsletter(line) == .newsletter, "\(line)")
        }
        #expect(BoilerplateRules.newsletter("The newsletter reported that sales rose by a third last year.") == nil)
    }

    @Test func relatedLinesKeepTheirTitle() {
        #expect(BoilerplateRules.related("Related article: Why Lithium Prices Keep Rising") == .related("Why Lithium Prices Keep Rising"))
        #expect(BoilerplateRules.related("READ MORE: Ferry fares to rise") == .related("Ferry fares to rise"))
        #expect(BoilerplateRules.related("Related Stories") == .related(""))
        #expect(BoilerplateRules.related("Related talks will be held in May.") == nil)
    }

    @Test func originalURLLinesAndRepairs() {
        #expect(BoilerplateRules.originalURL("Original url:") == .originalURL(nil))
        #expect(BoilerplateRules.originalURL("Source url: https://news.example/a/b-c 12") == .originalURL("https://news.example/a/b-c12"))
        #expect(BoilerplateRules.originalURL("Source: the ministry said so.") == nil)
        #expect(URLRules.repairURL("https://x.example/2022/03/03/lithium-pro jects-2022") == "https://x.example/2022/03/03/lithium-projects-2022")
        #expect(URLRules.repairURL("https://x.example/a Then the text") == "https://x.example/a")
    }

    @Test func copyrightKeepsTheHolder() {
        #expect(BoilerplateRules.copyright("Copyright (c) 2023 Baltic Wire Service, Ltd.") == .copyright(holder: "Baltic Wire Service"))
        #expect(BoilerplateRules.copyright("© 2019-2022 Example Media Group. All rights reserved.") == .copyright(holder: "Example Media Group"))
        #expect(BoilerplateRules.copyright("Copyright law was changed in 1998, the court said, and that matters here.") != nil)
        #expect(BoilerplateRules.copyright("The copyright dispute went to court.") == nil)
    }

    @Test func postalAddressesNeedAStreetAndAPostcode() {
        #expect(BoilerplateRules.postalAddress("45 Harbour Street, Tallinn 10111.") == .postalAddress)
        #expect(BoilerplateRules.postalAddress("P.O. Box 1200, Springfield") == .postalAddress)
        #expect(BoilerplateRules.postalAddress("10 Downing Street said on Monday it would not comment.") == nil)
    }

    @Test func repostNotesKeepSiteAndSource() {
        #expect(BoilerplateRules.repost("Reposted on Nordic Digest with permission from Baltic Wire Service")
                == .repost(on: "Nordic Digest", from: "Baltic Wire Service"))
        #expect(BoilerplateRules.repost("This article originally appeared in The Example Review.") == .repost(on: nil, from: "The Example Review"))
        #expect(BoilerplateRules.repost("Reporters reposted the video.") == nil)
    }

    @Test func uiTokensShareButtonsAndAds() {
        for line in ["XS SM MD LG", "XS", "A+", "Share Tweet Email", "Print | Email", "Share this article", "Advertisement",
                     "Story continues below advertisement"] {
            #expect(BoilerplateRules.match(line) != nil, "\(line)")
        }
        for line in ["Share prices fell.", "Home", "More than 100 people attended.", "Print media is struggling in the region."] {
            #expect(BoilerplateRules.match(line) == nil, "\(line)")
        }
    }

    @Test func accessibilityHeadersInOtherScripts() {
        #expect(BoilerplateRules.foreignScriptLabel("Ссылки для упрощенного доступа", documentScript: .latin) == .accessibility)
        #expect(BoilerplateRules.foreignScriptLabel("Ορατότητα συνδέσμων", documentScript: .latin) == .accessibility)
        #expect(BoilerplateRules.foreignScriptLabel("Ссылки для упрощенного доступа", documentScript: .cyrillic) == nil)
        #expect(BoilerplateRules.foreignScriptLabel("Harbour News", documentScript: .latin) == nil)
        #expect(BoilerplateRules.accessibility("Skip to main content") == .accessibility)
    }

    @Test func reutersStyleCredits() {
        #expect(BoilerplateRules.credits("Reporting by Ana Ruiz; Editing by Tom Hale") == .credits("Reporting by Ana Ruiz; Editing by Tom Hale"))
        #expect(BoilerplateRules.credits("Reporting by the ministry shows a rise in exports over the past year, officials said.") == nil)
    }
}
