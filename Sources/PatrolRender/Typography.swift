/// Font stack and text sizes (mm) for one page size.
struct Typography {
    /// CJK families first, so Chinese text renders wherever the map is opened.
    static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', SimHei, sans-serif"

    /// Furniture grows with the page; map labels grow more slowly.
    let pageScale: Double

    init(pageScale: Double) {
        self.pageScale = pageScale
    }

    private var mapScale: Double { pageScale.squareRoot() }

    var title: Double { 8.5 * pageScale }
    var subtitle: Double { 3.6 * pageScale }
    var heading: Double { 3.0 * pageScale }
    var body: Double { 2.4 * pageScale }
    var small: Double { 1.9 * pageScale }
    var gridLabel: Double { 1.9 * pageScale }

    var villageName: Double { 5.0 * pageScale }
    var postName: Double { 2.6 * mapScale }
    var landmarkName: Double { 2.0 * mapScale }
    var roadName: Double { 1.9 * mapScale }
    var groupName: Double { 2.3 * mapScale }
    var houseNumber: Double { 1.8 * mapScale }
    var contourLabel: Double { 1.6 * mapScale }
}

/// A rough advance width of text, good enough to keep labels apart without font files.
enum TextMetrics {
    /// The width of `text` in mm at `size` mm: CJK and full-width characters are one em,
    /// digits and Latin letters about half, spaces and punctuation less.
    /// - Complexity: O(n)
    static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += advance(scalar.value)
        }
        return ems * size
    }

    private static func advance(_ v: UInt32) -> Double {
        switch v {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x3FFFD:
            1.0
        case 0x30...0x39: 0.56
        case 0x41...0x5A: 0.66
        case 0x61...0x7A: 0.53
        case 0x20: 0.28
        case 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6C: 0.28
        case 0x2D, 0x28, 0x29, 0x5B, 0x5D: 0.36
        case 0x00B7, 0x2022: 0.36
        case 0x2014, 0x2026: 1.0
        default: 0.6
        }
    }
}
