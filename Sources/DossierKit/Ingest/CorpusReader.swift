// Finds article files under a path and reads each into raw documents, skipping bad files with a warning.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a folder (recursively) or one file. Rules (README "What Dossier reads"):
/// - article files by extension: .txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson;
/// - documentation files (README*, SOURCE*, LICENSE*, CHANGELOG*, ... with any extension) are left out
///   with a note: they describe the corpus, they are not news;
/// - every other file (.tsv, .csv, images, ...) and hidden entries (".git", ".DS_Store") are ignored;
/// - a file named explicitly is read whatever its name, sniffed for HTML/JSON when the extension says nothing;
/// - symlinks are followed once per real folder (loops are cut); FIFOs, sockets and devices are never opened;
/// - an article file over `maxArticleBytes` is skipped with a warning (reading it would give no useful article
///   and could stall the later stages); JSON Lines files of any size are streamed line by line, and only a
///   single line over `maxArticleBytes` is skipped.
public struct CorpusReader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml",
                                                        "json", "jsonl", "ndjson"]
    /// Base names (without extension, upper-cased) that mark documentation rather than articles.
    public static let documentationNames: Set<String> = [
        "README", "READ_ME", "SOURCE", "SOURCES", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES",
        "NOTICE", "AUTHORS", "CONTRIBUTING", "INSTALL", "MANIFEST", "CITATION", "HISTORY", "TODO", "CODE_OF_CONDUCT",
    ]

    public var maxArticleBytes: Int
    public var maxJSONFileBytes: Int

    public init(maxArticleBytes: Int = 16 << 20, maxJSONFileBytes: Int = 256 << 20) {
        self.maxArticleBytes = maxArticleBytes
        self.maxJSONFileBytes = maxJSONFileBytes
    }

    /// Reads a file or a folder (recursively). Throws only when the path itself is missing or unreadable.
    public func read(path: String) throws -> ReadResult {
        let listing = try list(path: path)
        var result = ReadResult(diagnostics: listing.diagnostics, ignored: listing.ignored)
        for f in listing.files { readFile(f.raw, relative: f.relative, explicit: f.explicit, into: &result) }
        return result
    }

    /// The article files under a path in reading order, without reading them (the index fingerprints
    /// them first). `read(path:)` is `list(path:)` then `readFile` of each file, in order.
    public func list(path: String) throws -> CorpusListing {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let err = errno
            if err == ENOENT || err == ENOTDIR { throw DossierError.pathNotFound(path) }
            throw DossierError.unreadable(path: path, reason: String(cString: strerror(err)))
        }
        var result = ReadResult()
        if (st.st_mode & S_IFMT) != S_IFDIR {
            let name = (path as NSString).lastPathComponent
            return CorpusListing(files: [CorpusFile(path: path, relative: name, explicit: true)])
        }
        // The folder the user named must be listable: that is an input error, not a skipped file.
        if case .failure(let why) = Self.list(Self.cPath(path)) { throw DossierError.unreadable(path: path, reason: why.description) }
        var files: [(full: CPath, rel: String, size: Int, mtime: Int)] = []
        var visited = Set<FileKey>()
        walk(Self.cPath(path), relative: "", depth: 0, visited: &visited, files: &files, result: &result)
        files.sort { $0.rel.utf8.lexicographicallyPrecedes($1.rel.utf8) }
        return CorpusListing(files: files.map { f in
                                 var file = CorpusFile(raw: f.full, relative: f.rel, explicit: false)
                                 file.listedSize = f.size
                                 file.listedMtime = f.mtime
                                 return file
                             },
                             diagnostics: result.diagnostics, ignored: result.ignored)
    }

    /// Reads one listed file into documents and that file's diagnostics.
    public func readFile(_ file: CorpusFile) -> ReadResult {
        var result = ReadResult()
        readFile(file.raw, relative: file.relative, explicit: file.explicit, into: &result)
        return result
    }

    struct FileKey: Hashable { let dev: UInt64; let ino: UInt64 }

    /// A path as the system's bytes, NUL-terminated. Names found in folders are kept as bytes, so a file
    /// whose name is not valid UTF-8 can still be opened (its shown name has U+FFFD for the bad bytes).
    typealias CPath = [CChar]

    static func cPath(_ s: String) -> CPath { Array(s.utf8CString) }

    static func join(_ dir: CPath, _ name: [CChar]) -> CPath {
        var out = Array(dir.prefix(while: { $0 != 0 }))
        if out.last != 0x2F { out.append(0x2F) }
        out.append(contentsOf: name)
        out.append(0)
        return out
    }

    /// A name for messages and relative paths: invalid UTF-8 bytes become U+FFFD.
    static func displayName(_ raw: [CChar]) -> String {
        String(decoding: raw.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func walk(_ dir: CPath, relative: String, depth: Int, visited: inout Set<FileKey>,
                      files: inout [(full: CPath, rel: String, size: Int, mtime: Int)], result: inout ReadResult) {
        var st = stat()
        guard stat(dir, &st) == 0 else { return }
        let key = FileKey(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        guard visited.insert(key).inserted else {
            result.diagnostics.append(Diagnostic(.note, file: relative.isEmpty ? "." : relative,
                                                 message: "folder already read (a symlink loop or a second link to it); not read again"))
            return
        }
        guard depth < 64 else {
            result.diagnostics.append(Diagnostic(file: relative, message: "folders nested deeper than 64 levels; not read"))
            return
        }
        let names: [[CChar]]
        switch Self.list(dir) {
        // Sorted, so which of two links to one folder is followed (and names its files) never depends
        // on the order the file system lists entries in.
        case .success(let n): names = n.sorted { $0.lexicographicallyPrecedes($1, by: { UInt8(bitPattern: $0) < UInt8(bitPattern: $1) }) }
        case .failure(let why):
            result.diagnostics.append(Diagnostic(file: relative.isEmpty ? "." : relative,
                                                 message: "folder cannot be listed (\(why)); skipped"))
            return
        }
        for raw in names where raw.first != 0x2E {
            let name = Self.displayName(raw)
            let full = Self.join(dir, raw)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            guard stat(full, &s) == 0 else {
                let why = String(cString: strerror(errno))
                if Self.isArticleName(name) {
                    result.diagnostics.append(Diagnostic(file: rel, message: "cannot be read (\(why); a broken symlink?); skipped"))
                }
                continue
            }
            switch s.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: rel, depth: depth + 1, visited: &visited, files: &files, result: &result)
            case S_IFREG:
                if Self.isDocumentation(name) {
                    result.ignored.append(rel)
                    if Self.isArticleName(name) {
                        result.diagnostics.append(Diagnostic(.note, file: rel, message: "documentation, not an article; left out"))
                    }
                } else if Self.isArticleName(name) {
                    files.append((full, rel, Int(s.st_size), Int(s.st_mtim.tv_sec) * 1_000_000_000 + Int(s.st_mtim.tv_nsec)))
                } else {
                    result.ignored.append(rel)
                }
            default:
                if Self.isArticleName(name) {
                    result.diagnostics.append(Diagnostic(file: rel, message: "not a regular file (a pipe, socket or device); skipped"))
                }
            }
        }
    }

    static func ext(_ name: String) -> String { (name as NSString).pathExtension.lowercased() }

    static func isArticleName(_ name: String) -> Bool { articleExtensions.contains(ext(name)) }

    static func isDocumentation(_ name: String) -> Bool {
        let base = (name as NSString).deletingPathExtension.uppercased()
        if documentationNames.contains(base) { return true }
        return base.hasPrefix("README") || base.hasPrefix("LICENSE") || base.hasPrefix("LICENCE")
    }

    /// Entry names of a folder (POSIX, so a failure carries the system's reason).
    static func list(_ dir: CPath) -> Result<[[CChar]], ReadFailure> {
        guard let d = opendir(dir) else { return .failure(ReadFailure(String(cString: strerror(errno)))) }
        defer { closedir(d) }
        var names: [[CChar]] = []
        while let entry = readdir(d) {
            let name: [CChar] = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { p in
                    Array(UnsafeBufferPointer(start: p, count: strlen(p)))
                }
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return .success(names)
    }

    // MARK: - one file

    func readFile(_ path: CPath, relative: String, explicit: Bool, into result: inout ReadResult) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            result.diagnostics.append(Diagnostic(file: relative, message: "cannot be read (\(String(cString: strerror(errno)))); skipped"))
            return
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            result.diagnostics.append(Diagnostic(file: relative, message: "not a regular file (a pipe, socket or device); skipped"))
            return
        }
        let size = Int(st.st_size)
        let kind = FileKind(extension: Self.ext(relative))
        if kind == .jsonLines {
            readJSONLines(path, relative: relative, into: &result)
            return
        }
        let limit = kind == .json ? maxJSONFileBytes : maxArticleBytes
        if size > limit {
            let hint = kind == .json ? " Write it as JSON Lines (one article per line) to read it." : ""
            result.diagnostics.append(Diagnostic(file: relative, message:
                "file is \(Self.megabytes(size)), over the \(Self.megabytes(limit)) limit for one \(kind == .json ? "JSON file" : "article file"); skipped.\(hint)"))
            return
        }
        let bytes: [UInt8]
        switch Self.readAll(path, expected: size, limit: limit) {
        case .success(let b): bytes = b
        case .failure(let why):
            result.diagnostics.append(Diagnostic(file: relative, message: "cannot be read (\(why)); skipped"))
            return
        }
        readBytes(bytes, kind: kind, relative: relative, explicit: explicit, into: &result)
    }

    /// Reads one file's bytes already in memory, exactly as `read(path:)` reads a file named `name`
    /// (the kind comes from the extension, sniffed when there is none). Used by the fuzz targets
    /// and by callers that hold the bytes themselves; the size limits apply as for a file.
    public func read(bytes: [UInt8], name: String) -> ReadResult {
        var result = ReadResult()
        let kind = FileKind(extension: Self.ext(name))
        if kind == .jsonLines {
            var lineNo = 0
            var start = 0
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3); start = body.startIndex }
            if let k = body.withUnsafeBufferPointer({ TextDecoder.sniffBinary($0) }) {
                result.diagnostics.append(Diagnostic(file: name, message: "\(k); skipped"))
                return result
            }
            var i = start
            while i <= bytes.count {
                if i == bytes.count || bytes[i] == 0x0A {
                    lineNo += 1
                    if i - start > maxArticleBytes {
                        result.diagnostics.append(Diagnostic(file: name, line: lineNo, message:
                            "line is over the \(Self.megabytes(maxArticleBytes)) limit for one article; skipped"))
                    } else {
                        handleJSONLine(Array(bytes[start..<i]), number: lineNo, relative: name, into: &result)
                    }
                    start = i + 1
                }
                i += 1
            }
            return result
        }
        let limit = kind == .json ? maxJSONFileBytes : maxArticleBytes
        if bytes.count > limit {
            result.diagnostics.append(Diagnostic(file: name, message:
                "file is \(Self.megabytes(bytes.count)), over the \(Self.megabytes(limit)) limit; skipped"))
            return result
        }
        readBytes(bytes, kind: kind, relative: name, explicit: true, into: &result)
        return result
    }

    private func readBytes(_ bytes: [UInt8], kind fileKind: FileKind, relative: String, explicit: Bool,
                           into result: inout ReadResult) {
        var kind = fileKind
        let decoded: DecodedText
        switch TextDecoder.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(let b):
            result.diagnostics.append(Diagnostic(file: relative, message: "\(b.kind); skipped"))
            return
        }
        if decoded.fallbackBytes > 0 {
            result.diagnostics.append(Diagnostic(.note, file: relative, message:
                "not valid UTF-8: \(decoded.fallbackBytes) byte(s) read as Windows-1252"))
        }
        if kind == .unknown { kind = explicit ? Self.sniff(decoded.text) : .text }
        switch kind {
        case .json:
            readJSONFile(decoded.text, relative: relative, into: &result)
        case .jsonLines:
            readJSONLines(text: decoded.text, relative: relative, into: &result)
        case .html:
            let page = HTMLArticleExtractor().extract(html: decoded.text)
            if let heads = page.indexHeadlines {
                let list = heads.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
                result.diagnostics.append(Diagnostic(file: relative, message:
                    "HTML page is an index or section page, not an article (headline links such as \(list)); skipped"))
                return
            }
            if page.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                result.diagnostics.append(Diagnostic(file: relative, message: "HTML page with no article text found; skipped"))
                return
            }
            result.documents.append(RawDocument(source: relative, format: .html, text: page.text, fields: page.fields))
        case .markdown, .text, .unknown:
            if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                result.diagnostics.append(Diagnostic(file: relative, message: "empty file; skipped"))
                return
            }
            result.documents.append(RawDocument(source: relative, format: kind == .markdown ? .markdown : .text,
                                                text: decoded.text))
        }
    }

    enum FileKind {
        case text, markdown, html, json, jsonLines, unknown
        init(extension ext: String) {
            switch ext {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            case "html", "htm", "xhtml": self = .html
            case "json": self = .json
            case "jsonl", "ndjson": self = .jsonLines
            default: self = .unknown
            }
        }
    }

    static func sniff(_ text: String) -> FileKind {
        let head = text.prefix(2048).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || head.contains("<html") || head.contains("<body") { return .html }
        if trimmed.hasPrefix("[") { return .json }
        if trimmed.hasPrefix("{") {
            // Several lines each starting with "{" is JSON Lines.
            let lines = text.prefix(65536).split(separator: "\n").prefix(3)
            return lines.count > 1 && lines.allSatisfy({ $0.hasPrefix("{") }) ? .jsonLines : .json
        }
        return .text
    }

    static func megabytes(_ n: Int) -> String {
        String(format: "%.1f MB", Double(n) / 1_048_576)
    }

    /// Reads a regular file with POSIX calls, so the reason for a failure is the system's own words.
    static func readAll(_ path: CPath, expected: Int, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ReadFailure(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: max(expected, 0))
        var filled = 0
        while true {
            if filled == out.count {
                // The file grew while we read it: keep reading up to the limit.
                guard out.count < limit + 1 else { return .failure(ReadFailure("file grew past the size limit while being read")) }
                out.append(contentsOf: [UInt8](repeating: 0, count: max(4096, out.count / 2)))
            }
            let n = out.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return posixRead(fd, base + filled, buf.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return .success(out)
    }

    struct ReadFailure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    // MARK: - JSON

    private func readJSONFile(_ text: String, relative: String, into result: inout ReadResult) {
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            // Many ".json" exports are really JSON Lines.
            let firstLines = text.split(separator: "\n", maxSplits: 2).prefix(2)
            if firstLines.count == 2, firstLines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("{") }) {
                readJSONLines(text: text, relative: relative, into: &result)
                return
            }
            result.diagnostics.append(Diagnostic(file: relative, message: "not valid JSON (\(Self.jsonErrorText(error))); skipped"))
            return
        }
        let records = JSONArticles.records(inTopLevel: top)
        var found = 0
        for (i, value) in records.enumerated() {
            let r = JSONArticles.record(value, source: relative)
            for w in r.warnings { result.diagnostics.append(Diagnostic(file: relative, message: "item \(i + 1): \(w)")) }
            if let doc = r.document { result.documents.append(doc); found += 1 }
            else if let why = r.skipReason {
                result.diagnostics.append(Diagnostic(file: relative, message: "item \(i + 1): \(why); skipped"))
            }
        }
        if records.isEmpty { result.diagnostics.append(Diagnostic(file: relative, message: "JSON holds no records; skipped")) }
    }

    /// JSON Lines from text already in memory.
    private func readJSONLines(text: String, relative: String, into result: inout ReadResult) {
        var lineNo = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            handleJSONLine(Array(line.utf8), number: lineNo, relative: relative, into: &result)
        }
    }

    /// JSON Lines streamed from disk in 1 MiB chunks: memory stays bounded by the longest accepted line.
    private func readJSONLines(_ path: CPath, relative: String, into result: inout ReadResult) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            result.diagnostics.append(Diagnostic(file: relative, message: "cannot be read (\(String(cString: strerror(errno)))); skipped"))
            return
        }
        defer { close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var line: [UInt8] = []
        var lineNo = 1
        var overlong = false
        var firstChunk = true
        while true {
            let n = chunk.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return posixRead(fd, base, buf.count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                result.diagnostics.append(Diagnostic(file: relative, line: lineNo,
                                                     message: "read failed (\(String(cString: strerror(errno)))); rest of file skipped"))
                return
            }
            if n == 0 { break }
            var start = 0
            if firstChunk {
                firstChunk = false
                if n >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { start = 3 }
                if let kind = TextDecoder.sniffBinary(chunk.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<n]) }) {
                    result.diagnostics.append(Diagnostic(file: relative, message: "\(kind); skipped"))
                    return
                }
            }
            var i = start
            while i < n {
                if chunk[i] == 0x0A {
                    if overlong || line.count + (i - start) > maxArticleBytes {
                        result.diagnostics.append(Diagnostic(file: relative, line: lineNo, message:
                            "line is over the \(Self.megabytes(maxArticleBytes)) limit for one article; skipped"))
                    } else {
                        line.append(contentsOf: chunk[start..<i])
                        handleJSONLine(line, number: lineNo, relative: relative, into: &result)
                    }
                    line.removeAll(keepingCapacity: true)
                    overlong = false
                    lineNo += 1
                    start = i + 1
                }
                i += 1
            }
            if !overlong {
                line.append(contentsOf: chunk[start..<n])
                if line.count > maxArticleBytes { overlong = true; line = [] }
            }
        }
        if overlong {
            result.diagnostics.append(Diagnostic(file: relative, line: lineNo, message:
                "line is over the \(Self.megabytes(maxArticleBytes)) limit for one article; skipped"))
        } else if !line.isEmpty {
            handleJSONLine(line, number: lineNo, relative: relative, into: &result)
        }
    }

    private func handleJSONLine(_ bytes: [UInt8], number: Int, relative: String, into result: inout ReadResult) {
        var b = bytes
        if b.last == 0x0D { b.removeLast() }
        guard b.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        let data: Data
        switch TextDecoder.decode(b) {
        case .success(let d):
            data = Data(d.text.utf8)
            if d.fallbackBytes > 0 {
                result.diagnostics.append(Diagnostic(.note, file: relative, line: number,
                                                     message: "not valid UTF-8: \(d.fallbackBytes) byte(s) read as Windows-1252"))
            }
        case .failure(let k):
            result.diagnostics.append(Diagnostic(file: relative, line: number, message: "\(k.kind); skipped"))
            return
        }
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            result.diagnostics.append(Diagnostic(file: relative, line: number,
                                                 message: "not valid JSON (\(Self.jsonErrorText(error))); skipped"))
            return
        }
        let values = (value as? [Any]) ?? [value]
        for v in values {
            let r = JSONArticles.record(v, source: relative)
            for w in r.warnings { result.diagnostics.append(Diagnostic(file: relative, line: number, message: w)) }
            if let doc = r.document { result.documents.append(doc) }
            else if let why = r.skipReason {
                result.diagnostics.append(Diagnostic(file: relative, line: number, message: "\(why); skipped"))
            }
        }
    }

    static func jsonErrorText(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return d }
        return "syntax error"
    }
}

/// One article file found under a corpus path.
public struct CorpusFile: Hashable, Codable, Sendable {
    /// Path to open, as bytes: a name need not be valid UTF-8.
    public var raw: [CChar]
    /// The path for messages (invalid UTF-8 bytes shown as replacement characters).
    public var path: String { String(decoding: raw.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    /// Relative to the corpus root (the file name when the corpus is one file); articles' `source`.
    public var relative: String
    /// Named by the user rather than found in a folder (read whatever its extension).
    public var explicit: Bool
    /// Size and modification time (ns) seen when the folder was listed, so the index need not stat
    /// the file again; nil for a file named by the user.
    public var listedSize: Int?
    public var listedMtime: Int?

    public init(path: String, relative: String, explicit: Bool) {
        self.init(raw: Array(path.utf8CString), relative: relative, explicit: explicit)
    }

    public init(raw: [CChar], relative: String, explicit: Bool) {
        self.raw = raw
        self.relative = relative
        self.explicit = explicit
    }
}

/// What listing a corpus path found: files in reading order and notes about skipped entries.
public struct CorpusListing: Sendable {
    public var files: [CorpusFile] = []
    public var diagnostics: [Diagnostic] = []
    public var ignored: [String] = []
}

/// `read(2)`, named apart from `CorpusReader.read(path:)`.
@inline(__always)
private func posixRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buf, count)
    #else
    return Darwin.read(fd, buf, count)
    #endif
}
