/// Synthetic personal names: a surname drawn by national frequency (with each village's own
/// common surnames weighted up, as in real single-lineage villages) and one or two given-name
/// characters in the style of the holder's generation.
///
/// Any resemblance to a real person is chance: names are drawn, never looked up.
enum ChineseNames {
    /// Surnames with their approximate share of China's population in percent (2020 census order).
    static let surnames: [(String, Double)] = [
        ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.5), ("杨", 3.1), ("黄", 2.5), ("赵", 2.0),
        ("吴", 2.0), ("周", 1.9), ("徐", 1.5), ("孙", 1.4), ("马", 1.3), ("朱", 1.3), ("胡", 1.2), ("郭", 1.1),
        ("何", 1.1), ("林", 1.0), ("高", 1.0), ("罗", 0.9), ("郑", 0.9), ("梁", 0.8), ("谢", 0.7), ("宋", 0.7),
        ("唐", 0.7), ("许", 0.6), ("韩", 0.6), ("邓", 0.6), ("冯", 0.6), ("曹", 0.6), ("彭", 0.5), ("曾", 0.5),
        ("肖", 0.5), ("田", 0.5), ("董", 0.5), ("潘", 0.4), ("袁", 0.4), ("蔡", 0.4), ("蒋", 0.4), ("余", 0.4),
        ("于", 0.4), ("杜", 0.4), ("叶", 0.4), ("程", 0.4), ("魏", 0.4), ("苏", 0.3), ("吕", 0.3), ("丁", 0.3),
        ("任", 0.3), ("卢", 0.3), ("姚", 0.3), ("沈", 0.3), ("钟", 0.3), ("姜", 0.3), ("崔", 0.3), ("谭", 0.3),
        ("陆", 0.2), ("范", 0.2), ("汪", 0.2), ("廖", 0.2), ("石", 0.2), ("金", 0.2), ("贾", 0.2), ("夏", 0.2),
        ("付", 0.2), ("方", 0.2), ("雷", 0.2), ("白", 0.2), ("侯", 0.2), ("段", 0.15), ("郝", 0.15), ("孔", 0.1),
        // Common in the Weinan area beyond their national share.
        ("党", 0.15), ("屈", 0.1), ("寇", 0.08), ("薛", 0.15), ("樊", 0.1), ("史", 0.15), ("惠", 0.05), ("呼", 0.04),
    ]

    /// Given-name characters for men born before about 1965.
    static let olderMale = Array("建国军民德明忠文志福贵宝成生学平安才荣财发海山林春俊祥顺义仁")
    /// Given-name characters for men born since about 1965.
    static let youngerMale = Array("伟强磊涛斌超鹏辉刚勇杰峰波亮军浩宇博凯龙飞健鑫晨阳华东")
    /// Given-name characters for women born before about 1965.
    static let olderFemale = Array("秀兰英芳桂珍凤玉淑梅琴花菊云霞香娥莲")
    /// Given-name characters for women born since about 1965.
    static let youngerFemale = Array("丽娟静敏燕艳红霞婷娜芳琳雪梅倩蓉丹萍")

    /// A name; `favoured` surnames are much more likely (a village's founding families).
    static func name(male: Bool, older: Bool, favoured: [String], random: inout RandomSource) -> String {
        let surname: String
        if !favoured.isEmpty, random.chance(0.45) {
            surname = favoured[random.pick(weights: favoured.indices.map { 1.0 / Double($0 + 1) })]
        } else {
            surname = surnames[random.pick(weights: surnames.map(\.1))].0
        }
        let pool = male ? (older ? olderMale : youngerMale) : (older ? olderFemale : youngerFemale)
        var given = String(random.element(pool))
        if random.chance(older ? 0.75 : 0.55) {
            var second = random.element(pool)
            while String(second) == given { second = random.element(pool) }
            given.append(second)
        }
        return surname + given
    }
}
