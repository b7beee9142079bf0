import Foundation
import KinerjaCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import KinerjaDocs

@Suite("SVG charts")
struct GrafikTests {
    /// Collects the bars' heights and values.
    final class Batang: NSObject, XMLParserDelegate {
        var bar: [(nilai: String, tinggi: Double)] = []
        var teks: [String] = []
        private var dalamTeks = false
        func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
            if e == "rect", let v = a["data-nilai"], let h = a["height"].flatMap(Double.init) { bar.append((v, h)) }
            dalamTeks = e == "text"
            if dalamTeks { teks.append("") }
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { if dalamTeks { teks[teks.count - 1] += s } }
        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) { dalamTeks = false }
    }

    @Test("well-formed SVG; one bar per defined value, heights proportional to the values, labels in Indonesian form, t/d for a missing one")
    func batang() throws {
        let g = GrafikBatang(
            judul: "Capaian <uji> & IKU", kategori: ["PSKS", "TMP"],
            seri: [.init(nama: "2023", nilai: [d("112.07"), d("100")]), .init(nama: "2024", nilai: [d("126.87"), nil])], satuan: "%", garisAcuan: 100)
        let p = XMLParser(data: Data(g.svg().utf8))
        let b = Batang()
        p.delegate = b
        #expect(p.parse(), "\(String(describing: p.parserError))")
        #expect(b.bar.map(\.nilai) == ["112.07", "126.87", "100"])
        let h = Dictionary(uniqueKeysWithValues: b.bar.map { ($0.nilai, $0.tinggi) })
        #expect(abs(h["126.87"]! / h["100"]! - 1.2687) < 0.01)
        #expect(b.teks.contains("126,87%"))
        #expect(b.teks.contains("t/d"))
        #expect(b.teks.contains("Capaian <uji> & IKU"))
    }

    @Test("axis end: 1, 2 or 5 × 10^k at or above the largest value")
    func skala() {
        #expect(GrafikBatang.skalaAtas(126.87) == 200)
        #expect(GrafikBatang.skalaAtas(100) == 100)
        #expect(GrafikBatang.skalaAtas(0) == 1)
        #expect(GrafikBatang.skalaAtas(4.2) == 5)
    }
}
