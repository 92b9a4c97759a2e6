import Foundation
import PatrolData
import PatrolGeo

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    print("usage: gongli-generator OUTPUT-FOLDER   (e.g. swift run -c release gongli-generator SampleMaps/gongli)")
    exit(2)
}
let started = Date()
do {
    let map = try GongliMap.generate { stage in
        print(String(format: "%6.2f s  %@", Date().timeIntervalSince(started), stage))
    }
    try PackageWriter(map: map).write(to: arguments[1])
    print(String(format: "%6.2f s  wrote %@", Date().timeIntervalSince(started), arguments[1]))
} catch {
    FileHandle.standardError.write(Data("gongli-generator: \(error)\n".utf8))
    exit(1)
}
