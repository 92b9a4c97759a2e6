import Foundation
import PatrolData
import PatrolGeo

/// The station's household ledger for the generated houses: ids, villager groups (组),
/// house numbers, and synthetic heads, sizes, phones, care tags and notes.
enum HouseholdLedger {
    /// Builds the ledger.
    ///
    /// Houses are numbered within their group in the order they stand; groups are runs of neighbouring
    /// houses (whole hamlets in the mountains).
    ///
    /// `toSource` converts working coordinates to the file's longitude/latitude.
    static func build(
        houses: [HouseholdPlacement.House], hamlets: [Hamlet], seats: [Point], tablelandCount: Int, names: PlaceNames,
        toSource: ([Point]) -> [Point], random: RandomSource
    ) -> [Household] {
        var random = random
        var ordered: [(village: Int, group: Int, house: HouseholdPlacement.House)] = []
        for v in names.villages.indices {
            var mine = houses.filter { $0.village == v }
            if v < tablelandCount {
                // Lane by lane from the north, west to east along each lane.
                mine.sort { a, b in
                    let ra = (a.location.y / 55).rounded()
                    let rb = (b.location.y / 55).rounded()
                    return ra != rb ? ra > rb : (a.location.x != b.location.x ? a.location.x < b.location.x : a.location.y < b.location.y)
                }
                let groupSize = random.int(70...110)
                for (i, house) in mine.enumerated() { ordered.append((v, i / groupSize + 1, house)) }
            } else {
                // Hamlet by hamlet outwards from the village seat; a group closes after ~55 households
                // at the next hamlet, or at 90 inside a big village core.
                let seat = seats[v]
                mine.sort { a, b in
                    let da = hamlets[a.hamlet].site.distance(to: seat)
                    let db = hamlets[b.hamlet].site.distance(to: seat)
                    if da != db { return da < db }
                    let sa = a.location.distance(to: hamlets[a.hamlet].site)
                    let sb = b.location.distance(to: hamlets[b.hamlet].site)
                    return sa != sb ? sa < sb : (a.location.x, a.location.y) < (b.location.x, b.location.y)
                }
                var group = 1
                var inGroup = 0
                var previousHamlet = -1
                for house in mine {
                    if inGroup >= 55 && (house.hamlet != previousHamlet || inGroup >= 90) {
                        group += 1
                        inGroup = 0
                    }
                    previousHamlet = house.hamlet
                    inGroup += 1
                    ordered.append((v, group, house))
                }
            }
        }
        let source = toSource(ordered.map(\.house.location))
        var phones = Set<String>()
        var households: [Household] = []
        var numberInGroup: [String: Int] = [:]
        for (i, entry) in ordered.enumerated() {
            let key = "\(entry.village)-\(entry.group)"
            numberInGroup[key, default: 0] += 1
            let farmstead =
                hamlets.indices.contains(entry.house.hamlet) && hamlets[entry.house.hamlet].households == 1
                && hamlets[entry.house.hamlet].access == .path
            let traits = HouseholdTraits.draw(favoured: names.favouredSurnames(entry.village), farmstead: farmstead, random: &random)
            var phone = HouseholdTraits.phone(random: &random)
            while !phones.insert(phone).inserted { phone = HouseholdTraits.phone(random: &random) }
            households.append(
                Household(
                    id: String(format: "H%05d", i + 1), village: names.villages[entry.village], group: String(entry.group),
                    number: String(numberInGroup[key]!), location: entry.house.location, sourceCoordinate: source[i],
                    head: traits.head, members: traits.members, phone: phone, tags: traits.tags, note: traits.note))
        }
        return households
    }
}
