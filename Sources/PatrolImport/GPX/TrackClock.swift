import PatrolData

/// Checks the times of one track segment as its points arrive: a time before GPS existed
/// (year 0000 and the like, what a receiver without a fix writes) or earlier than the
/// point before it cannot be right, and would mislead the speed-spike filter.
struct TrackClock {
    /// 1980-01-06T00:00:00Z, the start of GPS time, in seconds since 1970.
    static let gpsEpoch = 315_964_800.0

    /// The last good time and the line of its point.
    private var last: (time: Double, line: Int)?

    /// Why `point`'s time cannot be used, or `nil` when it can (or it has none); a good
    /// time becomes the one the next point is compared with.
    mutating func problem(with point: GPXPoint) -> Localized? {
        guard let time = point.time else { return nil }
        guard time >= Self.gpsEpoch else {
            return Localized(
                en: "time \(ISOTime.text(time)) is before GPS existed (1980); the point is kept without it",
                zh: "时间 \(ISOTime.text(time)) 早于 GPS 出现(1980 年);该点保留但不带时间")
        }
        if let last, time < last.time {
            return Localized(
                en: "time \(ISOTime.text(time)) goes back \(Self.duration(last.time - time)) from the point on line \(last.line); the point is kept without it",
                zh: "时间 \(ISOTime.text(time)) 比第 \(last.line) 行的点早 \(Self.duration(last.time - time));该点保留但不带时间")
        }
        last = (time, point.line)
        return nil
    }

    /// `12 s`, `5 min`, `3 h`, `2 d`: enough to tell a swapped pair from a clock reset.
    private static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<120: "\(Int(seconds.rounded())) s"
        case ..<7_200: "\(Int((seconds / 60).rounded())) min"
        case ..<172_800: "\(Int((seconds / 3_600).rounded())) h"
        default: "\(Int((seconds / 86_400).rounded())) d"
        }
    }
}
