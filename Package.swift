// swift-tools-version:6.1
// Dossier: a terminal browser for news corpora. Targets follow the layers in README ("Architecture").
import PackageDescription

let package = Package(
    name: "Dossier",
    // Linux only (Debian, Ubuntu): the ncurses module includes <ncursesw/curses.h> as Debian installs it.
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        // What each fuzz target runs (the Fuzz/ package and FuzzRegressionTests share it).
        .library(name: "FuzzEntryPoints", targets: ["FuzzEntryPoints"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Thin C module over the system's wide-character ncurses. No pkgConfig: Debian's ncursesw.pc
        // gives -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which SwiftPM refuses with a warning on every
        // build; shim.h defines both itself, and the headers and library are on the default paths.
        // scripts/bootstrap installs libncursesw5-dev.
        .systemLibrary(name: "CNCursesW"),
        // zlib for blobs the index caches (event drafts); scripts/bootstrap installs zlib1g-dev.
        .systemLibrary(name: "CZlib"),
        // The document model: ingestion, extraction, timeline, index, search, export. No UI.
        .target(
            name: "DossierKit",
            // GRDBSQLite: SQLite's C interface, for the index writer's bulk inserts (IndexWriter.run).
            dependencies: ["CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            resources: [.copy("../../Resources")]
        ),
        .target(name: "FuzzEntryPoints",
                dependencies: ["DossierKit", .product(name: "GRDB", package: "GRDB.swift")]),
        // UI state, commands, keymap and rendering to a grid of cells. No ncurses.
        .target(name: "Browser", dependencies: ["DossierKit"]),
        // The only layer that talks to ncurses.
        .target(name: "Terminal", dependencies: ["Browser", "CNCursesW"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "Browser", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Key-handling benchmark on a large corpus (not shipped): swift run -c release dossier-ui-bench PATH.
        .executableTarget(name: "dossier-ui-bench", dependencies: ["Browser", "DossierKit"], path: "Sources/BrowserBench"),
        // Fixtures, pinned clock/time zone/size, grid-to-text snapshots.
        .target(name: "TestSupport", dependencies: ["DossierKit", "Browser"], path: "Sources/TestSupport"),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit", "TestSupport", "FuzzEntryPoints",
                                                            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "TestSupport", "DossierKit"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
