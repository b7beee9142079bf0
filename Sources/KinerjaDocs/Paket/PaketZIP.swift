import Foundation
import ZIPFoundation

/// An Office Open XML package (XLSX, DOCX) assembled with ZIPFoundation, either in memory or straight into a
/// file. Large parts come from files written beforehand and are copied into the archive in chunks.
struct PaketZIP {
    enum Isi {
        case data(Data)
        /// A part already written to disk (a streamed sheet); copied in chunks, then left to the caller.
        case file(URL)
    }

    /// Entries carry a fixed date so the same document gives the same bytes.
    static let tanggalTetap = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    /// Writes the parts, in order, to a new archive at `url` (replaced if present).
    static func tulis(_ bagian: [(path: String, isi: Isi)], ke url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        try tambah(bagian, ke: archive)
    }

    /// Builds the archive in memory.
    static func data(_ bagian: [(path: String, isi: Isi)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try tambah(bagian, ke: archive)
        guard let data = archive.data else { throw GalatDokumen.zip("in-memory archive has no data") }
        return data
    }

    private static func tambah(_ bagian: [(path: String, isi: Isi)], ke archive: Archive) throws {
        for (path, isi) in bagian {
            switch isi {
            case .data(let d):
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(d.count), modificationDate: tanggalTetap,
                    compressionMethod: .deflate
                ) { pos, size in
                    d.subdata(in: Int(pos)..<(Int(pos) + size))
                }
            case .file(let url):
                let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                // The provider pulls the part from disk chunk by chunk: memory stays at one chunk.
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: size?.int64Value ?? 0, modificationDate: tanggalTetap,
                    compressionMethod: .deflate
                ) { pos, chunk in
                    try handle.seek(toOffset: UInt64(pos))
                    return try handle.read(upToCount: chunk) ?? Data()
                }
            }
        }
    }
}

/// Errors of the document writers.
public enum GalatDokumen: Error, Hashable, Sendable, CustomStringConvertible {
    case zip(String)
    case tabel(GalatTabel)

    public var description: String {
        switch self {
        case .zip(let s): "ZIP package: \(s)"
        case .tabel(let g): g.description
        }
    }
}
