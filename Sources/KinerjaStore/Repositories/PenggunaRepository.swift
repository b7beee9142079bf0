import FluentKit
import SQLKit
import Foundation
import KinerjaCore

/// A user as the rest of the app sees it (never the Fluent row).
public struct Pengguna: Sendable, Hashable, Codable {
    public var id: UUID
    public var username: String
    public var nama: String
    public var peran: [Peran]
    public var pemdaKode: String?
    public var opdKode: String?
    public var opdID: UUID?
    public var unitKerjaID: UUID?
    public var aktif: Bool
    /// The unit's code, where the lookup read it (`pengguna(id:)`); the permission rules compare codes.
    public var unitKerjaKode: String? = nil
}

/// Users and their roles. Passwords arrive already hashed: hashing (bcrypt) belongs to the caller's stack.
public struct PenggunaRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func tambah(
        username: String, nama: String, passwordHash: String, peran: [Peran], opdKode: String?, unitKerjaKode: String? = nil,
        pemdaKode: String? = nil
    ) async throws -> Pengguna {
        let uname = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard !uname.isEmpty, uname.allSatisfy({ $0.isLetter || $0.isNumber || ".-_".contains($0) }) else {
            throw StoreError.invalid(field: "username", message: "username must be letters, digits, '.', '-' or '_'",
                                     pesan: "Nama pengguna hanya boleh huruf, angka, '.', '-' atau '_'.")
        }
        guard !peran.isEmpty else {
            throw StoreError.invalid(field: "peran", message: "at least one role is required", pesan: "Pilih setidaknya satu peran.")
        }
        if try await PenggunaModel.query(on: db).filter(\.$username == uname).first() != nil {
            throw StoreError.invalid(field: "username", message: "user '\(uname)' already exists", pesan: "Pengguna '\(uname)' sudah ada.")
        }
        var opd: OPDModel?
        var unitID: UUID?
        if let opdKode {
            opd = try await WilayahRepository(db: db).opd(kode: opdKode)
            if let uk = unitKerjaKode, let o = opd {
                guard let u = try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == (try o.requireID())).filter(\.$kode == uk).first() else {
                    throw StoreError.invalid(field: "unit_kerja", message: "unit '\(uk)' does not exist in \(opdKode)", pesan: "Unit kerja '\(uk)' tidak ada.")
                }
                unitID = try u.requireID()
            }
        }
        var pemdaID = opd?.$pemda.id
        if opd == nil, let pemdaKode {
            guard let pm = try await PemdaModel.query(on: db).filter(\.$kode == pemdaKode).first() else {
                throw StoreError.invalid(field: "pemda", message: "Pemda '\(pemdaKode)' does not exist", pesan: "Pemda '\(pemdaKode)' tidak ada.")
            }
            pemdaID = try pm.requireID()
        }
        let m = PenggunaModel(
            username: uname, nama: nama, passwordHash: passwordHash, pemdaID: pemdaID, opdID: try opd?.requireID(), unitKerjaID: unitID)
        try await db.transaction { tx in
            try await m.create(on: tx)
            for p in peran { try await PeranPenggunaModel(penggunaID: try m.requireID(), peran: p.rawValue).create(on: tx) }
        }
        guard let baru = try await pengguna(id: try m.requireID()) else { throw StoreError.notFound(entity: "user", key: uname) }
        return baru
    }

    /// The user with the codes the access rules compare, read on every signed-in request: one join for the user,
    /// Pemda, office and unit, one query for the roles (instead of a query per relation).
    public func pengguna(id: UUID) async throws -> Pengguna? {
        struct Baris: Decodable {
            var id: UUID
            var username: String
            var nama: String
            var aktif: Bool
            var opd_id: UUID?
            var unit_kerja_id: UUID?
            var pemda_kode: String?
            var opd_kode: String?
            var unit_kode: String?
        }
        struct BarisPeran: Decodable { var peran: String }
        let sql = try db.sqlDatabase
        guard let b = try await sql.select()
            .column(SQLColumn("id", table: "pengguna")).column(SQLColumn("username", table: "pengguna")).column(SQLColumn("nama", table: "pengguna"))
            .column(SQLColumn("aktif", table: "pengguna")).column(SQLColumn("opd_id", table: "pengguna"))
            .column(SQLColumn("unit_kerja_id", table: "pengguna"))
            .column(SQLColumn("kode", table: "pemda"), as: "pemda_kode").column(SQLColumn("kode", table: "opd"), as: "opd_kode")
            .column(SQLColumn("kode", table: "unit_kerja"), as: "unit_kode")
            .from("pengguna")
            .join("pemda", method: SQLJoinMethod.left, on: SQLColumn("id", table: "pemda"), .equal, SQLColumn("pemda_id", table: "pengguna"))
            .join("opd", method: SQLJoinMethod.left, on: SQLColumn("id", table: "opd"), .equal, SQLColumn("opd_id", table: "pengguna"))
            .join("unit_kerja", method: SQLJoinMethod.left, on: SQLColumn("id", table: "unit_kerja"), .equal, SQLColumn("unit_kerja_id", table: "pengguna"))
            .where(SQLColumn("id", table: "pengguna"), .equal, SQLBind(id))
            .first(decoding: Baris.self)
        else { return nil }
        let peran = try await sql.select().column("peran").from("peran_pengguna").where("pengguna_id", .equal, SQLBind(id)).all(decoding: BarisPeran.self)
        return Pengguna(
            id: b.id, username: b.username, nama: b.nama, peran: peran.compactMap { Peran(rawValue: $0.peran) }.sorted { $0.rawValue < $1.rawValue },
            pemdaKode: b.pemda_kode, opdKode: b.opd_kode, opdID: b.opd_id, unitKerjaID: b.unit_kerja_id, aktif: b.aktif, unitKerjaKode: b.unit_kode)
    }

    /// The stored hash and user for a login attempt.
    public func untukLogin(username: String) async throws -> (pengguna: Pengguna, hash: String)? {
        let uname = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard let m = try await PenggunaModel.query(on: db).filter(\.$username == uname).with(\.$peran).with(\.$opd).with(\.$pemda).first() else { return nil }
        return (try Self.map(m), m.passwordHash)
    }

    public func semua() async throws -> [Pengguna] {
        try await PenggunaModel.query(on: db).with(\.$peran).with(\.$opd).with(\.$pemda).sort(\.$username).all().map(Self.map)
    }

    public func gantiPassword(username: String, passwordHash: String) async throws {
        let uname = username.lowercased()
        guard let m = try await PenggunaModel.query(on: db).filter(\.$username == uname).first() else {
            throw StoreError.notFound(entity: "user", key: uname)
        }
        m.passwordHash = passwordHash
        try await m.update(on: db)
    }

    static func map(_ m: PenggunaModel) throws -> Pengguna {
        Pengguna(
            id: try m.requireID(), username: m.username, nama: m.nama,
            peran: m.peran.compactMap { Peran(rawValue: $0.peran) }.sorted { $0.rawValue < $1.rawValue },
            pemdaKode: m.pemda?.kode, opdKode: m.opd?.kode, opdID: m.$opd.id, unitKerjaID: m.$unitKerja.id, aktif: m.aktif)
    }
}

extension PenggunaRepository {
    /// Stores an API token (its hash only) for a user.
    public func tambahToken(username: String, nama: String, tokenHash: String, kedaluwarsa: Date?) async throws {
        let uname = username.lowercased()
        guard let m = try await PenggunaModel.query(on: db).filter(\.$username == uname).first() else {
            throw StoreError.notFound(entity: "user", key: uname)
        }
        let t = TokenAPIModel()
        t.$pengguna.id = try m.requireID()
        t.nama = nama
        t.tokenHash = tokenHash
        t.kedaluwarsa = kedaluwarsa
        try await t.create(on: db)
    }

    /// The active user owning a token hash, if the token exists and has not expired.
    public func penggunaUntukToken(hash: String, sekarang: Date = Date()) async throws -> Pengguna? {
        guard let t = try await TokenAPIModel.query(on: db).filter(\.$tokenHash == hash).first() else { return nil }
        if let exp = t.kedaluwarsa, exp < sekarang { return nil }
        guard let p = try await pengguna(id: t.$pengguna.id), p.aktif else { return nil }
        return p
    }
}
