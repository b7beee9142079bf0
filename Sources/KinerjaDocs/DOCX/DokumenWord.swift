import Foundation

/// A Word document as data: an optional cover page, then sections of blocks. A section is printed portrait or
/// landscape (A4); wide tables go in a landscape section. The Renja (BAB I–V) and LKjIP (BAB I–IV +
/// lampiran) are built as values of this type and written by `DOCXWriter`.
public struct DokumenWord: Sendable, Hashable {
    /// The document title (file properties).
    public var judul: String
    public var sampul: Sampul?
    public var bagian: [BagianWord]

    public init(judul: String, sampul: Sampul? = nil, bagian: [BagianWord]) {
        self.judul = judul
        self.sampul = sampul
        self.bagian = bagian
    }

    /// A cover, a table of contents, then one section per table (landscape where the table says so).
    public static func lampiranTabel(judul: String, sampul: Sampul? = nil, tabel: [TabelDokumen]) -> DokumenWord {
        var bagian = [BagianWord(blok: [.daftarIsi])]
        for t in tabel {
            bagian.append(BagianWord(lanskap: t.lanskap, blok: [.judul(t.judul, tingkat: 1), .tabel(t)]))
        }
        return DokumenWord(judul: judul, sampul: sampul, bagian: bagian)
    }
}

/// The cover page: title lines, the office, the place and year.
public struct Sampul: Sendable, Hashable {
    public var judul: [String]
    public var perangkatDaerah: String
    public var keterangan: [String]

    public init(judul: [String], perangkatDaerah: String, keterangan: [String] = []) {
        self.judul = judul
        self.perangkatDaerah = perangkatDaerah
        self.keterangan = keterangan
    }
}

/// A run of pages with one orientation; starts on a new page.
public struct BagianWord: Sendable, Hashable {
    public var lanskap: Bool
    public var blok: [BlokWord]

    public init(lanskap: Bool = false, blok: [BlokWord]) {
        self.lanskap = lanskap
        self.blok = blok
    }
}

public enum BlokWord: Sendable, Hashable {
    /// A heading of level 1–3 ("BAB I PENDAHULUAN", "1.1 Latar Belakang"); listed in the table of contents.
    case judul(String, tingkat: Int)
    /// A justified body paragraph; a line break inside starts a new paragraph.
    case paragraf(String)
    /// A numbered table: caption "Tabel n. <judul>", the header repeated on every page, footnotes below.
    case tabel(TabelDokumen)
    /// The table-of-contents field (Word fills the page numbers when it updates the field).
    case daftarIsi
    case pemisahHalaman
    /// A chart as a native Word chart (DrawingML `c:chartSpace` with its values cached in the part): captioned
    /// "Grafik n. <judul>", the full text width.
    case grafik(GrafikBatang)
}
