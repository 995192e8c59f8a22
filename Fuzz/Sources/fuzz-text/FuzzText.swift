// Plain text and Markdown reader: the bytes of one file, named .txt, .md or with no extension (sniffed).
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = ["a.txt", "a.md", "a"]
    let name = names[Int(bytes.first ?? 0) % names.count]
    let result = CorpusReader().read(bytes: bytes, name: name)
    for d in result.documents { _ = d.text.terminalSafe(keepNewlines: true) }
    return 0
}
