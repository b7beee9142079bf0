import Foundation
import KinerjaCore
import Testing

@testable import KinerjaDocs

@Suite("CSV and JSON")
struct DatarWriterTests {
    @Test(
        "CSV is RFC 4180 and Python's csv module reads the same fields back",
        .enabled(if: AlatLuar.pythonApa != nil, "python3 missing: apt-get install python3"))
    func csvRoundTrip() throws {
        let t = TabelRumusan.buat(pohon: Contoh.pohon, tahun: 2025)
        let data = try CSVWriter().data(t)
        let teks = try #require(String(data: data, encoding: .utf8))
        #expect(teks.hasSuffix("\r\n"))
        #expect(teks.contains(#""Prioritas, ""mendesak""""#))
        let py = try #require(AlatLuar.pythonApa)
        let dir = try AlatLuar.folderUji("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("rumusan.csv")
        try data.write(to: url)
        let skrip = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let h = try AlatLuar.jalankan(py, ["-c", skrip, url.path])
        #expect(h.status == 0, "\(h.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(h.stdout.utf8))
        #expect(rows.count == t.baris.count + 1)
        #expect(rows[0][4] == "Rencana Tahun 2025 – Target Capaian Kinerja – Angka")
        #expect(rows[0][11] == "Prakiraan Maju Rencana Tahun 2026 – Kebutuhan Dana/Pagu Indikatif (Rp)")
        for (i, b) in t.baris.enumerated() {
            #expect(rows[i + 1] == b.sel.map(\.teksMesin))
        }
        #expect(rows[1][6] == "2852250329")
        #expect(rows[3][8] == "Prioritas, \"mendesak\"")
    }

    @Test("JSON rows keyed by column id; numbers are JSON numbers, undefined capaian a string")
    func json() throws {
        let t = TabelTC29.buat(tahun: 2025, baris: Contoh.tc29)
        let data = try JSONWriter().data(t)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[1]["kode"] as? String == "1.06.04.2.01")
        #expect((rows[1]["k10"] as? NSNumber)?.intValue == 34)
        #expect((rows[1]["k11"] as? NSNumber)?.doubleValue == 56.67)
        #expect(rows[2]["k8"] as? String == "tidak dapat dihitung (target nol)")
        #expect(rows[0]["_level"] as? Int == 0)
        #expect(String(decoding: data, as: UTF8.self).contains(#""k11":56.67"#))
        #expect(try JSONWriter().data(TabelTC29.buat(tahun: 2025, baris: [])) == Data("[]\n".utf8))
    }

    @Test("CSV and JSON stream from an AsyncSequence into files")
    func streaming() async throws {
        let dir = try AlatLuar.folderUji("datar-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        let kerangka = TabelTC29.buat(tahun: 2025, baris: [])
        let csv = dir.appendingPathComponent("a.csv")
        let json = dir.appendingPathComponent("a.json")
        try await CSVWriter().tulis(kerangka, baris: DocsBench.BarisSintetis(jumlah: 1000), ke: csv)
        try await JSONWriter().tulis(kerangka, baris: DocsBench.BarisSintetis(jumlah: 1000), ke: json)
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.count == 1001)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]])
        #expect(rows.count == 1000)
        #expect(rows[999]["uraian"] as? String == "Sub kegiatan nomor 999")
    }
}
