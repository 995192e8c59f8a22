// Stable 64-bit hashes (FNV-1a) for index file names, file contents and override sets.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum Fingerprint {
    public static func fnv1a(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100000001b3
        }
        return h
    }

    public static func hex(_ text: String) -> String {
        var t = text
        let h = t.withUTF8 { fnv1a(UnsafeRawBufferPointer($0)) }
        return String(h, radix: 16)
    }

    /// Hash of a file's bytes, read in 1 MiB chunks; nil when it cannot be read.
    public static func file(_ path: String) -> String? { file(Array(path.utf8CString)) }

    /// The same for a path given as bytes (file names need not be valid UTF-8).
    public static func file(_ path: [CChar]) -> String? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var h: UInt64 = 0xcbf29ce484222325
        var buf = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            h = buf.withUnsafeBytes { fnv1a(UnsafeRawBufferPointer(rebasing: $0[0..<n]), seed: h) }
        }
        return String(h, radix: 16)
    }
}
