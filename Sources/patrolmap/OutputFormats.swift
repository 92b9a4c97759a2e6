import ArgumentParser

/// `--format` of the commands that print a report or JSON.
enum TextOrJSONFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--format` of `route`: directions, JSON, or GeoJSON of the line and its steps.
enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson
}

/// `--format` of `coverage`: a report, JSON, one CSV row per household, or GeoJSON isochrones.
enum CoverageFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, geojson
}
