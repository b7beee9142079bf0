import Foundation

/// Parts every Office Open XML package carries: content types, the package relationships and the document
/// properties (title, creator).
enum BagianOPC {
    static func contentTypes(default defaults: [(String, String)] = [], override: [(String, String)]) -> Data {
        var s = XML.deklarasi
        s += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        for (ext, type) in defaults { s += #"<Default Extension="\#(ext)" ContentType="\#(type)"/>"# }
        s += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        s +=
            #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        for (part, type) in override { s += #"<Override PartName="\#(part)" ContentType="\#(type)"/>"# }
        s += "</Types>"
        return Data(s.utf8)
    }

    /// `_rels/.rels`: the main part and the two property parts.
    static func relsPaket(utama: String) -> Data {
        relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", utama),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    static func relationships(_ rels: [(id: String, type: String, target: String)]) -> Data {
        var s = XML.deklarasi
        s += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for r in rels { s += #"<Relationship Id="\#(r.id)" Type="\#(r.type)" Target="\#(XML.escape(r.target))"/>"# }
        s += "</Relationships>"
        return Data(s.utf8)
    }

    static func core(judul: String) -> Data {
        var s = XML.deklarasi
        s += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        s += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
        s += #"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        s += "<dc:title>\(XML.escape(judul))</dc:title><dc:creator>Kinerja</dc:creator><dc:language>id-ID</dc:language>"
        s += "</cp:coreProperties>"
        return Data(s.utf8)
    }

    static func app() -> Data {
        Data(
            (XML.deklarasi
                + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
                + "<Application>Kinerja</Application></Properties>").utf8)
    }
}
