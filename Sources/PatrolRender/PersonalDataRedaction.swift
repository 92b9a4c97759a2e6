public import PatrolData

/// Removes personal data from a map before a public view is drawn.
///
/// A wall map never reads a household head, phone, tag or note because the map it draws
/// no longer holds any: the guarantee does not depend on each layer remembering to skip them.
public enum PersonalDataRedaction {
    /// `map` with every household's head, phone, tags and note emptied.
    ///
    /// - Complexity: O(households)
    public static func redact(_ map: PatrolMap) -> PatrolMap {
        var copy = map
        copy.households = map.households.map { household in
            var h = household
            h.head = ""
            h.phone = ""
            h.tags = []
            h.note = ""
            return h
        }
        copy.issues = []
        return copy
    }
}
