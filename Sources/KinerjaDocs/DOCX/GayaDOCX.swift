import Foundation

/// The fixed parts of every Kinerja DOCX: styles (Arial; Heading1–3 with outline levels for the table of
/// contents; Title and Subtitle for the cover; Caption for table numbers; TOC1–3), settings and the footer.
enum GayaDOCX {
    static let styles: String = {
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
        func gaya(
            _ id: String, _ nama: String, pPr: String = "", rPr: String = "", dasar: String? = "Normal",
            berikut: String? = nil
        ) -> String {
            var s = #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(nama)"/>"#
            if let dasar { s += #"<w:basedOn w:val="\#(dasar)"/>"# }
            if let berikut { s += #"<w:next w:val="\#(berikut)"/>"# }
            s += #"<w:qFormat/><w:pPr>\#(pPr)</w:pPr><w:rPr>\#(rPr)</w:rPr></w:style>"#
            return s
        }
        var s = XML.deklarasi + "<w:styles \(w)>"
        s += "<w:docDefaults><w:rPrDefault><w:rPr>"
        s += #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
        s += #"<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault>"#
        s += #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#
        s += "</w:docDefaults>"
        s += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>"#
        s += #"<w:pPr><w:jc w:val="both"/></w:pPr></w:style>"#
        s += gaya(
            "Heading1", "heading 1",
            pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>"#,
            rPr: #"<w:b/><w:caps/><w:sz w:val="28"/><w:szCs w:val="28"/>"#, berikut: "Normal")
        s += gaya(
            "Heading2", "heading 2",
            pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>"#,
            rPr: #"<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>"#, berikut: "Normal")
        s += gaya(
            "Heading3", "heading 3",
            pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/>"#,
            rPr: #"<w:b/><w:i/>"#, berikut: "Normal")
        s += gaya(
            "Title", "Title", pPr: #"<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>"#,
            rPr: #"<w:b/><w:caps/><w:sz w:val="36"/><w:szCs w:val="36"/>"#)
        s += gaya(
            "Subtitle", "Subtitle", pPr: #"<w:spacing w:after="120"/><w:jc w:val="center"/>"#,
            rPr: #"<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>"#)
        s += gaya(
            "Caption", "caption", pPr: #"<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>"#,
            rPr: #"<w:b/><w:sz w:val="20"/><w:szCs w:val="20"/>"#)
        s += gaya(
            "CatatanTabel", "Catatan Tabel",
            pPr: #"<w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>"#,
            rPr: #"<w:i/><w:sz w:val="16"/><w:szCs w:val="16"/>"#)
        s += gaya(
            "TOCHeading", "TOC Heading", pPr: #"<w:spacing w:after="240"/><w:jc w:val="center"/>"#,
            rPr: #"<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>"#)
        for n in 1...3 {
            s += gaya(
                "TOC\(n)", "toc \(n)",
                pPr:
                    #"<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="\#((n - 1) * 240)"/><w:jc w:val="left"/>"#,
                rPr: n == 1 ? "<w:b/>" : "")
        }
        s += "</w:styles>"
        return s
    }()

    static let settings =
        XML.deklarasi
        + #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#
        + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + "</w:settings>"

    static let footer =
        XML.deklarasi
        + "<w:ftr \(DOCXWriter.ns)>"
        + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">Halaman </w:t></w:r>"#
        + #"<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>"#
        + "</w:ftr>"
}
