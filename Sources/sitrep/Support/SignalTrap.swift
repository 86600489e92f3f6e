import Dispatch
import Foundation

/// Turns SIGINT/SIGTERM into a call of `handler` (the batch then stops starting files and ends
/// cleanly, so no partial output is left); a second signal exits at once.
final class SignalTrap: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let signals: [Int32]

    init(_ signals: [Int32], handler: @escaping @Sendable () -> Void) {
        self.signals = signals
        for s in signals {
            signal(s, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: s, queue: .global())
            var seen = false
            source.setEventHandler {
                if seen { exit(130) }
                seen = true
                FileHandle.standardError.write(Data("\nsitrep: stopping after the files in progress (signal again to quit now)\n".utf8))
                handler()
            }
            source.resume()
            sources.append(source)
        }
    }

    func release() {
        for s in sources { s.cancel() }
        for s in signals { signal(s, SIG_DFL) }
    }
}
