// libFuzzer entry for `fuzz-clean`: the code it runs is FuzzEntryPoints.run("fuzz-clean", ...) in the main
// package (Sources/FuzzEntryPoints), which FuzzRegressionTests replays saved inputs through.
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let failure = FuzzEntryPoints.run("fuzz-clean", Array(UnsafeBufferPointer(start: data, count: size))) {
        fatalError(failure)  // a crash is how libFuzzer keeps the input
    }
    return 0
}
