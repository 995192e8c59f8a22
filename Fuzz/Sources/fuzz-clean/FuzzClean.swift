// Cleaner and story segmenter: headers, datelines, boilerplate, captions, reflow, story splitting.
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let first = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let formats: [SourceFormat] = [.text, .markdown, .html, .json]
    let format = formats[Int(first) % formats.count]
    // Structured sources also state fields; feed the first line as a title and date so those paths run.
    var fields = DocumentFields()
    if format == .html || format == .json, let line = text.split(separator: "\n").first {
        fields.title = String(line)
        fields.date = String(line.suffix(25))
    }
    _ = ArticleCleaner().clean(RawDocument(source: "x", format: format, text: text, fields: fields))
    return 0
}
