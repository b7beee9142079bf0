import Foundation
import KinerjaCore
import Testing

@Suite("Form input read the Indonesian way")
struct IsianFormulirTests {
    @Test("rupiah with thousands dots; quantities with a decimal comma; empty is nil")
    func angka() throws {
        // 000:L466 prints the pagu as 4.465.200; planners type it the same way.
        #expect(try IsianFormulir.rupiah("4.465.200", field: "pagu") == Rupiah(4_465_200))
        #expect(try IsianFormulir.angka("79,71", field: "target") == Kuantitas(unitKecil: 797_100))
        #expect(try IsianFormulir.angka("8.025", field: "target") == Kuantitas(8025))
        #expect(try IsianFormulir.rupiah("  ", field: "pagu") == nil)
    }

    @Test("bad input names the field")
    func salah() {
        #expect(throws: KesalahanMasukan.self) { try IsianFormulir.rupiah("4,5 juta", field: "pagu") }
        do {
            _ = try IsianFormulir.angka("dua", field: "target_n1")
            Issue.record("accepted 'dua'")
        } catch {
            #expect(error.field == "target_n1")
        }
    }

    @Test("dates: ISO and day-first; impossible days and other shapes are refused with the field named")
    func tanggal() throws {
        // 002:L822 "Pada tanggal 03 Januari tahun 2024 ditetapkan Perjanjian Kinerja" = 1 704 067 200 + 2 days; 29 Feb only in leap years.
        #expect(try IsianFormulir.tanggal("2024-01-03", field: "tanggal") == Date(timeIntervalSince1970: 1_704_240_000))
        #expect(try IsianFormulir.tanggal("03/01/2024", field: "tanggal") == Date(timeIntervalSince1970: 1_704_240_000))
        #expect(try IsianFormulir.tanggal("29-02-2024", field: "tanggal") != nil)
        #expect(try IsianFormulir.tanggal(" ", field: "tanggal") == nil)
        for salah in ["29-02-2023", "31-04-2024", "2024-13-01", "15 Januari 2024", "2024-01", "00-01-2024"] {
            do {
                _ = try IsianFormulir.tanggal(salah, field: "tanggal")
                Issue.record("accepted \(salah)")
            } catch {
                #expect(error.field == "tanggal")
            }
        }
    }
}
