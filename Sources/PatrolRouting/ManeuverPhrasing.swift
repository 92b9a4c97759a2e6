public import PatrolData

/// The words of turn-by-turn directions: every sentence a ``Maneuver`` becomes, in Chinese
/// and English.
///
/// Detection (``Directions``) decides what happens; this type alone decides how it is said.
public enum ManeuverPhrasing {
    /// The instruction for `maneuver` followed by `run`, the forks passed on the road it leads
    /// onto: `右转进入CG-1;再沿CG-1行驶 2.1 公里,途经 3 个岔路口` / `Turn right onto CG-1; then
    /// follow CG-1 for 2.1 km through 3 junctions`.
    public static func instruction(_ maneuver: Maneuver, then run: FollowRun?, region: RoadRegion = .china) -> Localized {
        let first = instruction(maneuver, region: region)
        guard let run, !run.forks.isEmpty else { return first }
        let road = RoadDescription.phrase(run.road, region: region)
        let count = run.forks.count
        return Localized(
            en: first.en + "; then follow \(road.en) for \(metres(run.distance, .en)) through \(count) junction\(count == 1 ? "" : "s")",
            zh: first.zh + ";再沿\(road.zh)\(run.mode == .foot ? "步行" : "行驶") \(metres(run.distance, .zh)),途经 \(count) 个岔路口")
    }

    /// The instruction for `maneuver` in both languages, unnamed roads called as in `region`.
    public static func instruction(_ maneuver: Maneuver, region: RoadRegion = .china) -> Localized {
        switch maneuver {
        case .depart(let start, let road): depart(start, road, region)
        case .turn(let turn, let road, let landmark): self.turn(turn, onto: road, landmark: landmark, region)
        case .fork(let fork): self.fork(fork, namingLandmark: true, region)
        case .follow(let run): follow(run, region)
        case .roundabout(let passage): roundabout(passage, region)
        case .splitJunction(let split): splitJunction(split, region)
        case .park(let mode, let road, let landmark, let fork): park(mode, along: road, landmark: landmark, fork: fork, region)
        case .leaveRoad(let bearing, let distance): leaveRoad(bearing, distance)
        case .arrive(let destination, let lastWalk): arrive(destination, lastWalk: lastWalk)
        }
    }

    private static func depart(_ startName: String, _ first: Maneuver.FirstRoad?, _ region: RoadRegion) -> Localized {
        let start = Localized(name: startName)
        guard let first else {
            return Localized(en: "Start at \(start.en) and walk to the destination", zh: "从\(start.zh)出发,步行前往目的地")
        }
        let road = RoadDescription.phrase(first.tags, region: region)
        let heading = compass(first.bearing)
        let verb = first.mode.name(.en)
        guard let walk = first.walkBefore else {
            return Localized(
                en: "Start at \(start.en) and \(verb) \(heading.en) on \(road.en)",
                zh: "从\(start.zh)出发,沿\(road.zh)向\(heading.zh)\(first.mode.name(.zh))")
        }
        return Localized(
            en: "Start at \(start.en), walk \(metres(walk, .en)) to \(road.en), then \(verb) \(heading.en)",
            zh: "从\(start.zh)出发,步行 \(metres(walk, .zh))到\(road.zh),再向\(heading.zh)\(first.mode.name(.zh))")
    }

    /// `Turn left onto 小河路`.
    private static func turn(_ turn: TurnClass, onto tags: [String: String], landmark: String?, _ region: RoadRegion) -> Localized {
        let verb = self.verb(turn)
        let road = RoadDescription.phrase(tags, region: region)
        return Localized(
            en: capitalized(verb.en) + " onto \(road.en)" + nearby(landmark, .en),
            zh: nearby(landmark, .zh, as: .place) + "\(verb.zh)进入\(road.zh)")
    }

    /// `沿县道X316 行驶 4.9 公里,途经 11 个岔路口,均走县道X316` / `Follow X316 for 4.9 km through 11 junctions, staying on X316`.
    private static func follow(_ run: FollowRun, _ region: RoadRegion) -> Localized {
        let road = RoadDescription.phrase(run.road, region: region)
        let label = RoadDescription.label(run.road, region: region)
        let count = run.forks.count
        let verb = run.mode == .foot ? "步行" : "行驶"
        return Localized(
            en: "Follow \(road.en) for \(metres(run.distance, .en)) through \(count) junction\(count == 1 ? "" : "s"), staying on \(road.en)",
            zh: "沿\(road.zh)\(verb) \(metres(run.distance, .zh)),途经 \(count) 个岔路口,均走\(label.zh)")
    }

    /// `在环岛走第 2 个出口,进入X` / `At the roundabout take the 2nd exit onto X`.
    private static func roundabout(_ passage: RoundaboutPassage, _ region: RoadRegion) -> Localized {
        let at = Localized(
            en: "At the roundabout" + nearby(passage.landmark, .en), zh: "在" + nearby(passage.landmark, .zh, as: .attribute) + "环岛")
        guard passage.exit > 0 else {
            return Localized(en: "Enter the roundabout" + nearby(passage.landmark, .en), zh: "进入" + nearby(passage.landmark, .zh, as: .attribute) + "环岛")
        }
        let road = RoadDescription.phrase(passage.road, region: region)
        return Localized(
            en: at.en + " take the \(numbered(passage.exit)) exit onto \(road.en)", zh: at.zh + "走第 \(passage.exit) 个出口,进入\(road.zh)")
    }

    /// `左转进入X` for a turn across a dual carriageway; `直行穿过路口,继续走X` when the route crosses it on its road.
    private static func splitJunction(_ split: SplitJunction, _ region: RoadRegion) -> Localized {
        let road = RoadDescription.phrase(split.road, region: region)
        if split.staysOnRoad, split.turn == .straight {
            return Localized(
                en: "Go straight across the junction" + nearby(split.landmark, .en) + ", staying on \(road.en)",
                zh: nearby(split.landmark, .zh, as: .place) + "直行穿过路口,继续走\(road.zh)")
        }
        return turn(split.turn, onto: split.road, landmark: split.landmark, region)
    }

    private static func park(_ mode: TravelMode, along tags: [String: String], landmark: String?, fork: Fork?, _ region: RoadRegion) -> Localized {
        let road = RoadDescription.phrase(tags, region: region)
        let park = Localized(
            en: "Park here" + nearby(landmark, .en) + " and go on \(mode == .foot ? "foot" : mode.rawValue) along \(road.en)",
            zh: "在此停车" + nearby(landmark, .zh) + ",沿\(road.zh)\(mode.name(.zh))前进")
        guard let fork else { return park }
        // The landmark is named once, with the parking place.
        let choice = self.fork(fork, namingLandmark: false, region)
        return Localized(en: park.en + ". " + choice.en, zh: park.zh + ";" + choice.zh)
    }

    private static func leaveRoad(_ bearing: Double, _ distance: Double) -> Localized {
        let heading = compass(bearing)
        return Localized(
            en: "Leave the road and walk \(heading.en) \(metres(distance, .en)) to the door",
            zh: "离开道路,向\(heading.zh)步行 \(metres(distance, .zh))到门口")
    }

    private static func arrive(_ destinationName: String, lastWalk: Double?) -> Localized {
        let destination = Localized(name: destinationName)
        guard let walk = lastWalk else { return Localized(en: "Arrive at \(destination.en)", zh: "到达\(destination.zh)") }
        return Localized(
            en: "Arrive at \(destination.en) (last \(metres(walk, .en)) on foot)",
            zh: "到达\(destination.zh)(最后 \(metres(walk, .zh))步行)")
    }

    /// `At the 3-way fork by 土地庙, take the right branch, 小河路; do not take the lane on the left`; `…, keep
    /// on 小河路 (the right branch); …` when the branch taken is the road arrived on.
    ///
    /// A sharp turn or a hairpin is said as such; a branch the mode may not enter says why.
    private static func fork(_ fork: Fork, namingLandmark: Bool, _ region: RoadRegion) -> Localized {
        let landmark = namingLandmark ? fork.landmark : nil
        let taken = fork.taken
        let avoided = fork.avoided
        let takenRoad = road(taken, region)
        let bend = self.bend(taken.turnAngle)
        let choiceEn =
            fork.staysOnRoad
            ? "keep on \(takenRoad.en) (\(takenPosition(taken.position))\(bend.map { ", " + $0.en } ?? ""))"
            : "take \(takenPosition(taken.position)), \(takenRoad.en)" + (bend.map { " (\($0.en))" } ?? "")
        let en =
            "At the \(fork.ways)-way fork" + nearby(landmark, .en) + ", " + choiceEn
            + "; do not take " + list(avoided.map { road($0, region).en + " " + avoidedPosition($0.position) + closure($0, .en) })
        let choiceZh = (fork.staysOnRoad ? "继续走" : "走") + position(taken.position) + takenRoad.zh + (bend.map { "(\($0.zh))" } ?? "")
        let zh =
            "在" + nearby(landmark, .zh, as: .attribute) + "\(chineseCount(fork.ways))岔路口" + choiceZh
            + ",不要走" + avoided.map { position($0.position) + road($0, region).zh + closure($0, .zh) }.joined(separator: "或")
        return Localized(en: en, zh: zh)
    }

    /// A sharp turn or a hairpin at a fork: `sharp left` / `向左急转弯`, `hairpin left` / `向左掉头弯`; nil for milder turns.
    private static func bend(_ angle: Double) -> Localized? {
        let left = angle > 0
        switch TurnClass(angle: angle) {
        case .sharpLeft, .sharpRight: return Localized(en: left ? "sharp left" : "sharp right", zh: left ? "向左急转弯" : "向右急转弯")
        case .uTurn: return Localized(en: left ? "hairpin left" : "hairpin right", zh: left ? "向左掉头弯" : "向右掉头弯")
        default: return nil
        }
    }

    /// Why an avoided branch is closed to the mode: ` (too narrow)` / `(路太窄)`; empty when it is open.
    private static func closure(_ branch: ForkBranch, _ language: Language) -> String {
        guard let closure = branch.closure else { return "" }
        let words: Localized =
            switch closure {
            case .tooNarrow: Localized(en: "too narrow", zh: "路太窄")
            case .footOnly: Localized(en: "foot only", zh: "仅供步行")
            case .closedInWetSeason: Localized(en: "closed in the wet season", zh: "雨季不通")
            case .noAccess: Localized(en: "no entry", zh: "禁止通行")
            case .oneWay: Localized(en: "one way", zh: "单行道")
            case .impassable: Localized(en: "impassable", zh: "无法通行")
            case .notForMode: Localized(en: "closed to this mode", zh: "不能通行")
            }
        return language == .en ? " (\(words.en))" : "(\(words.zh))"
    }

    /// A branch's road with its slope: `the uphill track` / `上坡的土路`, `uphill CG-2`; an
    /// unnamed road with its surface, to tell look-alikes apart: `水泥便道`.
    private static func road(_ branch: ForkBranch, _ region: RoadRegion) -> Localized {
        var slope = Localized(en: "", zh: "")
        if let climb = branch.climb, climb >= Directions.climbThreshold { slope = Localized(en: "uphill ", zh: "上坡的") }
        if let climb = branch.climb, climb <= -Directions.climbThreshold { slope = Localized(en: "downhill ", zh: "下坡的") }
        let article = RoadDescription.signposted(branch.tags) == nil ? "the " : ""
        let label = RoadDescription.surfaced(branch.tags, region: region)
        return Localized(en: article + slope.en + label.en, zh: slope.zh + label.zh)
    }

    /// The branch to take: `the left branch`, `the middle branch`, `the third branch from the left`.
    private static func takenPosition(_ position: BranchPosition) -> String {
        if let side = position.side { return "the \(side.rawValue) branch" }
        return "the \(ordinal(position.fromLeft)) branch from the left"
    }

    /// Where an avoided branch lies, after its road: `on the left`, `in the middle`, `second from the left`.
    private static func avoidedPosition(_ position: BranchPosition) -> String {
        switch position.side {
        case .left: "on the left"
        case .right: "on the right"
        case .middle: "in the middle"
        case nil: "\(ordinal(position.fromLeft)) from the left"
        }
    }

    /// `左侧`, `中间`, `右侧`, or `左数第3条` with four branches or more.
    private static func position(_ position: BranchPosition) -> String {
        switch position.side {
        case .left: "左侧"
        case .middle: "中间"
        case .right: "右侧"
        case nil: "左数第\(position.fromLeft)条"
        }
    }

    /// The verb phrase of a turn: `左转` / `turn left`.
    private static func verb(_ turn: TurnClass) -> Localized {
        switch turn {
        case .straight: Localized(en: "continue straight", zh: "直行")
        case .slightLeft: Localized(en: "bear left", zh: "稍向左")
        case .left: Localized(en: "turn left", zh: "左转")
        case .sharpLeft: Localized(en: "turn sharp left", zh: "向左急转")
        case .uTurn: Localized(en: "make a U-turn", zh: "掉头")
        case .sharpRight: Localized(en: "turn sharp right", zh: "向右急转")
        case .right: Localized(en: "turn right", zh: "右转")
        case .slightRight: Localized(en: "bear right", zh: "稍向右")
        }
    }

    /// How a Chinese instruction mentions a landmark.
    private enum LandmarkPhrase {
        /// `(土地庙旁)`, after the clause it locates.
        case aside
        /// `在土地庙旁`, opening a clause: "在土地庙旁左转".
        case place
        /// `土地庙旁的`, before a noun: "在土地庙旁的三岔路口".
        case attribute
    }

    /// ` by Sigou Tudimiao` in English (the name in Pinyin), the Chinese `phrase` for it, or empty without a landmark.
    private static func nearby(_ landmark: String?, _ language: Language, as phrase: LandmarkPhrase = .aside) -> String {
        guard let name = landmark else { return "" }
        if language == .en { return " by \(Pinyin.name(name, in: .en))" }
        switch phrase {
        case .aside: return "(\(name)旁)"
        case .place: return "在\(name)旁"
        case .attribute: return "\(name)旁的"
        }
    }

    /// Compass direction of a bearing (degrees clockwise from north): `东北` / `northeast`.
    private static func compass(_ bearing: Double) -> Localized {
        let names: [(String, String)] = [
            ("north", "北"), ("northeast", "东北"), ("east", "东"), ("southeast", "东南"),
            ("south", "南"), ("southwest", "西南"), ("west", "西"), ("northwest", "西北"),
        ]
        var octant = Int((bearing / 45).rounded()) % 8
        if octant < 0 { octant += 8 }
        return Localized(en: names[octant].0, zh: names[octant].1)
    }

    /// `A`, `A or B`, `A, B or C`.
    private static func list(_ items: [String]) -> String {
        guard items.count > 2 else { return items.joined(separator: " or ") }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `21st`.
    private static func numbered(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// `first`, `second`, … `tenth`, then `11th`, `12th`, `21st`.
    private static func ordinal(_ n: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if (1...10).contains(n) { return words[n - 1] }
        return numbered(n)
    }

    /// `三` for a three-way fork: Chinese numerals to nine, digits beyond.
    private static func chineseCount(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return n < 10 ? digits[n] : "\(n)"
    }

    /// `120 米` / `120 m`, or kilometres with one decimal from 1 km.
    private static func metres(_ m: Double, _ language: Language) -> String {
        if m >= 1000 {
            let km = (m / 100).rounded() / 10
            return language == .zh ? "\(km) 公里" : "\(km) km"
        }
        let whole = Int(m.rounded())
        return language == .zh ? "\(whole) 米" : "\(whole) m"
    }
}
