public import ArgumentParser
public import PatrolRouting

extension TravelProfile: ExpressibleByArgument {}
extension Season: ExpressibleByArgument {}

/// `--profile` and `--season`, shared by every command that travels.
struct RoutingOptions: ParsableArguments {
    @Option(help: "Travel profile: car, motorcycle, foot, or car+foot (drive as far as a car goes, walk the rest).")
    var profile: TravelProfile = .carFoot

    @Option(help: "Season: dry, or wet (fords and other seasonal=wet_impassable roads closed, unpaved roads slower).")
    var season: Season = .dry
}
