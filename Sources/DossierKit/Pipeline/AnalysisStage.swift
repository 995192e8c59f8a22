// The stages of building a model, named for progress reports: a long corpus-wide stage shows what
// it is doing instead of a bar stuck at "2225/2225".

public enum AnalysisStage: String, CaseIterable, Sendable {
    case reading = "reading and recognising"
    case dating = "dating articles"
    case linking = "linking names"
    case timexes = "tagging time expressions"
    case events = "finding events"
    case writing = "writing the index"

    /// What is counted in `done/total` for this stage.
    public var unit: String {
        switch self {
        case .reading: return "files"
        case .timexes, .events: return "articles"
        case .dating, .linking, .writing: return ""
        }
    }
}

/// Reports (stage, done, total); a stage with no count reports (0, 1) when it starts and (1, 1) when
/// it ends. Called from worker threads.
public typealias StageProgress = @Sendable (AnalysisStage, Int, Int) -> Void

import Foundation

/// Counts finished items of one stage and reports them (thread-safe).
final class Counter: @unchecked Sendable {
    let stage: AnalysisStage
    let total: Int
    let report: StageProgress?
    private var done = 0
    private let lock = NSLock()

    init(stage: AnalysisStage, total: Int, report: StageProgress?) {
        self.stage = stage
        self.total = total
        self.report = report
        report?(stage, 0, total)
    }

    func step() {
        guard let report else { return }
        lock.lock()
        done += 1
        let d = done
        lock.unlock()
        report(stage, d, total)
    }
}
