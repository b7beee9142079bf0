import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

// The authorization matrix: every route of routes.swift × every role, with the status the rules of `Izin`
// (what a role may do) and `Akses` (which offices a user may see) call for. The expectations are written
// here by hand from those rules, not recorded from the running code.
//
// Default scene: the Tarakan office (65.71-dinsos), whose Renja 2024 v1 is a draft at stage `rancangan`;
// each role is played by `tarakan.<role>`, the province role by `sulbar.provinsi` (who may not see Tarakan),
// and `anonim` has no session. Rows run in list order, one fresh demo app per role.

/// A role as the matrix knows it (the six `Peran` plus no session at all).
enum PeranUji: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case admin, perencana, kepalaBidang = "kepala_bidang", kepalaDinas = "kepala_dinas", pemeriksa, provinsi, anonim

    var akhiran: String {
        switch self {
        case .admin: "admin"
        case .perencana: "perencana"
        case .kepalaBidang: "kabid"
        case .kepalaDinas: "kadis"
        case .pemeriksa: "pemeriksa"
        case .provinsi: "provinsi"
        case .anonim: "-"
        }
    }

    /// The demo account that plays this role for an office.
    func aktor(_ kantor: Kantor) -> Aktor {
        switch self {
        case .anonim: .anonim
        case .provinsi: .akun("sulbar.provinsi")
        default: .akun("\(kantor.rawValue).\(akhiran)")
        }
    }

    var testDescription: String { rawValue }
}

enum Kantor: String, Sendable {
    case mamuju, luwu, tarakan, polman
    var opd: String {
        switch self {
        case .mamuju: "76.02-dinsos"
        case .luwu: "73.17-dinsos"
        case .tarakan: "65.71-dinsos"
        case .polman: "76.04-dinsos"
        }
    }
}

enum Aktor: Hashable, Sendable, CustomStringConvertible {
    case anonim
    case akun(String)

    var peran: PeranUji {
        guard case .akun(let u) = self else { return .anonim }
        let akhiran = u.split(separator: ".").last.map(String.init) ?? ""
        return PeranUji.allCases.first { $0.akhiran == akhiran } ?? .anonim
    }

    var description: String {
        switch self {
        case .anonim: "anonim"
        case .akun(let u): u
        }
    }
}

/// Every route of routes.swift, as "METHOD /path/:param".
enum Rute: String, CaseIterable, Sendable {
    case health = "GET /health"
    case loginForm = "GET /login"
    case login = "POST /login"
    case logout = "POST /logout"
    case beranda = "GET /"
    case renja = "GET /renja/:renjaID"
    case barisForm = "GET /renja/:renjaID/baris/:barisID"
    case barisUbah = "POST /renja/:renjaID/baris/:barisID"
    case tahapan = "POST /renja/:renjaID/tahapan"
    case perubahan = "POST /renja/:renjaID/perubahan"
    case perbandingan = "GET /renja/:renjaID/perbandingan"
    case riwayat = "GET /renja/:renjaID/riwayat"
    case komentar = "POST /renja/:renjaID/komentar"
    case usulan = "GET /renja/:renjaID/usulan"
    case ranwal = "GET /renja/:renjaID/ranwal"
    case renstra = "GET /opd/:opdKode/renstra"
    case realisasi = "GET /renja/:renjaID/realisasi"
    case unduh = "GET /renja/:renjaID/unduh/:format"
    case tabel = "GET /renja/:renjaID/tabel/:tabelID"
    case lkjip = "GET /opd/:opdKode/lkjip/:tahun"
    case perbandinganKantor = "GET /perbandingan-kantor"
    case iku = "GET /opd/:opdKode/iku"
    case pkDaftar = "GET /opd/:opdKode/pk"
    case pkBuat = "POST /opd/:opdKode/pk"
    case pk = "GET /opd/:opdKode/pk/:tahun"
    case pkPihakForm = "GET /opd/:opdKode/pk/:tahun/penandatangan"
    case pkPihakSimpan = "POST /opd/:opdKode/pk/:tahun/penandatangan"
    case pkTargetForm = "GET /opd/:opdKode/pk/:tahun/target/:kode"
    case pkTargetSimpan = "POST /opd/:opdKode/pk/:tahun/target/:kode"
    case pkPerubahan = "POST /opd/:opdKode/pk/:tahun/perubahan"
    case pkTetapkan = "POST /opd/:opdKode/pk/:tahun/tetapkan"
    case ikuForm = "GET /opd/:opdKode/iku/:kode"
    case ikuSimpan = "POST /opd/:opdKode/iku/:kode"
    case unduhLKjIP = "GET /opd/:opdKode/lkjip/:tahun/unduh/:format"
    case narasiForm = "GET /opd/:opdKode/lkjip/:tahun/narasi/:bagian"
    case narasiSimpan = "POST /opd/:opdKode/lkjip/:tahun/narasi/:bagian"
    case realisasiForm = "GET /renja/:renjaID/realisasi/:barisID/:tw"
    case realisasiIsi = "POST /renja/:renjaID/realisasi/:barisID/:tw"
    case realisasiKunci = "POST /renja/:renjaID/realisasi/kunci/:tw"
    case openapi = "GET /openapi.json"
    case apiOPD = "GET /api/opd"
    case apiDaftar = "GET /api/opd/:opdKode/renja"
    case apiRenja = "GET /api/renja/:renjaID"
    case apiBaris = "GET /api/renja/:renjaID/baris"
    case apiUbahBaris = "PUT /api/renja/:renjaID/baris/:barisID"
    case apiTahapan = "POST /api/renja/:renjaID/tahapan"
    case apiPerubahan = "POST /api/renja/:renjaID/perubahan"
    case apiPerbandingan = "GET /api/renja/:renjaID/perbandingan"
    case apiRiwayat = "GET /api/renja/:renjaID/riwayat"
    case apiKomentar = "GET /api/renja/:renjaID/komentar"
    case apiTambahKomentar = "POST /api/renja/:renjaID/komentar"
    case apiUsulan = "GET /api/renja/:renjaID/usulan"
    case apiRanwal = "GET /api/renja/:renjaID/ranwal"
    case apiRenstra = "GET /api/opd/:opdKode/renstra"
    case apiRealisasi = "GET /api/renja/:renjaID/realisasi"
    case apiTabel = "GET /api/renja/:renjaID/tabel/:tabelID"
    case apiLKjIP = "GET /api/opd/:opdKode/lkjip/:tahun"
    case apiPerbandinganKantor = "GET /api/perbandingan-kantor"
    case apiIKU = "GET /api/opd/:opdKode/iku"
    case apiPKDaftar = "GET /api/opd/:opdKode/pk"
    case apiPKBuat = "POST /api/opd/:opdKode/pk"
    case apiPK = "GET /api/opd/:opdKode/pk/:tahun"
    case apiPKPihak = "PUT /api/opd/:opdKode/pk/:tahun/penandatangan"
    case apiPKTarget = "PUT /api/opd/:opdKode/pk/:tahun/target/:kode"
    case apiPKPerubahan = "POST /api/opd/:opdKode/pk/:tahun/perubahan"
    case apiPKTetapkan = "POST /api/opd/:opdKode/pk/:tahun/tetapkan"
    case apiUbahIKU = "PUT /api/opd/:opdKode/iku/:kode"
    case apiNarasi = "PUT /api/opd/:opdKode/lkjip/:tahun/narasi/:bagian"

    var method: HTTPMethod { HTTPMethod(rawValue: String(rawValue.split(separator: " ")[0])) }
    var pola: String { String(rawValue.split(separator: " ")[1]) }
    var tulis: Bool { method != .GET }
    /// A write that changes Renja data when it succeeds (login and logout only touch sessions).
    var ubahData: Bool { tulis && self != .login && self != .logout }

    /// "METHOD /a/:b" for a registered route.
    static func kunci(_ r: Vapor.Route) -> String {
        "\(r.method.rawValue) /\(r.path.map(\.description).joined(separator: "/"))"
    }
}

/// Which Renja a row addresses.
enum Dok: Sendable, CustomStringConvertible {
    case terbaru(Kantor)
    case versi(Kantor, Int)
    case tidakAda
    case bukanUUID

    var description: String {
        switch self {
        case .terbaru(let k): "\(k.rawValue) terbaru"
        case .versi(let k, let v): "\(k.rawValue) v\(v)"
        case .tidakAda: "renja tak ada"
        case .bukanUUID: "id bukan UUID"
        }
    }
}

/// Which line a row addresses: the first sub-kegiatan owned by a unit, in the addressed Renja or in another
/// office's latest Renja (to check that a line id of another Renja is refused).
enum PilihBaris: Sendable, CustomStringConvertible {
    case unit(String)
    case asing(Kantor, String)

    var description: String {
        switch self {
        case .unit(let u): "baris \(u)"
        case .asing(let k, let u): "baris \(u) milik \(k.rawValue)"
        }
    }
}

struct Harapan: Sendable, ExpressibleByIntegerLiteral {
    enum Lokasi: Sendable {
        case persis(String)
        /// `/renja/<id of the addressed Renja>`
        case renjaIni
        /// `/renja/<another id>` (a new version)
        case renjaBaru
        /// `/api/renja/<another id>`
        case apiRenjaBaru
        /// `/renja/<id of the addressed Renja>/realisasi`
        case realisasiIni
    }

    var status: UInt
    var lokasi: Lokasi?
    /// Stage of the addressed Renja after the request.
    var tahapan: Tahapan?
    var memuat: [String] = []
    var tanpa: [String] = []

    init(integerLiteral s: UInt) { status = s }
    init(_ s: UInt, lokasi: Lokasi? = nil, tahapan: Tahapan? = nil, memuat: [String] = [], tanpa: [String] = []) {
        status = s
        self.lokasi = lokasi
        self.tahapan = tahapan
        self.memuat = memuat
        self.tanpa = tanpa
    }

    static let keLogin = Harapan(303, lokasi: .persis("/login"))
    static let keBeranda = Harapan(303, lokasi: .persis("/"))
    static let keRenja = Harapan(303, lokasi: .renjaIni)
    static let keRenjaBaru = Harapan(303, lokasi: .renjaBaru)
    static let keRealisasi = Harapan(303, lokasi: .realisasiIni)
}

struct Kasus: Sendable, CustomStringConvertible {
    var rute: Rute
    var aktor: Aktor
    var dok: Dok
    var baris: PilihBaris
    var opd: String
    var harapan: Harapan
    /// The quarter of the realisation routes.
    var tw = "1"
    /// The download format.
    var format = "csv"
    /// The regulation table of the table routes.
    var tabel = "rumusan-renja"
    /// The year of the LKjIP routes.
    var tahun = "2024"
    /// The narrative section of the narasi routes.
    var bagian = "latar_belakang"
    /// The IKU of the IKU routes.
    var iku = "IKU01"

    var description: String { "\(rute.rawValue) as \(aktor) on \(dok)\(rute.pola.contains(":barisID") ? ", \(baris)" : "")\(rute == .apiDaftar ? " (\(opd))" : "")" }
}

// MARK: - the matrix

enum Matriks {
    typealias P = PeranUji

    /// One row for every role: `kantor.<role>` (province: sulbar.provinsi; anonymous: no session).
    static func semua(
        _ rute: Rute, kantor: Kantor = .tarakan, dok: Dok? = nil, baris: PilihBaris = .unit("PS"), opd: String? = nil, _ h: [P: Harapan]
    ) -> [Kasus] {
        P.allCases.compactMap { p in
            h[p].map { Kasus(rute: rute, aktor: p.aktor(kantor), dok: dok ?? .terbaru(kantor), baris: baris, opd: opd ?? kantor.opd, harapan: $0) }
        }
    }

    /// One row for one account.
    static func satu(
        _ rute: Rute, _ akun: String, _ dok: Dok = .terbaru(.tarakan), baris: PilihBaris = .unit("PS"), opd: String = Kantor.tarakan.opd, _ h: Harapan
    ) -> Kasus {
        Kasus(rute: rute, aktor: .akun(akun), dok: dok, baris: baris, opd: opd, harapan: h)
    }

    /// Readable by everyone who may see the office; the province role may not see Tarakan or Luwu.
    static func baca(_ rute: Rute, kantor: Kantor = .tarakan, ok: UInt = 200) -> [Kasus] {
        let anonim: Harapan = rute.pola.hasPrefix("/api/") ? 401 : .keLogin
        return semua(rute, kantor: kantor, [
            .admin: Harapan(ok), .perencana: Harapan(ok), .kepalaBidang: Harapan(ok), .kepalaDinas: Harapan(ok),
            .pemeriksa: Harapan(ok), .provinsi: 404, .anonim: anonim,
        ])
    }

    static let kasus: [Kasus] = {
        var k: [Kasus] = []

        // Public
        k += semua(.health, [.admin: 200, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: 200])
        k += semua(.openapi, [.admin: 200, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: 200])
        k += semua(.loginForm, [
            .admin: .keBeranda, .perencana: .keBeranda, .kepalaBidang: .keBeranda, .kepalaDinas: .keBeranda, .pemeriksa: .keBeranda,
            .provinsi: .keBeranda, .anonim: 200,
        ])

        // Reads: pages
        k += semua(.beranda, [
            .admin: Harapan(200, memuat: ["Kota Tarakan"], tanpa: ["Kabupaten Mamuju", "Kabupaten Luwu"]),
            .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200,
            .provinsi: Harapan(200, memuat: ["Kabupaten Mamuju", "Kabupaten Polewali Mandar"], tanpa: ["Kabupaten Luwu", "Kota Tarakan"]),
            .anonim: .keLogin,
        ])
        k += baca(.renja)
        k += baca(.riwayat)
        k += baca(.perbandingan, kantor: .luwu)  // Luwu v2 amends v1
        k += baca(.usulan)
        k += baca(.ranwal)
        k += baca(.renstra)
        k += baca(.realisasi)
        k += baca(.unduh)
        k += baca(.tabel)
        var tc30 = satu(.tabel, "mamuju.pemeriksa", .terbaru(.mamuju), Harapan(200, memuat: ["Pencapaian Kinerja Pelayanan", "126,21"]))
        tc30.tabel = "tc30"
        k.append(tc30)
        var tidakAda = satu(.tabel, "tarakan.perencana", .terbaru(.tarakan), 404)
        tidakAda.tabel = "tidak-ada"
        k.append(tidakAda)
        var pdf = satu(.unduh, "tarakan.perencana", .terbaru(.tarakan), 404)
        pdf.format = "pdf"
        k.append(pdf)
        // The line form: only who may change that line (Izin.ubahBaris): perencana any line, kepala_bidang his unit's.
        k += semua(.barisForm, baris: .unit("PS"), [
            .admin: 403, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.barisForm, baris: .unit("SEK"), [
            .admin: 403, .perencana: 200, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])

        // Reads: API
        k += semua(.apiOPD, [
            .admin: Harapan(200, memuat: ["65.71-dinsos"], tanpa: ["76.02-dinsos", "73.17-dinsos"]),
            .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200,
            .provinsi: Harapan(200, memuat: ["76.02-dinsos", "76.04-dinsos"], tanpa: ["73.17-dinsos", "65.71-dinsos"]),
            .anonim: 401,
        ])
        k += baca(.apiDaftar)
        k += baca(.apiRenja)
        k += baca(.apiBaris)
        k += baca(.apiRiwayat)
        k += baca(.apiKomentar)
        k += baca(.apiPerbandingan, kantor: .luwu)
        k += baca(.apiUsulan)
        k += baca(.apiRanwal)
        k += baca(.apiRenstra)
        k += baca(.apiRealisasi)
        k += baca(.apiTabel)
        // The LKjIP: Mamuju 2024 (seed 002) is readable by every Mamuju role and the Sulawesi Barat province.
        k += semua(.lkjip, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["BAB III AKUNTABILITAS KINERJA", "126,87", "<svg"]), .kepalaBidang: 200,
            .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: .keLogin,
        ])
        k += semua(.apiLKjIP, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["\"capaian\":126.87"]), .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200,
            .provinsi: 200, .anonim: 401,
        ])
        k.append(satu(.lkjip, "mamuju.perencana", opd: Kantor.tarakan.opd, 404))
        k.append(satu(.apiLKjIP, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        k.append(satu(.apiLKjIP, "sulbar.provinsi", opd: Kantor.luwu.opd, 404))
        k.append(satu(.apiLKjIP, "tarakan.perencana", opd: Kantor.tarakan.opd, 404))  // no LKjIP in the demo
        k += semua(.unduhLKjIP, kantor: .mamuju, [
            .admin: 200, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: .keLogin,
        ])
        k.append(satu(.unduhLKjIP, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        k.append(satu(.unduhLKjIP, "sulbar.provinsi", opd: Kantor.tarakan.opd, 404))
        var tahunLain = satu(.lkjip, "mamuju.perencana", opd: Kantor.mamuju.opd, 404)
        tahunLain.tahun = "2019"
        k.append(tahunLain)

        // Offices side by side: each role sees the offices Akses lets it see — Tarakan's roles their office, the
        // Sulawesi Barat province Mamuju and Polewali Mandar and nothing else.
        let milikTarakan = Harapan(200, memuat: ["65.71-dinsos"], tanpa: ["76.02-dinsos", "73.17-dinsos"])
        let sulbar = Harapan(200, memuat: ["76.02-dinsos", "76.04-dinsos"], tanpa: ["65.71-dinsos", "73.17-dinsos"])
        for r in [Rute.perbandinganKantor, .apiPerbandinganKantor] {
            k += semua(r, [
                .admin: milikTarakan, .perencana: milikTarakan, .kepalaBidang: milikTarakan, .kepalaDinas: milikTarakan, .pemeriksa: milikTarakan,
                .provinsi: sulbar, .anonim: r == .apiPerbandinganKantor ? 401 : .keLogin,
            ])
        }

        // IKU definitions (Izin.definisiIKU: perencana), on Mamuju, whose IKU the province role may read but not change.
        k += semua(.iku, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["/opd/76.02-dinsos/iku/IKU01"]), .kepalaBidang: Harapan(200, tanpa: ["/opd/76.02-dinsos/iku/IKU01\""]),
            .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: .keLogin,
        ])
        k += semua(.apiIKU, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["\"kode\":\"IKU01\""]), .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200,
            .anonim: 401,
        ])
        k += semua(.ikuForm, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(200, memuat: ["name=\"versi\""]), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403,
            .anonim: .keLogin,
        ])
        k += semua(.ikuSimpan, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(303, lokasi: .persis("/opd/76.02-dinsos/iku#iku-IKU01")), .kepalaBidang: 403, .kepalaDinas: 403,
            .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        // (another IKU than the form's, which the same role has just changed)
        k += semua(.apiUbahIKU, kantor: .mamuju, [
            .admin: 403, .perencana: 200, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403, .anonim: 401,
        ]).map { var r = $0; r.iku = "IKU02"; return r }
        for r in [Rute.iku, .ikuForm, .ikuSimpan, .apiIKU, .apiUbahIKU] {
            k.append(satu(r, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        }
        var ikuLain = satu(.apiUbahIKU, "mamuju.perencana", opd: Kantor.mamuju.opd, 404)
        ikuLain.iku = "IKU99"
        k.append(ikuLain)

        // Perjanjian Kinerja: Mamuju's PK 2024 is adopted, so target entry answers 409 to perencana (Izin.ubahPK) and
        // adoption 409 to kepala dinas (Izin.tetapkanPK); these rows run before the Perubahan rows that make a draft.
        k += semua(.pk, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["Buat PK Perubahan"], tanpa: [">Isi<"]), .kepalaBidang: Harapan(200, tanpa: ["Buat PK Perubahan"]),
            .kepalaDinas: Harapan(200, memuat: ["Buat PK Perubahan"]), .pemeriksa: 200, .provinsi: 200, .anonim: .keLogin,
        ])
        k += semua(.apiPK, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["\"ditetapkan\":true"]), .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200,
            .anonim: 401,
        ])
        for r in [Rute.pkTargetForm, .pkTargetSimpan] {
            k += semua(r, kantor: .mamuju, [.admin: 403, .perencana: 409, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin])
        }
        k += semua(.apiPKTarget, kantor: .mamuju, [.admin: 403, .perencana: 409, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403, .anonim: 401])
        k += semua(.pkTetapkan, kantor: .mamuju, [.admin: 403, .perencana: 403, .kepalaBidang: 403, .kepalaDinas: 409, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin])
        k += semua(.apiPKTetapkan, kantor: .mamuju, [.admin: 403, .perencana: 403, .kepalaBidang: 403, .kepalaDinas: 409, .pemeriksa: 403, .provinsi: 403, .anonim: 401])
        // A new year's PK (Izin.ubahPK: perencana): the page form makes 2025, the API 2026; the signatories of these
        // drafts are then entered (403 comes before the missing PK for the other roles); the adopted 2024 answers 409.
        k += semua(.pkDaftar, kantor: .mamuju, [
            .admin: Harapan(200, memuat: ["PK 2024"], tanpa: ["Buat PK"]), .perencana: Harapan(200, memuat: ["PK 2024", "Buat PK"]),
            .kepalaBidang: Harapan(200, tanpa: ["Buat PK"]), .kepalaDinas: Harapan(200, tanpa: ["Buat PK"]), .pemeriksa: 200, .provinsi: 200, .anonim: .keLogin,
        ])
        k += semua(.apiPKDaftar, kantor: .mamuju, [
            .admin: 200, .perencana: Harapan(200, memuat: ["\"tahun\":2024"]), .kepalaBidang: 200, .kepalaDinas: 200, .pemeriksa: 200, .provinsi: 200, .anonim: 401,
        ])
        k += semua(.pkBuat, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(303, lokasi: .persis("/opd/76.02-dinsos/pk/2025")), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403,
            .provinsi: 403, .anonim: .keLogin,
        ])
        k += semua(.apiPKBuat, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(201, memuat: ["\"tahun\":2026", "\"ditetapkan\":false"]), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403,
            .provinsi: 403, .anonim: 401,
        ])
        k += semua(.pkPihakForm, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(200, memuat: ["name=\"pihak_pertama_nama\""]), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403,
            .provinsi: 403, .anonim: .keLogin,
        ]).map { var r = $0; r.tahun = "2025"; return r }
        k += semua(.pkPihakSimpan, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(303, lokasi: .persis("/opd/76.02-dinsos/pk/2025")), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403,
            .provinsi: 403, .anonim: .keLogin,
        ]).map { var r = $0; r.tahun = "2025"; return r }
        k += semua(.apiPKPihak, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(200, memuat: ["\"tanggal\":\"2026-01-05\""]), .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403,
            .provinsi: 403, .anonim: 401,
        ]).map { var r = $0; r.tahun = "2026"; return r }
        for r in [Rute.pkPihakForm, .pkPihakSimpan, .apiPKPihak] { k.append(satu(r, "mamuju.perencana", opd: Kantor.mamuju.opd, 409)) }
        for r in [Rute.pkDaftar, .pkBuat, .pkPihakForm, .pkPihakSimpan, .apiPKDaftar, .apiPKBuat, .apiPKPihak] {
            k.append(satu(r, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        }
        let kePK = Harapan(303, lokasi: .persis("/opd/76.02-dinsos/pk/2024"))
        k += semua(.pkPerubahan, kantor: .mamuju, [
            .admin: 403, .perencana: kePK, .kepalaBidang: 403, .kepalaDinas: kePK, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        // The API's Perubahan on Polewali Mandar's PK 2023 (Mamuju's is a draft by now for these roles).
        k += semua(.apiPKPerubahan, kantor: .polman, dok: .tidakAda, [
            .admin: 403, .perencana: Harapan(201, memuat: ["\"versi\":2", "\"ditetapkan\":false"]), .kepalaBidang: 403, .kepalaDinas: 201, .pemeriksa: 403,
            .provinsi: 403, .anonim: 401,
        ]).map { var r = $0; r.tahun = "2023"; return r }
        for r in [Rute.pk, .pkTargetForm, .pkTargetSimpan, .pkPerubahan, .pkTetapkan, .apiPK, .apiPKTarget, .apiPKPerubahan, .apiPKTetapkan] {
            k.append(satu(r, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
            k.append(satu(r, "tarakan.perencana", opd: Kantor.tarakan.opd, r == .pkTetapkan || r == .apiPKTetapkan ? 403 : 404))  // no PK in the demo
        }

        // Narrative sections of the LKjIP (Izin.tulisNarasi: perencana and kepala dinas of the office; the province
        // role reads Mamuju but does not write its report).
        let keLKjIP = Harapan(303, lokasi: .persis("/opd/76.02-dinsos/lkjip/2024#latar_belakang"))
        k += semua(.narasiForm, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(200, memuat: ["<textarea", "name=\"revisi\" value=\"0\""]), .kepalaBidang: 403, .kepalaDinas: 200,
            .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        k += semua(.narasiSimpan, kantor: .mamuju, [
            .admin: 403, .perencana: keLKjIP, .kepalaBidang: 403, .kepalaDinas: keLKjIP, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        // (another section than the form's, which the same role has just written)
        k += semua(.apiNarasi, kantor: .mamuju, [
            .admin: 403, .perencana: Harapan(200, memuat: ["\"revisi\":1"]), .kepalaBidang: 403, .kepalaDinas: 200, .pemeriksa: 403, .provinsi: 403,
            .anonim: 401,
        ]).map { var r = $0; r.bagian = "langkah_perbaikan"; return r }
        for r in [Rute.narasiForm, .narasiSimpan, .apiNarasi] {
            k.append(satu(r, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
            k.append(satu(r, "tarakan.perencana", opd: Kantor.tarakan.opd, 404))  // no LKjIP in the demo
            var lain = satu(r, "mamuju.perencana", opd: Kantor.mamuju.opd, 404)
            lain.bagian = "bab_lain"
            k.append(lain)
        }

        // Line edits on the Tarakan draft
        k += semua(.barisUbah, baris: .unit("PS"), [
            .admin: 403, .perencana: .keRenja, .kepalaBidang: .keRenja, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.barisUbah, baris: .unit("SEK"), [
            .admin: 403, .perencana: .keRenja, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.apiUbahBaris, baris: .unit("PS"), [
            .admin: 403, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: 401,
        ])
        k += semua(.apiUbahBaris, baris: .unit("SEK"), [
            .admin: 403, .perencana: 200, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: 401,
        ])
        // kepala_bidang PS on the PMD (Urusan 2) line
        k.append(satu(.barisForm, "tarakan.kabid", baris: .unit("PMD"), 403))
        k.append(satu(.barisUbah, "tarakan.kabid", baris: .unit("PMD"), 403))
        k.append(satu(.apiUbahBaris, "tarakan.kabid", baris: .unit("PMD"), 403))

        // Quarterly realisation (Izin.isiRealisasi like a line edit; Izin.kunciTriwulan: kepala dinas), on Mamuju's
        // adopted Renja, which the province role may see.
        k += semua(.realisasiForm, [
            .admin: 403, .perencana: 200, .kepalaBidang: 200, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.realisasiIsi, kantor: .mamuju, dok: .versi(.mamuju, 1), [
            .admin: 403, .perencana: .keRealisasi, .kepalaBidang: .keRealisasi, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        k += semua(.realisasiIsi, kantor: .mamuju, dok: .versi(.mamuju, 1), baris: .unit("SEK"), [
            .admin: 403, .perencana: .keRealisasi, .kepalaBidang: 403, .kepalaDinas: 403, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        k += semua(.realisasiKunci, kantor: .mamuju, dok: .versi(.mamuju, 1), [
            .admin: 403, .perencana: 403, .kepalaBidang: 403, .kepalaDinas: .keRealisasi, .pemeriksa: 403, .provinsi: 403, .anonim: .keLogin,
        ])
        // Realisation only on an adopted Renja; quarters are 1–4.
        k.append(satu(.realisasiIsi, "tarakan.perencana", .terbaru(.tarakan), 422))
        var tw5 = satu(.realisasiForm, "tarakan.perencana", .terbaru(.tarakan), 404)
        tw5.tw = "5"
        k.append(tw5)

        // Review comments: pemeriksa, perencana, kepala dinas
        k += semua(.komentar, [
            .admin: 403, .perencana: .keRenja, .kepalaBidang: 403, .kepalaDinas: .keRenja, .pemeriksa: .keRenja, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.apiTambahKomentar, [
            .admin: 403, .perencana: 201, .kepalaBidang: 403, .kepalaDinas: 201, .pemeriksa: 201, .provinsi: 404, .anonim: 401,
        ])

        // Perubahan of the Tarakan draft: allowed roles reach the store, which refuses a non-adopted source (422).
        k += semua(.perubahan, [
            .admin: 403, .perencana: 422, .kepalaBidang: 403, .kepalaDinas: 422, .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.apiPerubahan, [
            .admin: 403, .perencana: 422, .kepalaBidang: 403, .kepalaDinas: 422, .pemeriksa: 403, .provinsi: 404, .anonim: 401,
        ])
        // Perubahan of an adopted Renja (Luwu v2): only perencana and kepala dinas.
        k.append(satu(.perubahan, "luwu.admin", .versi(.luwu, 2), 403))
        k.append(satu(.perubahan, "luwu.kabid", .versi(.luwu, 2), 403))
        k.append(satu(.perubahan, "luwu.pemeriksa", .versi(.luwu, 2), 403))
        k.append(satu(.apiPerubahan, "luwu.pemeriksa", .versi(.luwu, 2), 403))

        // Another office's data answers 404, as if it did not exist (a Mamuju planner on Tarakan and Luwu).
        for dok in [Dok.terbaru(.tarakan), .terbaru(.luwu)] {
            for r in [Rute.renja, .riwayat, .usulan, .ranwal, .apiUsulan, .apiRanwal, .realisasi, .unduh, .tabel, .apiTabel, .apiRealisasi, .realisasiForm, .realisasiIsi,
                      .realisasiKunci, .apiRenja, .apiBaris, .apiRiwayat, .apiKomentar, .barisForm, .barisUbah, .apiUbahBaris, .komentar,
                      .apiTambahKomentar, .tahapan, .apiTahapan, .perubahan, .apiPerubahan]
            {
                k.append(satu(r, "mamuju.perencana", dok, 404))
            }
        }
        k.append(satu(.perbandingan, "mamuju.perencana", .terbaru(.luwu), 404))
        k.append(satu(.apiPerbandingan, "mamuju.perencana", .terbaru(.luwu), 404))
        k.append(satu(.apiDaftar, "mamuju.perencana", opd: Kantor.tarakan.opd, 404))
        k.append(satu(.renstra, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        k.append(satu(.apiRenstra, "mamuju.perencana", opd: Kantor.tarakan.opd, 404))
        k.append(satu(.apiRenstra, "mamuju.perencana", opd: "99.99-tidak-ada", 404))
        k.append(satu(.apiDaftar, "mamuju.perencana", opd: Kantor.luwu.opd, 404))
        k.append(satu(.apiDaftar, "mamuju.perencana", opd: Kantor.mamuju.opd, 200))
        // A line id of another office's Renja under one's own Renja id is not found either.
        k.append(satu(.barisForm, "tarakan.perencana", baris: .asing(.luwu, "PS"), 404))
        k.append(satu(.barisUbah, "tarakan.perencana", baris: .asing(.luwu, "PS"), 404))
        k.append(satu(.apiUbahBaris, "tarakan.perencana", baris: .asing(.luwu, "PS"), 404))
        k.append(satu(.apiUbahBaris, "tarakan.perencana", baris: .asing(.mamuju, "PS"), 404))
        // Ids that do not exist
        k.append(satu(.renja, "tarakan.perencana", .tidakAda, 404))
        k.append(satu(.apiRenja, "tarakan.perencana", .tidakAda, 404))
        k.append(satu(.renja, "tarakan.perencana", .bukanUUID, 404))
        k.append(satu(.apiTahapan, "tarakan.perencana", .bukanUUID, 404))
        k.append(satu(.apiDaftar, "tarakan.perencana", opd: "99.99-tidak-ada", 404))
        // An original Renja has nothing to compare with.
        k.append(satu(.perbandingan, "tarakan.perencana", .terbaru(.tarakan), 404))
        k.append(satu(.apiPerbandingan, "tarakan.perencana", .terbaru(.tarakan), 404))

        // An adopted Renja cannot be edited, even by perencana (409: make a Perubahan).
        k.append(satu(.barisUbah, "mamuju.perencana", .versi(.mamuju, 1), 409))
        k.append(satu(.apiUbahBaris, "mamuju.perencana", .versi(.mamuju, 1), 409))

        // The province role (setup: Mamuju has a draft Perubahan v2) reads Sulawesi Barat but changes nothing.
        let prov = "sulbar.provinsi"
        k.append(satu(.renja, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.apiRenja, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.riwayat, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.apiKomentar, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.perbandingan, prov, .versi(.mamuju, 2), 200))
        k.append(satu(.apiPerbandingan, prov, .versi(.mamuju, 2), 200))
        k.append(satu(.apiDaftar, prov, opd: Kantor.mamuju.opd, Harapan(200, memuat: ["\"versi\":2"])))
        k.append(satu(.apiDaftar, prov, opd: Kantor.polman.opd, 200))
        k.append(satu(.apiDaftar, prov, opd: Kantor.luwu.opd, 404))
        k.append(satu(.renstra, prov, opd: Kantor.mamuju.opd, 200))
        k.append(satu(.apiRenstra, prov, opd: Kantor.mamuju.opd, 200))
        k.append(satu(.apiRenstra, prov, opd: Kantor.luwu.opd, 404))
        k.append(satu(.usulan, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.apiRanwal, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.tabel, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.apiTabel, prov, .versi(.mamuju, 1), 200))
        k.append(satu(.apiTabel, prov, .terbaru(.luwu), 404))
        k.append(satu(.renja, prov, .terbaru(.luwu), 404))
        k.append(satu(.apiRenja, prov, .terbaru(.luwu), 404))
        k.append(satu(.barisForm, prov, .versi(.mamuju, 2), 403))
        k.append(satu(.barisUbah, prov, .versi(.mamuju, 2), 403))
        k.append(satu(.apiUbahBaris, prov, .versi(.mamuju, 2), 403))
        k.append(satu(.barisUbah, prov, .versi(.mamuju, 2), baris: .unit("SEK"), 403))
        k.append(satu(.tahapan, prov, .versi(.mamuju, 2), 403))
        k.append(satu(.apiTahapan, prov, .versi(.mamuju, 2), 403))
        k.append(satu(.komentar, prov, .versi(.mamuju, 1), 403))
        k.append(satu(.apiTambahKomentar, prov, .versi(.mamuju, 1), 403))
        k.append(satu(.perubahan, prov, .versi(.mamuju, 1), 403))
        k.append(satu(.apiPerubahan, prov, .versi(.mamuju, 1), 403))

        // Perencana starts a Perubahan and submits it (rancangan_awal → rancangan); a second one while a draft
        // is open is refused.
        k.append(satu(.perubahan, "luwu.perencana", .versi(.luwu, 2), .keRenjaBaru))
        k.append(satu(.perubahan, "luwu.perencana", .versi(.luwu, 2), 422))
        k.append(satu(.tahapan, "luwu.perencana", .terbaru(.luwu), Harapan(303, lokasi: .renjaIni, tahapan: .rancangan)))
        k.append(satu(.tahapan, "luwu.perencana", .terbaru(.luwu), 403))  // → rancangan_akhir is the head's
        k.append(satu(.apiPerubahan, "mamuju.perencana", .versi(.mamuju, 1), Harapan(201, lokasi: .apiRenjaBaru)))
        k.append(satu(.apiTahapan, "mamuju.perencana", .terbaru(.mamuju), Harapan(200, tahapan: .rancangan)))
        k.append(satu(.apiTahapan, "mamuju.perencana", .terbaru(.mamuju), 403))
        // Kepala dinas may start a Perubahan but does not submit the draft.
        k.append(satu(.perubahan, "luwu.kadis", .versi(.luwu, 2), .keRenjaBaru))
        k.append(satu(.tahapan, "luwu.kadis", .terbaru(.luwu), 403))
        k.append(satu(.apiPerubahan, "mamuju.kadis", .versi(.mamuju, 1), Harapan(201, lokasi: .apiRenjaBaru)))
        k.append(satu(.apiTahapan, "mamuju.kadis", .terbaru(.mamuju), 403))

        // Stages of the Tarakan draft (at rancangan): only kepala dinas approves (→ rancangan_akhir), then adopts.
        k += semua(.tahapan, [
            .admin: 403, .perencana: 403, .kepalaBidang: 403, .kepalaDinas: Harapan(303, lokasi: .renjaIni, tahapan: .rancanganAkhir),
            .pemeriksa: 403, .provinsi: 404, .anonim: .keLogin,
        ])
        k += semua(.apiTahapan, [
            .admin: 403, .perencana: 403, .kepalaBidang: 403, .kepalaDinas: Harapan(200, tahapan: .ditetapkan),
            .pemeriksa: 403, .provinsi: 404, .anonim: 401,
        ])
        // Once adopted, kepala dinas may start its Perubahan.
        k.append(satu(.perubahan, "tarakan.kadis", .versi(.tarakan, 1), .keRenjaBaru))

        // Session routes last: login again (fresh session) and logout (on a second session).
        k += semua(.login, [
            .admin: .keBeranda, .perencana: .keBeranda, .kepalaBidang: .keBeranda, .kepalaDinas: .keBeranda, .pemeriksa: .keBeranda,
            .provinsi: .keBeranda, .anonim: 401,
        ])
        k += semua(.logout, [
            .admin: .keLogin, .perencana: .keLogin, .kepalaBidang: .keLogin, .kepalaDinas: .keLogin, .pemeriksa: .keLogin,
            .provinsi: .keLogin, .anonim: .keLogin,
        ])
        return k
    }()
}

// MARK: - runner

@Suite("Authorization matrix: every route × every role")
struct AuthorizationMatrixTests {
    @Test("the matrix names every route of the app, and only those")
    func everyRouteIsInTheMatrix() async throws {
        try await withTestApp { app in
            let registered = Set(app.routes.all.map(Rute.kunci))
            let known = Set(Rute.allCases.map(\.rawValue))
            #expect(registered.subtracting(known).isEmpty, "routes missing from the matrix: \(registered.subtracting(known).sorted())")
            #expect(known.subtracting(registered).isEmpty, "matrix routes that no longer exist: \(known.subtracting(registered).sorted())")
            #expect(app.routes.all.count == registered.count, "a route is registered twice")
        }
    }

    @Test("every route has a row for every role", arguments: Rute.allCases)
    func everyRoleHasARow(rute: Rute) {
        let roles = Set(Matriks.kasus.filter { $0.rute == rute }.map(\.aktor.peran))
        #expect(roles == Set(PeranUji.allCases), "\(rute.rawValue) lacks \(Set(PeranUji.allCases).subtracting(roles).map(\.rawValue).sorted())")
    }

    @Test("each role gets the status Izin and Akses call for on every route", arguments: PeranUji.allCases)
    func matrix(peran: PeranUji) async throws {
        let rows = Matriks.kasus.filter { $0.aktor.peran == peran }
        #expect(!rows.isEmpty)
        try await withTestApp(demo: true) { app in
            if peran == .provinsi {
                // A draft Perubahan of Mamuju, so the province role has something it could try to change.
                let v1 = try await DataUji.renja(Kantor.mamuju.opd, on: app.db)[0]
                _ = try await RenjaRepository(db: app.db).buatPerubahan(dari: v1, penggunaID: nil)
            }
            var klien: [Aktor: KlienUji] = [:]
            for row in rows {
                let k: KlienUji
                if let existing = klien[row.aktor] {
                    k = existing
                } else {
                    k = KlienUji(app)
                    if case .akun(let u) = row.aktor {
                        let login = try await k.masuk(u)
                        try #require(login.status == .seeOther, "login as \(u) failed: \(login.status)")
                    }
                    klien[row.aktor] = k
                }
                try await Self.jalankan(row, klien: k, app: app)
            }
        }
    }

    static func renjaID(_ dok: Dok, db: any Database) async throws -> String {
        switch dok {
        case .terbaru(let kantor): return try await DataUji.renja(kantor.opd, on: db).last!.requireID().uuidString.lowercased()
        case .versi(let kantor, let v): return try await DataUji.renja(kantor.opd, on: db).first { $0.versi == v }!.requireID().uuidString.lowercased()
        case .tidakAda: return UUID().uuidString.lowercased()
        case .bukanUUID: return "bukan-uuid"
        }
    }

    static func jalankan(_ row: Kasus, klien k: KlienUji, app: Application) async throws {
        let db = app.db
        let renjaID = try await renjaID(row.dok, db: db)
        var barisID = ""
        var paguBaru: Int64 = 0
        var revisiBaris = 1
        if row.rute.pola.contains(":barisID") {
            var sumber = renjaID
            let unit: String
            switch row.baris {
            case .unit(let u): unit = u
            case .asing(let kantor, let u):
                sumber = try await Self.renjaID(.terbaru(kantor), db: db)
                unit = u
            }
            let sumberID = try #require(UUID(uuidString: sumber))
            let info = try #require(try await DataUji.baris(renjaID: sumberID, unit: unit, on: db), "no \(unit) line for \(row)")
            barisID = info.id.uuidString.lowercased()
            revisiBaris = info.revisi
            let m = try #require(try await RenjaBarisModel.find(info.id, on: db))
            paguBaru = (m.pagu ?? 0) + 1_000
        }
        var revisiRenja = 1
        if let id = UUID(uuidString: renjaID), let r = try await RenjaModel.find(id, on: db) { revisiRenja = r.revisi }
        let path = row.rute.pola
            .replacingOccurrences(of: ":renjaID", with: renjaID)
            .replacingOccurrences(of: ":barisID", with: barisID)
            .replacingOccurrences(of: ":opdKode", with: row.opd)
            .replacingOccurrences(of: ":tw", with: row.tw)
            .replacingOccurrences(of: ":format", with: row.format)
            .replacingOccurrences(of: ":tabelID", with: row.tabel)
            .replacingOccurrences(of: ":tahun", with: row.tahun)
            .replacingOccurrences(of: ":bagian", with: row.bagian)
            .replacingOccurrences(of: ":kode", with: row.iku)

        let sebelum = row.rute.ubahData ? try await DataUji.sidik(db) : nil
        let res: TestingHTTPResponse
        let masuk = row.aktor != .anonim
        switch row.rute {
        case .login:
            if case .akun(let u) = row.aktor {
                res = try await k.kirim(.POST, path, form: ["username": u, "password": DemoLoader.password], csrf: true)
            } else {
                let page = try await k.get("/login")
                res = try await k.kirim(.POST, path, form: ["_csrf": Browser.csrf(in: page.body.string) ?? "", "username": "tarakan.perencana", "password": "salah-sandi"])
            }
        case .logout:
            if case .akun(let u) = row.aktor {
                // A second session, so the row's own session stays for later rows.
                let lain = KlienUji(app)
                try await lain.masuk(u)
                res = try await lain.kirim(.POST, path, form: [:], csrf: true)
                let after = try await lain.get("/")
                #expect(after.status == .seeOther && after.lokasi == "/login", "after logout the session still works (\(row))")
            } else {
                res = try await k.kirim(.POST, path, form: [:])
            }
        case .barisUbah:
            res = try await k.kirim(.POST, path, form: ["revisi": "\(revisiBaris)", "pagu": "\(paguBaru)"], csrf: masuk)
        case .apiUbahBaris:
            res = try await k.kirim(.PUT, path, json: ["revisi": revisiBaris, "pagu": paguBaru], csrf: masuk)
        case .tahapan:
            res = try await k.kirim(.POST, path, form: ["revisi": "\(revisiRenja)"], csrf: masuk)
        case .apiTahapan:
            res = try await k.kirim(.POST, path, json: ["revisi": revisiRenja], csrf: masuk)
        case .perubahan:
            res = try await k.kirim(.POST, path, form: [:], csrf: masuk)
        case .apiPerubahan:
            res = try await k.kirim(.POST, path, json: [String: Any](), csrf: masuk)
        case .realisasiIsi:
            res = try await k.kirim(.POST, path, form: ["nilai": "1", "keuangan": "1000", "bukti": "uji matriks"], csrf: masuk)
        case .realisasiKunci:
            res = try await k.kirim(.POST, path, form: [:], csrf: masuk)
        case .komentar:
            res = try await k.kirim(.POST, path, form: ["teks": "Uji matriks: \(row.aktor)"], csrf: masuk)
        case .apiTambahKomentar:
            res = try await k.kirim(.POST, path, json: ["teks": "Uji matriks: \(row.aktor)"], csrf: masuk)
        case .ikuSimpan, .apiUbahIKU:
            // The definition's current fingerprint, as the form and the list carry it.
            var versi = ""
            if let opd = try await OPDModel.query(on: db).filter(\.$kode == row.opd).first(),
               let d = try? await IKURepository(db: db).baca(opdID: try opd.requireID(), kode: row.iku)
            {
                versi = d.versi
            }
            if row.rute == .ikuSimpan {
                res = try await k.kirim(.POST, path, form: ["pembilang": "Uji matriks \(row.aktor)", "sumber_data": "Uji", "versi": versi], csrf: masuk)
            } else {
                res = try await k.kirim(.PUT, path, json: ["pembilang": "Uji matriks \(row.aktor)", "sumberData": "Uji", "versi": versi], csrf: masuk)
            }
        case .pkTargetSimpan:
            res = try await k.kirim(.POST, path, form: ["target": "70", "tw1": "10", "tw2": "30", "tw3": "50", "tw4": "70", "versi": "x"], csrf: masuk)
        case .apiPKTarget:
            res = try await k.kirim(.PUT, path, json: ["target": 70, "rencanaAksi": [10, 30, 50, 70], "versi": "x"], csrf: masuk)
        case .pkBuat:
            res = try await k.kirim(.POST, path, form: ["tahun": "2025"], csrf: masuk)
        case .apiPKBuat:
            res = try await k.kirim(.POST, path, json: ["tahun": 2026], csrf: masuk)
        case .pkPihakSimpan, .apiPKPihak:
            // The signatories' current fingerprint, as the form and the PK's JSON carry it.
            var versi = ""
            if let opd = try await OPDModel.query(on: db).filter(\.$kode == row.opd).first(),
               let m = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opd.requireID()).filter(\.$tahun == Int(row.tahun) ?? 0)
                   .sort(\.$versi, .descending).first()
            {
                versi = PKRepository.sidikPihak(m)
            }
            if row.rute == .pkPihakSimpan {
                res = try await k.kirim(.POST, path, form: [
                    "pihak_pertama_nama": "Uji Pertama", "pihak_pertama_jabatan": "Kepala Dinas Sosial", "pihak_pertama_nip": "197001012000031001",
                    "pihak_kedua_nama": "Uji Kedua", "pihak_kedua_jabatan": "Bupati", "tanggal": "05-01-2025", "versi": versi,
                ], csrf: masuk)
            } else {
                res = try await k.kirim(.PUT, path, json: [
                    "pihakPertama": ["nama": "Uji Pertama", "jabatan": "Kepala Dinas Sosial"], "pihakKedua": ["nama": "Uji Kedua", "jabatan": "Bupati"],
                    "tanggal": "2026-01-05", "versi": versi,
                ], csrf: masuk)
            }
        case .pkPerubahan, .pkTetapkan:
            res = try await k.kirim(.POST, path, form: [:], csrf: masuk)
        case .apiPKPerubahan, .apiPKTetapkan:
            res = try await k.kirim(.POST, path, json: [String: Any](), csrf: masuk)
        case .narasiSimpan:
            res = try await k.kirim(.POST, path, form: ["teks": "Uji matriks: \(row.aktor)", "revisi": "0"], csrf: masuk)
        case .apiNarasi:
            res = try await k.kirim(.PUT, path, json: ["teks": "Uji matriks: \(row.aktor)", "revisi": 0], csrf: masuk)
        default:
            res = try await k.kirim(row.rute.method, path)
        }

        let h = row.harapan
        let cuplikan = String(res.body.string.prefix(300))
        #expect(res.status.code == h.status, "\(row): expected \(h.status), got \(res.status.code) \(res.lokasi ?? "") \(cuplikan)")
        if let lokasi = h.lokasi {
            let got = res.lokasi ?? "(none)"
            switch lokasi {
            case .persis(let p): #expect(got == p, "\(row): Location \(got), expected \(p)")
            case .renjaIni: #expect(got == "/renja/\(renjaID)", "\(row): Location \(got)")
            case .renjaBaru: #expect(got.hasPrefix("/renja/") && got != "/renja/\(renjaID)", "\(row): Location \(got)")
            case .apiRenjaBaru: #expect(got.hasPrefix("/api/renja/") && got != "/api/renja/\(renjaID)", "\(row): Location \(got)")
            case .realisasiIni: #expect(got == "/renja/\(renjaID)/realisasi", "\(row): Location \(got)")
            }
        }
        if let t = h.tahapan, let id = UUID(uuidString: renjaID) {
            let now = try await RenjaModel.find(id, on: db)?.tahapan
            #expect(now == t.rawValue, "\(row): stage \(now ?? "-"), expected \(t.rawValue)")
        }
        for s in h.memuat { #expect(res.body.string.contains(s), "\(row): body lacks \(s)") }
        for s in h.tanpa { #expect(!res.body.string.contains(s), "\(row): body shows \(s)") }
        if row.rute.pola.hasPrefix("/api/"), res.status.code >= 400 {
            #expect(res.jsonObjek?["error"] is String, "\(row): an API error is JSON with \"error\": \(cuplikan)")
        }
        if let sebelum {
            let sesudah = try await DataUji.sidik(db)
            // Refused: an error status, or the redirect of an anonymous request to the login form.
            if res.status.code >= 400 || res.lokasi == "/login" {
                #expect(sesudah == sebelum, "\(row): refused with \(res.status.code) but the database changed")
            } else {
                #expect(sesudah != sebelum, "\(row): answered \(res.status.code) but nothing was saved")
            }
        }
    }
}
