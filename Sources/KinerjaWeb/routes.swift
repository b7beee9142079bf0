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
    masuk.get("renja", ":renjaID", use: RenjaController.tampil)
    masuk.get("renja", ":renjaID", "baris", ":barisID", use: RenjaController.formBaris)
    masuk.post("renja", ":renjaID", "baris", ":barisID", use: RenjaController.ubahBaris)
    masuk.post("renja", ":renjaID", "tahapan", use: RenjaController.majukan)
    masuk.post("renja", ":renjaID", "perubahan", use: RenjaController.perubahan)
    masuk.get("renja", ":renjaID", "perbandingan", use: RenjaController.perbandingan)
    masuk.get("renja", ":renjaID", "riwayat", use: RenjaController.riwayat)
    masuk.post("renja", ":renjaID", "komentar", use: RenjaController.komentar)

    // JSON API (session or, later, bearer token)
    let api = app.grouped("api").grouped(WajibLogin())
    api.get("opd", use: APIController.opd)
    api.get("renja", ":renjaID", use: APIController.renja)
}
