import PatrolData
import Testing
import _PatrolTestSupport

@Suite("Hanyu Pinyin of place names")
struct PinyinTests {
    @Test(
        "names romanise as a gazetteer writes them: specific part one word, generic terms apart, numbered roads by number",
        arguments: [
            ("寺沟村", "Sigou Cun"), ("县道X316", "X316"), ("董村", "Dongcun"), ("宫里派出所", "Gongli Paichusuo"),
            ("董村便民户籍室", "Dongcun Bianmin Hujishi"), ("宫里镇中心卫生院", "Gongli Zhen Zhongxin Weishengyuan"),
            ("南社村村委会", "Nanshe Cun Cunweihui"), ("马家堡村", "Majiabao Cun"), ("寺沟土地庙", "Sigou Tudimiao"),
            ("黄家河水库", "Huangjiahe Shuiku"), ("东陈古槐树", "Dongchen Guhuaishu"), ("石桥村", "Shiqiao Cun"), ("宫东桥", "Gongdong Qiao"),
            ("宫里派出所辖区", "Gongli Paichusuo Xiaqu"), ("小河乡 (tiny test map)", "Xiaohe Xiang (tiny test map)"),
            ("青石岭村8组34号", "Qingshiling Cun 8 Zu 34 Hao"), ("Soldeu", "Soldeu"),
        ])
    func knownNames(name: String, pinyin: String) {
        let romanized = Pinyin.placeName(name)
        #expect(romanized.text == pinyin)
        #expect(romanized.missing.isEmpty)
    }

    @Test("English sentences built elsewhere get their Chinese names in Pinyin, everything else kept")
    func sentences() {
        #expect(
            Pinyin.romanizingNames(in: "the road nearest 青石岭村8组34号 open to cars (12 m)") == "the road nearest Qingshiling Cun 8 Zu 34 Hao open to cars (12 m)")
        #expect(Pinyin.romanizingNames(in: "no post can reach 寺沟村, via 县道X316.") == "no post can reach Sigou Cun, via X316.")
        #expect(Pinyin.romanizingNames(in: "Soldeu: 12 m") == "Soldeu: 12 m")
        #expect(Localized(name: "宫里派出所") == Localized(en: "Gongli Paichusuo", zh: "宫里派出所"))
        #expect(Pinyin.name("寺沟村", in: .zh) == "寺沟村")
        #expect(Pinyin.name("Avinguda Meritxell", in: .en) == "Avinguda Meritxell")
    }

    @Test("a character without an entry is kept and reported, never dropped")
    func missingCharacter() {
        let romanized = Pinyin.placeName("宫䶮里䶮村")
        #expect(romanized.text == "Gong䶮li䶮 Cun")
        #expect(romanized.missing == ["䶮"])
    }

    @Test("every village, post, landmark and road name of tiny and gongli romanises completely")
    func sampleMapsComplete() throws {
        for map in [try Fixtures.tiny(), try Fixtures.gongli()] {
            let names = map.villages.map(\.name) + map.posts.map(\.name) + map.landmarks.map(\.name) + map.roads.compactMap(\.name) + [map.manifest.title]
            let missing = Set(names.flatMap { Pinyin.placeName($0).missing })
            #expect(missing.isEmpty, "\(map.manifest.name): \(missing.sorted())")
            #expect(names.allSatisfy { !Pinyin.placeName($0).text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        }
    }
}
