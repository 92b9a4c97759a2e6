import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PatrolData
import Testing

@Suite("Atomic writes")
struct FileIOTests {
    @Test("rewriting an existing file replaces it and leaves no temporary file behind")
    func rewrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.json").path
        try FileIO.writeAtomically("first\n", to: path)
        try FileIO.writeAtomically("second, longer\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.json"])
    }

    /// A fresh folder for one test.
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a directory, a symbolic link and a dangling link are refused and left as they were")
    func refusedTargets() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let target = folder.appendingPathComponent("roads.geojson").path
        try FileIO.writeAtomically("roads\n", to: target)
        let link = folder.appendingPathComponent("out.txt").path
        try manager.createSymbolicLink(atPath: link, withDestinationPath: "roads.geojson")
        let dangling = folder.appendingPathComponent("dangling.txt").path
        try manager.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere")
        let sub = folder.appendingPathComponent("sub").path
        try manager.createDirectory(atPath: sub, withIntermediateDirectories: false)

        for (path, reason) in [(sub, "is a directory"), (link, "is a symbolic link to roads.geojson"), (dangling, "is a symbolic link to nowhere")] {
            #expect {
                try FileIO.writeAtomically("new\n", to: path)
            } throws: { error in
                (error as? FileIO.WriteError)?.reason.hasPrefix(reason) == true
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "roads\n")
        #expect(try manager.destinationOfSymbolicLink(atPath: link) == "roads.geojson")
        #expect(try manager.contentsOfDirectory(atPath: sub).isEmpty)
        #expect(try manager.contentsOfDirectory(atPath: folder.path).sorted() == ["dangling.txt", "out.txt", "roads.geojson", "sub"])
    }

    @Test("a character device is written into, not replaced: /dev/null takes it, /dev/full says the disk is full")
    func devices() throws {
        try FileIO.writeAtomically("nothing\n", to: "/dev/null")
        #expect {
            try FileIO.writeAtomically("too much\n", to: "/dev/full")
        } throws: { error in
            (error as? FileIO.WriteError)?.reason == String(cString: strerror(ENOSPC))
        }
        var info = stat()
        #expect(lstat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a temporary file a killed process left is removed by the next write; a running process's is kept")
    func staleTemporaries() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A process id that is not running: one past the kernel's largest.
        let maximum =
            (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            ?? 4_194_304
        let dead = ".info.txt.tmp-\(maximum + 1)-deadbeef"
        let alive = ".info.txt.tmp-1-0123abcd"  // pid 1 always runs
        for name in [dead, alive] { try Data("partial".utf8).write(to: folder.appendingPathComponent(name)) }
        try FileIO.writeAtomically("done\n", to: folder.appendingPathComponent("info.txt").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [alive, "info.txt"])
    }
}
