import Foundation
import KinerjaCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import KinerjaDocs

/// Reads the writer's markup back with Foundation's XML parser (the output is well-formed XHTML).
final class BacaHTML: NSObject, XMLParserDelegate {
    struct Sel { var tag: String; var attr: [String: String]; var teks: String }
    var baris: [[Sel]] = []
    var dalamBagian = ""
    private var sel: Sel?
    private var jalur: [String] = []
    var bagianBaris: [String] = []

    static func baca(_ html: String) throws -> BacaHTML {
        let b = BacaHTML()
        let p = XMLParser(data: Data(html.utf8))
        p.delegate = b
        guard p.parse() else { throw p.parserError ?? CocoaError(.fileReadCorruptFile) }
        return b
    }

    func parser(_ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        jalur.append(e)
        if e == "thead" || e == "tbody" { dalamBagian = e }
        if e == "tr" { baris.append([]); bagianBaris.append(dalamBagian) }
        if e == "td" || e == "th" { sel = Sel(tag: e, attr: attributes, teks: "") }
    }

    func parser(_ parser: XMLParser, foundCharacters s: String) { sel?.teks += s }

    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        jalur.removeLast()
        if (e == "td" || e == "th"), let s = sel { baris[baris.count - 1].append(s); sel = nil }
    }
}

@Suite("HTML writer")
struct HTMLWriterTests {
    @Test("T-C.29: header keeps the merged cells and the column-number row; cells show Indonesian numbers with machine values")
    func tc29() throws {
        let t = TabelTC29.buat(tahun: 2025, baris: Contoh.tc29, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju")
        let b = try BacaHTML.baca(try HTMLWriter().html(t))
        let head = b.baris.indices.filter { b.bagianBaris[$0] == "thead" }.map { b.baris[$0] }
        #expect(head.count == 3)
        // Every header row covers the 13 leaf columns once its rowspans from above are counted.
        #expect(head[0].reduce(0) { $0 + Int($1.attr["colspan"] ?? "1")! } == t.kolom.count)
        #expect(head[0].first { $0.teks.hasPrefix("Target dan Realisasi") }?.attr["colspan"] == "3")
        #expect(head[0][0].attr["rowspan"] == "2")
        // The column-number row: the indicator and its unit share "3".
        #expect(head[2].map(\.teks) == ["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = (5+7+9)", "11 = (10/4)", "12"])
        #expect(head[2][2].attr["colspan"] == "2")
        let body = b.baris.indices.filter { b.bagianBaris[$0] == "tbody" }.map { b.baris[$0] }
        #expect(body.count == t.baris.count)
        // 000:L113: 12/12 = 100 %, 5 + 7 + 9 = 34, 34/60 = 56,67 % (Rendah).
        let r = body[1]
        #expect(r[8].teks == "100,00")
        #expect(r[10].teks == "34")
        #expect(r[11].teks == "56,67" && r[11].attr["data-nilai"] == "56.67" && r[11].attr["class"] == "angka")
        #expect(r[12].teks == "Rendah")
        // 000:L189: target 0 → column 8 is undefined, shown as such.
        #expect(body[2][8].attr["class"]?.contains("tidak-dihitung") == true)
        #expect(body[2][8].teks.hasPrefix("tidak dapat dihitung"))
        // Every body cell's text is the DOCX text of the same cell.
        for (i, row) in body.enumerated() { #expect(row.map(\.teks) == t.baris[i].sel.map(\.teksTampil)) }
    }

    @Test("text is escaped: markup in a name stays text")
    func escape() throws {
        let t = TabelTC30.buat(tahun: 2024, baris: Contoh.tc30)
        let html = try HTMLWriter().html(t)
        #expect(!html.contains("<dan>"))
        #expect(html.contains("&lt;dan&gt;"))
        let b = try BacaHTML.baca(html)
        #expect(b.baris.contains { $0.contains { $0.teks.contains("<dan>") } })
    }

    @Test("a table whose rows do not fit its columns is refused, not rendered")
    func validasi() {
        var t = TabelTC30.buat(tahun: 2024, baris: Contoh.tc30)
        t.baris[0].sel.removeLast()
        #expect(throws: GalatTabel.jumlahSel(tabel: "tc30", baris: 0, ada: 16, harus: 17)) { try HTMLWriter().html(t) }
    }
}

@Suite("T-C.30 table")
struct TabelTC30Tests {
    @Test("columns 11-13 carry the engine's capaian and category; targets, realisations and projections as entered")
    func nilai() throws {
        let t = TabelTC30.buat(tahun: 2024, baris: Contoh.tc30)
        try t.validasi()
        func k(_ id: String) -> Int { t.kolom.firstIndex { $0.id == id }! }
        #expect(t.kolom.map(\.nomor).last == "16")
        // 000:L231: 109/60 = 181,67 %, 121/75 = 161,33 %.
        let psks = t.baris[0].sel
        #expect(psks[k("target_2022")] == .desimal(60, presisi: 0))
        #expect(psks[k("realisasi_2023")] == .desimal(121, presisi: 0))
        #expect(psks[k("capaian_2022")] == .persen(d("181.67")))
        #expect(psks[k("capaian_2023")] == .persen(d("161.33")))
        #expect(psks[k("kategori")] == .teks(SkalaPenilaian.permendagri86.kategori(d("161.33"))))
        #expect(psks[k("proyeksi_2025")] == .desimal(100, presisi: 0))
        // 000:L233: 100/79,23 = 126,21 %; SPM column as entered.
        let bencana = t.baris[1].sel
        #expect(bencana[k("capaian_2022")] == .persen(d("126.21")))
        #expect(bencana[k("spm")] == .teks("100%"))
        // 000:L254: grades stay text; 2023 has a target and no realisation → undefined, not 0.
        let akip = t.baris[2].sel
        #expect(akip[k("target_2023")] == .teks("CC"))
        if case .tidakDapatDihitung = akip[k("capaian_2023")] {} else { Issue.record("capaian 2023 should be undefined: \(akip[k("capaian_2023")])") }
        #expect(akip[k("proyeksi_2024")] == .kosong)
    }
}
