import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `conflict-miner serve` on a free loopback port, with the command-line tests' small gazetteers:
/// every endpoint, answers identical to the CLI's, many requests at once, every class of bad
/// request, and a clean stop on SIGTERM.
@Suite("serve", .serialized)
struct ServeTests {
    /// A running server and where it listens.
    final class Server: @unchecked Sendable {
        let process: Process
        let base: URL

        init(_ extra: [String] = []) throws {
            let (process, _, _, err) = try CommandLineTests().launch(["serve", "--port", "0", "--jobs", "2"] + extra)
            self.process = process
            // The start-up line names the port; wait for it (bounded).
            var seen = Data()
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
                if let line = String(decoding: seen, as: UTF8.self).split(separator: "\n").first(where: { $0.contains("listening on ") }),
                   let url = line.split(separator: " ").last.flatMap({ URL(string: String($0)) }) {
                    base = url
                    return
                }
            }
            process.terminate()
            throw ServerDidNotStart(output: String(decoding: seen, as: UTF8.self))
        }

        func stop() -> Int32 {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        let output: String
        var description: String { "the server printed no address: \(output)" }
    }

    struct Reply {
        let status: Int
        let body: String
        let contentType: String?
    }

    static func request(_ server: Server, _ method: String, _ path: String, body: Data? = nil) async throws -> Reply {
        var request = URLRequest(url: server.base.appendingPathComponent(path))
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Reply(status: http.statusCode, body: String(decoding: data, as: UTF8.self),
                     contentType: http.value(forHTTPHeaderField: "Content-Type"))
    }

    static func document(_ id: String, _ text: String) -> String {
        #"{"id":"\#(id)","text":"\#(text)","published":"2024-05-14"}"#
    }

    @Test func endpointsAnswerAsTheCommandLineDoes() async throws {
        let server = try Server()
        let health = try await Self.request(server, "GET", "health")
        #expect(health.status == 200 && health.body == #"{"status":"ok"}"# + "\n")
        let version = try await Self.request(server, "GET", "version")
        #expect(version.body.contains(#""version":"#) && version.body.contains(#""places.tsv":""#))
        let page = try await Self.request(server, "GET", "")
        #expect(page.status == 200 && page.body.contains("<form method=\"post\" action=\"/view\""))

        let body = Self.document("a", "The Testland Liberation Front killed two guards in Quetta on Monday.") + "\n"
            + Self.document("b", "Gunmen wounded five people in Quetta on Sunday.") + "\n"
        let cli = try CommandLineTests().run(["extract", "-"], stdin: body)
        let extract = try await Self.request(server, "POST", "extract", body: Data(body.utf8))
        #expect(extract.status == 200)
        #expect(extract.contentType?.hasPrefix("application/x-ndjson") == true)
        #expect(extract.body == cli.stdout)
        let cliEvents = try CommandLineTests().run(["events", "--format", "jsonl", "-"], stdin: body)
        let events = try await Self.request(server, "POST", "events", body: Data(body.utf8))
        #expect(events.status == 200 && events.body == cliEvents.stdout && !events.body.isEmpty)
        // One document may also come as a JSON object over several lines.
        let pretty = "{\n  \"id\": \"a\",\n  \"text\": \"Gunmen killed two guards in Quetta.\"\n}\n"
        let one = try await Self.request(server, "POST", "extract", body: Data(pretty.utf8))
        #expect(one.status == 200 && one.body.hasPrefix(#"{"id":"a","#))

        let form = "text=Gunmen+killed+two+guards+in+Quetta+on+Monday.&published=2024-05-14"
        let view = try await Self.request(server, "POST", "view", body: Data(form.utf8))
        #expect(view.status == 200 && view.body.contains("<section class=\"events\""))
        #expect(server.stop() == 0)
    }

    @Test func manyRequestsAtOnceGetTheirOwnAnswers() async throws {
        let server = try Server()
        let bodies = (0..<16).map { Self.document("d\($0)", "Gunmen killed \($0 + 2) guards in Quetta on Monday.") + "\n" }
        let expected = try bodies.map { try CommandLineTests().run(["extract", "-"], stdin: $0).stdout }
        let answers = try await withThrowingTaskGroup(of: (Int, Reply).self) { group in
            for (index, body) in bodies.enumerated() {
                group.addTask { (index, try await Self.request(server, "POST", "extract", body: Data(body.utf8))) }
            }
            var answers: [Int: Reply] = [:]
            for try await (index, reply) in group { answers[index] = reply }
            return answers
        }
        for index in bodies.indices {
            #expect(answers[index]?.status == 200)
            #expect(answers[index]?.body == expected[index], "request \(index)")
        }
        #expect(server.stop() == 0)
    }

    @Test func badRequestsGetClearErrors() async throws {
        let server = try Server(["--max-bytes", "2000"])
        let cases: [(body: Data, status: Int, message: String)] = [
            (Data(#"{"id":"a","txt":"x"}"#.utf8), 400, #"no \"text\" field"#),
            (Data("{bad json".utf8), 400, "not valid JSON"),
            (Data(#"{"text":"x","published":"2024-13-45"}"#.utf8), 400, "is not a valid date"),
            (Data(#"{"text":""#.utf8) + Data([0xFF, 0xFE]) + Data(#""}"#.utf8), 400, "invalid UTF-8"),
            (Data("  \n".utf8), 400, "empty body"),
            (Data((Self.document("a", "ok") + "\nnot json\n").utf8), 400, "line 2: not valid JSON"),
            (Data(repeating: 0x61, count: 3000), 413, "larger than the limit of 2000 bytes"),
        ]
        for (body, status, message) in cases {
            let reply = try await Self.request(server, "POST", "extract", body: body)
            #expect(reply.status == status, "\(message)")
            #expect(reply.body.contains(message), "\(reply.body)")
            #expect(reply.contentType == "application/json")
        }
        #expect(try await Self.request(server, "GET", "nope").status == 404)
        #expect(try await Self.request(server, "GET", "extract").status == 405)
        // The server is still there after all of them.
        #expect(try await Self.request(server, "GET", "health").status == 200)
        #expect(server.stop() == 0)
    }

    @Test func aBadAddressIsAUsageError() throws {
        let run = try CommandLineTests().run(["serve", "--host", "not-an-address", "--port", "0"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--host must be an IPv4 address"))
    }
}
