// Reading: encodings, binary and oversized files, folder rules, JSON tolerance, symlink loops, odd files.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct ReaderTests {
    func decode(_ bytes: [UInt8]) -> DecodedText? {
        if case .success(let d) = TextDecoder.decode(bytes) { return d }
        return nil
    }

    @Test func encodingsAndLineEnds() throws {
        #expect(decode(Array("a\r\nb\rc\n".utf8))?.text == "a\nb\nc\n")
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8))?.text == "héllo")
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8))?.encoding == .utf8BOM)
        #expect(decode([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00])?.text == "hé")
        #expect(decode([0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9])?.text == "hé")
        #expect(decode(Array("plain text here".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))?.text == "plain text here")
        // Windows-1252 smart quotes, a pound sign and an e-acute in otherwise ASCII text.
        let cp = decode([0x93, 0x41, 0x94, 0x20, 0xA3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xE9])
        #expect(cp?.text == "“A” £5 café")
        #expect(cp?.encoding == .windows1252)
        // Mixed: valid UTF-8 stays, the one stray byte is read as Windows-1252.
        let mixed = decode(Array("naïve ".utf8) + [0xA3] + Array("3".utf8))
        #expect(mixed?.text == "naïve £3")
        #expect(mixed?.encoding == .utf8WithFallback)
        #expect(mixed?.fallbackBytes == 1)
    }

    @Test func binaryIsRecognised() {
        guard case .failure(let e) = TextDecoder.decode([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]) else { Issue.record("PDF read as text"); return }
        #expect("\(e.kind)".contains("PDF"))
        guard case .failure = TextDecoder.decode([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02, 0x44]) else { Issue.record("NULs read as text"); return }
        var noise = [UInt8](repeating: 0x41, count: 100)
        for i in stride(from: 0, to: 100, by: 5) { noise[i] = 0x01 }
        guard case .failure = TextDecoder.decode(noise) else { Issue.record("control bytes read as text"); return }
    }

    @Test func fixtureEncodingsReadThroughTheReader() throws {
        for (name, title) in [("latin1.txt", "Café owners in Lyon welcome “new” rules"), ("bom_crlf.txt", "BOM Headline Here"),
                              ("utf16.txt", "UTF Sixteen Headline"), ("cr_only.txt", "Old Mac Headline")] {
            let corpus = try Analyzer().analyze(path: Fixtures.path("clean/\(name)"))
            #expect(corpus.articles.first?.title == title, "\(name)")
            #expect(corpus.articles.first?.text.contains("\r") == false)
        }
    }

    @Test func folderRulesLeaveOutDocumentationAndData() throws {
        let read = try CorpusReader().read(path: Fixtures.path("read/folder"))
        #expect(read.documents.map(\.source) == ["one.txt", "sub/story.md"])
        #expect(Set(read.ignored) == ["LICENSE", "SOURCE.md", "index.tsv"])
        #expect(read.diagnostics.map(\.description) == ["note: SOURCE.md: documentation, not an article; left out"])
        // Named explicitly, a documentation file is read.
        #expect(try CorpusReader().read(path: Fixtures.path("read/folder/SOURCE.md")).documents.count == 1)
    }

    @Test func jsonLinesTolerateBadLinesAndWrongTypes() throws {
        let read = try CorpusReader().read(path: Fixtures.path("read/wire_bad.jsonl"))
        #expect(read.documents.count == 3)
        let first = try #require(read.documents.first)
        #expect(first.fields.title == "Rail line reopens after floods")
        #expect(first.fields.byline == "Tom Hale, Ana Ruiz")
        #expect(first.fields.url == "https://rail.example/news/2023/06/02/reopens")
        #expect(first.fields.date == "2023-06-02")
        #expect(read.documents[1].fields.title == "42")
        #expect(read.documents[1].fields.date == "2023-06-05")
        #expect(read.documents[2].text == "First paragraph.\n\nSecond paragraph.")
        #expect(read.documents[2].fields.publisher == "Example Times")
        let messages = read.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("warning: wire_bad.jsonl:2: not valid JSON") })
        #expect(messages.contains("warning: wire_bad.jsonl:3: field \"title\" is a number, read as text"))
        #expect(messages.contains { $0.hasPrefix("warning: wire_bad.jsonl:4: no article text") })
        #expect(messages.contains { $0.hasPrefix("warning: wire_bad.jsonl:5: not a JSON object") })
        #expect(messages.contains("warning: wire_bad.jsonl:7: field \"date\" is an object, expected a date; ignored"))
    }

    @Test func jsonFileWithAList() throws {
        let corpus = try Analyzer().analyze(path: Fixtures.path("read/array.json"))
        #expect(corpus.articles.map(\.title) == ["First in array", "Second in array"])
        #expect(corpus.articles.map { $0.date?.value } == ["2020-01-05", "2020-01-07"])
        #expect(corpus.articles.map(\.source) == ["array.json", "array.json#2"])
    }

    @Test func oddFilesAreSkippedWithAReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-reader-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try write("good.txt", Array("Good Headline Here\n\nA body sentence.\n".utf8))
        try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        try write("empty.txt", Array("  \n\n".utf8))
        try write("big.txt", [UInt8](repeating: 0x61, count: 5000))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let read = try CorpusReader(maxArticleBytes: 4096).read(path: dir.path)
        #expect(read.documents.map(\.source) == ["good.txt"])
        let text = read.diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("image.txt: a PNG image file, not text; skipped"))
        #expect(text.contains("empty.txt: empty file; skipped"))
        #expect(text.contains("big.txt: file is 0.0 MB, over the 0.0 MB limit"))
        #expect(text.contains("gone.txt: cannot be read"))
        #expect(text.contains("pipe.txt: not a regular file"))
        #expect(text.contains("loop: folder already read"))
    }

    @Test func jsonLinesAreStreamedAndOverlongLinesSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-jsonl-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = "{\"title\": \"Long\", \"text\": \"" + String(repeating: "word ", count: 3000) + "\"}"
        let body = "{\"title\": \"Short\", \"text\": \"Fine.\"}\n" + long + "\n{\"title\": \"After\", \"text\": \"Also fine.\"}"
        let file = dir.appendingPathComponent("w.jsonl")
        try Data(body.utf8).write(to: file)
        let read = try CorpusReader(maxArticleBytes: 4096).read(path: file.path)
        #expect(read.documents.map(\.fields.title) == ["Short", "After"])
        #expect(read.diagnostics.map(\.description) == ["warning: w.jsonl:2: line is over the 0.0 MB limit for one article; skipped"])
    }

    @Test func missingPathThrows() {
        #expect(throws: DossierError.pathNotFound("/nonexistent/dossier")) { try CorpusReader().read(path: "/nonexistent/dossier") }
    }
}
