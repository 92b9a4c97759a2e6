import Foundation
public import PatrolAnalysis
public import PatrolData
import PatrolGeo
import PatrolRouting

extension CoverageOverlay {
    /// The overlay of a coverage analysis: one band per threshold (the isochrones), the blind
    /// spots, and a note with the profile, season and posts.
    public init(coverage: CoverageResult, language: Language) {
        let bands = coverage.isochrones.enumerated().map { i, iso in
            let minutes = Self.minutes(iso.minutes)
            return Band(
                label: Localized(
                    en: "Within \(minutes) min of a post (\(Self.km2(iso.areaKm2)) km²)",
                    zh: "警务点 \(minutes) 分钟可达(\(Self.km2(iso.areaKm2)) 平方公里)"),
                area: MultiPolygon(iso.polygons), color: Self.palette[min(i, Self.palette.count - 1)])
        }
        let limit = Self.minutes(coverage.settings.minutes.last ?? 0)
        let blindArea = coverage.blindSpots.reduce(0) { $0 + $1.areaKm2 }
        let profile = coverage.settings.profile.name
        let season = coverage.settings.season.name
        self.init(
            bands: bands, blindSpots: MultiPolygon(coverage.blindSpots.flatMap(\.polygons)),
            blindSpotLabel: Localized(
                en: "Blind spot: beyond \(limit) min (\(Self.km2(blindArea)) km²)",
                zh: "盲区:超过 \(limit) 分钟(\(Self.km2(blindArea)) 平方公里)"),
            note: Localized(
                en:
                    "Travel times by \(profile.en), \(season.en), from \(EnglishCount.of(coverage.posts.count, "post")); \(Int(coverage.settings.cellSize)) m raster.",
                zh: "行程时间:\(profile.zh),\(season.zh),\(coverage.posts.count) 个警务点出发;栅格 \(Int(coverage.settings.cellSize)) 米。"))
    }

    /// The overlay of a plan: the coverage after, the threshold's reach before as a dashed line,
    /// and the proposed posts numbered.
    public init(plan: PlanResult, language: Language) {
        self.init(coverage: plan.coverageAfter, language: language)
        let minutes = Self.minutes(plan.settings.minutes)
        if let before = plan.coverageBefore.isochrones.first(where: { $0.minutes == plan.settings.minutes }) {
            previousReach = Reach(area: MultiPolygon(before.polygons), label: Localized(en: "Within \(minutes) min today", zh: "现状 \(minutes) 分钟可达范围"))
        }
        proposedSites = plan.added.map(\.site.location)
    }

    private static func minutes(_ m: Double) -> String {
        m == m.rounded() ? String(Int(m)) : String(format: "%.1f", m)
    }

    private static func km2(_ v: Double) -> String { String(format: "%.1f", v) }
}
