internal import CProj

/// The PROJ library this process runs on.
public enum ProjLibrary {
    /// PROJ's release number, such as `9.1.1`.
    ///
    /// Coordinates computed by one release are reused (by a compiled map) only under the same release.
    public static var version: String { String(cString: proj_info().version) }
}
