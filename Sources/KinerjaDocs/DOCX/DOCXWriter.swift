import Foundation

/// Writes a `DokumenWord` as DOCX (WordprocessingML): cover page without a page number, a table-of-contents
/// field, headings Judul 1–3 (Word's Heading1–3, so the TOC finds them), justified paragraphs, numbered tables
/// with merged header cells repeated on every page, A4 portrait and landscape sections, "Halaman n" in the
/// footer. Numbers in tables are shown the Indonesian way (2.852.250.329; 79,71).
public struct DOCXWriter: Sendable {
    public init() {}

    public func data(_ dok: DokumenWord) throws -> Data {
        try PaketZIP.data(try bagian(dok))
    }

    public func tulis(_ dok: DokumenWord, ke url: URL) throws {
        try PaketZIP.tulis(try bagian(dok), ke: url)
    }

    // MARK: - Package

    private func bagian(_ dok: DokumenWord) throws -> [(path: String, isi: PaketZIP.Isi)] {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        // One chart part per chart block, in document order (`GrafikDOCX.rId`).
        let grafik = dok.bagian.flatMap(\.blok).compactMap { b -> GrafikBatang? in
            if case .grafik(let g) = b { return g }
            return nil
        }
        let bagianGrafik: [(path: String, isi: PaketZIP.Isi)] = grafik.enumerated().map { i, g in
            ("word/charts/chart\(i + 1).xml", .data(Data(GrafikDOCX.chartSpace(g).utf8)))
        }
        return [
            (
                "[Content_Types].xml",
                .data(
                    BagianOPC.contentTypes(override: [
                        ("/word/document.xml", wml + "document.main+xml"),
                        ("/word/styles.xml", wml + "styles+xml"),
                        ("/word/settings.xml", wml + "settings+xml"),
                        ("/word/footer1.xml", wml + "footer+xml"),
                    ] + grafik.indices.map { ("/word/charts/chart\($0 + 1).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") }))
            ),
            ("_rels/.rels", .data(BagianOPC.relsPaket(utama: "word/document.xml"))),
            ("docProps/core.xml", .data(BagianOPC.core(judul: dok.judul))),
            ("docProps/app.xml", .data(BagianOPC.app())),
            ("word/document.xml", .data(Data(try dokumen(dok).utf8))),
            (
                "word/_rels/document.xml.rels",
                .data(
                    BagianOPC.relationships([
                        ("rId1", rel + "styles", "styles.xml"),
                        ("rId2", rel + "settings", "settings.xml"),
                        ("rId3", rel + "footer", "footer1.xml"),
                    ] + grafik.indices.map { (GrafikDOCX.rId($0 + 1), rel + "chart", "charts/chart\($0 + 1).xml") }))
            ),
            ("word/styles.xml", .data(Data(GayaDOCX.styles.utf8))),
            ("word/settings.xml", .data(Data(GayaDOCX.settings.utf8))),
            ("word/footer1.xml", .data(Data(GayaDOCX.footer.utf8))),
        ] + bagianGrafik
    }

    static let ns =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    // MARK: - Page geometry (twentieths of a point)

    struct Halaman {
        let lanskap: Bool
        var lebar: Int { lanskap ? 16838 : 11906 }
        var tinggi: Int { lanskap ? 11906 : 16838 }
        var kiri: Int { lanskap ? 1134 : 1701 }
        var kanan: Int { 1134 }
        var atas: Int { lanskap ? 1134 : 1418 }
        var bawah: Int { 1134 }
        var lebarTeks: Int { lebar - kiri - kanan }

        func sectPr(footer: Bool, mulaiNomor: Bool, sampul: Bool = false) -> String {
            var s = "<w:sectPr>"
            if footer { s += #"<w:footerReference w:type="default" r:id="rId3"/>"# }
            s += #"<w:type w:val="nextPage"/>"#
            s += #"<w:pgSz w:w="\#(lebar)" w:h="\#(tinggi)"\#(lanskap ? #" w:orient="landscape""# : "")/>"#
            s +=
                #"<w:pgMar w:top="\#(atas)" w:right="\#(kanan)" w:bottom="\#(bawah)" w:left="\#(kiri)" w:header="709" w:footer="567" w:gutter="0"/>"#
            if mulaiNomor { s += #"<w:pgNumType w:start="1"/>"# }
            if sampul { s += #"<w:vAlign w:val="center"/>"# }
            s += "</w:sectPr>"
            return s
        }
    }

    // MARK: - Body

    private func dokumen(_ dok: DokumenWord) throws -> String {
        var s = XML.deklarasi + "<w:document \(Self.ns)><w:body>"
        var nomorTabel = 0
        var nomorGrafik = 0
        let judulDaftarIsi = dok.bagian.flatMap(\.blok).compactMap { b -> (String, Int)? in
            if case .judul(let t, let n) = b { return (t, min(max(n, 1), 3)) }
            return nil
        }
        if let sampul = dok.sampul {
            s += Self.sampul(sampul)
            s += "<w:p><w:pPr>" + Halaman(lanskap: false).sectPr(footer: false, mulaiNomor: false, sampul: true) + "</w:pPr></w:p>"
        }
        for (i, bag) in dok.bagian.enumerated() {
            for blok in bag.blok {
                switch blok {
                case .judul(let t, let n):
                    s += Self.paragraf(t, gaya: "Heading\(min(max(n, 1), 3))")
                case .paragraf(let t):
                    for baris in t.split(separator: "\n", omittingEmptySubsequences: false) {
                        s += Self.paragraf(String(baris), gaya: nil)
                    }
                case .tabel(let t):
                    nomorTabel += 1
                    s += try Self.tabel(t, nomor: nomorTabel, halaman: Halaman(lanskap: bag.lanskap))
                case .daftarIsi:
                    s += Self.daftarIsi(judulDaftarIsi)
                case .pemisahHalaman:
                    s += #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#
                case .grafik(let g):
                    nomorGrafik += 1
                    s += GrafikDOCX.paragraf(g, nomor: nomorGrafik, lebarTwip: Halaman(lanskap: bag.lanskap).lebarTeks)
                }
            }
            let sect = Halaman(lanskap: bag.lanskap).sectPr(footer: true, mulaiNomor: i == 0)
            if i < dok.bagian.count - 1 {
                s += "<w:p><w:pPr>\(sect)</w:pPr></w:p>"
            } else {
                s += sect
            }
        }
        if dok.bagian.isEmpty { s += Halaman(lanskap: false).sectPr(footer: true, mulaiNomor: true) }
        s += "</w:body></w:document>"
        return s
    }

    static func run(_ t: String, tebal: Bool = false, miring: Bool = false, ukuran: Int? = nil) -> String {
        var rPr = ""
        if tebal { rPr += "<w:b/>" }
        if miring { rPr += "<w:i/>" }
        if let ukuran { rPr += #"<w:sz w:val="\#(ukuran)"/><w:szCs w:val="\#(ukuran)"/>"# }
        let props = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
        // Line breaks inside one paragraph (table cells).
        return t.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, bagian in
            "<w:r>\(props)\(i > 0 ? "<w:br/>" : "")<w:t xml:space=\"preserve\">\(XML.escape(String(bagian)))</w:t></w:r>"
        }.joined()
    }

    static func paragraf(_ t: String, gaya: String?, pPr tambahan: String = "") -> String {
        let style = gaya.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        let pPr = style + tambahan
        return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + run(t) + "</w:p>"
    }

    static func sampul(_ c: Sampul) -> String {
        var s = ""
        for (i, t) in c.judul.enumerated() {
            s += paragraf(t, gaya: "Title", pPr: i == 0 ? #"<w:spacing w:before="2880"/>"# : "")
        }
        s += paragraf(c.perangkatDaerah, gaya: "Subtitle", pPr: #"<w:spacing w:before="1200"/>"#)
        for t in c.keterangan { s += paragraf(t, gaya: "Subtitle") }
        return s
    }

    /// The TOC field with the headings as its cached result (no page numbers until Word updates the field;
    /// `w:dirty` asks Word to update it on opening).
    static func daftarIsi(_ judul: [(String, Int)]) -> String {
        var s = paragraf("DAFTAR ISI", gaya: "TOCHeading")
        let mulai =
            #"<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
        let selesai = #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        let entri = judul.isEmpty ? [("Perbarui bidang untuk menyusun daftar isi.", 1)] : judul
        for (i, (t, n)) in entri.enumerated() {
            s += #"<w:p><w:pPr><w:pStyle w:val="TOC\#(n)"/></w:pPr>"#
            if i == 0 { s += mulai }
            s += run(t)
            if i == entri.count - 1 { s += selesai }
            s += "</w:p>"
        }
        return s
    }

    // MARK: - Tables

    static func tabel(_ t: TabelDokumen, nomor: Int, halaman: Halaman) throws -> String {
        let posisi: [PosisiHeader]
        do {
            try t.validasi()
            posisi = try t.tataLetakHeader()
        } catch {
            throw GalatDokumen.tabel(error)
        }
        let total = t.kolom.reduce(0) { $0 + $1.lebar }
        var lebar = t.kolom.map { Int((Double(halaman.lebarTeks) * $0.lebar / total).rounded(.down)) }
        lebar[lebar.count - 1] += halaman.lebarTeks - lebar.reduce(0, +)
        let ukuran = t.kolom.count > 9 ? 14 : 16  // 7 or 8 pt

        var s = #"<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>"#
        s += run("Tabel ")
        s += #"<w:fldSimple w:instr=" SEQ Tabel \* ARABIC "><w:r><w:t>\#(nomor)</w:t></w:r></w:fldSimple>"#
        s += run(". " + t.judul) + "</w:p>"
        if let sub = t.subjudul { s += paragraf(sub, gaya: "Caption") }

        s += "<w:tbl><w:tblPr>"
        s += #"<w:tblW w:w="\#(halaman.lebarTeks)" w:type="dxa"/><w:tblBorders>"#
        for sisi in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            s += #"<w:\#(sisi) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
        }
        s += #"</w:tblBorders><w:tblLayout w:type="fixed"/>"#
        s += #"<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>"#
        s += #"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#
        s += "</w:tblPr><w:tblGrid>" + lebar.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"

        func lebarRentang(_ c: Int, _ n: Int) -> Int { lebar[c..<(c + n)].reduce(0, +) }
        func tcPr(_ c: Int, _ n: Int, vMerge: String?, fill: String?) -> String {
            var p = #"<w:tcPr><w:tcW w:w="\#(lebarRentang(c, n))" w:type="dxa"/>"#
            if n > 1 { p += #"<w:gridSpan w:val="\#(n)"/>"# }
            if let vMerge { p += vMerge }
            if let fill { p += #"<w:shd w:val="clear" w:color="auto" w:fill="\#(fill)"/>"# }
            p += #"<w:vAlign w:val="center"/></w:tcPr>"#
            return p
        }
        let pusat = #"<w:jc w:val="center"/>"#
        let rapat = #"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#

        // Header rows: a cell starts here, or continues a vertical merge from above.
        let barisHeader = t.headerEfektif.count
        for r in 0..<barisHeader {
            s += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            var c = 0
            while c < t.kolom.count {
                if let p = posisi.first(where: { $0.baris == r && $0.kolom == c }) {
                    let vm = p.rowspan > 1 ? #"<w:vMerge w:val="restart"/>"# : nil
                    s += "<w:tc>" + tcPr(c, p.colspan, vMerge: vm, fill: "D9E1F2")
                    s += "<w:p><w:pPr>\(rapat)\(pusat)</w:pPr>" + run(p.teks, tebal: true, ukuran: ukuran) + "</w:p></w:tc>"
                    c += p.colspan
                } else if let p = posisi.first(where: { $0.kolom == c && $0.baris < r && r < $0.baris + $0.rowspan }) {
                    s += "<w:tc>" + tcPr(c, p.colspan, vMerge: "<w:vMerge/>", fill: "D9E1F2") + "<w:p/></w:tc>"
                    c += p.colspan
                } else {
                    c += 1  // unreachable for a validated layout
                }
            }
            s += "</w:tr>"
        }
        if t.barisNomor {
            s += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            for r in t.rentangNomor {
                s += "<w:tc>" + tcPr(r.kolom, r.jumlah, vMerge: nil, fill: "F2F2F2")
                s += "<w:p><w:pPr>\(rapat)\(pusat)</w:pPr>" + run(r.nomor, miring: true, ukuran: ukuran - 2) + "</w:p></w:tc>"
            }
            s += "</w:tr>"
        }
        for b in t.baris {
            s += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (c, k) in t.kolom.enumerated() {
                let isi = c < b.sel.count ? b.sel[c] : .kosong
                // Schema order inside pPr: spacing, ind, jc.
                var pPr = #"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#
                if k.berjenjang && b.level > 0 { pPr += #"<w:ind w:left="\#(min(b.level, 3) * 170)"/>"# }
                if isi.numerik || (k.format.rataKanan && isi == .kosong) {
                    pPr += #"<w:jc w:val="right"/>"#
                } else if case .tidakDapatDihitung = isi {
                    pPr += pusat
                } else {
                    pPr += #"<w:jc w:val="left"/>"#
                }
                var miring = false
                if case .tidakDapatDihitung = isi { miring = true }
                s += "<w:tc>" + tcPr(c, 1, vMerge: nil, fill: nil).replacingOccurrences(of: #"<w:vAlign w:val="center"/>"#, with: "")
                s += "<w:p><w:pPr>\(pPr)</w:pPr>"
                s += run(isi.teksTampil, tebal: b.tebal, miring: miring, ukuran: ukuran) + "</w:p></w:tc>"
            }
            s += "</w:tr>"
        }
        s += "</w:tbl>"
        // A paragraph always follows a table (a section break cannot sit on a table).
        if t.catatan.isEmpty {
            s += paragraf("", gaya: "CatatanTabel")
        } else {
            for c in t.catatan { s += paragraf(c, gaya: "CatatanTabel") }
        }
        return s
    }
}
