/// Writes the household ledger as `households.csv` (UTF-8, our English column names).
public enum HouseholdWriter {
    /// The column names, in order.
    public static let header = ["id", "village", "group", "number", "lon", "lat", "head", "members", "phone", "tags", "note"]

    /// The ledger with each household's ``Household/sourceCoordinate`` rounded to `decimals`
    /// (7 for degrees, 2 for metres); tags joined with `;`.
    public static func csv(_ households: [Household], decimals: Int) -> String {
        let rows = households.map { h -> [String] in
            [
                h.id, h.village, h.group, h.number,
                JSONWriter.compact(.number(h.sourceCoordinate.x, decimals: decimals)),
                JSONWriter.compact(.number(h.sourceCoordinate.y, decimals: decimals)),
                h.head, String(h.members), h.phone, h.tags.joined(separator: ";"), h.note,
            ]
        }
        return CSVWriter.table(header: header, rows: rows)
    }
}
