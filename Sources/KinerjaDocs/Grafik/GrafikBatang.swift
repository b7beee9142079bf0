import Foundation
import KinerjaCore

/// A grouped bar chart rendered as standalone SVG (issue 6 item 5: server-rendered, no external service): one group
/// per category (an IKU, a program, a quarter), one bar per series (a year, target vs realisation), each bar labelled
/// with its value in Indonesian form so the printed page carries the numbers. A missing value draws no bar and is
/// labelled "t/d" (tidak dapat dihitung). Colours differ in lightness too, so a grey-scale print keeps them apart.
public struct GrafikBatang: Sendable, Hashable {
    public struct Seri: Sendable, Hashable {
        public var nama: String
        public var nilai: [Decimal?]
        public init(nama: String, nilai: [Decimal?]) {
            self.nama = nama
            self.nilai = nilai
        }
    }

    public var judul: String
    public var kategori: [String]
    public var seri: [Seri]
    /// Appended to every value label ("%"); empty for counts.
    public var satuan: String
    /// A reference line (100 % for capaian), nil for none.
    public var garisAcuan: Decimal?

    public init(judul: String, kategori: [String], seri: [Seri], satuan: String = "", garisAcuan: Decimal? = nil) {
        self.judul = judul
        self.kategori = kategori
        self.seri = seri
        self.satuan = satuan
        self.garisAcuan = garisAcuan
    }

    static let warna = ["#0b4f6c", "#5fa8d3", "#c9a227", "#8a1c12"]
    static let kisi = "#d5dbe3", sumbu = "#1d2330", acuan = "#8a1c12"

    public func svg() -> String {
        let lebarGrup = 40.0 + 26.0 * Double(max(seri.count, 1))
        let kiri = 56.0, atas = 40.0, tinggiPlot = 220.0, bawahLabel = 70.0
        let lebar = kiri + lebarGrup * Double(max(kategori.count, 1)) + 20
        let tinggi = atas + tinggiPlot + bawahLabel + 24.0 * Double((seri.count + 1) / 2)
        let semua = seri.flatMap { $0.nilai.compactMap { $0 } } + (garisAcuan.map { [$0] } ?? [])
        let maks = Self.skalaAtas(semua.max() ?? 0)
        func y(_ v: Decimal) -> Double { atas + tinggiPlot - tinggiPlot * (Self.double(max(v, 0)) / Self.double(maks)) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        var s = #"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="\#(f(lebar))" height="\#(f(tinggi))" viewBox="0 0 \#(f(lebar)) \#(f(tinggi))" font-family="sans-serif" font-size="11">"#
        s += "<title>\(XML.escape(judul))</title>"
        s += #"<text x="\#(f(kiri))" y="20" font-size="13" font-weight="bold">\#(XML.escape(judul))</text>"#
        // Axis with five ticks.
        for i in 0...4 {
            let v = maks * Decimal(i) / 4
            let yy = y(v)
            s += #"<line x1="\#(f(kiri))" y1="\#(f(yy))" x2="\#(f(lebar - 10))" y2="\#(f(yy))" stroke="\#(Self.kisi)" stroke-width="0.5"/>"#
            s += #"<text x="\#(f(kiri - 4))" y="\#(f(yy + 4))" text-anchor="end">\#(XML.escape(Tampilan.angka(v, presisi: 0)))</text>"#
        }
        s += #"<line x1="\#(f(kiri))" y1="\#(f(atas))" x2="\#(f(kiri))" y2="\#(f(atas + tinggiPlot))" stroke="\#(Self.sumbu)"/>"#
        if let g = garisAcuan {
            s += #"<line x1="\#(f(kiri))" y1="\#(f(y(g)))" x2="\#(f(lebar - 10))" y2="\#(f(y(g)))" stroke="\#(Self.acuan)" stroke-dasharray="4 3"/>"#
        }
        for (k, nama) in kategori.enumerated() {
            let x0 = kiri + lebarGrup * Double(k) + 20
            for (j, sr) in seri.enumerated() {
                let x = x0 + 26 * Double(j)
                let v = k < sr.nilai.count ? sr.nilai[k] : nil
                if let v {
                    let yy = y(v)
                    let label = Tampilan.angka(Tampilan.bulatkan(v, presisi: 2), presisi: 2) + satuan
                    s += #"<rect x="\#(f(x))" y="\#(f(yy))" width="22" height="\#(f(atas + tinggiPlot - yy))" fill="\#(Self.warna[j % Self.warna.count])" data-nilai="\#(Sel.desimalMesin(v))"><title>\#(XML.escape("\(nama) – \(sr.nama): \(label)"))</title></rect>"#
                    s += #"<text x="\#(f(x + 11))" y="\#(f(yy - 3))" text-anchor="middle" font-size="9">\#(XML.escape(label))</text>"#
                } else {
                    s += #"<text x="\#(f(x + 11))" y="\#(f(atas + tinggiPlot - 3))" text-anchor="middle" font-size="9">t/d</text>"#
                }
            }
            let pendek = nama.count > 28 ? String(nama.prefix(27)) + "…" : nama
            s += #"<text x="\#(f(x0 + 13 * Double(seri.count)))" y="\#(f(atas + tinggiPlot + 14))" text-anchor="middle">\#(XML.escape(pendek))</text>"#
        }
        for (j, sr) in seri.enumerated() {
            let lx = kiri + Double(j % 2) * 220, ly = atas + tinggiPlot + bawahLabel - 20 + 24 * Double(j / 2)
            s += #"<rect x="\#(f(lx))" y="\#(f(ly - 9))" width="12" height="12" fill="\#(Self.warna[j % Self.warna.count])"/>"#
            s += #"<text x="\#(f(lx + 16))" y="\#(f(ly + 1))">\#(XML.escape(sr.nama))</text>"#
        }
        return s + "</svg>"
    }

    /// A round upper end for the axis: 1, 2 or 5 × 10^k at or above `v` (at least 1).
    static func skalaAtas(_ v: Decimal) -> Decimal {
        guard v > 0 else { return 1 }
        var p: Decimal = 1
        while p * 10 <= v { p *= 10 }
        for m in [1, 2, 5, 10] as [Decimal] where p * m >= v { return p * m }
        return p * 10
    }

    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }
}

extension GrafikBatang {
    /// Capaian per IKU across the LKjIP's three years, against the 100 % line.
    public static func capaianIKU(_ m: [TabelPengukuran.Masukan], tahun n: Int) -> GrafikBatang {
        GrafikBatang(
            judul: "Capaian Indikator Kinerja Utama \(n - 2)–\(n) (%)", kategori: m.map(\.baris.indikator.nama),
            seri: PengukuranKinerja.tahunBanding(n).map { y in
                Seri(nama: "Capaian \(y)", nilai: m.map { $0.hasil.capaianPerTahun[y]?.nilaiTampil(presisi: 2) })
            }, satuan: "%", garisAcuan: 100)
    }

    /// Target against realisation of year n per IKU, in the indicator's own numbers (percent IKU only: one axis).
    public static func targetRealisasi(_ m: [TabelPengukuran.Masukan], tahun n: Int) -> GrafikBatang {
        let persen = m.filter { $0.baris.indikator.satuan == .persen }
        func angka(_ b: Besaran?, _ ind: Indikator) -> Decimal? { b.flatMap { try? ind.angka($0).get() }.map { Tampilan.bulatkan($0, presisi: 2) } }
        return GrafikBatang(
            judul: "Target dan Realisasi IKU Tahun \(n) (%)", kategori: persen.map(\.baris.indikator.nama),
            seri: [
                Seri(nama: "Target PK \(n)", nilai: persen.map { angka($0.baris.targetPK[n], $0.baris.indikator) }),
                Seri(nama: "Realisasi \(n)", nilai: persen.map { angka($0.baris.realisasi[n], $0.baris.indikator) }),
            ], satuan: "%")
    }
}
