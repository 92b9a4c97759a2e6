/// The names of the place: the town, its villages and its main roads.
///
/// Invented for this synthetic map in the style of the Weibei tableland: villages named
/// for a founding family (董村, 马家堡), a landmark (石桥, 寺沟) or the lie of the land
/// (柳树坪, 青石岭). Township roads are named, as locally, by the first characters of the
/// places they join (宫董路 joins 宫里 and 董村).
struct PlaceNames {
    /// The jurisdiction (the township).
    let township = "宫里镇"
    /// The police station.
    let station = "宫里派出所"
    /// The county road.
    let countyRoad = "县道X316"
    /// Village names: the town first, then the tableland villages, then the mountain villages.
    let villages = [
        "宫里村", "董村", "南社村", "西寨村", "东陈村", "马家堡村",
        "石桥村", "杨家沟村", "柳树坪村", "桃花峪村", "黄家河村", "庙坡村", "青石岭村", "寺沟村",
    ]

    /// The short form used in road names: the first character.
    func initial(_ village: Int) -> String { String(villages[village].first!) }

    /// A township road's name from the places it joins.
    func roadName(from: Int, to: Int) -> String {
        from == to ? initial(to) + "村路" : initial(from) + initial(to) + "路"
    }

    /// The surnames of the families most common in village `village`: the one in its name,
    /// if any, then two others typical of the area.
    func favouredSurnames(_ village: Int) -> [String] {
        let fromName: [Int: String] = [1: "董", 4: "陈", 5: "马", 7: "杨", 10: "黄"]
        let local = ["王", "张", "李", "刘", "杨", "赵", "马", "党", "雷", "屈", "薛", "田", "高", "孙", "史", "樊"]
        var favoured: [String] = []
        if let own = fromName[village] { favoured.append(own) }
        favoured.append(local[(village * 5 + 3) % local.count])
        favoured.append(local[(village * 7 + 11) % local.count])
        return favoured
    }
}
