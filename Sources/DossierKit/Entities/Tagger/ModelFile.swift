// The binary layout of `ner.bin`: a fixed header, then flat little-endian arrays copied straight into memory.

import Foundation

/// Layout (all little-endian): magic "DOSSNER1"; UInt32 header fields (tag count, feature slots,
/// weight rows, word slots, phrase slots, longest phrase); Float32 scale; transitions as Float32;
/// feature keys and row indices (UInt32); weights (Int16, padded to 4 bytes); word keys and values;
/// phrase keys and values. No parsing per entry, so loading is a handful of memory copies.
extension NERModel {
    static let magic = Array("DOSSNER1".utf8)

    public func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: Self.magic)
        func u32(_ v: Int) { var x = UInt32(v).littleEndian; withUnsafeBytes(of: &x) { out.append(contentsOf: $0) } }
        func array<T>(_ a: [T]) { a.withUnsafeBytes { out.append(contentsOf: $0) } }
        u32(NERTag.count)
        u32(features.capacity)
        u32(weights.count / NERTag.count)
        u32(lexicon.words.capacity)
        u32(lexicon.phrases.capacity)
        u32(lexicon.maxPhraseLength)
        var sc = scale.bitPattern.littleEndian
        withUnsafeBytes(of: &sc) { out.append(contentsOf: $0) }
        array(transitionScores)
        array(features.keys); array(features.values)
        array(weights)
        if weights.count % 2 == 1 { out.append(contentsOf: [0, 0]) }
        array(lexicon.words.keys); array(lexicon.words.values)
        array(lexicon.phrases.keys); array(lexicon.phrases.values)
        return out
    }

    public func write(to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try serialized().write(to: url, options: .atomic)
    }

    public init(contentsOf url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { throw DossierError.pathNotFound(url.path) }
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw DossierError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        try self.init(data: data, name: url.path)
    }

    public init(data: Data, name: String) throws {
        func bad(_ why: String) -> DossierError {
            .badInput(file: name, line: nil, message: "not a Dossier NER model (\(why)); retrain it with `dossier train ner`.")
        }
        guard data.count >= 40, Array(data.prefix(8)) == Self.magic else { throw bad("bad header") }
        var offset = 8
        func u32() -> Int {
            let v = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
            offset += 4
            return Int(UInt32(littleEndian: v))
        }
        let tagCount = u32(), featureSlots = u32(), rows = u32(), wordSlots = u32(), phraseSlots = u32(), maxPhrase = u32()
        let scaleBits = UInt32(truncatingIfNeeded: u32())
        guard tagCount == NERTag.count else { throw bad("\(tagCount) tags, expected \(NERTag.count)") }
        for slots in [featureSlots, wordSlots, phraseSlots] where slots == 0 || slots & (slots - 1) != 0 {
            throw bad("table size \(slots) is not a power of two")
        }
        let T = tagCount
        let weightBytes = (rows * T * 2 + 3) / 4 * 4
        let needed = offset + (T + 1) * T * 4 + featureSlots * 8 + weightBytes + wordSlots * 8 + phraseSlots * 8
        guard data.count == needed else { throw bad("size \(data.count), expected \(needed)") }
        func read<E>(_ count: Int, _: E.Type) -> [E] {
            let bytes = count * MemoryLayout<E>.stride
            let out = [E](unsafeUninitializedCapacity: count) { buf, n in
                data.withUnsafeBytes { raw in
                    UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + bytes)]))
                }
                n = count
            }
            offset += bytes
            return out
        }
        let transitions: [Float] = read((T + 1) * T, Float.self)
        let fKeys: [UInt32] = read(featureSlots, UInt32.self), fValues: [UInt32] = read(featureSlots, UInt32.self)
        let weights: [Int16] = read(rows * T, Int16.self)
        offset = (offset + 3) / 4 * 4
        let wKeys: [UInt32] = read(wordSlots, UInt32.self), wValues: [UInt32] = read(wordSlots, UInt32.self)
        let pKeys: [UInt32] = read(phraseSlots, UInt32.self), pValues: [UInt32] = read(phraseSlots, UInt32.self)
        guard fValues.allSatisfy({ Int($0) < max(rows, 1) }) else { throw bad("row index out of range") }
        self.init(lexicon: TaggerLexicon(words: FingerprintTable(keys: wKeys, values: wValues),
                                         phrases: FingerprintTable(keys: pKeys, values: pValues),
                                         maxPhraseLength: maxPhrase),
                  features: FingerprintTable(keys: fKeys, values: fValues), weights: weights,
                  scale: Float(bitPattern: scaleBits), transitions: transitions)
    }
}
