import ArgumentParser
import CommandLineSupport
import ConflictMiner
import Foundation

struct ConflictMinerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflict-miner",
        abstract: "Extract dates, casualty counts, places and armed groups from conflict news, link them into events, and score them against gold.",
        discussion: """
            Exit status: 0 when everything succeeded, 1 when some inputs failed (the others were \
            still processed), 2 on a usage error.
            """,
        version: ConflictMinerVersion.string,
        subcommands: [Extract.self, Events.self, Evaluate.self, ServeCommand.self]
    )
}

// Parse and run, mapping ArgumentParser's usage errors (EX_USAGE, 64) to the documented 2.
do {
    var command = try ConflictMinerCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let usage as UsageError {
    Diagnostics.error(usage.message)
    exit(2)
} catch {
    let code = ConflictMinerCommand.exitCode(for: error)
    if code == .success { ConflictMinerCommand.exit(withError: error) }
    Diagnostics.error(ConflictMinerCommand.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue)
}
