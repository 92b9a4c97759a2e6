public import PatrolData

extension SpeedTable {
    /// This table with `overrides` applied: speeds and factors merge key by key (0 closes),
    /// numbers and lists that are set replace this table's.
    public func applying(_ overrides: ModeOverrides) -> SpeedTable {
        var table = self
        table.base.merge(overrides.highway) { _, new in new }
        table.trackType.merge(overrides.trackType) { _, new in new }
        table.surface.merge(overrides.surface) { _, new in new }
        table.smoothness.merge(overrides.smoothness) { _, new in new }
        table.minimumWidth = overrides.minimumWidth ?? minimumWidth
        table.comfortableWidth = overrides.comfortableWidth ?? comfortableWidth
        table.narrowFactor = overrides.narrowFactor ?? narrowFactor
        table.wetUnpavedFactor = overrides.wetUnpavedFactor ?? wetUnpavedFactor
        table.obeysOneway = overrides.obeysOneway ?? obeysOneway
        table.access = overrides.access ?? access
        table.pavedSurfaces = overrides.pavedSurfaces.map(Set.init) ?? pavedSurfaces
        table.unpavedHighways = overrides.unpavedHighways.map(Set.init) ?? unpavedHighways
        return table
    }
}
