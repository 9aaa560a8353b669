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

runCommandLine(ConflictMinerCommand.self)
