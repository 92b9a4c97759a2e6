/// The step factor θ of the Lagrangian bounds' subgradient steps (step = θ × gap / ‖g‖²):
/// starts at 2 and halves after 20 steps in a row that do not improve the best bound.
struct SubgradientStep {
    /// The current factor.
    private(set) var theta = 2.0
    private var sinceImprovement = 0

    /// True once θ is too small for further steps to matter.
    var isExhausted: Bool { theta <= 1e-4 }

    /// Records whether the last step improved the best bound.
    mutating func record(improved: Bool) {
        guard !improved else {
            sinceImprovement = 0
            return
        }
        sinceImprovement += 1
        if sinceImprovement >= 20 {
            theta /= 2
            sinceImprovement = 0
        }
    }
}
