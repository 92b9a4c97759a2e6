internal import CProj

/// Owns one PROJ context and collects the messages PROJ logs on it.
///
/// A PROJ context is not thread-safe, so this class is deliberately not `Sendable`:
/// each thread or task that transforms coordinates makes its own.
final class ProjContext {
    /// The raw context handle.
    let handle: OpaquePointer
    private let log: LogBuffer

    /// Messages PROJ has logged since the last ``takeLog()``.
    final class LogBuffer {
        var lines: [String] = []
    }

    init() {
        handle = proj_context_create()
        log = LogBuffer()
        let box = Unmanaged.passUnretained(log).toOpaque()
        proj_log_level(handle, PJ_LOG_ERROR)
        proj_log_func(handle, box) { data, _, message in
            guard let data, let message else { return }
            let buffer = Unmanaged<LogBuffer>.fromOpaque(data).takeUnretainedValue()
            buffer.lines.append(String(cString: message))
        }
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// Returns and clears what PROJ logged, falling back to the context's error string.
    func takeLog() -> String {
        var text = log.lines.joined(separator: "; ")
        log.lines.removeAll()
        if text.isEmpty {
            let errno = proj_context_errno(handle)
            if errno != 0, let s = proj_context_errno_string(handle, errno) {
                text = String(cString: s)
            }
        }
        return text.isEmpty ? "PROJ gave no reason" : text
    }

    /// Creates a PROJ object for `definition`, or throws with PROJ's explanation.
    func createObject(_ definition: String, crs: String) throws(ProjectionError) -> OpaquePointer {
        guard let object = proj_create(handle, definition) else {
            throw ProjectionError(crs: crs, reason: "PROJ does not know this CRS (\(takeLog()))")
        }
        return object
    }
}
