// Where the program looks for its resources: the explicit setting first, then beside the executable
// (its real path, then as invoked), then the package's build folders; a copied binary must get an
// error that says what to do, never SwiftPM's crash.

@testable import DossierKit
import Foundation
import Testing

@Suite struct BundledResourcesTests {
    @Test func candidatesInOrder() {
        let c = BundledResources.candidates(environment: ["DOSSIER_RESOURCES": "/opt/dossier/res"],
                                            executable: "/home/u/clone/.build/x86_64-unknown-linux-gnu/release/dossier",
                                            invoked: "/home/u/bin/dossier",
                                            source: "/home/u/clone/Sources/DossierKit/Pipeline/BundledResources.swift")
        #expect(c.first == "/opt/dossier/res")
        #expect(c[1] == "/home/u/clone/.build/x86_64-unknown-linux-gnu/release/Dossier_DossierKit.resources")
        #expect(c[2] == "/home/u/bin/Dossier_DossierKit.resources")
        #expect(Set(c.suffix(2)) == ["/home/u/clone/.build/release/Dossier_DossierKit.resources",
                                     "/home/u/clone/.build/debug/Dossier_DossierKit.resources"])
        #expect(c.count == 5)
    }

    @Test func noSettingAndABareCommandNameLeaveTheBuildFolders() {
        let c = BundledResources.candidates(environment: ["DOSSIER_RESOURCES": ""], executable: "dossier", invoked: "dossier",
                                            source: "/src/Sources/DossierKit/Pipeline/BundledResources.swift")
        #expect(Set(c) == ["/src/.build/release/Dossier_DossierKit.resources", "/src/.build/debug/Dossier_DossierKit.resources"])
    }

    @Test func theTestBinaryFindsTheResources() throws {
        #expect(FileManager.default.fileExists(atPath: try BundledResources.url("corpus").path))
        #expect(throws: DossierError.resourceMissing("no/such/thing")) { try BundledResources.url("no/such/thing") }
        #expect(DossierError.resourceMissing("models/ner.bin").description.contains("DOSSIER_RESOURCES"))
    }
}
