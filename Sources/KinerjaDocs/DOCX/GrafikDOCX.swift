import Foundation
import KinerjaCore

/// A `GrafikBatang` as a native Word chart: the chart part (`c:chartSpace`, a clustered column chart whose
/// categories and values are cached in the part, so Word and LibreOffice draw it without an embedded workbook) and
/// the inline drawing that places it, captioned "Grafik n." like the tables. The SVG of the web page and this part are
/// built from the same `GrafikBatang`.
enum GrafikDOCX {
    static func rId(_ n: Int) -> String { "rIdGrafik\(n)" }

    static let c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"

    /// Caption paragraph and the paragraph holding the chart, `lebarTwip` wide (1 twip = 635 EMU).
    static func paragraf(_ g: GrafikBatang, nomor n: Int, lebarTwip: Int) -> String {
        let cx = lebarTwip * 635, cy = 3_240_000  // 9 cm
        var s = #"<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>"#
        s += DOCXWriter.run("Grafik ")
        s += #"<w:fldSimple w:instr=" SEQ Grafik \* ARABIC "><w:r><w:t>\#(n)</w:t></w:r></w:fldSimple>"#
        s += DOCXWriter.run(". " + g.judul) + "</w:p>"
        s += #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>"#
        s += #"<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">"#
        s += #"<wp:extent cx="\#(cx)" cy="\#(cy)"/><wp:docPr id="\#(1000 + n)" name="Grafik \#(n)" descr="\#(XML.escape(g.judul))"/>"#
        s += #"<a:graphic xmlns:a="\#(a)"><a:graphicData uri="\#(c)">"#
        s += #"<c:chart xmlns:c="\#(c)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="\#(rId(n))"/>"#
        s += "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        return s
    }

    /// The chart part. A missing value is a gap (no point), as "t/d" is on the page; the title is the caption above.
    static func chartSpace(_ g: GrafikBatang) -> String {
        var s = XML.deklarasi + #"<c:chartSpace xmlns:c="\#(c)" xmlns:a="\#(a)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        s += #"<c:lang val="id-ID"/><c:roundedCorners val="0"/><c:chart>"#
        s += #"<c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>"#
        let kolom = (0..<g.kategori.count).map { kolomExcel($0 + 1) }
        for (j, sr) in g.seri.enumerated() {
            let warna = GrafikBatang.warna[j % GrafikBatang.warna.count].dropFirst()
            s += #"<c:ser><c:idx val="\#(j)"/><c:order val="\#(j)"/>"#
            s += #"<c:tx><c:strRef><c:f>Sheet1!$A$\#(j + 2)</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>\#(XML.escape(sr.nama))</c:v></c:pt></c:strCache></c:strRef></c:tx>"#
            s += #"<c:spPr><a:solidFill><a:srgbClr val="\#(warna)"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>"#
            s += ##"<c:dLbls><c:numFmt formatCode="#,##0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"##
            s += #"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="700"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>"#
            s += #"<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>"#
            let akhir = kolom.last ?? "B"
            s += #"<c:cat><c:strRef><c:f>Sheet1!$B$1:$\#(akhir)$1</c:f><c:strCache><c:ptCount val="\#(g.kategori.count)"/>"#
            for (i, k) in g.kategori.enumerated() { s += #"<c:pt idx="\#(i)"><c:v>\#(XML.escape(k))</c:v></c:pt>"# }
            s += "</c:strCache></c:strRef></c:cat>"
            s += #"<c:val><c:numRef><c:f>Sheet1!$B$\#(j + 2):$\#(akhir)$\#(j + 2)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="\#(g.kategori.count)"/>"#
            for (i, v) in sr.nilai.prefix(g.kategori.count).enumerated() {
                if let v { s += #"<c:pt idx="\#(i)"><c:v>\#(Sel.desimalMesin(Tampilan.bulatkan(v, presisi: 2)))</c:v></c:pt>"# }
            }
            s += "</c:numCache></c:numRef></c:val></c:ser>"
        }
        s += #"<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>"#
        s += #"<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>"#
        s += #"<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>"#
        s += #"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="700"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>"#
        s += #"<c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>"#
        s += #"<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>"#
        s += ##"<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>"##
        s += #"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="700"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>"#
        s += #"<c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>"#
        s += #"<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>"#
        return s
    }

    /// 1 → B is the first category column (A holds the series names): A, B, …, Z, AA, …
    static func kolomExcel(_ i: Int) -> String {
        var n = i + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
