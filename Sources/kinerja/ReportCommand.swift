import ArgumentParser
import Foundation
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import KinerjaWeb
import Vapor

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an office's Renja or LKjIP (all its tables as XLSX, the document as DOCX, or PDF through LibreOffice).")

    enum Jenis: String, ExpressibleByArgument { case renja, lkjip }
    enum Format: String, ExpressibleByArgument { case xlsx, docx, pdf }

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "Which report: renja or lkjip.") var jenis: Jenis
    @ArgumentParser.Option(help: "Office code (see `kinerja opd list`).") var opd: String
    @ArgumentParser.Option(help: "Plan year N.") var year: Int
    @ArgumentParser.Option(help: "xlsx, docx or pdf.") var format: Format
    @ArgumentParser.Option(help: "Output folder.") var out: String = "."

    func run() async throws {
        try await laporkan {
            if format == .pdf, LibreOffice.path == nil {
                throw Gagal("PDF needs LibreOffice: install the Debian package libreoffice-writer-nogui (and libreoffice-calc-nogui)")
            }
            try await Runtime.withApp(database) { app in
                let o = try await WilayahRepository(db: app.db).opd(kode: opd)
                let tabel: [TabelDokumen]
                let dokumen: DokumenWord
                switch jenis {
                case .renja:
                    tabel = try await RenjaTabel.semua(db: app.db, opd: o, tahun: year)
                    let perubahan = try await RenjaRepository(db: app.db).renja(opdID: try o.requireID(), tahun: year).last?.jenis == JenisDokumen.perubahan.rawValue
                    dokumen = RenjaTabel.dokumen(opd: o, tahun: year, tabel: tabel, perubahan: perubahan)
                case .lkjip:
                    let l = try await LKjIPTabel.baca(db: app.db, opd: o, tahun: year)
                    guard !l.tabel.isEmpty else { throw Gagal("\(opd) has no LKjIP for \(year) (no Perjanjian Kinerja, no IKU target or realisation)") }
                    tabel = l.tabel
                    dokumen = l.dokumen(opd: o, narasi: try await LKjIPTabel.narasi(db: app.db, opd: o, tahun: year))
                }
                let dir = URL(fileURLWithPath: out, isDirectory: true)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                let base = "\(jenis.rawValue)-\(year)-\(opd)"
                let docx = dir.appendingPathComponent("\(base).docx")
                switch format {
                case .xlsx:
                    let url = dir.appendingPathComponent("\(base).xlsx")
                    try XLSXWriter().tulis(tabel, ke: url)
                    print(url.path)
                case .docx:
                    try DOCXWriter().tulis(dokumen, ke: docx)
                    print(docx.path)
                case .pdf:
                    try DOCXWriter().tulis(dokumen, ke: docx)
                    print(try LibreOffice.pdf(docx, ke: dir).path)
                }
            }
        }
    }
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export one table: rumusan, tc29, tc30, perbandingan (Renja) or iku, pk, pk-anggaran, pengukuran, efisiensi, realisasi-anggaran (LKjIP), as xlsx, csv or json (to stdout for csv/json without --out).")
    enum Tabel: String, ExpressibleByArgument { case rumusan, tc29, tc30, perbandingan, iku, pk, pkAnggaran = "pk-anggaran", pengukuran, efisiensi
        case realisasiAnggaran = "realisasi-anggaran" }
    enum Format: String, ExpressibleByArgument { case xlsx, csv, json }

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "rumusan, tc29, tc30, perbandingan, iku, pk, pk-anggaran, pengukuran, efisiensi or realisasi-anggaran.") var tabel: Tabel
    @ArgumentParser.Option(help: "Office code.") var opd: String
    @ArgumentParser.Option(help: "Plan year N.") var year: Int
    @ArgumentParser.Option(help: "xlsx, csv or json.") var format: Format
    @ArgumentParser.Option(help: "Output file (required for xlsx).") var out: String?

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database) { app in
                let o = try await WilayahRepository(db: app.db).opd(kode: opd)
                let (id, lkjip) = switch tabel {
                case .rumusan: (TabelRumusan.id, false)
                case .tc29: (TabelTC29.id, false)
                case .tc30: (TabelTC30.id, false)
                case .perbandingan: (TabelPerbandingan.id, false)
                case .iku: (TabelIKU.id, true)
                case .pk: (TabelPK.id, true)
                case .pkAnggaran: (TabelPK.idAnggaran, true)
                case .pengukuran: (TabelPengukuran.id, true)
                case .efisiensi: (TabelEfisiensi.id, true)
                case .realisasiAnggaran: (TabelRealisasiAnggaran.id, true)
                }
                let semua = lkjip ? try await LKjIPTabel.baca(db: app.db, opd: o, tahun: year).tabel : try await RenjaTabel.semua(db: app.db, opd: o, tahun: year)
                guard let t = semua.first(where: { $0.id == id }) else {
                    throw Gagal("table \(tabel.rawValue) has no data for \(opd) \(year)")
                }
                let data: Data
                switch format {
                case .xlsx: data = try XLSXWriter().data([t])
                case .csv: data = try CSVWriter().data(t)
                case .json: data = try JSONWriter().data(t)
                }
                if let out {
                    try data.write(to: URL(fileURLWithPath: out))
                    print(out)
                } else if format == .xlsx {
                    throw Gagal("--out FILE is required for xlsx")
                } else {
                    FileHandle.standardOutput.write(data)
                }
            }
        }
    }
}

/// PDF through LibreOffice headless when installed.
enum LibreOffice {
    static var path: String? {
        for p in ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"] where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }

    static func pdf(_ file: URL, ke dir: URL) throws -> URL {
        guard let soffice = path else { throw Gagal("PDF needs LibreOffice: install the Debian package libreoffice-writer-nogui") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-lo-\(UUID().uuidString)")
        p.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        let pdf = dir.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        guard p.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw Gagal("LibreOffice could not convert \(file.lastPathComponent) to PDF (exit \(p.terminationStatus))")
        }
        return pdf
    }
}
