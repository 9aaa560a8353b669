import CommandLineSupport
import ConflictMiner
import FlyingFox
import Foundation

/// What `serve` does with a request: the pipeline and the event linker, loaded once, with one
/// text analyzer per job. A request's documents are annotated on a work queue (at most `jobs`
/// at once), never on the server's own tasks, so a long document does not hold up the sockets.
final class AnnotationService: @unchecked Sendable {
    private let pipeline: Pipeline
    private let linker: EventLinker
    private let timeLimit: Duration
    private let maxBytes: Int
    /// `GET /version`: the tool's version and a checksum of each data file it loaded.
    private let versionJSON: String

    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var analyzers: [TextAnalyzer]
    /// Requests being annotated, and whether the server is shutting down (new ones get 503).
    private var inFlight = 0
    private var draining = false
    private let queue = DispatchQueue(label: "conflict-miner.serve", attributes: .concurrent)

    init(pipeline: Pipeline, linker: EventLinker, jobs: Int, timeLimit: Double, maxBytes: Int,
         gazetteers: GazetteerDirectory) throws {
        self.pipeline = pipeline
        self.linker = linker
        self.timeLimit = .milliseconds(Int64(min(timeLimit, 1e9) * 1000))
        self.maxBytes = maxBytes
        slots = DispatchSemaphore(value: jobs)
        analyzers = try (0..<jobs).map { _ in try TextAnalyzer() }
        var json = JSONWriter()
        json.beginObject()
        json.key("version")
        json.value(ConflictMinerVersion.string)
        json.key("gazetteers")
        json.beginObject()
        var files = Dimension.standard.flatMap(\.tables) + ["lexicons/events.tsv"]
        var seen = Set<String>()
        files.removeAll { !seen.insert($0).inserted }
        for file in files {
            json.key(file)
            json.value(GazetteerDirectory.checksum(of: gazetteers.file(file)))
        }
        json.endObject()
        // A team's own names (`--lexicon`), when any.
        if !gazetteers.overlay.files.isEmpty {
            json.key("lexicon")
            json.beginObject()
            for file in gazetteers.overlay.files {
                json.key(file.lastPathComponent)
                json.value(GazetteerDirectory.checksum(of: file))
            }
            json.endObject()
        }
        json.endObject()
        versionJSON = json.output
    }

    // MARK: - Routes

    func addRoutes(to server: HTTPServer) async {
        await server.appendRoute("GET /health") { _ in Self.reply(.ok, json: #"{"status":"ok"}"#) }
        await server.appendRoute("GET /version") { [versionJSON] _ in Self.reply(.ok, json: versionJSON) }
        await server.appendRoute("GET /") { _ in Self.reply(.ok, html: FormPage.html) }
        await server.appendRoute("POST /extract") { [self] request in await annotate(request, linking: false) }
        await server.appendRoute("POST /events") { [self] request in await annotate(request, linking: true) }
        await server.appendRoute("POST /view") { [self] request in await view(request) }
        await server.appendRoute("*") { request in
            let known = ["/", "/health", "/version", "/extract", "/events", "/view"]
            if known.contains(request.path) {
                return Self.error(.methodNotAllowed, "\(request.method.rawValue) is not allowed on \(request.path)")
            }
            return Self.error(.notFound, "no such endpoint: \(request.path) (POST /extract, POST /events, GET /, GET /health, GET /version)")
        }
    }

    /// `POST /extract`, `POST /events`: the JSONL lines the CLI writes for the body's documents.
    private func annotate(_ request: HTTPRequest, linking: Bool) async -> HTTPResponse {
        let body: Data
        switch await read(request) {
        case .success(let data): body = data
        case .failure(let failure): return failure.response
        }
        let documents: [Document]
        switch Self.documents(in: body, maxBytes: maxBytes) {
        case .success(let found): documents = found
        case .failure(let problems): return Self.error(.badRequest, problems.summary, problems: problems.list)
        }
        let (pipeline, linker, timeLimit) = (self.pipeline, self.linker, self.timeLimit)
        return await work { analyzer in
            var lines = ""
            for document in documents {
                do {
                    let annotated = try pipeline.annotate(document, with: analyzer, timeLimit: timeLimit)
                    if linking {
                        for event in linker.events(in: annotated, analyzer: analyzer) { lines += event.jsonLine + "\n" }
                    } else {
                        lines += annotated.jsonLine() + "\n"
                    }
                } catch {
                    return Self.error(.serviceUnavailable, "\(error)")
                }
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8"], body: Data(lines.utf8))
        }
    }

    /// `POST /view` from the form page: the document view of the pasted text, with its events.
    private func view(_ request: HTTPRequest) async -> HTTPResponse {
        let body: Data
        switch await read(request) {
        case .success(let data): body = data
        case .failure(let failure): return failure.response
        }
        let fields = Self.formFields(String(decoding: body, as: UTF8.self))
        guard let text = fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return Self.error(.badRequest, "the form has no text")
        }
        var published: PublicationDate?
        if let value = fields["published"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            guard let date = PublicationDate(parsing: value) else {
                return Self.error(.badRequest, "bad publication date \(value) (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            published = date
        }
        let document = Document(id: "pasted", text: text, published: published)
        let (pipeline, linker, timeLimit) = (self.pipeline, self.linker, self.timeLimit)
        return await work { analyzer in
            let annotated: AnnotatedDocument
            do {
                annotated = try pipeline.annotate(document, with: analyzer, timeLimit: timeLimit)
            } catch {
                return Self.error(.serviceUnavailable, "\(error)")
            }
            let events = linker.events(in: annotated, analyzer: analyzer)
            return Self.reply(.ok, html: HTMLDocumentView.page(for: [annotated], events: [document.id: events], title: "Pasted text"))
        }
    }

    // MARK: - Requests

    /// The body, or the response that refuses it: 413 above `maxBytes` (from `Content-Length`
    /// before reading, or while reading a chunked body).
    private func read(_ request: HTTPRequest) async -> Result<Data, ResponseFailure> {
        if let count = request.bodySequence.count, count > maxBytes {
            return .failure(ResponseFailure(Self.tooLarge(count, maxBytes)))
        }
        var data = Data()
        do {
            for try await chunk in request.bodySequence {
                data.append(chunk)
                if data.count > maxBytes { return .failure(ResponseFailure(Self.tooLarge(nil, maxBytes))) }
            }
        } catch {
            return .failure(ResponseFailure(Self.error(.badRequest, "cannot read the request body: \(error)")))
        }
        return .success(data)
    }

    struct ResponseFailure: Error {
        let response: HTTPResponse
        init(_ response: HTTPResponse) { self.response = response }
    }

    /// What was wrong with a body's documents, each with its line.
    struct Problems: Error {
        var list: [(line: Int?, message: String)]
        var summary: String {
            list.count == 1 ? list[0].message : "\(list.count) lines of the body could not be read"
        }
    }

    /// The documents of a body: one JSON object (which may span lines), else one per non-blank
    /// JSONL line. Any line that is not a document refuses the whole request.
    static func documents(in body: Data, maxBytes: Int) -> Result<[Document], Problems> {
        let bytes = [UInt8](body)
        let inputs = DocumentInputs(paths: [], decoding: TextDecoding(maxBytes: maxBytes))
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) else {
            return .failure(Problems(list: [(nil, "empty body: send one JSON document {\"id\",\"text\",\"published\"} or JSONL lines")]))
        }
        if case .document(let document) = inputs.documentFromJSONLine(bytes[...], file: "body", line: 1) {
            return .success([document])
        }
        var documents: [Document] = []
        var problems: [(line: Int?, message: String)] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
            switch inputs.documentFromJSONLine(line, file: "body", line: index + 1) {
            case .document(let document): documents.append(document)
            case .problem(let problem): problems.append((problem.line, problem.message))
            case .skipped: continue
            }
        }
        if !problems.isEmpty {
            if problems.count == 1, let line = problems[0].line { problems[0].message = "line \(line): \(problems[0].message)" }
            return .failure(Problems(list: problems))
        }
        return .success(documents)
    }

    /// Stops taking new work and waits, up to `limit`, until the requests in progress are answered.
    func drain(within limit: Duration) async {
        lock.withLock { draining = true }
        let deadline = ContinuousClock.now.advanced(by: limit)
        while lock.withLock({ inFlight }) > 0 && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Runs `body` with a free analyzer on the work queue, at most `jobs` at once.
    private func work(_ body: @escaping @Sendable (TextAnalyzer) -> HTTPResponse) async -> HTTPResponse {
        let refused = lock.withLock { () -> Bool in
            if draining { return true }
            inFlight += 1
            return false
        }
        if refused { return Self.error(.serviceUnavailable, "the server is shutting down") }
        defer { lock.withLock { inFlight -= 1 } }
        return await withCheckedContinuation { continuation in
            queue.async { [self] in
                slots.wait()
                lock.lock()
                let analyzer = analyzers.removeLast()
                lock.unlock()
                let response = body(analyzer)
                lock.lock()
                analyzers.append(analyzer)
                lock.unlock()
                slots.signal()
                continuation.resume(returning: response)
            }
        }
    }

    // MARK: - Responses

    static func reply(_ status: HTTPStatusCode, json: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "application/json"], body: Data((json + "\n").utf8))
    }

    static func reply(_ status: HTTPStatusCode, html: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8"], body: Data(html.utf8))
    }

    /// `{"error": "...", "status": 400, "problems": [{"line": 2, "message": "..."}]}`.
    static func error(_ status: HTTPStatusCode, _ message: String, problems: [(line: Int?, message: String)] = []) -> HTTPResponse {
        var json = JSONWriter()
        json.beginObject()
        json.key("error")
        json.value(message)
        json.key("status")
        json.value(status.code)
        if problems.count > 1 {
            json.key("problems")
            json.beginArray()
            for problem in problems {
                json.beginObject()
                json.key("line")
                if let line = problem.line { json.value(line) } else { json.value(nil as String?) }
                json.key("message")
                json.value(problem.message)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        return reply(status, json: json.output)
    }

    static func tooLarge(_ size: Int?, _ limit: Int) -> HTTPResponse {
        error(.payloadTooLarge, "the body\(size.map { " (\($0) bytes)" } ?? "") is larger than the limit of \(limit) bytes (--max-bytes)")
    }

    /// The fields of an `application/x-www-form-urlencoded` body.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

}

/// `GET /`: a form to paste a text and its publication date into; it posts to `/view`.
enum FormPage {
    static let html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ConflictMiner</title>
        <style>
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
        h1{font-size:1.4rem;margin:0 0 .2rem}p{color:#57606a;margin:.2rem 0 1rem}
        label{display:block;font-weight:600;margin:.8rem 0 .3rem}
        textarea{width:100%;height:18rem;font:14px/1.5 ui-monospace,monospace;padding:.5rem;box-sizing:border-box}
        input[type=text]{font:inherit;padding:.3rem .4rem}
        button{margin-top:1rem;font:inherit;font-weight:600;padding:.4rem 1.2rem}
        code{font-size:.9em;background:#f6f8fa;padding:0 .25rem;border-radius:3px}
        </style></head><body>
        <h1>ConflictMiner</h1>
        <p>Paste a news report: the page that comes back marks its dates, casualty counts, places and armed
        groups, and lists the incidents an analyst would code from it. For batches, <code>POST /extract</code>
        and <code>POST /events</code> take JSONL.</p>
        <form method="post" action="/view" enctype="application/x-www-form-urlencoded">
        <label for="text">Text</label>
        <textarea id="text" name="text" required placeholder="QUETTA, Pakistan (Reuters) - Gunmen killed four labourers …"></textarea>
        <label for="published">Publication date</label>
        <input type="text" id="published" name="published" placeholder="YYYY-MM-DD" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?">
        <div><button type="submit">Annotate</button></div>
        </form>
        </body></html>
        """
}
