import ArgumentParser

/// `patrolmap import osm|dem|gpx`: real data into a map package.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import OpenStreetMap data, SRTM elevation or GPS tracks into a map package.",
        subcommands: [ImportOSMCommand.self, ImportDEMCommand.self, ImportGPXCommand.self])
}
