import PatrolData
import PatrolGeo

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for a body that throws a typed error (the standard method only
    /// rethrows `any Error`, which would lose the error's type).
    func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBytes { raw in Result { () throws(E) -> R in try body(raw) } }
        return try result.get()
    }
}

extension Array where Element == UInt8 {
    /// `withUnsafeBufferPointer` for a body that throws a typed error.
    func withBuffer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBufferPointer { buffer in Result { () throws(E) -> R in try body(buffer) } }
        return try result.get()
    }
}
