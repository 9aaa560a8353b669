import ArgumentParser
import CommandLineSupport
import ConflictMiner
import FlyingFox
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflict-miner serve",
        abstract: "Answer HTTP requests with the pipeline, loaded once.",
        discussion: """
            POST /extract and POST /events take one document {"id","text","published"} or a JSONL \
            body of many and answer with exactly the JSONL that extract and events --format jsonl \
            write. GET / is a page to paste a text into; GET /health and GET /version (version and \
            gazetteer checksums) answer in JSON. Bad requests get a 4xx JSON error that says what \
            and where; SIGTERM or SIGINT stops the server once the requests in progress are answered.
            """
    )

    @Option(help: "Address to listen on (IPv4; 127.0.0.1 keeps the server to this machine).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one (the chosen port is printed).")
    var port: Int = 8080

    @Option(name: .shortAndLong, help: "Documents annotated at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Largest request body accepted (413 above it).", valueName: "BYTES"))
    var maxBytes: Int = 8 << 20

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds a document may take before its request fails with 503.",
                                                                 valueName: "SECONDS"))
    var timeLimit: Double = 30

    @Flag(help: "No start-up line on standard error.")
    var quiet = false

    @OptionGroup var pipeline: PipelineOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(1...(1 << 30)).contains(maxBytes) { throw ValidationError("--max-bytes must be from 1 to 1073741824 (1 GiB)") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let loaded = try pipeline.makePipeline()
        let service = try AnnotationService(pipeline: loaded, linker: pipeline.makeEventLinker(for: loaded),
                                            jobs: jobs, timeLimit: timeLimit, maxBytes: maxBytes,
                                            gazetteers: pipeline.directory())
        let address: sockaddr_in
        do {
            address = try .inet(ip4: host, port: UInt16(port))
        } catch {
            throw UsageError("--host must be an IPv4 address such as 127.0.0.1, not \(host)")
        }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let quiet = self.quiet
        Task {
            await service.addRoutes(to: server)
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await server.run() }
                    try await server.waitUntilListening()
                    if !quiet, case .ip4(let ip, let port)? = await server.listeningAddress {
                        Diagnostics.note("conflict-miner: listening on http://\(ip):\(port)")
                    }
                    try await group.next()
                }
            } catch {
                // After a stop the server's task ends with an error of its own: not a failure.
                if !failure.stopping { failure.message = "cannot serve on \(address.description): \(error)" }
            }
            done.signal()
        }
        // SIGTERM and SIGINT: answer the requests in progress (new ones get 503), then stop.
        let drainLimit = Duration.seconds(timeLimit + 5)
        let signals = [SIGTERM, SIGINT].map { signal -> DispatchSourceSignal in
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                failure.stopping = true
                Task {
                    await service.drain(within: drainLimit)
                    await server.stop(timeout: 0.2)
                }
            }
            source.resume()
            return source
        }
        done.wait()
        signals.forEach { $0.cancel() }
        if let message = failure.message {
            Diagnostics.error(message)
            throw ExitCode.failure
        }
    }
}

/// The error the server task ended with, read by the main thread after it is done, and whether
/// a signal asked it to stop.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storedMessage: String?
    private var storedStopping = false
    var message: String? {
        get { lock.withLock { storedMessage } }
        set { lock.withLock { storedMessage = newValue } }
    }
    var stopping: Bool {
        get { lock.withLock { storedStopping } }
        set { lock.withLock { storedStopping = newValue } }
    }
}

extension sockaddr_in {
    var description: String {
        var copy = sin_addr
        var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        inet_ntop(AF_INET, &copy, &buffer, socklen_t(buffer.count))
        let ip = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "\(ip):\(UInt16(bigEndian: sin_port))"
    }
}
