// Photo captions and credits are recognised and kept apart from the body.

import DossierKit
import Testing

@Suite struct CaptionTests {
    @Test func creditLines() {
        #expect(CaptionRules.isCredit("Jane Roe / EPA / Shutterstock"))
        #expect(CaptionRules.isCredit("Tom Hale / Reuters"))
        #expect(CaptionRules.isCredit("Photo: Jonas Berg"))
        #expect(CaptionRules.isCredit("AFP via Getty Images"))
        #expect(!CaptionRules.isCredit("RFE/RL"))
        #expect(!CaptionRules.isCredit("Sales rose 5 percent / year, the company said."))
        #expect(!CaptionRules.isCredit("Copper Prices Rise"))
    }

    @Test func photoPrefixes() {
        #expect(CaptionRules.isPhotoPrefixCaption("FILE PHOTO: A worker walks past brine pools."))
        #expect(CaptionRules.isPhotoPrefixCaption("FILE - Ships wait outside the port in 2019."))
        #expect(!CaptionRules.isPhotoPrefixCaption("File sharing is popular."))
    }

    @Test func placeDashCaptionsNeedEvidence() {
        #expect(CaptionRules.isPlaceDashCaption("KAZAKHSTAN -- Wheat is loaded onto a train near Kostanay, August 14, 2022"))
        #expect(CaptionRules.isPlaceDashCaption("Lithuania - Dock workers hold banners outside the port authority building in Klaipeda, ."))
        #expect(CaptionRules.isPlaceDashCaption("Latvia - A tram crosses the Stone Bridge in Riga, .."))
        #expect(CaptionRules.isPlaceDashCaption("Estonia - Passengers board a ferry bound for Helsinki in Tallinn, July 2, 2023."))
        // A dateline-led paragraph is body text.
        #expect(!CaptionRules.isPlaceDashCaption("MOSCOW - Officials said on Monday that talks would continue next week."))
        #expect(!CaptionRules.isPlaceDashCaption("The talks - held in Geneva - ended, officials said on June 20, 2022."))
    }

    @Test func tidyRemovesBrokenEnds() {
        #expect(CaptionRules.tidy("Latvia - A tram crosses the bridge in Riga, ..") == "Latvia - A tram crosses the bridge in Riga.")
        // A credit that simply ends without a stop is left as written.
        #expect(CaptionRules.tidy("Jane Roe / EPA") == "Jane Roe / EPA")
        #expect(CaptionRules.tidy("Photo: Reuters , .") == "Photo: Reuters.")
    }
}
