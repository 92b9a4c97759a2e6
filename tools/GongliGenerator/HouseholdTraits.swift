/// One household's synthetic particulars, drawn at rates typical of a rural township in
/// Shaanxi: many small and elderly households, children left with grandparents while their
/// parents work in the cities, a few people the station keeps an eye on.
struct HouseholdTraits {
    var head: String
    var members: Int
    var tags: [String]
    var note: String

    /// Household sizes 1…7 and their shares (mean ≈ 3.3 residents).
    static let sizeShares: [Double] = [0.13, 0.23, 0.20, 0.20, 0.14, 0.07, 0.03]

    /// Draws a household; `farmstead` marks a lone house reached only on foot.
    static func draw(favoured: [String], farmstead: Bool, random: inout RandomSource) -> HouseholdTraits {
        let members = random.pick(weights: sizeShares) + 1
        var tags: [String] = []
        let alone = members == 1 && random.chance(0.7)
        if alone { tags.append("elderly_alone") }
        if members >= 3, random.chance(0.075) { tags.append("left_behind_children") }
        if random.chance(0.04) { tags.append("disability") }
        if random.chance(0.008) { tags.append("mental_health") }
        if random.chance(0.012) { tags.append("dispute") }
        if random.chance(0.005) { tags.append("key_person") }
        let older = alone || random.chance(0.45)
        let male = alone ? random.chance(0.4) : random.chance(0.86)
        let head = ChineseNames.name(male: male, older: older, favoured: favoured, random: &random)
        var note = ""
        if farmstead && random.chance(0.6) {
            note = "车辆无法到达,需沿小路步行"
        } else if tags.contains("elderly_alone") && random.chance(0.25) {
            note = random.element(["独居老人,子女在外务工", "独居,行动不便", "老人耳背,敲门需大声"])
        } else if tags.contains("left_behind_children") && random.chance(0.2) {
            note = "父母在外务工,祖父母照看孩子"
        } else if tags.contains("dispute") && random.chance(0.5) {
            note = random.element(["与邻居有宅基地纠纷", "家庭矛盾,曾多次调解"])
        } else if tags.contains("mental_health") && random.chance(0.4) {
            note = "需定期随访"
        } else if random.chance(0.02) {
            // 五保户: an old person without family, supported by the village.
            let notes = ["家有看门狗", "雨季门前道路泥泞", "电话常无人接,可联系邻居", "低保户"] + (members == 1 ? ["五保户"] : [])
            note = random.element(notes)
        }
        return HouseholdTraits(head: head, members: members, tags: tags, note: note)
    }

    /// A phone number no subscriber can have: eleven digits starting `1009`.
    ///
    /// China's numbering plan gives the `100` block to carriers' short service codes (10000, 10086, 10010);
    /// mobile numbers start 13–19 and fixed lines with a 0 area code, so no real phone line begins with
    /// 100.
    static func phone(random: inout RandomSource) -> String {
        var digits = "1009"
        for _ in 0..<7 { digits.append(String(random.int(0...9))) }
        return digits
    }
}
