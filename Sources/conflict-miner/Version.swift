/// The version `conflict-miner --version` prints. Raise it with every release that changes output.
enum ConflictMinerVersion {
    static let string = "0.1.0"
}
