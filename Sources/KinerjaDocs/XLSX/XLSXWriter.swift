import Foundation

/// Writes tables as an XLSX workbook (SpreadsheetML in a ZIP package): one sheet per table, merged header
/// cells, the column-number row, panes frozen below the header, print titles, A4 fit-to-width pages.
///
/// Every sheet is first written to a temporary file as it goes and then deflated into the package chunk by
/// chunk, so memory does not grow with the number of rows (`tulis(_:baris:ke:)` takes the rows from an
/// `AsyncSequence`).
public struct XLSXWriter: Sendable {
    public init() {}

    /// The workbook as bytes (small and medium tables: the web download).
    public func data(_ tabel: [TabelDokumen]) throws -> Data {
        try denganFolderSementara { dir in
            try PaketZIP.data(try bagian(tabel, dir: dir))
        }
    }

    /// The workbook written to `url`.
    public func tulis(_ tabel: [TabelDokumen], ke url: URL) throws {
        try denganFolderSementara { dir in
            try PaketZIP.tulis(try bagian(tabel, dir: dir), ke: url)
        }
    }

    /// A one-sheet workbook whose body rows come from `baris` as they are produced (a database cursor): the
    /// rows of `kerangka` are written first, then every element of `baris`. Memory stays flat as rows grow.
    public func tulis<S: AsyncSequence>(_ kerangka: TabelDokumen, baris: S, ke url: URL) async throws
    where S.Element == BarisTabel {
        let dir = try buatFolderSementara()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fileLembar = dir.appendingPathComponent("sheet1.xml")
        let out = try Keluaran(file: fileLembar)
        var lembar = try mulai(kerangka, out)
        for try await b in baris {
            try tabelBaris(kerangka, b, nomor: lembar.jumlahBarisData)
            try lembar.baris(b, out)
        }
        try lembar.akhir(out)
        _ = try out.tutup()
        try PaketZIP.tulis(paket([(kerangka, lembar, .file(fileLembar))]), ke: url)
    }

    /// The synchronous form of the streaming writer, for lazy sequences.
    public func tulis<S: Sequence>(_ kerangka: TabelDokumen, baris: S, ke url: URL) throws where S.Element == BarisTabel {
        let dir = try buatFolderSementara()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fileLembar = dir.appendingPathComponent("sheet1.xml")
        let out = try Keluaran(file: fileLembar)
        var lembar = try mulai(kerangka, out)
        for b in baris {
            try tabelBaris(kerangka, b, nomor: lembar.jumlahBarisData)
            try lembar.baris(b, out)
        }
        try lembar.akhir(out)
        _ = try out.tutup()
        try PaketZIP.tulis(paket([(kerangka, lembar, .file(fileLembar))]), ke: url)
    }

    // MARK: - Parts

    private func mulai(_ t: TabelDokumen, _ out: Keluaran) throws -> LembarXLSX {
        do {
            try t.validasi()
        } catch {
            throw GalatDokumen.tabel(error)
        }
        var lembar = try LembarXLSX(t)
        try lembar.awal(out)
        for b in t.baris { try lembar.baris(b, out) }
        return lembar
    }

    private func tabelBaris(_ t: TabelDokumen, _ b: BarisTabel, nomor: Int) throws {
        do {
            try t.validasi(baris: [b], mulai: nomor)
        } catch {
            throw GalatDokumen.tabel(error)
        }
    }

    private func bagian(_ tabel: [TabelDokumen], dir: URL) throws -> [(path: String, isi: PaketZIP.Isi)] {
        var lembar: [(TabelDokumen, LembarXLSX, PaketZIP.Isi)] = []
        for (i, t) in tabel.enumerated() {
            let file = dir.appendingPathComponent("sheet\(i + 1).xml")
            let out = try Keluaran(file: file)
            var l = try mulai(t, out)
            try l.akhir(out)
            _ = try out.tutup()
            lembar.append((t, l, .file(file)))
        }
        return paket(lembar)
    }

    private func paket(_ lembar: [(TabelDokumen, LembarXLSX, PaketZIP.Isi)]) -> [(path: String, isi: PaketZIP.Isi)] {
        let nama = Self.namaSheet(lembar.map { $0.0.id })
        var parts: [(path: String, isi: PaketZIP.Isi)] = []
        let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        parts.append(
            (
                "[Content_Types].xml",
                .data(
                    BagianOPC.contentTypes(
                        override: [
                            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                        ] + lembar.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", sheetType) }))
            ))
        parts.append(("_rels/.rels", .data(BagianOPC.relsPaket(utama: "xl/workbook.xml"))))
        parts.append(("docProps/core.xml", .data(BagianOPC.core(judul: lembar.first?.0.judul ?? ""))))
        parts.append(("docProps/app.xml", .data(BagianOPC.app())))

        var wb = XML.deklarasi
        wb += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        wb += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        wb += "<bookViews><workbookView/></bookViews><sheets>"
        for (i, n) in nama.enumerated() {
            wb += #"<sheet name="\#(XML.escape(n))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        wb += "</sheets><definedNames>"
        for (i, l) in lembar.enumerated() {
            let quoted = "'" + nama[i].replacingOccurrences(of: "'", with: "''") + "'"
            wb +=
                #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(i)">\#(XML.escape(quoted))!\#(l.1.barisJudulCetak)</definedName>"#
        }
        wb += "</definedNames></workbook>"
        parts.append(("xl/workbook.xml", .data(Data(wb.utf8))))

        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var rels = lembar.indices.map { ("rId\($0 + 1)", rel + "worksheet", "worksheets/sheet\($0 + 1).xml") }
        rels.append(("rId\(lembar.count + 1)", rel + "styles", "styles.xml"))
        parts.append(("xl/_rels/workbook.xml.rels", .data(BagianOPC.relationships(rels))))
        parts.append(("xl/styles.xml", .data(GayaXLSX.stylesXML)))
        for (i, l) in lembar.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", l.2)) }
        return parts
    }

    /// Sheet names: at most 31 characters, none of `[]:*?/\`, unique (a suffix " (2)" when repeated).
    static func namaSheet(_ ids: [String]) -> [String] {
        var dipakai = Set<String>()
        return ids.map { id in
            let bersih = String(id.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
            var nama = bersih.isEmpty ? "Tabel" : bersih
            var n = 2
            while dipakai.contains(nama.lowercased()) {
                let suffix = " (\(n))"
                nama = String(bersih.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            dipakai.insert(nama.lowercased())
            return nama
        }
    }
}

func buatFolderSementara() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-docs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

func denganFolderSementara<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = try buatFolderSementara()
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}
