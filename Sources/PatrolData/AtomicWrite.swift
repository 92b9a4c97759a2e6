public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// What is at a path about to be written, and so how to write it.
    enum WriteTarget: Equatable {
        /// Nothing or a regular file: write a temporary file beside it and rename it into place.
        case replaceable
        /// A character device or a pipe (`/dev/null`, `/dev/stdout`): written into, never replaced.
        case stream
        /// Something `-o` must not replace; the reason says what it is.
        case refused(String)
    }

    /// Looks at `path` without following a final symbolic link.
    static func target(_ path: String) -> WriteTarget {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .replaceable }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return .replaceable
        case S_IFDIR:
            return .refused("is a directory; give a file name")
        case S_IFCHR, S_IFIFO:
            return .stream
        case S_IFLNK:
            var linked = stat()
            if stat(path, &linked) == 0, [S_IFCHR, S_IFIFO].contains(linked.st_mode & S_IFMT) { return .stream }
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " to \($0)" } ?? ""
            return .refused("is a symbolic link\(destination); it is not replaced and its target is not written through: give the target's own path")
        default:
            return .refused("is not a regular file; it is not replaced")
        }
    }

    /// Writes `data` to `path` through a temporary file in the same folder and a rename,
    /// so readers never see a half-written file, an existing file is replaced in one step,
    /// and a failed or interrupted write leaves the old file and no debris.
    ///
    /// A directory, a symbolic link or a block device at `path` is refused (never replaced);
    /// a character device or pipe (`/dev/null`, `/dev/full`) is written into directly. A
    /// signal that ends the process (SIGINT, SIGTERM, SIGHUP) removes the temporary file;
    /// one left by SIGKILL is removed by the next write to `path` (see ``TemporaryFiles``).
    /// - Throws: ``WriteError`` with the system's reason.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        switch target(path) {
        case .refused(let reason):
            throw WriteError(path: path, reason: reason)
        case .stream:
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try write(data, to: descriptor, name: path)
        case .replaceable:
            try replace(path, with: data)
        }
    }

    /// The temporary-file-and-rename write of a regular file.
    private static func replace(_ path: String, with data: Data) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        TemporaryFiles.removeStale(in: folder, prefix: ".\(target.lastPathComponent).tmp-")
        let temporary = folder.appendingPathComponent(TemporaryFiles.name(for: target.lastPathComponent)).path
        let token = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(token) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        do {
            try write(data, to: descriptor, name: path)
            guard fsync(descriptor) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, target.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// Writes all of `data` to an open descriptor (standard output: 1), retrying short writes.
    /// - Throws: ``WriteError`` naming `name` when the system refuses (a full disk: ENOSPC).
    public static func write(_ data: Data, to descriptor: Int32, name: String) throws {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let failure { throw WriteError(path: name, reason: String(cString: strerror(failure))) }
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Data(text.utf8), to: path)
    }

    /// Writes text as UTF-8, atomically, or throws an issue naming `file` (the name the user knows).
    package static func writeAtomically(_ text: String, to path: String, reportingAs file: String) throws(InputIssue) {
        do {
            try writeAtomically(text, to: path)
        } catch {
            throw InputIssue.cannotWrite(file, error)
        }
    }
}

/// `write(2)`, under a name the `FileIO.write` methods do not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
