import Foundation

/// The cell styles of every Kinerja workbook: one fixed catalogue, so a streamed sheet never needs a style
/// that was not written (styles.xml is the same for every workbook).
///
/// Number formats are the locale-independent codes (`#,##0`, `#,##0.00`, `0.00`): Excel and LibreOffice show
/// them with the reader's separators, 2.852.250.329 and 79,71 on an Indonesian system.
enum GayaXLSX: Hashable {
    case biasa
    case judul
    case subjudul
    case catatan
    case header
    case nomor
    case teks(indent: Int, tebal: Bool)
    case angka(format: Int, tebal: Bool)
    /// "tidak dapat dihitung (…)": italic, centred, wrapped.
    case keterangan(tebal: Bool)

    static let indentMaks = 3

    /// numFmtId per decimal places (0…4): built-ins 3 and 4, custom 164–166.
    static func formatDesimal(_ presisi: Int) -> Int {
        switch min(max(presisi, 0), 4) {
        case 0: 3
        case 1: 164
        case 2: 4
        case 3: 165
        default: 166
        }
    }
    static let formatRupiah = 3
    /// Built-in "0.00": percentages are stored as shown (79,71), the "%" is in the header.
    static let formatPersen = 2
    static let formatAngka = [3, 164, 4, 165, 166, 2]

    static let katalog: [GayaXLSX] = {
        var out: [GayaXLSX] = [.biasa, .judul, .subjudul, .catatan, .header, .nomor]
        for tebal in [false, true] {
            for i in 0...indentMaks { out.append(.teks(indent: i, tebal: tebal)) }
            for f in formatAngka { out.append(.angka(format: f, tebal: tebal)) }
            out.append(.keterangan(tebal: tebal))
        }
        return out
    }()

    static let indeks: [GayaXLSX: Int] = Dictionary(uniqueKeysWithValues: katalog.enumerated().map { ($1, $0) })

    var id: Int { Self.indeks[self] ?? 0 }

    // Fonts: 0 normal, 1 bold, 2 title, 3 small italic (number row), 4 italic, 5 bold italic.
    private var xf: (numFmt: Int, font: Int, fill: Int, border: Int, alignment: String) {
        switch self {
        case .biasa: (0, 0, 0, 0, "")
        case .judul: (0, 2, 0, 0, #"<alignment horizontal="left" vertical="center"/>"#)
        case .subjudul: (0, 1, 0, 0, #"<alignment horizontal="left" vertical="center"/>"#)
        case .catatan: (0, 4, 0, 0, #"<alignment horizontal="left" vertical="top"/>"#)
        case .header: (0, 1, 2, 1, #"<alignment horizontal="center" vertical="center" wrapText="1"/>"#)
        case .nomor: (0, 3, 3, 1, #"<alignment horizontal="center" vertical="center"/>"#)
        case .teks(let i, let t):
            (0, t ? 1 : 0, 0, 1, #"<alignment horizontal="left" vertical="top" wrapText="1"\#(i > 0 ? " indent=\"\(i)\"" : "")/>"#)
        case .angka(let f, let t): (f, t ? 1 : 0, 0, 1, #"<alignment horizontal="right" vertical="top"/>"#)
        case .keterangan(let t): (0, t ? 5 : 4, 0, 1, #"<alignment horizontal="center" vertical="top" wrapText="1"/>"#)
        }
    }

    static let stylesXML: Data = {
        var s = XML.deklarasi
        s += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        s += ##"<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="#,##0.000"/>"##
        s += ##"<numFmt numFmtId="166" formatCode="#,##0.0000"/></numFmts>"##
        let font = { (extra: String, size: Int) in
            #"<font>\#(extra)<sz val="\#(size)"/><name val="Arial"/><family val="2"/></font>"#
        }
        s += #"<fonts count="6">"# + font("", 10) + font("<b/>", 10) + font("<b/>", 13) + font("<i/>", 9)
        s += font("<i/>", 10) + font("<b/><i/>", 10) + "</fonts>"
        s += #"<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        s += #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>"#
        s += #"<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        s += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        let tipis = #"style="thin"><color auto="1"/>"#
        s += "<border><left \(tipis)</left><right \(tipis)</right><top \(tipis)</top><bottom \(tipis)</bottom><diagonal/></border>"
        s += "</borders>"
        s += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        s += #"<cellXfs count="\#(katalog.count)">"#
        for g in katalog {
            let x = g.xf
            s += #"<xf numFmtId="\#(x.numFmt)" fontId="\#(x.font)" fillId="\#(x.fill)" borderId="\#(x.border)" xfId="0""#
            s += #" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">"#
            s += x.alignment + "</xf>"
        }
        s += "</cellXfs>"
        s += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        s += "</styleSheet>"
        return Data(s.utf8)
    }()
}
