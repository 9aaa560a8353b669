import Foundation

/// A one-line progress display on standard error for long runs: documents done, rate, and time
/// left when the total is known. Silent when standard error is not a terminal, or when disabled.
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let start = DispatchTime.now()
    private var lastDraw = DispatchTime(uptimeNanoseconds: 0)
    private var drawn = false

    init(total: Int?, quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
        self.total = total
    }

    /// Redraws the line, at most a few times a second.
    func update(done: Int) {
        guard enabled else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 250_000_000 else { return }
        lastDraw = now
        let seconds = max(Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, 1e-3)
        let rate = Double(done) / seconds
        var line = "\(done)"
        if let total, total > 0 { line += "/\(total) (\(min(100, done * 100 / total))%)" }
        line += " documents, \(Int(rate.rounded())) docs/s"
        if let total, rate > 0, done < total {
            let left = Int((Double(total - done) / rate).rounded())
            line += ", \(left / 60)m\(String(format: "%02d", left % 60))s left"
        }
        try? FileHandle.standardError.write(contentsOf: Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line before the final summary.
    func finish() {
        if drawn { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
    }
}
