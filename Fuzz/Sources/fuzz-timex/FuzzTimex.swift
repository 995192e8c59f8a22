// Temporal tagger: time expressions and their normalisation against an article date.
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimex(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard bytes.count >= 2 else { return 0 }
    // The first two bytes choose the article date (or none), the rest is the text.
    let n = Int(bytes[0]) << 8 | Int(bytes[1])
    let date: CalendarDate? = n == 0 ? nil : CalendarDate(year: 1950 + n % 100, month: 1 + (n / 100) % 12, day: 1 + (n / 1200) % 28)
    let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
    let found = TemporalTagger().tag(text, articleDate: date)
    let count = text.unicodeScalars.count
    for t in found where t.span.start < 0 || t.span.end > count || t.span.end < t.span.start { fatalError("span outside the text or out of order") }
    return 0
}
