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
}
