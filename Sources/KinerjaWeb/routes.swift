import Vapor

/// The one route table. Every route that shows office data sits behind `WajibLogin`; each controller then
/// checks that the record belongs to an office the user may see (`Akses`).
func routes(_ app: Application) throws {
    // Public
    app.get("health", use: HealthController.health)
    app.get("login", use: LoginController.form)
    app.grouped(CSRFMiddleware()).post("login", use: LoginController.login)

    // Signed in
    let masuk = app.grouped(WajibLogin(), CSRFMiddleware())
    masuk.post("logout", use: LoginController.logout)
    masuk.get(use: BerandaController.beranda)
    masuk.get("perbandingan-kantor", use: PerbandinganKantorController.tampil)
    masuk.get("renja", ":renjaID", use: RenjaController.tampil)
    masuk.get("renja", ":renjaID", "baris", ":barisID", use: RenjaController.formBaris)
    masuk.post("renja", ":renjaID", "baris", ":barisID", use: RenjaController.ubahBaris)
    masuk.post("renja", ":renjaID", "tahapan", use: RenjaController.majukan)
    masuk.post("renja", ":renjaID", "perubahan", use: RenjaController.perubahan)
    masuk.get("renja", ":renjaID", "perbandingan", use: RenjaController.perbandingan)
    masuk.get("renja", ":renjaID", "riwayat", use: RenjaController.riwayat)
    masuk.post("renja", ":renjaID", "komentar", use: RenjaController.komentar)
    masuk.get("renja", ":renjaID", "usulan", use: TabelController.usulan)
    masuk.get("renja", ":renjaID", "ranwal", use: TabelController.ranwal)
    masuk.get("opd", ":opdKode", "renstra", use: TabelController.renstra)
    masuk.get("renja", ":renjaID", "unduh", ":format", use: UnduhController.unduh)
    masuk.get("renja", ":renjaID", "tabel", ":tabelID", use: TabelDokumenController.tampil)
    masuk.get("opd", ":opdKode", "lkjip", ":tahun", use: LKjIPController.tampil)
    masuk.get("opd", ":opdKode", "lkjip", ":tahun", "unduh", ":format", use: UnduhController.unduhLKjIP)
    masuk.get("opd", ":opdKode", "lkjip", ":tahun", "narasi", ":bagian", use: NarasiController.form)
    masuk.post("opd", ":opdKode", "lkjip", ":tahun", "narasi", ":bagian", use: NarasiController.simpan)
    masuk.get("renja", ":renjaID", "realisasi", use: RealisasiController.tampil)
    masuk.get("renja", ":renjaID", "realisasi", ":barisID", ":tw", use: RealisasiController.form)
    masuk.post("renja", ":renjaID", "realisasi", ":barisID", ":tw", use: RealisasiController.isi)
    masuk.post("renja", ":renjaID", "realisasi", "kunci", ":tw", use: RealisasiController.kunci)

    // JSON API: session cookie (+ X-CSRF-Token header for writes) or `Authorization: Bearer` token.
    // Every route here is described in /openapi.json (a test checks that the two lists agree).
    app.get("openapi.json", use: OpenAPIController.dokumen)
    let api = app.grouped("api").grouped(WajibLogin(), CSRFMiddleware())
    api.get("opd", use: APIController.opd)
    api.get("perbandingan-kantor", use: PerbandinganKantorController.api)
    api.get("opd", ":opdKode", "renja", use: RenjaAPIController.daftar)
    api.get("renja", ":renjaID", use: APIController.renja)
    api.get("renja", ":renjaID", "baris", use: RenjaAPIController.baris)
    api.put("renja", ":renjaID", "baris", ":barisID", use: RenjaAPIController.ubahBaris)
    api.post("renja", ":renjaID", "tahapan", use: RenjaAPIController.majukan)
    api.post("renja", ":renjaID", "perubahan", use: RenjaAPIController.perubahan)
    api.get("renja", ":renjaID", "perbandingan", use: RenjaAPIController.perbandingan)
    api.get("renja", ":renjaID", "riwayat", use: RenjaAPIController.riwayat)
    api.get("renja", ":renjaID", "komentar", use: RenjaAPIController.komentar)
    api.post("renja", ":renjaID", "komentar", use: RenjaAPIController.tambahKomentar)
    api.get("renja", ":renjaID", "usulan", use: TabelController.usulanAPI)
    api.get("renja", ":renjaID", "ranwal", use: TabelController.ranwalAPI)
    api.get("opd", ":opdKode", "renstra", use: TabelController.renstraAPI)
    api.get("renja", ":renjaID", "realisasi", use: RealisasiController.api)
    api.get("renja", ":renjaID", "tabel", ":tabelID", use: TabelDokumenController.api)
    api.get("opd", ":opdKode", "lkjip", ":tahun", use: LKjIPController.api)
    api.put("opd", ":opdKode", "lkjip", ":tahun", "narasi", ":bagian", use: NarasiController.api)
}
