public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with its output in files, a deadline and a measure of its peak memory.
///
/// Unlike `Foundation.Process` this reaps the child itself with `wait4`, which reports the
/// child's own resource usage: its peak resident set size (`ru_maxrss`). Peak RSS is what a
/// memory bomb actually costs the machine; an address-space limit (`prlimit --as`) would also
/// count the virtual reservations the Swift runtime and glibc make at start-up, which have
/// nothing to do with the input.
public enum ChildProcess {
    /// How one run ended.
    public struct Outcome: Sendable {
        /// The exit status, when the program exited by itself.
        public var exitStatus: Int32?
        /// The signal that ended it, when one did (SIGKILL from the deadline included).
        public var signal: Int32?
        /// True when the deadline passed and the program was killed.
        public var timedOut: Bool
        /// Wall-clock time from start to end, in seconds.
        public var seconds: Double
        /// Processor time (user + system) the program used, in seconds.
        public var processorSeconds: Double
        /// Peak resident set size in bytes.
        public var peakBytes: Int
        /// Standard output as UTF-8 text (empty when it went elsewhere).
        public var stdout: String
        /// Standard error as UTF-8 text.
        public var stderr: String
    }

    /// A running child: its process id and where its output goes.
    public struct Running: Sendable {
        /// Process id.
        public var pid: pid_t
        /// The file standard output is written to, or `nil` when it goes to a device.
        var stdoutPath: String?
        /// The file standard error is written to.
        var stderrPath: String
        /// When the child started.
        var start: Date
    }

    /// Why a child could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        /// `strerror` of the failure.
        public var description: String
    }

    /// Starts `executable` with `arguments` in `directory`; standard input is `/dev/null`,
    /// standard output goes to `stdoutTo` when given (a device such as `/dev/full`), else to
    /// a file in `scratch`, and standard error to a file in `scratch`.
    public static func start(_ executable: String, _ arguments: [String], in directory: String, scratch: String, stdoutTo: String? = nil) throws
        -> Running
    {
        let stdoutPath = stdoutTo == nil ? scratch + "/.child-stdout" : nil
        let stderrPath = scratch + "/.child-stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let stdoutTo {
            posix_spawn_file_actions_addopen(&actions, 1, stdoutTo, O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, stdoutPath!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // `env -C` changes directory and then execs the program in the same process, so the
        // process id (and `wait4`'s figures) are the program's own.
        let launcher = "/usr/bin/env"
        let argv: [UnsafeMutablePointer<CChar>?] = ([launcher, "-C", directory, executable] + arguments).map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
        }
        // The test runner's threads block signals, and a child inherits the mask: start it
        // with none blocked and every signal at its default, as from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let start = Date()
        let code = posix_spawn(&pid, launcher, &actions, &attributes, argv, environ)
        guard code == 0 else { throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(code)))") }
        return Running(pid: pid, stdoutPath: stdoutPath, stderrPath: stderrPath, start: start)
    }

    /// Waits for the child, killing it with SIGKILL once it has used `timeout` seconds of
    /// processor time, or `wallTimeout` seconds have passed whatever it did.
    ///
    /// Processor time, not wall-clock time, is the hang measure: a busy shared machine can
    /// make a healthy run take several times longer, but a program stuck in a loop burns
    /// processor time however busy the machine is. The wall-clock limit catches a program
    /// blocked forever. Polls every 5 ms.
    public static func wait(_ child: Running, timeout: Double, wallTimeout: Double = 120) -> Outcome {
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let reaped = wait4(child.pid, &status, WNOHANG, &usage)
            if reaped == child.pid { break }
            if reaped < 0 && errno != EINTR { break }
            if !timedOut && (processorSeconds(child.pid) > timeout || Date().timeIntervalSince(child.start) > wallTimeout) {
                timedOut = true
                kill(child.pid, SIGKILL)
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(child.start)
        // WIFEXITED / WIFSIGNALED, spelled out: the C macros are not imported.
        let signal = status & 0x7F
        let read = { (path: String?) in path.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) } ?? "" }
        return Outcome(
            exitStatus: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal, timedOut: timedOut, seconds: seconds,
            processorSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            peakBytes: Int(usage.ru_maxrss) * 1024, stdout: read(child.stdoutPath), stderr: read(child.stderrPath))
    }

    /// User plus system time a running process has used so far, from `/proc/<pid>/stat`
    /// (0 when it cannot be read).
    static func processorSeconds(_ pid: pid_t) -> Double {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return 0 }
        let text = String(decoding: data, as: UTF8.self)
        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
        guard let close = text.lastIndex(of: ")") else { return 0 }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Starts the child and waits for it (see ``start(_:_:in:scratch:stdoutTo:)`` and ``wait(_:timeout:)``).
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String, scratch: String, stdoutTo: String? = nil, timeout: Double
    ) throws -> Outcome {
        wait(try start(executable, arguments, in: directory, scratch: scratch, stdoutTo: stdoutTo), timeout: timeout)
    }
}
