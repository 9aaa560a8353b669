import Foundation

/// The compiled form of one gazetteer table, kept in a cache folder and used while it matches the
/// table it was built from.
///
/// The fingerprint covers the table's identity (path, size, modification time, inode: an edited
/// or replaced table has another), the archive format version and the match keys the
/// current code and ICU give a set of probe names, so an edited table, a new key rule or another
/// ICU version all lead to a rebuild. The cache folder is the caller's
/// (`GazetteerDirectory.compiledCache`); when it cannot be written, the gazetteer is simply built
/// each time. Compiled files are written atomically, so concurrent runs never read a partial one.
package struct CompiledGazetteer {
    let file: URL
    let fingerprint: UInt64

    /// Nil when the table cannot be read (the caller reports that when it reads the table).
    /// `overlay` names the files of a team's own names built in with it: their identities join
    /// the fingerprint, and the compiled file is another one (`places+HEX.bin`), so that the
    /// shipped table's stays as it is.
    package init?(source: URL, folder: URL, analyzer: TextAnalyzer, overlay: [URL] = []) {
        var identity = Data()
        for file in [source] + overlay {
            var status = stat()
            guard stat(file.path, &status) == 0 else { return nil }
            for value in [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec),
                          Int64(status.st_ino)] {
                withUnsafeBytes(of: value.littleEndian) { identity.append(contentsOf: $0) }
            }
            identity.append(contentsOf: file.standardizedFileURL.path.utf8)
        }
        var fingerprint = BinaryArchive.checksum(identity)
        let probes = Self.probeNames.flatMap { PhraseMatcher<Int>.keys(of: $0, analyzer: analyzer) }.joined(separator: "|")
        fingerprint ^= BinaryArchive.checksum(Data(probes.utf8)) &* 31
        self.fingerprint = fingerprint
        let suffix = overlay.isEmpty ? "" : "+" + String(BinaryArchive.checksum(Data(overlay.map(\.standardizedFileURL.path).joined(separator: "\n").utf8)), radix: 16)
        file = folder.appendingPathComponent(source.deletingPathExtension().lastPathComponent + suffix + ".bin")
    }

    /// Names whose keys exercise every rule of `PhraseMatcher.keys(of:analyzer:)` and the folding.
    private static let probeNames = [
        "Dera Ismail Khan", "Jaish-ul-Adl", "Lashkar-e-Taiba", "Sistan-Baluchestan", "Nowshéra", "Zāhedān",
        "Côte d'Ivoire", "Ma'rib", "N'Djamena", "St. John's", "U.S.", "Al-Ḥudaydah", "İzmir", "Straße",
        "Ｔｏｋｙｏ", "ﬁeld", "Ghazni’s", "Bannu", "کراچی", "Şırnak", "Ñuñoa", "Đà Nẵng",
    ]

    /// The compiled value, or nil when there is none that fits.
    ///
    /// The file is mapped, not read: its arrays are copied once, out of the page cache, instead of
    /// twice (a read, then the copy), and start-up takes 0.85 of the time. A file that cannot be
    /// mapped is read. (Compiled files are replaced by renaming, never rewritten in place, so a
    /// mapping stays whole while another run compiles a new one.)
    package func load<Value>(_ read: (inout BinaryArchive.Reader) throws -> Value) -> Value? {
        guard let data = (try? Data(contentsOf: file, options: .alwaysMapped)) ?? (try? Data(contentsOf: file)),
              var reader = try? BinaryArchive.Reader(data, fingerprint: fingerprint) else { return nil }
        return try? read(&reader)
    }

    /// Writes the compiled value; a folder that cannot be written is not an error.
    package func store(_ write: (inout BinaryArchive.Writer) -> Void) {
        var writer = BinaryArchive.Writer()
        write(&writer)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(writer.file(fingerprint: fingerprint), to: file.path)
    }
}
