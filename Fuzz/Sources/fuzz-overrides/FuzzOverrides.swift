// Override-file parser (`merge A = B`, `split A / B`, `kind A = place`, `ignore A`).
import DossierKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOverrides(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let o = try? LinkOverrides.parse(text, file: ".dossier-overrides") {
        _ = o.fingerprint
        for d in o.directives { _ = d.text }
    }
    return 0
}
