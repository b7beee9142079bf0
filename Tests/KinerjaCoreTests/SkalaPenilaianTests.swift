import Foundation
import Testing

@testable import KinerjaCore

@Suite("Rating scales as data (decision 6)")
struct SkalaPenilaianTests {
    @Test("shipped scales are valid partitions of [0, ∞) and document their repair")
    func bawaanSah() throws {
        for s in SkalaPenilaian.bawaan {
            try SkalaPenilaian.validasi(s.pita)
            #expect(!s.deskripsi.isEmpty)
        }
        #expect(SkalaPenilaian.mamujuLKjIP.deskripsi.contains("120"))
        #expect(SkalaPenilaian.polmanLAKIP.deskripsi.contains("tumpang tindih"))
    }

    @Test("the scales exactly as printed are rejected")
    func tercetakDitolak() {
        // 002:L1649: "Sangat Baik 120 ≥ X > 100" leaves X > 120 without a category.
        #expect(throws: SkalaPenilaian.Galat.tidakSampaiTakHingga) {
            try SkalaPenilaian(
                id: "m", nama: "Mamuju tercetak", deskripsi: "",
                pita: [
                    .init(kategori: "Sangat Kurang", bawah: 0, atas: 50),
                    .init(kategori: "Kurang", bawah: 50, atas: 80, atasTermasuk: true),
                    .init(kategori: "Cukup", bawah: 80, bawahTermasuk: false, atas: 100),
                    .init(kategori: "Baik", bawah: 100, atas: 100, atasTermasuk: true),
                    .init(kategori: "Sangat Baik", bawah: 100, bawahTermasuk: false, atas: 120, atasTermasuk: true),
                ])
        }
        // 004:L334: "0 sd 50 %", "50 s.d 100 %" both include 50.
        #expect(throws: SkalaPenilaian.Galat.tumpangTindih("Cukup Baik", "Baik")) {
            try SkalaPenilaian(
                id: "p", nama: "Polman tercetak", deskripsi: "",
                pita: [
                    .init(kategori: "Cukup Baik", bawah: 0, atas: 50, atasTermasuk: true),
                    .init(kategori: "Baik", bawah: 50, atas: 100, atasTermasuk: true),
                    .init(kategori: "Sangat Baik", bawah: 100, bawahTermasuk: false, atas: nil),
                ])
        }
        // Integer bands "Tinggi 76–90, Sangat Tinggi ≥ 91" leave (90, 91) uncovered (lakip-spec §3.3).
        #expect(throws: SkalaPenilaian.Galat.celah(setelah: "Tinggi", sebelum: "Sangat Tinggi")) {
            try SkalaPenilaian(
                id: "x", nama: "", deskripsi: "",
                pita: [
                    .init(kategori: "Rendah", bawah: 0, atas: 76),
                    .init(kategori: "Tinggi", bawah: 76, atas: 90, atasTermasuk: true),
                    .init(kategori: "Sangat Tinggi", bawah: 91, atas: nil),
                ])
        }
        #expect(throws: SkalaPenilaian.Galat.kosong) { try SkalaPenilaian(id: "e", nama: "", deskripsi: "", pita: []) }
        #expect(throws: SkalaPenilaian.Galat.tidakMulaiNol) {
            try SkalaPenilaian(id: "e", nama: "", deskripsi: "", pita: [.dari(1, sampai: nil, "A")])
        }
    }

    @Test(
        "a decoded scale is validated",
        arguments: [
            #"{"id":"ok","nama":"n","deskripsi":"d","pita":[{"kategori":"A","bawah":0,"bawahTermasuk":true,"atasTermasuk":false}]}"#,
            #"{"id":"gap","nama":"n","deskripsi":"d","pita":[{"kategori":"A","bawah":0,"bawahTermasuk":true,"atas":10,"atasTermasuk":false},{"kategori":"B","bawah":11,"bawahTermasuk":true,"atasTermasuk":false}]}"#,
        ])
    func decode(_ json: String) {
        let r = Result(catching: { try JSONDecoder().decode(SkalaPenilaian.self, from: Data(json.utf8)) })
        if json.contains("\"gap\"") {
            #expect(throws: DecodingError.self) { try r.get() }
        } else {
            #expect((try? r.get())?.kategori(5) == "A")
        }
    }

    @Test(
        "categories as the scale (not the document) gives them",
        arguments: [
            // Permendagri 86/2017 boundaries.
            ("permendagri-86-2017", "0", "Sangat Rendah"), ("permendagri-86-2017", "50.99", "Sangat Rendah"),
            ("permendagri-86-2017", "51", "Rendah"), ("permendagri-86-2017", "65.999", "Rendah"),
            ("permendagri-86-2017", "66", "Sedang"), ("permendagri-86-2017", "75.5", "Sedang"),
            ("permendagri-86-2017", "76", "Tinggi"), ("permendagri-86-2017", "90.5", "Tinggi"),
            ("permendagri-86-2017", "91", "Sangat Tinggi"), ("permendagri-86-2017", "4140", "Sangat Tinggi"),
            ("permendagri-86-2017", "-20", "Sangat Rendah"),
            // Mamuju (002:L1649-1657): 126,87 % PSKS (002:L1757) is Sangat Baik only after the repair.
            ("mamuju-lkjip-2024", "126.8656", "Sangat Baik"), ("mamuju-lkjip-2024", "100", "Baik"),
            ("mamuju-lkjip-2024", "99.9", "Cukup"), ("mamuju-lkjip-2024", "80", "Kurang"),
            ("mamuju-lkjip-2024", "80.01", "Cukup"), ("mamuju-lkjip-2024", "50", "Kurang"),
            ("mamuju-lkjip-2024", "49.99", "Sangat Kurang"), ("mamuju-lkjip-2024", "113.4328", "Sangat Baik"),
            // Polman (004:L334), applied to R ÷ T (lakip-spec §3.3 table).
            ("polman-lakip-2023", "101.6034", "Sangat Baik"), ("polman-lakip-2023", "104.7894", "Sangat Baik"),
            ("polman-lakip-2023", "95.6190", "Baik"), ("polman-lakip-2023", "110.1219", "Sangat Baik"),
            ("polman-lakip-2023", "100", "Baik"), ("polman-lakip-2023", "50", "Baik"),
            ("polman-lakip-2023", "49.9", "Cukup Baik"),
        ])
    func kategori(_ id: String, _ nilai: String, _ kategori: String) throws {
        let s = try #require(SkalaPenilaian.bawaan.first { $0.id == id })
        #expect(s.kategori(d(nilai)) == kategori)
    }

    @Test("ordinal grade scales rank from the lowest")
    func peringkat() {
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("D") == 1)
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("aa") == 7)
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("A+") == nil)
    }
}
