// JSON and JSON Lines readers: records of any shape, wrong types, odd encodings.
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Both readers see every input: the same bytes are a fine JSON Lines file and JSON file test.
    _ = CorpusReader().read(bytes: bytes, name: "feed.jsonl")
    _ = CorpusReader().read(bytes: bytes, name: "feed.json")
    return 0
}
