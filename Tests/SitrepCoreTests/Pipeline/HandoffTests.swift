import Foundation
import SitrepCore
import Synchronization
import Testing

/// The producer-consumer handoff behind reading a dump's pieces ahead of annotation.
@Suite struct HandoffTests {
    struct Failure: Error, Equatable {}

    /// Items arrive in order, the producer never more than `capacity` ahead, and the end is nil.
    @Test func itemsArriveInOrderWithTheProducerOneAhead() throws {
        let handoff = Handoff<Int>(capacity: 1)
        let ahead = Mutex(0)
        let producer = Thread {
            for i in 0..<50 {
                _ = handoff.put(i)
                ahead.withLock { $0 += 1 }
            }
            handoff.finish()
        }
        producer.start()
        var taken: [Int] = []
        while let i = try handoff.take() {
            taken.append(i)
            // Put returns once the item is queued: at most the taken ones, one queued, one waiting.
            #expect(ahead.withLock { $0 } <= taken.count + 1)
        }
        #expect(taken == Array(0..<50))
        #expect(try handoff.take() == nil)
    }

    @Test func theProducersErrorComesAfterItsItems() throws {
        let handoff = Handoff<Int>(capacity: 2)
        #expect(handoff.put(1))
        handoff.finish(throwing: Failure())
        #expect(try handoff.take() == 1)
        #expect(throws: Failure()) { try handoff.take() }
    }

    /// A consumer that stops (a failed article) releases a producer waiting for room.
    @Test func stoppingReleasesAWaitingProducer() throws {
        let handoff = Handoff<Int>(capacity: 1)
        #expect(handoff.put(1))
        let released = DispatchSemaphore(value: 0)
        let result = Mutex<Bool?>(nil)
        let producer = Thread {
            result.withLock { $0 = handoff.put(2) }  // waits: no room
            released.signal()
        }
        producer.start()
        handoff.stop()
        #expect(released.wait(timeout: .now() + 5) == .success)
        #expect(result.withLock { $0 } == false)
    }
}
