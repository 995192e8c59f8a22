// A scrollable page of styled lines with selectable items: entity pages, timeline, search, help.

import DossierKit

/// Where following a selected item leads.
public enum Target: Hashable, Sendable {
    /// An article, optionally scrolled to a sentence and with the cursor on a mention.
    case article(ArticleID, focus: TextSpan?, mention: TextSpan?)
    case entity(EntityID)
}

public struct DocLine: Hashable, Sendable {
    public var spans: [Span]
    /// The item this line belongs to, if any.
    public var item: Int?
    /// A display column that must stay visible when the line is cut to the width (a highlighted
    /// name late in a long sentence): the line is then shown from an ellipsis before it.
    public var keepVisible: Int?

    public init(_ spans: [Span], item: Int? = nil, keepVisible: Int? = nil) {
        self.spans = spans
        self.item = item
        self.keepVisible = keepVisible
    }
}

public struct DocItem: Hashable, Sendable {
    public var target: Target?
    /// What the status line says about this item when it is selected.
    public var summary: String
    public var firstLine: Int
    public var lineCount: Int
}

/// Lines plus the items they make up; items are what the selection moves over.
public struct Doc: Hashable, Sendable {
    public private(set) var lines: [DocLine] = []
    public private(set) var items: [DocItem] = []
    /// Item index where each section starts (Tab jumps between them).
    public private(set) var sectionStarts: [Int] = []

    public init() {}

    public mutating func heading(_ text: String, color: CellColor = .accent) {
        lines.append(DocLine([Span(text, style: .bold, color: color)]))
    }

    public mutating func text(_ spans: [Span]) {
        lines.append(DocLine(spans))
    }

    public mutating func blank() {
        lines.append(DocLine([]))
    }

    /// Marks that the next item added starts a section.
    public mutating func startSection() {
        sectionStarts.append(items.count)
    }

    /// Adds a selectable item of one or more lines.
    public mutating func item(_ itemLines: [[Span]], target: Target?, summary: String, keepVisible: [Int?] = []) {
        let index = items.count
        items.append(DocItem(target: target, summary: summary, firstLine: lines.count, lineCount: itemLines.count))
        for (i, spans) in itemLines.enumerated() {
            lines.append(DocLine(spans, item: index, keepVisible: i < keepVisible.count ? keepVisible[i] : nil))
        }
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// "12/40" over the items, or nil when nothing can be selected.
    func positionLabel(_ position: ListPosition) -> String? {
        items.isEmpty ? nil : ListPosition.label(selected: position.selected, count: items.count)
    }
}

/// Selection and scroll over a Doc: `selected` is an item index, `top` the first visible line (one
/// position type for lists and docs; only what a move means differs).
extension ListPosition {
    /// Applies a movement command; returns false when the command is not a movement.
    public mutating func move(_ command: Command, in doc: Doc, height: Int) -> Bool {
        let h = max(1, height)
        if doc.items.isEmpty {
            // Nothing to select: movement scrolls the lines.
            let maxTop = max(0, doc.lines.count - h)
            if let step = command.step(height: h) { top = min(maxTop, max(0, top + step)) }
            else if command == .top { top = 0 }
            else if command == .bottom { top = maxTop }
            else { return false }
            return true
        }
        let last = doc.items.count - 1
        switch command {
        case .down: selected = min(last, selected + 1)
        case .up: selected = max(0, selected - 1)
        case .pageDown, .halfPageDown:
            let step = command.step(height: h) ?? 1
            let line = doc.items[selected].firstLine + step
            selected = doc.items.lastIndex(where: { $0.firstLine <= line }) ?? last
            if selected == self.selected, selected < last { selected += 1 }
            top += step
        case .pageUp, .halfPageUp:
            let step = -(command.step(height: h) ?? -1)
            let line = max(0, doc.items[selected].firstLine - step)
            selected = doc.items.firstIndex(where: { $0.firstLine >= line }) ?? 0
            top = max(0, top - step)
        case .top:
            selected = 0
            top = 0
        case .bottom:
            selected = last
            top = doc.lines.count
        default: return false
        }
        clamp(in: doc, height: h)
        return true
    }

    /// Keeps the selection valid and its lines on screen (with a line of context above when possible).
    public mutating func clamp(in doc: Doc, height: Int) {
        let h = max(1, height)
        let maxTop = max(0, doc.lines.count - h)
        guard !doc.items.isEmpty else {
            selected = 0
            top = min(max(0, top), maxTop)
            return
        }
        selected = min(max(0, selected), doc.items.count - 1)
        let item = doc.items[selected]
        let context = item.firstLine > 0 && doc.lines[item.firstLine - 1].item == nil ? 1 : 0
        if item.firstLine - context < top { top = item.firstLine - context }
        if item.firstLine + item.lineCount > top + h { top = item.firstLine + item.lineCount - h }
        top = min(max(0, top), maxTop)
    }

    /// Selects the item on a screen line (0-based within the pane's content), if any.
    public mutating func select(line: Int, in doc: Doc) -> Bool {
        let index = top + line
        guard doc.lines.indices.contains(index), let item = doc.lines[index].item else { return false }
        selected = item
        return true
    }
}

enum DocRenderer {
    /// Draws the visible lines of a doc in a pane; the selected item is reversed when focused, bold
    /// and underlined otherwise (so the selection stays visible without colour).
    static func draw(_ doc: Doc, position: ListPosition, into grid: inout Grid, top row0: Int, height: Int,
                     left: Int, width: Int, focused: Bool, showSelection: Bool = true) {
        for r in 0..<max(0, height) {
            let index = position.top + r
            guard doc.lines.indices.contains(index) else { break }
            let line = doc.lines[index]
            let selected = showSelection && line.item != nil && line.item == position.selected && !doc.items.isEmpty
            let spans = line.keepVisible.map { cut(line.spans, keeping: $0, width: width - 1) } ?? line.spans
            if selected {
                grid.fill(row: row0 + r, from: left, to: left + width, with: Cell(" ", style: focused ? .reverse : [.bold]))
            }
            if cutOff(spans, width: width - 2) {
                let end = grid.put(spans, row: row0 + r, col: left + 1, maxWidth: width - 3)
                grid.put("…", row: row0 + r, col: end, maxWidth: 1)
            } else {
                grid.put(spans, row: row0 + r, col: left + 1, maxWidth: width - 2)
            }
            if selected {
                grid.restyle(row: row0 + r, from: left, to: left + width, adding: focused ? .reverse : [.bold, .underline])
            }
        }
    }

    static func cutOff(_ spans: [Span], width: Int) -> Bool {
        var total = 0
        for s in spans {
            total += CharWidth.of(s.text)
            if total > width { return true }
        }
        return false
    }

    /// Drops text after the first span (the line's indent) so that column `keep` lands inside
    /// `width`; the cut is marked with "…".
    static func cut(_ spans: [Span], keeping keep: Int, width: Int) -> [Span] {
        let margin = max(4, width / 4)
        guard keep > width - margin, let head = spans.first else { return spans }
        let drop = keep - (width - margin) + 1
        var out: [Span] = [head, Span("…", color: .muted)]
        var skipped = 0
        for span in spans.dropFirst() {
            if skipped >= drop {
                out.append(span)
                continue
            }
            var text = ""
            var atWord = false
            for ch in span.text {
                if skipped >= drop && atWord { text.append(ch); continue }
                skipped += CharWidth.of(ch)
                // Start after a space so the cut does not leave half a word (unless the words
                // are long or the script has no spaces).
                if skipped >= drop && (ch == " " || skipped >= drop + 12 || CharWidth.of(ch) == 2) { atWord = true }
            }
            if !text.isEmpty { out.append(Span(text, style: span.style, color: span.color)) }
        }
        return out
    }
}
