/// The version `conflict-miner --version` prints. Raise it with every release that changes output.
public enum ConflictMinerVersion {
    public static let string = "0.1.0"
}
