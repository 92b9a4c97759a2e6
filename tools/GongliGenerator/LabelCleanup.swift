/// Tidies a label raster (one label per cell, -1 outside) so that every region's outline is
/// a simple ring: no region touches itself only at a corner, and no stray cells stick out.
enum LabelCleanup {
    /// Repeats a 4-neighbour majority pass and a corner (checkerboard) fix until stable.
    ///
    /// A cell takes the label that at least three of its four neighbours share; in a 2×2
    /// block labelled `a b / b a`, the top-right cell takes the top-left's label.
    /// - Complexity: O(k · n) for n cells and k passes (k is small in practice, capped at 50).
    static func tidy(_ labels: inout [Int], frame: GridFrame, keepOutside: Bool) {
        for _ in 0..<50 {
            var changed = false
            for row in 0..<frame.rows {
                for column in 0..<frame.columns {
                    let i = row * frame.columns + column
                    if keepOutside && labels[i] < 0 { continue }
                    let around = [(-1, 0), (1, 0), (0, -1), (0, 1)].map { (dr, dc) in
                        frame.index(row: row + dr, column: column + dc).map { labels[$0] } ?? -1
                    }
                    for candidate in around where candidate != labels[i] {
                        if keepOutside && candidate < 0 { continue }
                        if around.filter({ $0 == candidate }).count >= 3 {
                            labels[i] = candidate
                            changed = true
                            break
                        }
                    }
                }
            }
            for row in 0..<(frame.rows - 1) {
                for column in 0..<(frame.columns - 1) {
                    let i = row * frame.columns + column
                    let a = labels[i]
                    let b = labels[i + 1]
                    if a != b && labels[i + frame.columns] == b && labels[i + frame.columns + 1] == a {
                        if keepOutside && (a < 0 || b < 0) {
                            // Keep the outline fixed: fill the outside corner instead.
                            if b < 0 { labels[i + 1] = a } else { labels[i] = b }
                        } else {
                            labels[i + 1] = a
                        }
                        changed = true
                    }
                }
            }
            if !changed { return }
        }
    }

    /// Keeps only the largest 4-connected piece of each label (labels ≥ 0); the cells of
    /// other pieces take a neighbouring label, never the outside.
    ///
    /// - Complexity: O(n) per pass.
    static func dropFragments(_ labels: inout [Int], frame: GridFrame) {
        for _ in 0..<10 {
            var component = [Int](repeating: -1, count: frame.count)
            var sizes: [Int] = []
            var componentLabel: [Int] = []
            for start in 0..<frame.count where labels[start] >= 0 && component[start] < 0 {
                let id = sizes.count
                var stack = [start]
                component[start] = id
                var size = 0
                while let cell = stack.popLast() {
                    size += 1
                    let row = cell / frame.columns
                    let column = cell % frame.columns
                    for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                        guard let next = frame.index(row: row + dr, column: column + dc),
                            component[next] < 0, labels[next] == labels[start]
                        else { continue }
                        component[next] = id
                        stack.append(next)
                    }
                }
                sizes.append(size)
                componentLabel.append(labels[start])
            }
            var largest: [Int: Int] = [:]
            for (id, label) in componentLabel.enumerated() {
                if let best = largest[label], sizes[best] >= sizes[id] { continue }
                largest[label] = id
            }
            var changed = false
            for i in 0..<frame.count where labels[i] >= 0 && largest[labels[i]] != component[i] {
                let row = i / frame.columns
                let column = i % frame.columns
                for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                    if let next = frame.index(row: row + dr, column: column + dc), labels[next] != labels[i], labels[next] >= 0 {
                        labels[i] = labels[next]
                        changed = true
                        break
                    }
                }
            }
            if !changed { return }
        }
    }

    /// Gives every outside cell that the grid's border cannot reach (a hole) the label of an
    /// inside neighbour.
    ///
    /// - Complexity: O(n)
    static func fillHoles(_ labels: inout [Int], frame: GridFrame) {
        var reached = [Bool](repeating: false, count: frame.count)
        var stack: [Int] = []
        for i in 0..<frame.count where labels[i] < 0 {
            let row = i / frame.columns
            let column = i % frame.columns
            if row == 0 || column == 0 || row == frame.rows - 1 || column == frame.columns - 1 {
                reached[i] = true
                stack.append(i)
            }
        }
        while let cell = stack.popLast() {
            let row = cell / frame.columns
            let column = cell % frame.columns
            for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                if let next = frame.index(row: row + dr, column: column + dc), !reached[next], labels[next] < 0 {
                    reached[next] = true
                    stack.append(next)
                }
            }
        }
        var changed = true
        while changed {
            changed = false
            for i in 0..<frame.count where labels[i] < 0 && !reached[i] {
                let row = i / frame.columns
                let column = i % frame.columns
                for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                    if let next = frame.index(row: row + dr, column: column + dc), labels[next] >= 0 {
                        labels[i] = labels[next]
                        changed = true
                        break
                    }
                }
            }
        }
    }
}
