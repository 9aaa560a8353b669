/// A problem found in an input file, with the line it is on (1-based; nil for the whole file).
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// The item is larger than the size limit (`--max-bytes`): left out on purpose, not broken.
    public var isTooLarge = false

    public init(file: String, line: Int? = nil, message: String, isTooLarge: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.isTooLarge = isTooLarge
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
