import ArgumentParser
import CommandLineSupport
import Foundation

// `conflict-miner serve` runs this program (a separate one, so that the server's libraries load
// only when serving). Usage errors exit with 2, as the main program's do.
do {
    var command = try Serve.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let usage as UsageError {
    Diagnostics.error(usage.message)
    exit(2)
} catch {
    let code = Serve.exitCode(for: error)
    if code == .success { Serve.exit(withError: error) }
    Diagnostics.error(Serve.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue)
}
