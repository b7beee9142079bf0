import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif
import KinerjaCore
import Testing

@testable import KinerjaDocs

/// A Renja-shaped Word document: cover, table of contents, chapters with narrative, the wide tables in
/// landscape sections.
func contohRenja() -> DokumenWord {
    let tabel = Contoh.semuaTabel
    return DokumenWord(
        judul: "Rencana Kerja Dinas Sosial Kabupaten Mamuju Tahun 2025",
        sampul: Sampul(
            judul: ["Rencana Kerja", "(Renja)", "Tahun 2025"], perangkatDaerah: "Dinas Sosial Kabupaten Mamuju",
            keterangan: ["Mamuju, 2024"]),
        bagian: [
            BagianWord(blok: [.daftarIsi]),
            BagianWord(blok: [
                .judul("BAB I PENDAHULUAN", tingkat: 1),
                .judul("1.1 Latar Belakang", tingkat: 2),
                .paragraf(
                    "Rencana Kerja (Renja) Dinas Sosial disusun berdasarkan Permendagri 86/2017. Pagu indikatif seluruh program sebesar Rp 2.852.250.329.\nParagraf kedua: <tanda> & \"kutip\" tetap utuh."
                ),
                .judul("BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU", tingkat: 1),
                .paragraf("Rekapitulasi evaluasi hasil pelaksanaan Renja disajikan pada tabel berikut."),
            ]),
            BagianWord(lanskap: true, blok: [.tabel(tabel[1])]),
            BagianWord(blok: [.judul("BAB IV RENCANA KERJA DAN PENDANAAN", tingkat: 1), .paragraf("Rumusan program dan kegiatan:")]),
            BagianWord(lanskap: true, blok: [.tabel(tabel[0]), .pemisahHalaman, .tabel(tabel[2])]),
            BagianWord(blok: [.judul("BAB V PENUTUP", tingkat: 1), .paragraf("Demikian Renja ini disusun.")]),
        ])
}

@Suite(
    "PDF through LibreOffice and pdftotext",
    .serialized,
    .enabled(if: AlatLuar.adaLibreOffice, "LibreOffice missing: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"),
    .enabled(if: AlatLuar.adaPoppler, "poppler-utils missing: apt-get install poppler-utils")
)
struct PDFLibreOfficeTests {
    @Test("the Renja DOCX converts to PDF; headings, captions, figures and page numbers are in the text")
    func docxToPDF() throws {
        let dir = try AlatLuar.folderUji("docx-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("renja-2025.docx")
        try DOCXWriter().tulis(contohRenja(), ke: docx)
        let pdf = try AlatLuar.kePDF(docx, outdir: dir)
        let teks = rapatkan(try AlatLuar.teksPDF(pdf))
        for harus in [
            "RENCANA KERJA", "Dinas Sosial Kabupaten Mamuju", "DAFTAR ISI", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
            "BAB V PENUTUP", "Tabel 1. Rekapitulasi Evaluasi", "Tabel 2. Rumusan Rencana Program", "Tabel 3. Perbandingan Renja",
            "2.852.250.329", "56,67", "(target nol)", "8 = (7/6)", "Kategori",
            "1.06.04.2.01.0001",
            "<tanda> & \"kutip\"", "Halaman 2", "[76; 91) Tinggi",
        ] {
            #expect(teks.contains(harus), "PDF text lacks \"\(harus)\"")
        }
        // Narrow table cells wrap, and pdftotext -layout interleaves the wrapped lines of neighbouring cells
        // (the fonts on a fresh install wrap "36.500,5" after the comma): check those cells word by word.
        let kata = Set(teks.split(separator: " ").map(String.init))
        for harus in ["36.500,", "tidak", "dapat", "dihitung"] {
            #expect(kata.contains(harus) || kata.contains(where: { $0.hasPrefix(harus) }), "PDF text lacks the word \"\(harus)\"")
        }
        let info = try AlatLuar.jalankan("pdfinfo", [pdf.path]).stdout
        // Portrait A4 first page (595 x 842 pt); a landscape section is in the document too.
        #expect(info.contains("595.") || info.contains("595 x"))
        try AlatLuar.simpanHalamanPertama(pdf, nama: "renja-2025-docx")
        // Page sizes: the cover is A4 portrait, the T-C.29 section A4 landscape.
        let halaman = try AlatLuar.jalankan("pdfinfo", ["-f", "1", "-l", "20", pdf.path]).stdout
        #expect(halaman.contains(" x 841.89 pts"))
        #expect(halaman.contains("841.89 x 59"))
        let hal = try AlatLuar.jalankan(
            "pdftoppm",
            [
                "-png", "-r", "60", "-f", "4", "-l", "4", "-singlefile", pdf.path,
                AlatLuar.artefak.appendingPathComponent("renja-2025-docx-hal4").path,
            ])
        #expect(hal.status == 0)
    }

    @Test("the workbook converts to PDF and the figures are in the text")
    func xlsxToPDF() throws {
        let dir = try AlatLuar.folderUji("xlsx-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let xlsx = dir.appendingPathComponent("renja-2025.xlsx")
        try XLSXWriter().tulis(Contoh.semuaTabel, ke: xlsx)
        let pdf = try AlatLuar.kePDF(xlsx, outdir: dir)
        let teks = try AlatLuar.teksPDF(pdf)
        let rapat = rapatkan(teks)
        for harus in ["Rekapitulasi Evaluasi Hasil", "Rumusan Rencana Program", "8 = (7/6)", "JUMLAH", "tidak dapat", "Halaman 1 dari 4"] {
            #expect(rapat.contains(harus), "PDF text lacks \"\(harus)\"")
        }
        // Separators follow LibreOffice's locale: compare digits only.
        let angka = hanyaAngka(teks)
        for harus in ["2852250329", "1852250329", "5667", "9580"] {
            #expect(angka.contains(harus), "PDF lacks the figure \(harus)")
        }
        try AlatLuar.simpanHalamanPertama(pdf, nama: "renja-2025-xlsx")
    }

    @Test("a chart block becomes a native Word chart that LibreOffice draws: caption, series names and values are in the PDF text")
    func grafikToPDF() throws {
        let dir = try AlatLuar.folderUji("docx-grafik")
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = GrafikBatang(judul: "Capaian IKU 2023–2024 (%)", kategori: ["PSKS", "TMP"],
                             seri: [.init(nama: "Capaian 2023", nilai: [d("112.07"), d("100")]), .init(nama: "Capaian 2024", nilai: [d("126.87"), nil])])
        let dok = DokumenWord(judul: "Uji grafik", bagian: [BagianWord(blok: [.judul("3.1 Capaian", tingkat: 2), .grafik(g), .paragraf("Sesudah grafik.")])])
        let docx = dir.appendingPathComponent("grafik.docx")
        try DOCXWriter().tulis(dok, ke: docx)
        let pdf = try AlatLuar.kePDF(docx, outdir: dir)
        let teks = rapatkan(try AlatLuar.teksPDF(pdf))
        for harus in ["Grafik 1. Capaian IKU 2023–2024 (%)", "Capaian 2023", "Capaian 2024", "PSKS", "TMP", "Sesudah grafik."] {
            #expect(teks.contains(harus), "PDF text lacks \"\(harus)\"")
        }
        // Data labels in the reader's number format (LibreOffice here: 126.87 or 126,87).
        #expect(teks.contains("126.87") || teks.contains("126,87"), "the plotted value is not drawn")
        try AlatLuar.simpanHalamanPertama(pdf, nama: "grafik-docx")
    }
}

@Suite("DOCX package")
struct DOCXWriterTests {
    @Test("parts, sections and merged header cells are in the WordprocessingML")
    func structure() throws {
        let dok = contohRenja()
        let data = try DOCXWriter().data(dok)
        #expect(data.prefix(2) == Data("PK".utf8))
        let xml = try DOCXWriter.tabel(Contoh.semuaTabel[1], nomor: 1, halaman: .init(lanskap: true))
        // T-C.29: "Indikator" spans two columns and two rows; the second header row continues it.
        #expect(xml.contains(#"<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>"#))
        #expect(xml.contains(#"<w:gridSpan w:val="2"/><w:vMerge/>"#))
        #expect(xml.contains(#"<w:gridSpan w:val="3"/>"#))
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count - 1 == 3)
        #expect(xml.contains("tidak dapat dihitung (target nol)"))
        #expect(!xml.contains("<w:instrText"))
    }

    @Test("a chart is a chart part with its relationship and content type; its cache holds every category and defined value, a missing one is a gap")
    func grafik() throws {
        let g = GrafikBatang(judul: "Uji <grafik>", kategori: ["A & B", "C"], seri: [.init(nama: "Target", nilai: [d("67"), nil])])
        let data = try DOCXWriter().data(DokumenWord(judul: "x", bagian: [BagianWord(blok: [.grafik(g), .grafik(g)])]))
        for nama in ["word/charts/chart1.xml", "word/charts/chart2.xml"] { #expect(data.range(of: Data(nama.utf8)) != nil, "no part \(nama)") }
        let xml = GrafikDOCX.chartSpace(g)
        #expect(XMLParser(data: Data(xml.utf8)).parse(), "chart part is not well-formed")
        #expect(xml.contains("<c:v>A &amp; B</c:v>") && xml.contains("<c:v>C</c:v>") && xml.contains("<c:v>Target</c:v>"))
        #expect(xml.contains(#"<c:pt idx="0"><c:v>67</c:v></c:pt>"#))
        #expect(!xml.contains(#"<c:pt idx="1"><c:v>"#.appending("0")), "a missing value is not drawn as 0")
        #expect(xml.components(separatedBy: "<c:ser>").count - 1 == 1)
        let p = GrafikDOCX.paragraf(g, nomor: 2, lebarTwip: 9071)
        #expect(p.contains(#"r:id="rIdGrafik2""#) && p.contains("SEQ Grafik") && p.contains(#"cx="\#(9071 * 635)""#))
        #expect(GrafikDOCX.kolomExcel(1) == "B" && GrafikDOCX.kolomExcel(25) == "Z" && GrafikDOCX.kolomExcel(26) == "AA")
    }
}
