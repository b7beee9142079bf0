import Foundation

/// XML text helpers shared by the SpreadsheetML and WordprocessingML writers.
public enum XML {
    /// Escapes text for element content and attribute values; drops characters XML 1.0 forbids
    /// (control characters other than tab, newline and carriage return).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static let deklarasi = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}

/// Where XML text goes: memory, or a file written as it goes (flushed every `kapasitas` bytes, so a
/// 100,000-row sheet never sits in memory).
final class Keluaran {
    private var buffer = Data()
    private let handle: FileHandle?
    private let kapasitas: Int
    private(set) var jumlahByte: Int64 = 0

    /// In memory.
    init() {
        handle = nil
        kapasitas = .max
    }

    /// Into a new file at `url` (replaced if present).
    init(file url: URL, kapasitas: Int = 1 << 18) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        self.kapasitas = kapasitas
        buffer.reserveCapacity(kapasitas + 4096)
    }

    func tulis(_ s: String) throws {
        var s = s
        s.withUTF8 { buffer.append($0.baseAddress!, count: $0.count) }
        jumlahByte += Int64(s.utf8.count)
        if buffer.count >= kapasitas { try flush() }
    }

    private func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; returns the in-memory data (empty for a file).
    func tutup() throws -> Data {
        if let handle {
            try flush()
            try handle.close()
            return Data()
        }
        return buffer
    }
}
