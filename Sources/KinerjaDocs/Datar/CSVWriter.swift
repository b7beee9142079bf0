import Foundation

/// RFC 4180 CSV in UTF-8 (CRLF line ends, fields quoted when they hold a comma, quote or line break): one
/// header line with the header rows flattened ("Target Renja Tahun 2025 – Angka"), then one line per body row.
/// Numbers are machine numbers ("2852250329", "79.71"); the title, number row and footnotes are left out.
public struct CSVWriter: Sendable {
    public var pemisah: Character
    /// Prefix a UTF-8 byte order mark (Excel on Windows then reads the accents right). Off by default.
    public var bom: Bool

    public init(pemisah: Character = ",", bom: Bool = false) {
        self.pemisah = pemisah
        self.bom = bom
    }

    public func data(_ tabel: TabelDokumen) throws -> Data {
        let out = Keluaran()
        try tulis(tabel, baris: tabel.baris, ke: out)
        return try out.tutup()
    }

    /// Streams `baris` (after the table's own rows) into a file.
    public func tulis<S: AsyncSequence>(_ kerangka: TabelDokumen, baris: S, ke url: URL) async throws
    where S.Element == BarisTabel {
        let out = try Keluaran(file: url)
        try tulis(kerangka, baris: kerangka.baris, ke: out)
        for try await b in baris { try out.tulis(barisCSV(b.sel.map(\.teksMesin))) }
        _ = try out.tutup()
    }

    private func tulis(_ t: TabelDokumen, baris rows: [BarisTabel], ke out: Keluaran) throws {
        if bom { try out.tulis("\u{FEFF}") }
        do {
            try out.tulis(barisCSV(try t.judulDatar()))
        } catch let g as GalatTabel {
            throw GalatDokumen.tabel(g)
        }
        for b in rows { try out.tulis(barisCSV(b.sel.map(\.teksMesin))) }
    }

    func barisCSV(_ fields: [String]) -> String {
        fields.map(kutip).joined(separator: String(pemisah)) + "\r\n"
    }

    func kutip(_ f: String) -> String {
        guard f.contains(where: { $0 == pemisah || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
