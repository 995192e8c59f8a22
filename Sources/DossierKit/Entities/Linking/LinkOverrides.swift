// The user's override file: plain-text directives that win over automatic linking decisions.

import Foundation

/// One directive of an override file, with the place it came from ("dossier.overrides:3").
public struct OverrideDirective: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// All names are one entity; the first is its canonical name.
        case merge([String])
        /// No entity holds names of both sides.
        case split([String], [String])
        case kind(String, EntityKind)
        case ignore(String)
    }

    public var action: Action
    public var source: String

    public init(action: Action, source: String) {
        self.action = action
        self.source = source
    }

    public var text: String {
        switch action {
        case .merge(let names): return "merge " + names.joined(separator: " = ")
        case .split(let a, let b): return "split " + a.joined(separator: " = ") + " / " + b.joined(separator: " = ")
        case .kind(let name, let kind): return "kind \(name) = \(kind.rawValue)"
        case .ignore(let name): return "ignore \(name)"
        }
    }
}

/// The override set the linker applies. Later directives win over earlier ones that contradict
/// them; `load` reads the user's config file first and the corpus folder's file last.
///
/// Format, one directive per line, `#` starts a comment:
///
///     merge Nikol Pashinyan = Pashinian     # one entity; the first name is its canonical name
///     split Arayik Harutiunian / Artur Harutiunian
///     kind Karabakh = place                 # person | organization | place
///     ignore Get the Mirror                 # never an entity
///
/// Names match mention names ignoring case, diacritics and punctuation.
public struct LinkOverrides: Hashable, Sendable {
    public var directives: [OverrideDirective]

    public init(_ directives: [OverrideDirective] = []) {
        self.directives = directives
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// A stable text of the directives, for an index to notice that overrides changed.
    public var fingerprint: String {
        directives.map(\.text).joined(separator: "\n")
    }

    /// File names looked for in a corpus folder, in the order they are read.
    public static let corpusFileNames = [".dossier-overrides", "dossier.overrides"]

    public static let formatHelp =
        "write `merge NAME = NAME`, `split NAME / NAME`, `kind NAME = person|organization|place` or `ignore NAME`"

    /// Parses an override file. Errors name the file and line and say what to write instead.
    public static func parse(_ text: String, file: String) throws -> LinkOverrides {
        var out: [OverrideDirective] = []
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = n + 1
            var line = String(rawLine)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            line = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            func fail(_ message: String) -> DossierError {
                .badInput(file: file, line: lineNo, message: message)
            }
            let verbEnd = line.firstIndex(where: { $0.isWhitespace }) ?? line.endIndex
            let verb = line[..<verbEnd].lowercased()
            let rest = line[verbEnd...].trimmingCharacters(in: .whitespaces)
            let source = "\(file):\(lineNo)"
            func names(_ s: Substring, separator: Character, directive: String) throws -> [String] {
                let parts = s.split(separator: separator, omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.contains(where: { NameKey.plain($0).isEmpty }) {
                    throw fail("`\(line)`: an empty name in `\(directive)`; \(formatHelp).")
                }
                return parts
            }
            switch verb {
            case "merge":
                guard rest.contains("=") else {
                    throw fail("`\(line)`: `merge` needs two names separated by `=`, e.g. `merge Nikol Pashinyan = Pashinian`.")
                }
                let ns = try names(Substring(rest), separator: "=", directive: "merge")
                out.append(OverrideDirective(action: .merge(ns), source: source))
            case "split":
                let sides = rest.split(separator: "/", omittingEmptySubsequences: false)
                guard sides.count == 2 else {
                    throw fail("`\(line)`: `split` needs two names separated by one `/`, e.g. `split Artur Harutiunian / Arayik Harutiunian`.")
                }
                let a = try names(sides[0], separator: "=", directive: "split")
                let b = try names(sides[1], separator: "=", directive: "split")
                out.append(OverrideDirective(action: .split(a, b), source: source))
            case "kind":
                guard let eq = rest.lastIndex(of: "=") else {
                    throw fail("`\(line)`: `kind` needs `=` and a kind, e.g. `kind Karabakh = place`.")
                }
                let name = rest[..<eq].trimmingCharacters(in: .whitespaces)
                let word = rest[rest.index(after: eq)...].trimmingCharacters(in: .whitespaces).lowercased()
                guard !NameKey.plain(name).isEmpty else { throw fail("`\(line)`: no name before `=`; e.g. `kind Karabakh = place`.") }
                guard let kind = kindWord(word) else {
                    throw fail("`\(line)`: unknown kind `\(word)`; write person, organization or place.")
                }
                out.append(OverrideDirective(action: .kind(name, kind), source: source))
            case "ignore":
                guard !NameKey.plain(rest).isEmpty else { throw fail("`\(line)`: `ignore` needs a name, e.g. `ignore Get the Mirror`.") }
                out.append(OverrideDirective(action: .ignore(rest), source: source))
            default:
                throw fail("`\(line)`: unknown directive `\(verb)`; \(formatHelp).")
            }
        }
        return LinkOverrides(out)
    }

    static func kindWord(_ w: String) -> EntityKind? {
        switch w {
        case "person", "per", "people", "persons": return .person
        case "organization", "organisation", "org", "organizations": return .organization
        case "place", "location", "loc", "gpe", "places": return .place
        default: return nil
        }
    }

    /// The override files that apply to a corpus path: the user's config file, then the corpus
    /// folder's (for a single file, the folder it sits in). Missing files are skipped.
    public static func files(corpusPath: String, environment: [String: String]) -> [String] {
        var out: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            out.append(URL(fileURLWithPath: xdg).appendingPathComponent("dossier/overrides").path)
        } else if let home = environment["HOME"], !home.isEmpty {
            out.append(URL(fileURLWithPath: home).appendingPathComponent(".config/dossier/overrides").path)
        }
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: corpusPath, isDirectory: &isDir)
        let folder = exists && isDir.boolValue
            ? URL(fileURLWithPath: corpusPath) : URL(fileURLWithPath: corpusPath).deletingLastPathComponent()
        for name in corpusFileNames { out.append(folder.appendingPathComponent(name).path) }
        return out.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads every override file that applies to `corpusPath` (read-only; never writes them).
    public static func load(corpusPath: String, environment: [String: String]) throws -> LinkOverrides {
        var all: [OverrideDirective] = []
        for path in files(corpusPath: corpusPath, environment: environment) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DossierError.unreadable(path: path, reason: "override file")
            }
            all += try parse(String(decoding: data, as: UTF8.self), file: path).directives
        }
        return LinkOverrides(all)
    }

    // MARK: Resolved views for the linker

    /// Directives with contradictions resolved: a split drops an earlier merge of the same names and
    /// vice versa; for `kind`/`ignore` of one name the last one wins.
    func resolved() -> (merges: [OverrideDirective], splits: [OverrideDirective], kinds: [String: (EntityKind, String)],
                        ignores: [String: String], notes: [Diagnostic]) {
        var merges: [(Int, OverrideDirective)] = []
        var splits: [(Int, OverrideDirective)] = []
        var kinds: [String: (EntityKind, String)] = [:]
        var ignores: [String: String] = [:]
        var notes: [Diagnostic] = []
        for (i, d) in directives.enumerated() {
            switch d.action {
            case .merge: merges.append((i, d))
            case .split: splits.append((i, d))
            case .kind(let name, let kind):
                ignores[NameKey.plain(name)] = nil
                kinds[NameKey.plain(name)] = (kind, d.source)
            case .ignore(let name):
                kinds[NameKey.plain(name)] = nil
                ignores[NameKey.plain(name)] = d.source
            }
        }
        func keys(_ names: [String]) -> Set<String> { Set(names.map(NameKey.plain)) }
        func contradicts(_ merge: OverrideDirective, _ split: OverrideDirective) -> Bool {
            guard case .merge(let ns) = merge.action, case .split(let a, let b) = split.action else { return false }
            let m = keys(ns)
            return !m.isDisjoint(with: keys(a)) && !m.isDisjoint(with: keys(b))
        }
        var keptMerges: [OverrideDirective] = []
        for (i, m) in merges {
            if let later = splits.first(where: { $0.0 > i && contradicts(m, $0.1) }) {
                notes.append(Diagnostic(file: m.source, message: "`\(m.text)` is overridden by the later `\(later.1.text)` (\(later.1.source))"))
            } else {
                keptMerges.append(m)
            }
        }
        var keptSplits: [OverrideDirective] = []
        for (i, s) in splits {
            if let later = merges.first(where: { $0.0 > i && contradicts($0.1, s) }) {
                notes.append(Diagnostic(file: s.source, message: "`\(s.text)` is overridden by the later `\(later.1.text)` (\(later.1.source))"))
            } else {
                keptSplits.append(s)
            }
        }
        return (keptMerges, keptSplits, kinds, ignores, notes)
    }
}

/// "Never in one entity" constraints from `split` directives, checked before every join.
struct SplitConstraints: Sendable {
    /// plain name → tags (2 × directive index + side).
    private var tagsByName: [String: [Int]] = [:]
    let directives: [OverrideDirective]

    init(_ splits: [OverrideDirective]) {
        directives = splits
        for (k, d) in splits.enumerated() {
            guard case .split(let a, let b) = d.action else { continue }
            for n in a { tagsByName[NameKey.plain(n), default: []].append(2 * k) }
            for n in b { tagsByName[NameKey.plain(n), default: []].append(2 * k + 1) }
        }
    }

    var isEmpty: Bool { tagsByName.isEmpty }

    func tags(forPlainNames names: some Sequence<String>) -> Set<Int> {
        guard !tagsByName.isEmpty else { return [] }
        var out = Set<Int>()
        for n in names { if let t = tagsByName[n] { out.formUnion(t) } }
        return out
    }

    /// The directive that forbids putting names with tags `a` and `b` together, if any.
    func conflict(_ a: Set<Int>, _ b: Set<Int>) -> OverrideDirective? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        for t in a where b.contains(t ^ 1) { return directives[t / 2] }
        return nil
    }
}
