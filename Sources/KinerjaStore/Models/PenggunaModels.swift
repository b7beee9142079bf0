import FluentKit
import Foundation

/// Row of `pengguna`: a user. Scope: a Pemda (admin, provinsi) and usually one office and unit.
public final class PenggunaModel: Model, @unchecked Sendable {
    public static let schema = "pengguna"
    @ID public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "nama") public var nama: String
    @Field(key: "password_hash") public var passwordHash: String
    @OptionalParent(key: "pemda_id") public var pemda: PemdaModel?
    @OptionalParent(key: "opd_id") public var opd: OPDModel?
    @OptionalParent(key: "unit_kerja_id") public var unitKerja: UnitKerjaModel?
    @Field(key: "aktif") public var aktif: Bool
    @Timestamp(key: "dibuat_pada", on: .create) public var dibuatPada: Date?
    @Children(for: \.$pengguna) public var peran: [PeranPenggunaModel]
    public init() {}
    public init(id: UUID? = nil, username: String, nama: String, passwordHash: String, pemdaID: UUID?, opdID: UUID?, unitKerjaID: UUID?) {
        self.id = id
        self.username = username
        self.nama = nama
        self.passwordHash = passwordHash
        self.$pemda.id = pemdaID
        self.$opd.id = opdID
        self.$unitKerja.id = unitKerjaID
        self.aktif = true
    }
}

/// Row of `peran_pengguna`: a role held by a user.
public final class PeranPenggunaModel: Model, @unchecked Sendable {
    public static let schema = "peran_pengguna"
    @ID public var id: UUID?
    @Parent(key: "pengguna_id") public var pengguna: PenggunaModel
    @Field(key: "peran") public var peran: String
    public init() {}
    public init(id: UUID? = nil, penggunaID: UUID, peran: String) {
        self.id = id
        self.$pengguna.id = penggunaID
        self.peran = peran
    }
}

/// Row of `sesi`: a login session, stored in the database (only the SHA-256 of the cookie value is kept).
public final class SesiModel: Model, @unchecked Sendable {
    public static let schema = "sesi"
    @ID public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "data") public var data: String
    @OptionalParent(key: "pengguna_id") public var pengguna: PenggunaModel?
    @Field(key: "kedaluwarsa") public var kedaluwarsa: Date
    @Timestamp(key: "dibuat_pada", on: .create) public var dibuatPada: Date?
    public init() {}
}

/// Row of `token_api`: a bearer token for the JSON API (hash only).
public final class TokenAPIModel: Model, @unchecked Sendable {
    public static let schema = "token_api"
    @ID public var id: UUID?
    @Parent(key: "pengguna_id") public var pengguna: PenggunaModel
    @Field(key: "nama") public var nama: String
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "kedaluwarsa") public var kedaluwarsa: Date?
    @Timestamp(key: "dibuat_pada", on: .create) public var dibuatPada: Date?
    public init() {}
}

/// Row of `audit_log`: append-only (database triggers refuse UPDATE and DELETE).
public final class AuditLogModel: Model, @unchecked Sendable {
    public static let schema = "audit_log"
    @ID public var id: UUID?
    @Field(key: "waktu") public var waktu: Date
    @OptionalParent(key: "pengguna_id") public var pengguna: PenggunaModel?
    @Field(key: "entitas") public var entitas: String
    @Field(key: "entitas_id") public var entitasID: String
    @Field(key: "aksi") public var aksi: String
    @OptionalField(key: "sebelum") public var sebelum: String?
    @OptionalField(key: "sesudah") public var sesudah: String?
    @OptionalField(key: "alasan") public var alasan: String?
    public init() {}
    public init(waktu: Date, penggunaID: UUID?, entitas: String, entitasID: String, aksi: String, sebelum: String?, sesudah: String?, alasan: String?) {
        self.waktu = waktu
        self.$pengguna.id = penggunaID
        self.entitas = entitas
        self.entitasID = entitasID
        self.aksi = aksi
        self.sebelum = sebelum
        self.sesudah = sesudah
        self.alasan = alasan
    }
}
