// Finds article files under a path and reads each into raw documents, skipping bad files with a warning.

import Foundation

public struct CorpusReader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "json", "jsonl"]

    public init() {}

    /// Reads a file or a folder (recursively). Throws only when the path itself is missing.
    public func read(path: String) throws -> ReadResult {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DossierError.pathNotFound(path)
        }
        let root = URL(fileURLWithPath: path)
        var result = ReadResult()
        if !isDir.boolValue {
            readFile(root, relative: root.lastPathComponent, into: &result)
            return result
        }
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? [])
            .filter { CorpusReader.articleExtensions.contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
        let rootPath = root.standardizedFileURL.path
        for url in files {
            let full = url.standardizedFileURL.path
            let rel = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            readFile(url, relative: rel, into: &result)
        }
        return result
    }

    private func readFile(_ url: URL, relative: String, into result: inout ReadResult) {
        guard let data = try? Data(contentsOf: url) else {
            result.diagnostics.append(Diagnostic(file: relative, message: "cannot be read; skipped"))
            return
        }
        let text = (String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? "")
            .replacingOccurrences(of: "\r\n", with: "\n")
        switch url.pathExtension.lowercased() {
        case "jsonl", "json":
            var n = 0
            for (lineNo, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let body = obj["text"] as? String else {
                    result.diagnostics.append(Diagnostic(file: relative, line: lineNo + 1, message: "not a JSON article; skipped"))
                    continue
                }
                n += 1
                let fields = DocumentFields(title: obj["title"] as? String, byline: obj["byline"] as? String,
                                            publisher: obj["source"] as? String, url: obj["url"] as? String,
                                            date: obj["date"] as? String, dateBasis: "json")
                result.documents.append(RawDocument(source: relative, format: .json,
                                                    text: body, fields: fields))
            }
        default:
            result.documents.append(RawDocument(source: relative, format: .text, text: text))
        }
    }
}
