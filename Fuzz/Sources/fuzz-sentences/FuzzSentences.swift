// Sentence splitter: spans must stay inside the text and in order.
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let spans = SentenceSplitter.split(text)
    let count = text.unicodeScalars.count
    var last = 0
    for s in spans {
        // A span outside the text or out of order is a bug: crash so libFuzzer keeps the input.
        if s.start < last || s.end < s.start || s.end > count { fatalError("span outside the text or out of order") }
        last = s.end
    }
    return 0
}
