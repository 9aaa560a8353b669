// The practical limit of ICU tokenization, for `Scripts/bench`: a minimal word-break loop over
// the texts of a JSONL file, through the same shim (`CICU`) the pipeline tokenizes with.
//
//     icu-word-loop FILE.jsonl
//
// Reads every line's `text` first (not timed), then times one pass over all of them: the text
// to UTF-16 and ICU's word break iterator over it, counting the segments ICU marks as words
// (letters, numbers, kana, ideographs). Prints one JSON object: words, UTF-8 bytes, documents,
// seconds.
import CICU
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: icu-word-loop FILE.jsonl\n".utf8))
    exit(2)
}
var texts: [String] = []
var bytes = 0
for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
          let text = object["text"] as? String else { continue }
    texts.append(text)
    bytes += text.utf8.count
}
var status: Int32 = 0
guard let breaker = cm_breaker_open(Int32(CM_BREAK_WORD), &status), status <= 0 else {
    FileHandle.standardError.write(Data("icu-word-loop: cannot open ICU's word break iterator (\(status))\n".utf8))
    exit(1)
}
var words = 0
let clock = ContinuousClock()
let elapsed = clock.measure {
    for text in texts {
        Array(text.utf16).withUnsafeBufferPointer { buffer in
            cm_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count), &status)
            while cm_breaker_next(breaker) >= 0 {
                // UBRK_WORD_NONE is 0..<100; numbers, letters, kana and ideographs are 100 and up.
                if cm_breaker_rule_status(breaker) >= 100 { words += 1 }
            }
        }
    }
}
cm_breaker_close(breaker)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("{\"words\": \(words), \"bytes\": \(bytes), \"documents\": \(texts.count), \"seconds\": \(seconds)}")
