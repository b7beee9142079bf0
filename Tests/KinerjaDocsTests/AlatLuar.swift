import Foundation

/// The external readers the document tests use (issue 7: real readers, not our own parser). A test that needs
/// one is disabled with a message naming the Debian package when it is missing; scripts/test installs them.
enum AlatLuar {
    struct Hasil {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program found on PATH (or an absolute path) and waits for it.
    @discardableResult
    static func jalankan(_ program: String, _ args: [String], env: [String: String] = [:]) throws -> Hasil {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : (cari(program) ?? program))
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-alat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Files, not pipes: a chatty program cannot fill a pipe and block.
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        return Hasil(
            status: p.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    static func cari(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let f = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: f) { return f }
        }
        return nil
    }

    static func ada(_ program: String) -> Bool { cari(program) != nil }

    /// A python3 that can import openpyxl: Debian's (python3-openpyxl) first, then the one on PATH.
    static let python: String? = {
        for kandidat in ["/usr/bin/python3", cari("python3")].compactMap({ $0 }) {
            if let h = try? jalankan(kandidat, ["-c", "import openpyxl"]), h.status == 0 { return kandidat }
        }
        return nil
    }()

    static let pythonApa: String? = ["/usr/bin/python3", cari("python3")].compactMap { $0 }.first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static let adaOpenpyxl = python != nil
    static let adaLibreOffice = ada("soffice")
    static let adaPoppler = ada("pdftotext") && ada("pdftoppm")

    /// /work/main/artifacts/docs (git-ignored): PDFs and PNG pages kept for a visual look.
    static let artefak: URL = {
        if let env = ProcessInfo.processInfo.environment["KINERJA_ARTIFACTS"] {
            return URL(fileURLWithPath: env).appendingPathComponent("docs")
        }
        let sini = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        return sini.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("artifacts/docs")
    }()

    static func folderUji(_ nama: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-docs-uji-\(nama)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Converts a document to PDF with LibreOffice headless (its own profile, so parallel runs do not clash)
    /// and returns the PDF; throws with LibreOffice's output when no PDF appears.
    static func kePDF(_ file: URL, outdir: URL) throws -> URL {
        let profil = outdir.appendingPathComponent("lo-profile")
        let h = try jalankan(
            "soffice",
            [
                "-env:UserInstallation=file://\(profil.path)", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", outdir.path, file.path,
            ])
        let pdf = outdir.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        guard h.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw GalatAlat.gagal("soffice \(h.status): \(h.stdout) \(h.stderr)")
        }
        return pdf
    }

    static func teksPDF(_ pdf: URL) throws -> String {
        let h = try jalankan("pdftotext", ["-layout", pdf.path, "-"])
        guard h.status == 0 else { throw GalatAlat.gagal("pdftotext: \(h.stderr)") }
        return h.stdout
    }

    /// Renders page 1 to artifacts/docs/NAME.png (and keeps the PDF beside it).
    static func simpanHalamanPertama(_ pdf: URL, nama: String) throws {
        try FileManager.default.createDirectory(at: artefak, withIntermediateDirectories: true)
        let tujuanPDF = artefak.appendingPathComponent("\(nama).pdf")
        try? FileManager.default.removeItem(at: tujuanPDF)
        try FileManager.default.copyItem(at: pdf, to: tujuanPDF)
        let h = try jalankan(
            "pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, artefak.appendingPathComponent(nama).path])
        guard h.status == 0 else { throw GalatAlat.gagal("pdftoppm: \(h.stderr)") }
    }

    enum GalatAlat: Error, CustomStringConvertible {
        case gagal(String)
        var description: String {
            switch self {
            case .gagal(let s): s
            }
        }
    }
}

/// Digits only: "2.852.250.329" and "2,852,250,329" both become "2852250329" (the PDF's separators depend on
/// LibreOffice's locale).
func hanyaAngka(_ s: String) -> String { String(s.filter { $0.isNumber }) }

/// Whitespace folded to single spaces (pdftotext wraps cells across lines).
func rapatkan(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
