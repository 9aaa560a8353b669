/// Data a test suite loads from the project (gazetteers, lexicons, tables), loaded once. A load
/// that fails is the failure of every test that uses it, with the loader's message; a suite
/// never skips itself because its data is missing.
struct Loaded<Value: Sendable>: Sendable {
    struct Failure: Error, CustomStringConvertible, Sendable {
        let description: String
    }

    private let result: Result<Value, Failure>

    init(_ what: String, _ load: () throws -> Value) {
        do {
            result = .success(try load())
        } catch {
            result = .failure(Failure(description: "cannot load \(what): \(error)"))
        }
    }

    /// The value, or the load's error.
    func get() throws -> Value { try result.get() }
}
