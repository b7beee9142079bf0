import Foundation
import KinerjaCore

/// JSON: an array of row objects keyed by column id, in column order. Numbers are JSON numbers written from
/// their exact decimal (never through a binary float), empty cells are null, an undefined capaian is the string
/// "tidak dapat dihitung (…)". Hierarchy travels as `"_level"` (0 program, 1 kegiatan, 2 sub-kegiatan) and
/// bold total lines as `"_tebal": true`. Written by hand so large tables stream.
public struct JSONWriter: Sendable {
    public init() {}

    public func data(_ tabel: TabelDokumen) throws -> Data {
        let out = Keluaran()
        var pertama = true
        try out.tulis("[")
        for b in tabel.baris {
            try out.tulis((pertama ? "\n" : ",\n") + objek(tabel, b))
            pertama = false
        }
        try out.tulis(pertama ? "]\n" : "\n]\n")
        return try out.tutup()
    }

    /// The table with its frame, for the JSON API: `{"id", "judul", "subjudul", "kolom": [{id, judul, nomor, format}],
    /// "catatan", "temuan": [finding], "baris": [rows as in `data`]}`; each finding names the row it concerns by
    /// `baris` (zero-based) when one does.
    public func dataLengkap(_ tabel: TabelDokumen, temuan: [Finding] = []) throws -> Data {
        struct KolomJSON: Encodable { var id, judul, nomor, format: String }
        struct TemuanJSON: Encodable { var ruleId, severity, lokasi, pesan: String; var dicetak, dihitung: String?; var baris: Int? }
        struct Bingkai: Encodable {
            var id, judul: String
            var subjudul: String?
            var kolom: [KolomJSON]
            var catatan: [String]
            var temuan: [TemuanJSON]
        }
        let kolom = tabel.kolom.map { k in
            KolomJSON(id: k.id, judul: k.judul, nomor: k.nomor, format: {
                switch k.format {
                case .teks: "teks"
                case .rupiah: "rupiah"
                case .desimal: "desimal"
                case .persen: "persen"
                }
            }())
        }
        let t = temuan.map { f in
            TemuanJSON(
                ruleId: f.ruleId, severity: f.severity.rawValue, lokasi: f.lokasi, pesan: f.pesan, dicetak: f.dicetak, dihitung: f.dihitung,
                baris: tabel.baris.firstIndex { $0.menyangkut(f) })
        }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let bingkai = try enc.encode(Bingkai(id: tabel.id, judul: tabel.judul, subjudul: tabel.subjudul, kolom: kolom, catatan: tabel.catatan, temuan: t))
        return Self.sambung(bingkai, kunci: "baris", json: try data(tabel))
    }

    /// Adds already-written JSON (rows streamed by hand, exact numbers) as the last member of an encoded object:
    /// `{…}` → `{…,"kunci":json}`.
    public static func sambung(_ objek: Data, kunci: String, json: Data) -> Data {
        var out = objek
        guard out.last == UInt8(ascii: "}") else { return out }
        out.removeLast()
        if out.last != UInt8(ascii: "{") { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: Array((string(kunci) + ":").utf8))
        out.append(json)
        out.append(UInt8(ascii: "}"))
        return out
    }

    public func tulis<S: AsyncSequence>(_ kerangka: TabelDokumen, baris: S, ke url: URL) async throws
    where S.Element == BarisTabel {
        let out = try Keluaran(file: url)
        var pertama = true
        try out.tulis("[")
        for b in kerangka.baris {
            try out.tulis((pertama ? "\n" : ",\n") + objek(kerangka, b))
            pertama = false
        }
        for try await b in baris {
            try out.tulis((pertama ? "\n" : ",\n") + objek(kerangka, b))
            pertama = false
        }
        try out.tulis(pertama ? "]\n" : "\n]\n")
        _ = try out.tutup()
    }

    func objek(_ t: TabelDokumen, _ b: BarisTabel) -> String {
        var s = "{"
        for (i, k) in t.kolom.enumerated() {
            let isi = i < b.sel.count ? b.sel[i] : .kosong
            s += Self.string(k.id) + ":" + nilai(isi) + ","
        }
        s += #""_level":\#(b.level),"_tebal":\#(b.tebal)}"#
        return s
    }

    func nilai(_ isi: Sel) -> String {
        if let a = isi.angkaMesin { return a }
        switch isi {
        case .teks(let t): return Self.string(t)
        case .tidakDapatDihitung: return Self.string(isi.teksTampil)
        default: return "null"
        }
    }

    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
