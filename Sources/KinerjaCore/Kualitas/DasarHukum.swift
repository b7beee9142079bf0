import Foundation

/// One regulation as a legal-basis list cites it: kind ("peraturan bupati"), number, year, subject.
public struct Peraturan: Hashable, Sendable, CustomStringConvertible {
    public var jenis: String
    public var nomor: String
    public var tahun: Int
    /// The words after "tentang", lower case.
    public var tentang: String
    public init(jenis: String, nomor: String, tahun: Int, tentang: String = "") {
        self.jenis = jenis
        self.nomor = nomor
        self.tahun = tahun
        self.tentang = tentang
    }
    public var description: String {
        "\(jenis.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")) Nomor \(nomor) Tahun \(tahun)"
    }
    /// Same regulation: kind, number and year.
    var kunci: String { "\(jenis)|\(nomor)|\(tahun)" }
}

/// One entry of a report's legal basis as printed, with what it amends → R50.
public struct DasarHukumTercatat: Hashable, Sendable {
    public var lokasi: String
    public var peraturan: Peraturan
    public var mengubah: Peraturan?
    public init(lokasi: String, peraturan: Peraturan, mengubah: Peraturan? = nil) {
        self.lokasi = lokasi
        self.peraturan = peraturan
        self.mengubah = mengubah
    }
}

/// R50: a legal basis that cannot be right (lakip-spec §8 #66, 004:L86 "Peraturan Bupati Nomor 30 Tahun 2001
/// tentang Perubahan atas Peraturan Bupati … Nomor 26 Tahun 2009"; 004:L206 a 2011 decree amending a 2017
/// regulation; Perbup 44/2012 listed twice, L89 and L91; Perda 10/2009 at L85 but 10/2010 at L206 for the same
/// subject). Kinerja keeps regulations once, with their dates, and a report cites them from there.
public enum AturanDasarHukum {
    public static func periksa(_ rows: [DasarHukumTercatat]) -> [Finding] {
        var out: [Finding] = []
        var dilihat: [String: DasarHukumTercatat] = [:]
        for row in rows {
            let p = row.peraturan
            if let m = row.mengubah, p.tahun < m.tahun {
                out.append(Finding(
                    .dasarHukum, lokasi: row.lokasi,
                    pesan: "\(p) mengubah \(m): perubahan tidak dapat lebih tua daripada peraturan yang diubahnya.", dicetak: "\(p)"))
            }
            if let awal = dilihat[p.kunci] {
                if awal.lokasi != row.lokasi {
                    out.append(Finding(.dasarHukum, lokasi: "\(row.lokasi) vs \(awal.lokasi)", pesan: "\(p) dicantumkan dua kali sebagai dasar hukum.", dicetak: "\(p)"))
                }
                continue
            }
            if let lain = dilihat.values.first(where: { $0.peraturan.jenis == p.jenis && $0.peraturan.nomor == p.nomor && $0.peraturan.tahun != p.tahun
                && hal($0.peraturan.tentang) == hal(p.tentang) && !hal(p.tentang).isEmpty })
            {
                out.append(Finding(
                    .dasarHukum, lokasi: "\(row.lokasi) vs \(lain.lokasi)",
                    pesan: "\(p) dan \(lain.peraturan) untuk hal yang sama (\"\(hal(p.tentang))…\"): satu peraturan, dua tahun.",
                    dicetak: "\(p)", dihitung: nil))
            }
            dilihat[p.kunci] = row
        }
        return out
    }

    /// The subject's first four words: "Organisasi dan Tata Kerja Dinas Daerah" and "… Pemerintah Daerah" are one.
    static func hal(_ tentang: String) -> String { tentang.split(separator: " ").prefix(4).joined(separator: " ") }

    /// The regulations a printed entry cites, in order, each with the one it amends when the text says "tentang
    /// Perubahan atas …" right after it: "Peraturan Bupati Nomor 30 Tahun 2001 tentang Perubahan atas Peraturan
    /// Bupati Polewali Mandar Nomor 26 Tahun 2009 tentang …" → Perbup 30/2001 amending Perbup 26/2009.
    public static func baca(_ teks: String, lokasi: String) -> [DasarHukumTercatat] {
        let kutipan = cari(teks)
        var out: [DasarHukumTercatat] = []
        var i = 0
        while i < kutipan.count {
            var p = kutipan[i].0
            let sesudah = kutipan[i].tentang
            if sesudah.hasPrefix("perubahan atas"), i + 1 < kutipan.count {
                p.tentang = kutipan[i + 1].tentang
                out.append(DasarHukumTercatat(lokasi: lokasi, peraturan: p, mengubah: kutipan[i + 1].0))
                i += 2
            } else {
                out.append(DasarHukumTercatat(lokasi: lokasi, peraturan: p))
                i += 1
            }
        }
        return out
    }

    /// Each "<Peraturan|Keputusan|Instruksi> <issuer …> Nomor <n> [dan] Tahun <yyyy>" with the text after it up to
    /// the next citation (its "tentang …", lower case, without the word "tentang").
    static func cari(_ teks: String) -> [(Peraturan, tentang: String)] {
        let kata = teks.split(whereSeparator: \.isWhitespace).map { String($0) }
        let jenisAwal: Set<String> = ["peraturan", "keputusan", "instruksi"]
        var temuan: [(mulai: Int, akhir: Int, Peraturan)] = []
        var i = 0
        while i < kata.count {
            let w = kata[i].lowercased()
            guard jenisAwal.contains(w), i + 1 < kata.count else { i += 1; continue }
            // The number keyword within the next few words ("Peraturan Bupati Polewali Mandar Nomor 44 tahun 2012").
            guard let n = (i + 1..<min(kata.count, i + 12)).first(where: { ["nomor", "no.", "no"].contains(kata[$0].lowercased()) }),
                n + 1 < kata.count
            else { i += 1; continue }
            let nomor = kata[n + 1].trimmingCharacters(in: .punctuationCharacters)
            var t = n + 2
            if t < kata.count, kata[t].lowercased() == "dan" { t += 1 }
            guard t + 1 < kata.count, kata[t].lowercased() == "tahun", let tahun = Int(kata[t + 1].trimmingCharacters(in: .punctuationCharacters)),
                !nomor.isEmpty, nomor.allSatisfy(\.isNumber)
            else { i += 1; continue }
            let jenis = "\(w) \(kata[i + 1].lowercased())"
            temuan.append((i, t + 2, Peraturan(jenis: jenis, nomor: nomor, tahun: tahun)))
            i = t + 2
        }
        return temuan.enumerated().map { k, c in
            let ujung = k + 1 < temuan.count ? temuan[k + 1].mulai : kata.count
            var sisa = kata[c.akhir..<max(c.akhir, ujung)].map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
            if sisa.first == "tentang" { sisa.removeFirst() }
            var p = c.2
            p.tentang = sisa.joined(separator: " ")
            return (p, p.tentang)
        }
    }
}
