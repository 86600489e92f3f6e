import Foundation
import Synchronization

/// Hands values from one producer thread to one consumer, holding at most ``capacity`` at a
/// time: the producer waits while the consumer is behind, so a fast reader never runs ahead of
/// annotation by more than that many pieces of a dump.
///
/// The producer ends with ``finish(throwing:)``; the consumer may ``stop()`` it, after which
/// ``put(_:)`` returns false at once.
public final class Handoff<Element: Sendable>: Sendable {
    private struct State: ~Copyable {
        var items: [Element] = []
        var finished = false
        var stopped = false
        var failure: (any Error)?
    }

    private let state = Mutex(State())
    /// Signalled when an item or the end arrives.
    private let available = DispatchSemaphore(value: 0)
    /// Counts free places.
    private let space: DispatchSemaphore

    public init(capacity: Int = 1) { space = DispatchSemaphore(value: max(1, capacity)) }

    /// Waits for a free place and adds `item`; false when the consumer has stopped.
    public func put(_ item: Element) -> Bool {
        space.wait()
        let accepted = state.withLock { s -> Bool in
            guard !s.stopped else { return false }
            s.items.append(item)
            return true
        }
        if accepted { available.signal() } else { space.signal() }
        return accepted
    }

    /// Marks the end of the items, with the producer's error if it failed.
    public func finish(throwing error: (any Error)? = nil) {
        state.withLock { s in
            s.finished = true
            s.failure = error
        }
        available.signal()
    }

    /// The next item, or nil at the end; rethrows the producer's error once the items before
    /// it are taken.
    public func take() throws -> Element? {
        while true {
            available.wait()
            let next = try state.withLock { s throws -> Element?? in
                if !s.items.isEmpty { return .some(s.items.removeFirst()) }
                guard s.finished else { return .none }
                if let failure = s.failure { throw failure }
                return .some(nil)
            }
            switch next {
            case .some(let item):
                if item != nil { space.signal() } else { available.signal() }  // the end stays signalled
                return item
            case .none:
                continue
            }
        }
    }

    /// Tells the producer to stop: its waiting or next ``put(_:)`` returns false.
    public func stop() {
        state.withLock { $0.stopped = true }
        space.signal()
    }
}
