// Disjoint sets over 0..<count, for grouping reports, versions and clusters that are joined pair by pair.

/// Union-find with path compression. `join` makes the smaller root the parent, so a group's root is
/// its lowest index, whatever order the joins came in: callers that number items in a deterministic
/// order get deterministic groups and leaders.
struct UnionFind {
    private(set) var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The root of `x`'s group.
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Joins two groups given by their roots (the lower becomes the root of both).
    mutating func join(roots a: Int, _ b: Int) {
        parent[max(a, b)] = min(a, b)
    }

    /// Hangs one root under another, for callers that choose the root themselves (by rank).
    mutating func attach(root child: Int, to root: Int) {
        parent[child] = root
    }

    /// Joins the groups of `a` and `b`; false when they were one already.
    @discardableResult
    mutating func join(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        join(roots: ra, rb)
        return true
    }

    /// Each group's members in increasing order, keyed by the group's root.
    mutating func groups() -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for i in parent.indices { out[find(i), default: []].append(i) }
        return out
    }
}
