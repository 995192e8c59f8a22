// zlib compression for blobs the index caches: a 4-byte little-endian length of the original, then
// zlib's stream. JSON of event drafts shrinks about fivefold.

import CZlib
import Foundation

enum Deflate {
    static func compress(_ data: Data) -> Data {
        var bound = compressBound(uLong(data.count))
        var out = Data(count: Int(bound) + 4)
        let n = UInt32(data.count)
        let status = out.withUnsafeMutableBytes { dst -> Int32 in
            guard let base = dst.baseAddress else { return Z_MEM_ERROR }
            base.storeBytes(of: n.littleEndian, as: UInt32.self)
            return data.withUnsafeBytes { src -> Int32 in
                guard let s = src.baseAddress else { return data.isEmpty ? Z_OK : Z_MEM_ERROR }
                return compress2(base.advanced(by: 4).assumingMemoryBound(to: Bytef.self), &bound,
                                 s.assumingMemoryBound(to: Bytef.self), uLong(data.count), 6)
            }
        }
        guard status == Z_OK, !data.isEmpty else {
            // Empty input, or zlib failed (out of memory): store it as is, length 0 marks "not compressed".
            var raw = Data([0, 0, 0, 0])
            raw.append(data)
            return raw
        }
        // A copy of the exact length: the buffer above keeps its capacity (zlib's bound, more than the
        // input) when its count shrinks, and memos hold thousands of these blobs through the
        // corpus-wide stage (14.6 MiB of the full build's heap peak for three memo steps, heaptrack).
        let length = Int(bound) + 4
        return out.withUnsafeBytes { raw in raw.baseAddress.map { Data(bytes: $0, count: length) } ?? out }
    }

    /// Nil when the blob is not what `compress` wrote.
    static func decompress(_ blob: Data) -> Data? {
        guard blob.count >= 4 else { return nil }
        let n = blob.prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        if n == 0 { return Data(blob.dropFirst(4)) }
        // zlib expands at most about 1,032 to 1: a larger length is damage, not a reason to allocate it.
        guard n <= (blob.count - 4) * 1100 + 64 else { return nil }
        var out = Data(count: n)
        var length = uLongf(n)
        let status = out.withUnsafeMutableBytes { dst -> Int32 in
            blob.withUnsafeBytes { src -> Int32 in
                guard let d = dst.baseAddress, let s = src.baseAddress else { return Z_MEM_ERROR }
                return uncompress(d.assumingMemoryBound(to: Bytef.self), &length,
                                  s.advanced(by: 4).assumingMemoryBound(to: Bytef.self), uLong(blob.count - 4))
            }
        }
        guard status == Z_OK, Int(length) == n else { return nil }
        return out
    }
}
