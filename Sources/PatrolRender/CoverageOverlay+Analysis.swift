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
        siteGains = plan.added.map { Self.gain($0.gain, plan.settings) }
        sheetKind = Localized(en: "Plan: \(EnglishCount.of(plan.added.count, "new post"))", zh: "选址规划图:新增 \(plan.added.count) 个警务点")
        table = Self.beforeAfter(plan)
    }

    /// What a proposed post gains, as its ring's note: `+1449 人`, `−42 s`.
    private static func gain(_ value: Double, _ settings: PlanSettings) -> Localized {
        switch settings.objective {
        case .coverage:
            let n = String(format: "%.0f", value)
            return settings.weighting.base == .residents
                ? Localized(en: "+\(n) residents", zh: "+\(n) 人") : Localized(en: "+\(n) households", zh: "+\(n) 户")
        case .mean, .max:
            let s = String(format: "%.0f", value)
            return Localized(en: "−\(s) s", zh: "−\(s) 秒")
        }
    }

    /// The before/after table: per threshold, households and residents today and with the new posts.
    private static func beforeAfter(_ plan: PlanResult) -> [[Localized]] {
        let header = [
            Localized(en: "Within", zh: "时限"), Localized(en: "Households", zh: "现状住户"), Localized(en: "planned", zh: "规划后"),
            Localized(en: "change", zh: "变化"), Localized(en: "Residents", zh: "现状人口"), Localized(en: "planned", zh: "规划后"),
        ]
        let rows = zip(plan.coverageBefore.thresholds, plan.coverageAfter.thresholds).map { before, after -> [Localized] in
            let m = minutes(before.minutes)
            let change = after.households - before.households
            return [
                Localized(en: "\(m) min", zh: "\(m) 分钟"), plain(before.households), plain(after.households),
                Localized(en: (change >= 0 ? "+" : "−") + String(abs(change)), zh: (change >= 0 ? "+" : "−") + String(abs(change))),
                plain(before.residents), plain(after.residents),
            ]
        }
        return [header] + rows
    }

    private static func plain(_ n: Int) -> Localized { Localized(en: String(n), zh: String(n)) }

    private static func minutes(_ m: Double) -> String {
        m == m.rounded() ? String(Int(m)) : String(format: "%.1f", m)
    }

    private static func km2(_ v: Double) -> String { String(format: "%.1f", v) }
}
