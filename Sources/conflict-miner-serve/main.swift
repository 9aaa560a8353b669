import ArgumentParser
import CommandLineSupport
import Foundation

// `conflict-miner serve` runs this program (a separate one, so that the server's libraries load
// only when serving), with the main program's exit statuses.
runCommandLine(Serve.self)
