// A memo's input digest is taken from the input's Codable encoding, so that a field added to a model
// type is part of the digest without anyone remembering to add it. Building that encoding as JSON
// and hashing the bytes was a tenth of an update's CPU (every article's input is digested on every
// update); this encoder feeds the encoding's structure into the hash directly.
//
// What is hashed: the encoding tree in pre-order, each node as (depth, kind, payload): containers,
// keys and unkeyed elements are nodes, and a key's or element's value is its child. A pre-order
// listing with depths gives back exactly one tree, so two inputs hash the same only when their
// encodings are the same tree (or the 128-bit hash collides).

import Foundation

/// Two 64-bit hashes (128 bits) fed with tokens of an encoding, or with any bytes.
final class DigestHasher {
    private(set) var a: UInt64 = 0xcbf29ce484222325
    private(set) var b: UInt64 = 0x84222325cbf29ce4

    /// Eight bytes at a time, each lane an FNV-style multiply followed by a shift that brings the
    /// high bits down (every step is a bijection of the lane for a given word, so two states that
    /// differ stay apart on the same input); the last bytes one at a time. Byte-at-a-time FNV-1a
    /// of every article's text, twice on every update, was a tenth of the memo digests' time.
    func feed(_ bytes: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            a = (a ^ w) &* 0x100000001b3
            a ^= a >> 32
            b = (b ^ w) &* 0x9e3779b97f4a7c15
            b ^= b >> 29
            i += 8
        }
        while i < n {
            let x = UInt64(bytes[i])
            a = (a ^ x) &* 0x100000001b3
            b = (b ^ x) &* 0x9e3779b97f4a7c15
            i += 1
        }
        self.a = a
        self.b = b
    }

    func feed(_ n: UInt64) { withUnsafeBytes(of: n.littleEndian) { feed($0) } }

    /// Back to the state of a new hasher (one hasher for many short inputs, each digested alone).
    func reset() {
        a = 0xcbf29ce484222325
        b = 0x84222325cbf29ce4
    }

    /// A node: its kind and depth in one word.
    func node(_ kind: Kind, depth: Int) { feed(UInt64(kind.rawValue) | UInt64(depth) << 8) }

    func text(_ s: String) {
        var s = s
        feed(UInt64(s.utf8.count))
        s.withUTF8 { feed(UnsafeRawBufferPointer($0)) }
    }

    var hex: String { String(a, radix: 16) + "-" + String(b, radix: 16) }

    enum Kind: UInt8 {
        case keyed = 1, unkeyed, key, element, null, bool, int, uint, double, string, dictionary, entry
    }

    /// Hashes one value's encoding at `depth`.
    func value<T: Encodable>(_ v: T, depth: Int) throws {
        // Every primitive is hashed here: a primitive's own encode(to:) would ask for a single-value
        // container and come back to this function. One conformance check covers them all: a chain
        // of casts, tried in turn for every struct and array of an input, was most of the digest's cost.
        if let p = v as? any DigestPrimitive {
            p.digest(into: self, depth: depth)
        } else if let n = v as? any DigestShortcut {
            n.digest(into: self, depth: depth)
        } else if let d = v as? any DigestDictionary {
            try d.digestEntries(self, depth: depth)
        } else {
            try v.encode(to: DigestEncoder(hasher: self, depth: depth))
        }
    }

    /// The node of a key of a keyed container at `depth`, as `Keyed` hashes it (its value goes at `depth + 2`).
    fileprivate func key(_ name: String, depth: Int) {
        node(.key, depth: depth + 1)
        text(name)
    }

    fileprivate func signed(_ i: Int64, _ depth: Int) {
        node(.int, depth: depth)
        feed(UInt64(bitPattern: i))
    }

    fileprivate func unsigned(_ u: UInt64, _ depth: Int) {
        node(.uint, depth: depth)
        feed(u)
    }
}

/// A value hashed as itself, not through an encoding (every primitive an encoder can be given).
protocol DigestPrimitive {
    func digest(into h: DigestHasher, depth: Int)
}

extension String: DigestPrimitive {
    func digest(into h: DigestHasher, depth: Int) { h.node(.string, depth: depth); h.text(self) }
}
extension Double: DigestPrimitive {
    func digest(into h: DigestHasher, depth: Int) { h.node(.double, depth: depth); h.feed(bitPattern) }
}
extension Float: DigestPrimitive {
    func digest(into h: DigestHasher, depth: Int) { h.node(.double, depth: depth); h.feed(Double(self).bitPattern) }
}
extension Bool: DigestPrimitive {
    func digest(into h: DigestHasher, depth: Int) { h.node(.bool, depth: depth); h.feed(self ? 1 : 0) }
}
extension Int: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.signed(Int64(self), depth) } }
extension Int8: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.signed(Int64(self), depth) } }
extension Int16: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.signed(Int64(self), depth) } }
extension Int32: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.signed(Int64(self), depth) } }
extension Int64: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.signed(self, depth) } }
extension UInt: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.unsigned(UInt64(self), depth) } }
extension UInt8: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.unsigned(UInt64(self), depth) } }
extension UInt16: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.unsigned(UInt64(self), depth) } }
extension UInt32: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.unsigned(UInt64(self), depth) } }
extension UInt64: DigestPrimitive { func digest(into h: DigestHasher, depth: Int) { h.unsigned(self, depth) } }


/// An Encoder whose output is a `DigestHasher`'s state.
struct DigestEncoder: Encoder {
    let hasher: DigestHasher
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The digest of `value`'s encoding, then of `texts` (each with its length).
    static func digest<T: Encodable>(_ value: T, texts: [String] = []) throws -> String {
        let h = DigestHasher()
        try h.value(value, depth: 0)
        for t in texts { h.text(t) }
        return h.hex
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        hasher.node(.keyed, depth: depth)
        return KeyedEncodingContainer(Keyed<Key>(hasher: hasher, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        hasher.node(.unkeyed, depth: depth)
        return Unkeyed(hasher: hasher, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(hasher: hasher, depth: depth) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let hasher: DigestHasher
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        /// The key's node; its value goes one level deeper.
        private func slot(_ key: Key) {
            hasher.node(.key, depth: depth + 1)
            hasher.text(key.stringValue)
        }

        mutating func encodeNil(forKey key: Key) throws { slot(key); hasher.node(.null, depth: depth + 2) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { slot(key); try hasher.value(value, depth: depth + 2) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            slot(key)
            return DigestEncoder(hasher: hasher, depth: depth + 2).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            slot(key)
            return DigestEncoder(hasher: hasher, depth: depth + 2).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            hasher.node(.key, depth: depth + 1)
            hasher.text("super")
            return DigestEncoder(hasher: hasher, depth: depth + 2)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            slot(key)
            return DigestEncoder(hasher: hasher, depth: depth + 2)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let hasher: DigestHasher
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var count = 0

        /// The element's node; its value goes one level deeper.
        private mutating func slot() {
            hasher.node(.element, depth: depth + 1)
            count += 1
        }

        mutating func encodeNil() throws { slot(); hasher.node(.null, depth: depth + 2) }
        mutating func encode<T: Encodable>(_ value: T) throws { slot(); try hasher.value(value, depth: depth + 2) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            slot()
            return DigestEncoder(hasher: hasher, depth: depth + 2).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            slot()
            return DigestEncoder(hasher: hasher, depth: depth + 2).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            slot()
            return DigestEncoder(hasher: hasher, depth: depth + 2)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let hasher: DigestHasher
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { hasher.node(.null, depth: depth) }
        mutating func encode<T: Encodable>(_ value: T) throws { try hasher.value(value, depth: depth) }
    }
}

/// A dictionary encodes its entries in its hash order, which differs from process to process: it is
/// hashed as its entries sorted by key (as the JSON digest did with sorted keys).
protocol DigestDictionary {
    func digestEntries(_ h: DigestHasher, depth: Int) throws
}

extension Dictionary: DigestDictionary where Key: Comparable & Encodable, Value: Encodable {
    func digestEntries(_ h: DigestHasher, depth: Int) throws {
        h.node(.dictionary, depth: depth)
        for k in keys.sorted() {
            h.node(.entry, depth: depth + 1)
            try h.value(k, depth: depth + 2)
            if let v = self[k] { try h.value(v, depth: depth + 2) }
        }
    }
}

/// The model values every memo input holds by the thousand (the mentions of each article and the
/// spans of its sentences), hashed as the nodes their encoding gives, without going through an
/// encoder: the encoding's protocol calls were most of a digest's cost. A test compares each with
/// its encoding's digest, so a field added to one of them cannot be left out here unnoticed.
protocol DigestShortcut {
    func digest(into h: DigestHasher, depth: Int)
}

extension TextSpan: DigestShortcut {
    /// `[start, end]`, as `encode(to:)` writes it.
    func digest(into h: DigestHasher, depth: Int) {
        h.node(.unkeyed, depth: depth)
        h.node(.element, depth: depth + 1)
        h.signed(Int64(start), depth + 2)
        h.node(.element, depth: depth + 1)
        h.signed(Int64(end), depth + 2)
    }
}

extension Mention: DigestShortcut {
    /// The synthesized encoding: each stored property by its name, in order, an absent optional left out.
    func digest(into h: DigestHasher, depth: Int) {
        h.node(.keyed, depth: depth)
        h.key("article", depth: depth)
        article.description.digest(into: h, depth: depth + 2)
        h.key("span", depth: depth)
        span.digest(into: h, depth: depth + 2)
        h.key("text", depth: depth)
        text.digest(into: h, depth: depth + 2)
        h.key("kind", depth: depth)
        kind.rawValue.digest(into: h, depth: depth + 2)
        if let role {
            h.key("role", depth: depth)
            role.digest(into: h, depth: depth + 2)
        }
        if let entity {
            h.key("entity", depth: depth)
            entity.description.digest(into: h, depth: depth + 2)
        }
        h.key("confidence", depth: depth)
        confidence.digest(into: h, depth: depth + 2)
    }
}
