import Foundation
import KinerjaCore

/// Streaming-memory benchmark (issue 7 "Speed"): writes a T-C.29-shaped XLSX of `rows` synthetic rows and
/// reports the time and the process's peak resident memory (VmHWM, Linux). Run each size in its own process:
/// VmHWM never goes down.
public enum DocsBench {
    public struct Hasil: Sendable {
        public var baris: Int
        public var streaming: Bool
        public var detik: Double
        public var ukuranFile: Int64
        /// Resident memory before writing and the peak after, in KiB (nil off Linux).
        public var rssAwalKiB: Int?
        public var puncakKiB: Int?

        public var ringkasan: String {
            let mib = { (k: Int?) in k.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "n/a" }
            return "\(baris) rows \(streaming ? "streamed" : "in memory"): \(String(format: "%.2f", detik)) s, "
                + "\(ukuranFile / 1024) KiB xlsx, RSS before \(mib(rssAwalKiB)), peak \(mib(puncakKiB))"
        }
    }

    /// The table shape written: T-C.29 (13 columns) or the LKjIP's realisasi anggaran (6 columns).
    public enum Bentuk: Sendable {
        case tc29, realisasiAnggaran

        var kerangka: TabelDokumen {
            var t = switch self {
            case .tc29: TabelTC29.buat(tahun: 2026, baris: [])
            case .realisasiAnggaran: TabelRealisasiAnggaran.buat(tahun: 2026, pos: [], sumber: "baris sintetis")
            }
            t.baris = []
            return t
        }

        func baris(_ i: Int) -> BarisTabel {
            switch self {
            case .tc29: return DocsBench.baris(i)
            case .realisasiAnggaran:
                let p = Int64(10_000_000 + (i % 977) * 1_000), r = p - Int64(i % 13) * 10_000
                return BarisTabel(
                    [.teks("1.06.04.2.01.\(String(format: "%04d", i % 10_000))"), .teks("Sub kegiatan nomor \(i)"), .rupiah(p), .rupiah(r),
                     Sel.dari(Serapan.hitung(pagu: Rupiah(p), realisasi: Rupiah(r))), .rupiah(p - r)], level: 2)
            }
        }
    }

    /// Rows produced one at a time on demand, like a database cursor.
    public struct BarisSintetis: AsyncSequence, Sendable {
        public typealias Element = BarisTabel
        let jumlah: Int
        let bentuk: Bentuk
        public init(jumlah: Int, bentuk: Bentuk = .tc29) {
            self.jumlah = jumlah
            self.bentuk = bentuk
        }
        public struct AsyncIterator: AsyncIteratorProtocol {
            var i = 0
            let jumlah: Int
            let bentuk: Bentuk
            public mutating func next() async -> BarisTabel? {
                guard i < jumlah else { return nil }
                defer { i += 1 }
                return bentuk.baris(i)
            }
        }
        public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(jumlah: jumlah, bentuk: bentuk) }
    }

    static func baris(_ i: Int) -> BarisTabel {
        let t = Decimal(100 + i % 50)
        let r = Decimal(90 + i % 37)
        return BarisTabel(
            [
                .teks("1.06.04.2.01.\(String(format: "%04d", i % 10_000))"), .teks("Sub kegiatan nomor \(i)"),
                .teks("Jumlah penerima layanan \(i)"), .teks("orang"),
                .desimal(t * 5, presisi: 0), .desimal(t * 2, presisi: 0), .desimal(t, presisi: 0), .desimal(r, presisi: 0),
                .persen(Tampilan.bulatkanCapaian(r * 100 / t, presisi: 2)), .desimal(t, presisi: 0),
                .desimal(t * 2 + r, presisi: 0), i % 97 == 0 ? .tidakDapatDihitung(alasan: "target nol") : .persen(79.71),
                .teks("Tinggi"),
            ], level: 2)
    }

    public static func run(rows: Int, streaming: Bool = true, bentuk: Bentuk = .tc29, ke url: URL? = nil) async throws -> Hasil {
        let url = url ?? FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-bench-\(rows).xlsx")
        let kerangka = bentuk.kerangka
        let rss0 = status("VmRSS")
        let t0 = Date()
        if streaming {
            try await XLSXWriter().tulis(kerangka, baris: BarisSintetis(jumlah: rows, bentuk: bentuk), ke: url)
        } else {
            var t = kerangka
            t.baris = (0..<rows).map(bentuk.baris)
            try XLSXWriter().data([t]).write(to: url)
        }
        let detik = Date().timeIntervalSince(t0)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        return Hasil(
            baris: rows, streaming: streaming, detik: detik, ukuranFile: size, rssAwalKiB: rss0, puncakKiB: status("VmHWM"))
    }

    /// A field of /proc/self/status in KiB ("VmHWM", "VmRSS").
    static func status(_ field: String) -> Int? {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }
}
