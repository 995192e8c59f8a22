// libFuzzer entry for `fuzz-text`: the code it runs is FuzzEntryPoints.run("fuzz-text", ...) in the main
// package (Sources/FuzzEntryPoints), which FuzzRegressionTests replays saved inputs through.
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let failure = FuzzEntryPoints.run("fuzz-text", Array(UnsafeBufferPointer(start: data, count: size))) {
        fatalError(failure)  // a crash is how libFuzzer keeps the input
    }
    return 0
}
