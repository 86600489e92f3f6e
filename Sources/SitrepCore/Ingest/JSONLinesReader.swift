import Foundation

/// Lines of a file handle, read in chunks (the input may be larger than memory), one at a time
/// or in batches for concurrent work.
///
/// A batch holds the lines already read and complete, up to a bound, so that a writer feeding
/// lines one by one through a pipe still gets each answer without waiting for a batch to fill.
public struct JSONLinesReader: Sequence, IteratorProtocol {
    let handle: FileHandle
    var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts: lines are read off the front without moving
    /// the rest each time; the read part is dropped when the next chunk comes in.
    var start = 0
    var finished = false
    /// Bytes asked of the handle per read.
    let chunkSize: Int

    public init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line (without its "\n"), reading more input when no complete line is buffered;
    /// nil at the end. A last line without "\n" is returned too.
    public mutating func next() -> String? {
        while true {
            if let line = bufferedLine() { return line }
            if finished {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            buffer.removeSubrange(..<start)
            start = 0
            if readChunk() == 0 { finished = true }
        }
    }

    /// The next line, then every further line already complete in the buffer, up to `limit`
    /// lines in all; empty at the end of the input.
    public mutating func nextBatch(limit: Int) -> [String] {
        guard let first = next() else { return [] }
        var batch = [first]
        while batch.count < limit, let line = bufferedLine() { batch.append(line) }
        return batch
    }

    /// Appends what one `read` gives, up to ``chunkSize`` bytes; 0 at the end of the input (or
    /// on a read error, which ends it too). POSIX `read` returns what a pipe holds as soon as it
    /// holds something, where `FileHandle.readData(ofLength:)` waits for the whole length, so a
    /// line written into a pipe is answered before the next one comes.
    private mutating func readChunk() -> Int {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { read(handle.fileDescriptor, $0.baseAddress! + old, chunkSize) }
        } while n < 0 && errno == EINTR
        buffer.removeLast(chunkSize - Swift.max(n, 0))
        return Swift.max(n, 0)
    }

    /// A complete line from the buffer, if one is there.
    private mutating func bufferedLine() -> String? {
        guard let nl = buffer[start...].firstIndex(of: 0x0A) else { return nil }
        let line = String(decoding: buffer[start..<nl], as: UTF8.self)
        start = nl + 1
        return line
    }
}
