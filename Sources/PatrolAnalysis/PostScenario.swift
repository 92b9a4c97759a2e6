public import PatrolData

/// A what-if set of posts for a coverage study: the map's posts (or another set), with some
/// closed and new ones added.
public struct PostScenario: Sendable, Hashable {
    /// The posts to start from: the map's own, or those of a scenario file.
    public var base: [Post]
    /// Names of posts to close; each must name a post of ``base``.
    public var closed: [String]
    /// Places where new police rooms open, in order.
    public var added: [Place]

    /// Creates a scenario from `base`, closing the posts named in `closed` and adding rooms at `added`.
    public init(base: [Post], closed: [String] = [], added: [Place] = []) {
        self.base = base
        self.closed = closed
        self.added = added
    }

    /// The scenario's posts: ``base`` without the closed ones, then a police room at each added
    /// place, named `新增警务点1`, `新增警务点2`, … (`new post 1`, … in English).
    ///
    /// Throws when a closed name matches no post, or when no post is left.
    /// - Complexity: O(p × c) for p posts and c closed names.
    public func posts(map: PatrolMap, language: Language) throws(PostScenarioError) -> [Post] {
        var posts = base
        for name in closed {
            guard let index = posts.firstIndex(where: { $0.name == name }) else {
                throw .unknownPost(name, known: posts.map(\.name))
            }
            posts.remove(at: index)
        }
        for (i, place) in added.enumerated() {
            let name = language == .zh ? "新增警务点\(i + 1)" : "new post \(i + 1)"
            let source = map.coordinates.inputCoordinate(place.location)
            posts.append(Post(name: name, kind: .policeRoom, phone: "", location: place.location, sourceCoordinate: source))
        }
        guard !posts.isEmpty else { throw .noPostLeft }
        return posts
    }
}

/// Why a ``PostScenario`` has no posts to measure.
public enum PostScenarioError: Error, Sendable, Hashable {
    /// A post to close is not among the scenario's posts (listed in `known`).
    case unknownPost(String, known: [String])
    /// Every post was closed and none added.
    case noPostLeft

    /// A sentence for the user.
    public var message: Localized {
        switch self {
        case .unknownPost(let name, let known):
            let list = known.joined(separator: ", ")
            return Localized(en: "--without \(name): no such post (posts: \(list))", zh: "--without \(name):没有这个警务点(现有:\(list))")
        case .noPostLeft:
            return Localized(en: "the scenario leaves no post", zh: "该方案没有任何警务点")
        }
    }
}
