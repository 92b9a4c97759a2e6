/// The issues a streaming reader collects about the elements it skips, bounded: the first
/// ``InputLimits/issuesPerFile`` are kept and the rest only counted, so a file of millions of
/// bad elements cannot fill memory with messages.
public struct BoundedIssues: Sendable {
    /// The issues kept, in file order.
    public private(set) var kept: [InputIssue] = []
    /// How many more there were.
    public private(set) var dropped = 0

    /// An empty list.
    public init() {}

    /// Keeps `issue`, or counts it once the list is full.
    public mutating func append(_ issue: InputIssue) {
        if kept.count < InputLimits.issuesPerFile {
            kept.append(issue)
        } else {
            dropped += 1
        }
    }

    /// The kept issues, followed by one that says how many more were left out (naming
    /// `file`) when any were.
    public func issues(file: String) -> [InputIssue] {
        guard dropped > 0 else { return kept }
        return kept + [
            InputIssue(
                .warning, file: file,
                message: Localized(
                    en: "\(dropped) more skipped elements are not listed (only the first \(InputLimits.issuesPerFile) are)",
                    zh: "另有 \(dropped) 个跳过的元素未列出(只列出前 \(InputLimits.issuesPerFile) 个)"))
        ]
    }
}
