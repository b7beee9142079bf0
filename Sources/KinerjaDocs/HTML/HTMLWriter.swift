import Foundation
import KinerjaCore

/// The HTML rendering of a `TabelDokumen` (issue 7: one table model, every writer): a `<figure>` with the title,
/// a `<table>` whose header keeps the regulation's merged cells (colspan/rowspan) and column-number row, body rows
/// indented by level, numbers in the Indonesian display form (the same text the DOCX shows) with the machine value
/// in `data-nilai`, and the footnotes. The engine's findings about a row follow it in a full-width row of their own
/// (`BarisTabel.menyangkut`). The web app embeds it; the markup uses only the layout's CSS classes.
public struct HTMLWriter: Sendable {
    public init() {}

    public func html(_ t: TabelDokumen, temuan: [Finding] = []) throws(GalatTabel) -> String {
        try t.validasi()
        let posisi = try t.tataLetakHeader()
        var s = #"<figure class="tabel-dokumen" id="tabel-\#(XML.escape(t.id))">"#
        s += "<figcaption><strong>\(XML.escape(t.judul))</strong>"
        if let sub = t.subjudul { s += "<br/>\(XML.escape(sub))" }
        s += "</figcaption><div class=\"gulir\"><table><thead>"
        for r in 0..<t.headerEfektif.count {
            s += "<tr>"
            for p in posisi where p.baris == r {
                s += "<th scope=\"col\"" + rentang(p.colspan, p.rowspan) + ">\(XML.escape(p.teks))</th>"
            }
            s += "</tr>"
        }
        if t.barisNomor {
            s += "<tr class=\"nomor-kolom\">"
            for n in t.rentangNomor { s += "<th" + rentang(n.jumlah, 1) + ">\(XML.escape(n.nomor))</th>" }
            s += "</tr>"
        }
        s += "</thead><tbody>"
        for b in t.baris {
            s += "<tr class=\"" + (["level-\(b.level)"] + (b.tebal ? ["tebal"] : [])).joined(separator: " ") + "\">"
            for (c, sel) in b.sel.enumerated() { s += self.sel(sel, kolom: t.kolom[c], level: b.level) }
            s += "</tr>"
            let f = temuan.filter(b.menyangkut)
            if !f.isEmpty {
                s += "<tr class=\"temuan\"><td colspan=\"\(t.kolom.count)\"><ul>"
                for x in f { s += "<li class=\"\(x.severity.rawValue)\">" + XML.escape(Self.teks(x)) + "</li>" }
                s += "</ul></td></tr>"
            }
        }
        s += "</tbody></table></div>"
        for c in t.catatan { s += "<p class=\"catatan\">\(XML.escape(c))</p>" }
        return s + "</figure>"
    }

    /// "R12-persentase (000:L233 target:2024): … — tercetak 79,23 %, dihitung 79,71 %".
    public static func teks(_ f: Finding) -> String {
        var s = "\(f.ruleId) (\(f.lokasi)): \(f.pesan)"
        var nilai: [String] = []
        if let d = f.dicetak { nilai.append("tercetak \(d)") }
        if let h = f.dihitung { nilai.append("dihitung \(h)") }
        if !nilai.isEmpty { s += " — " + nilai.joined(separator: ", ") }
        return s
    }

    private func rentang(_ colspan: Int, _ rowspan: Int) -> String {
        (colspan > 1 ? " colspan=\"\(colspan)\"" : "") + (rowspan > 1 ? " rowspan=\"\(rowspan)\"" : "")
    }

    private func sel(_ sel: Sel, kolom: Kolom, level: Int) -> String {
        var kelas: [String] = []
        if sel.numerik || kolom.format.rataKanan { kelas.append("angka") }
        if case .tidakDapatDihitung = sel { kelas.append("tidak-dihitung") }
        if kolom.berjenjang && level > 0 { kelas.append("jenjang-\(level)") }
        var a = kelas.isEmpty ? "" : " class=\"\(kelas.joined(separator: " "))\""
        if let m = sel.angkaMesin { a += " data-nilai=\"\(m)\"" }
        return "<td\(a)>\(XML.escape(sel.teksTampil))</td>"
    }
}
