// Roles grouped by title: a title restated in many articles ("Prime Minister" in 40 reports) is one
// group with its count and span of dates. `lookup` and the browser's entity page both show these.

public struct RoleGroup: Hashable, Sendable {
    public var title: String
    /// One role per article, in date order (undated last).
    public var roles: [Role]

    public var firstDate: String? { roles.compactMap(\.date).min() }
    public var lastDate: String? { roles.compactMap(\.date).max() }

    /// "2021-03-02", "2021-03-02 to 2021-05-01", or nil when no role is dated.
    public var dateSpan: String? {
        guard let first = firstDate else { return nil }
        let last = lastDate ?? first
        return first == last ? first : "\(first) to \(last)"
    }

    /// Groups by title, each article once per title; groups in order of their first date (the
    /// undated after the dated), ties in the order first stated.
    public static func group(_ roles: [Role]) -> [RoleGroup] {
        var order: [String] = []
        var byTitle: [String: [Role]] = [:]
        for r in roles {
            if byTitle[r.title] == nil { order.append(r.title) }
            if byTitle[r.title]?.contains(where: { $0.article == r.article }) != true { byTitle[r.title, default: []].append(r) }
        }
        let groups = order.map { title in
            RoleGroup(title: title, roles: (byTitle[title] ?? []).enumerated().sorted { a, b in
                switch (a.element.date, b.element.date) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.offset < b.offset
                }
            }.map(\.element))
        }
        return groups.enumerated().sorted { a, b in
            switch (a.element.firstDate, b.element.firstDate) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
