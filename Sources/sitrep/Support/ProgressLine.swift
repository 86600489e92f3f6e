import Foundation
import Synchronization

/// "done / total, rate, ETA" on one rewritten line of standard error (only used on a terminal).
final class ProgressLine: Sendable {
    let total: Int
    let start = Date()
    private let lastDraw = Mutex<Date>(.distantPast)

    init(total: Int) { self.total = total }

    func update(done: Int) {
        let now = Date()
        let draw = lastDraw.withLock { last -> Bool in
            guard now.timeIntervalSince(last) > 0.1 || done == total else { return false }
            last = now
            return true
        }
        guard draw else { return }
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r%d / %d documents  %.1f/s  ETA %.0f s   ", done, total, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
