// HTML reader: decoding, tag soup parsing, metadata and article-body extraction.
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = CorpusReader().read(bytes: bytes, name: "page.html")
    return 0
}
