import Foundation
import Vapor

/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. Kept beside the route table; a test
/// asserts that every `/api` route is described here and every described operation exists.
enum OpenAPIController {
    struct Operasi {
        var method: String
        /// OpenAPI path template, e.g. `/api/renja/{renjaID}`.
        var path: String
        var summary: String
        var request: String?
        var response: String
        var status: Int = 200
        var array = false
    }

    static let operasi: [Operasi] = [
        .init(method: "get", path: "/api/opd", summary: "Kantor yang boleh dilihat pengguna", response: "OPD", array: true),
        .init(method: "get", path: "/api/perbandingan-kantor", summary: "Kantor yang boleh dilihat berdampingan (peran provinsi: kabupaten/kota provinsinya): capaian per IKU, IKU SPM, serapan anggaran pada tahun LKjIP terakhir atau ?tahun=", response: "PerbandinganKantor", array: true),
        .init(method: "get", path: "/api/opd/{opdKode}/renja", summary: "Daftar versi Renja sebuah kantor dengan total pagu", response: "RenjaRingkas", array: true),
        .init(method: "get", path: "/api/renja/{renjaID}", summary: "Renja sebagai pohon program → kegiatan → sub kegiatan dengan total pagu", response: "Renja"),
        .init(method: "get", path: "/api/renja/{renjaID}/baris", summary: "Identitas, revisi dan unit setiap baris (untuk penguncian optimistis)", response: "BarisInfo", array: true),
        .init(method: "put", path: "/api/renja/{renjaID}/baris/{barisID}", summary: "Ganti isian satu baris (isian yang tidak dikirim dikosongkan); 409 bila revisi sudah berubah", request: "UbahBaris", response: "BarisInfo"),
        .init(method: "post", path: "/api/renja/{renjaID}/tahapan", summary: "Majukan tahapan (ajukan, setujui, tetapkan) sesuai peran", request: "Revisi", response: "Tahapan"),
        .init(method: "post", path: "/api/renja/{renjaID}/perubahan", summary: "Buat Renja Perubahan dari versi yang ditetapkan", response: "Tahapan", status: 201),
        .init(method: "get", path: "/api/renja/{renjaID}/perbandingan", summary: "Perbandingan dengan versi sebelumnya: sebelum, sesudah, status, alasan", response: "Perbandingan"),
        .init(method: "get", path: "/api/renja/{renjaID}/riwayat", summary: "Jejak audit Renja dan barisnya (?baris=<id> untuk satu baris)", response: "Riwayat", array: true),
        .init(method: "get", path: "/api/renja/{renjaID}/komentar", summary: "Komentar review", response: "Komentar", array: true),
        .init(method: "post", path: "/api/renja/{renjaID}/komentar", summary: "Tulis komentar review (pemeriksa, perencana, kepala dinas)", request: "Komentar", response: "Komentar", status: 201),
        .init(method: "get", path: "/api/renja/{renjaID}/usulan", summary: "T-C.32 usulan Musrenbang / Pokir DPRD dengan status dan alasan", response: "Usulan", array: true),
        .init(method: "get", path: "/api/renja/{renjaID}/ranwal", summary: "T-C.31 Ranwal RKPD berdampingan dengan hasil analisis", response: "Ranwal", array: true),
        .init(method: "get", path: "/api/renja/{renjaID}/realisasi", summary: "Realisasi triwulan (E.81): target, TW I–IV, tahun, capaian, serapan, peringatan dini", response: "Realisasi"),
        .init(method: "get", path: "/api/renja/{renjaID}/tabel/{tabelID}", summary: "Tabel regulasi (tc29, tc30, rumusan-renja, perbandingan-renja): kolom, baris bernilai angka, catatan, temuan per baris", response: "TabelDokumen"),
        .init(method: "get", path: "/api/opd/{opdKode}/lkjip/{tahun}", summary: "LKjIP satu tahun: Perjanjian Kinerja, narasi BAB I–IV dengan revisinya, tabel IKU, PK, anggaran PK, pengukuran kinerja dengan capaian, efisiensi, realisasi anggaran dan pegawai", response: "LKjIP"),
        .init(method: "put", path: "/api/opd/{opdKode}/lkjip/{tahun}/narasi/{bagian}", summary: "Tulis satu bagian narasi LKjIP (latar_belakang, isu_strategis, analisis_sasaran, langkah_perbaikan; perencana, kepala dinas); 409 bila revisi sudah berubah", request: "UbahNarasi", response: "Narasi"),
        .init(method: "get", path: "/api/opd/{opdKode}/pk", summary: "Perjanjian Kinerja kantor per tahun (versi terbaru, status)", response: "DaftarPK"),
        .init(method: "post", path: "/api/opd/{opdKode}/pk", summary: "Buat PK tahun baru (perencana): semua IKU dengan target Renstra tahun itu, anggaran program dari Renja yang ditetapkan (atau pagu Renstra), penandatangan PK sebelumnya; 422 bila tahun itu sudah ada", request: "BuatPK", response: "PK", status: 201),
        .init(method: "get", path: "/api/opd/{opdKode}/pk/{tahun}", summary: "Perjanjian Kinerja tahun itu (versi terbaru): pihak, tanggal, status, target dan rencana aksi per IKU, anggaran program dan jumlahnya", response: "PK"),
        .init(method: "put", path: "/api/opd/{opdKode}/pk/{tahun}/penandatangan", summary: "Isi penandatangan (nama, jabatan, NIP) dan tanggal PK yang belum ditetapkan (perencana), dengan versiPihak yang dibaca; 409 bila sudah ditetapkan atau versi usang", request: "PihakPK", response: "PK"),
        .init(method: "put", path: "/api/opd/{opdKode}/pk/{tahun}/target/{kode}", summary: "Isi target dan rencana aksi TW I–IV satu IKU pada PK yang belum ditetapkan (perencana), dengan versi yang dibaca; 409 bila sudah ditetapkan atau versi usang", request: "UbahTargetPK", response: "PK"),
        .init(method: "post", path: "/api/opd/{opdKode}/pk/{tahun}/perubahan", summary: "Buat PK Perubahan (versi baru) dari PK yang ditetapkan (perencana, kepala dinas)", response: "PK", status: 201),
        .init(method: "post", path: "/api/opd/{opdKode}/pk/{tahun}/tetapkan", summary: "Tetapkan PK versi terbaru (kepala dinas); alasan wajib untuk PK Perubahan", request: "TetapkanPK", response: "PK"),
        .init(method: "get", path: "/api/opd/{opdKode}/iku", summary: "Definisi IKU kantor: formulasi pembilang/penyebut, sumber data, penanggung jawab, versi (untuk penguncian optimistis)", response: "DefinisiIKU", array: true),
        .init(method: "put", path: "/api/opd/{opdKode}/iku/{kode}", summary: "Ubah definisi satu IKU (perencana); isian yang tidak dikirim dikosongkan; 409 bila versi sudah berubah", request: "UbahIKU", response: "DefinisiIKU"),
        .init(method: "get", path: "/api/opd/{opdKode}/renstra", summary: "Renstra: periode, tujuan, sasaran, indikator dengan target akhir", response: "Renstra", array: true),
    ]

    static func obj(_ props: [String: [String: Any]], required: [String] = []) -> [String: Any] {
        ["type": "object", "properties": props, "required": required]
    }
    static var str: [String: Any] { ["type": "string"] }
    static var int: [String: Any] { ["type": "integer", "format": "int64"] }
    static var dec: [String: Any] { ["type": "number", "description": "exact decimal, at most 4 fractional digits"] }
    static func opt(_ t: [String: Any]) -> [String: Any] { ["anyOf": [t, ["type": "null"]]] }

    static var schemas: [String: Any] {
        [
            "Error": obj(["error": str, "field": str, "revisi": str], required: ["error"]),
            "OPD": obj(["kode": str, "nama": str, "pemda": str], required: ["kode", "nama", "pemda"]),
            "RenjaRingkas": obj(["id": str, "tahun": int, "versi": int, "jenis": str, "tahapan": str, "jumlahBaris": int, "totalPagu": int]),
            "Target": obj(["indikator": str, "satuanIndikator": str, "tahun": int, "nilai": opt(dec), "satuan": str]),
            "Simpul": obj(["kode": str, "level": str, "uraian": str, "pagu": int, "paguN1": int,
                           "targets": ["type": "array", "items": ["$ref": "#/components/schemas/Target"]],
                           "anak": ["type": "array", "items": ["$ref": "#/components/schemas/Simpul"]]]),
            "Renja": obj(["id": str, "opd": str, "tahun": int, "versi": int, "jenis": str, "tahapan": str, "totalPagu": int,
                          "program": ["type": "array", "items": ["$ref": "#/components/schemas/Simpul"]]]),
            "BarisInfo": obj(["id": str, "kode": str, "revisi": int, "unitKerja": opt(str), "alasanPerubahan": opt(str)]),
            "UbahBaris": obj(["revisi": int, "pagu": opt(int), "paguN1": opt(int), "lokasi": opt(str), "kelompokSasaran": opt(str),
                              "sumberDana": opt(str), "catatan": opt(str), "target": opt(dec), "targetN1": opt(dec), "alasanPerubahan": opt(str)],
                             required: ["revisi"]),
            "Revisi": obj(["revisi": int], required: ["revisi"]),
            "Tahapan": obj(["id": str, "versi": int, "tahapan": str, "revisi": int]),
            "Perbandingan": obj(["totalSebelum": int, "totalSesudah": int, "baris": ["type": "array", "items": obj([
                "kode": str, "level": str, "uraian": str, "sebelum": opt(int), "sesudah": opt(int), "selisih": int, "status": str, "alasan": opt(str)])]]),
            "Riwayat": obj(["waktu": str, "oleh": opt(str), "entitas": str, "entitasID": str, "aksi": str, "sebelum": opt(str), "sesudah": opt(str), "alasan": opt(str)]),
            "Komentar": obj(["oleh": opt(str), "waktu": opt(str), "teks": str], required: ["teks"]),
            "Realisasi": obj(["renjaID": str, "tahun": int, "terkunci": ["type": "array", "items": int], "triwulanSelesai": int,
                              "kelengkapan": ["type": "array", "items": obj(["unit": str, "triwulan": int, "wajib": int, "terisi": int, "tepatWaktu": int,
                                                                            "batas": str, "lewatBatas": ["type": "boolean"], "kelengkapan": dec, "ketepatan": dec])],
                              "paguSubKegiatan": int, "keuanganTriwulan": ["type": "array", "items": opt(int)],
                              "baris": ["type": "array", "items": obj([
                                "barisID": str, "kode": str, "level": str, "uraian": str, "unitKerja": opt(str), "indikator": opt(str), "satuan": opt(str),
                                "target": opt(dec), "realisasiTriwulan": ["type": "array", "items": opt(str)], "realisasiTahun": str, "capaianTahun": str,
                                "kategori": opt(str), "pagu": opt(int), "keuanganTriwulan": ["type": "array", "items": opt(int)], "serapan": str,
                                "peringatan": ["type": "array", "items": obj(["jenis": str, "kemajuan": dec, "minimal": dec, "pesan": str])], "bolehIsi": ["type": "boolean"]])]]),
            "Usulan": obj(["sumber": str, "kode": opt(str), "uraian": str, "lokasi": opt(str), "volume": opt(dec), "satuan": opt(str), "pagu": opt(int),
                           "status": str, "alasan": opt(str)]),
            "Ranwal": obj(["kode": str, "level": str, "uraian": str, "rkpdIndikator": opt(str), "rkpdTarget": opt(dec), "rkpdLokasi": opt(str), "rkpdPagu": int,
                           "analisisIndikator": opt(str), "analisisTarget": opt(dec), "analisisLokasi": opt(str), "analisisPagu": int, "satuan": opt(str),
                           "catatan": opt(str), "berbeda": ["type": "array", "items": str]]),
            "TabelDokumen": obj(["id": str, "judul": str, "subjudul": opt(str),
                                 "kolom": ["type": "array", "items": obj(["id": str, "judul": str, "nomor": str, "format": ["type": "string", "enum": ["teks", "rupiah", "desimal", "persen"]]])],
                                 "catatan": ["type": "array", "items": str],
                                 "temuan": ["type": "array", "items": obj(["ruleId": str, "severity": str, "lokasi": str, "pesan": str, "dicetak": opt(str), "dihitung": opt(str), "baris": opt(int)])],
                                 "baris": ["type": "array", "items": ["type": "object", "description": "one member per column id (number, string or null) plus _level and _tebal"]]],
                                required: ["id", "judul", "kolom", "baris"]),
            "LKjIP": obj(["opd": str, "tahun": int, "skala": str,
                          "perjanjianKinerja": obj(["versi": int, "pihakPertama": obj(["nama": str, "jabatan": str, "nip": opt(str)]),
                                                    "pihakKedua": obj(["nama": str, "jabatan": str, "nip": opt(str)]), "tanggal": opt(str), "ditetapkan": ["type": "boolean"]]),
                          "narasi": ["type": "object", "additionalProperties": opt(str)],
                          "revisiNarasi": ["type": "object", "additionalProperties": int, "description": "revision of each section (0: not written), for PUT .../narasi/{bagian}"],
                          "tabel": ["type": "array", "items": ["$ref": "#/components/schemas/TabelDokumen"]]],
                         required: ["opd", "tahun", "tabel"]),
            "PerbandinganKantor": obj(["opd": str, "nama": str, "pemda": str, "tahun": opt(int), "ikuTercapai": int, "ikuDinilai": int,
                                       "pagu": opt(int), "realisasi": opt(int), "serapan": opt(dec), "serapanTeks": str,
                                       "iku": ["type": "array", "items": obj(["kode": str, "nama": str, "spm": ["type": "boolean"], "capaian": opt(dec),
                                                                            "capaianTeks": str, "kategori": opt(str)])]]),
            "PK": obj(["tahun": int, "versi": int, "ditetapkan": ["type": "boolean"], "ditetapkanPada": opt(str),
                       "pihakPertama": obj(["nama": str, "jabatan": str, "nip": opt(str)]), "pihakKedua": obj(["nama": str, "jabatan": str, "nip": opt(str)]),
                       "tanggal": opt(str), "versiPihak": str,
                       "target": ["type": "array", "items": obj(["kode": str, "indikator": str, "satuan": str, "target": opt(dec),
                                                                "rencanaAksi": ["type": "array", "items": opt(dec)], "versi": str])],
                       "anggaran": ["type": "array", "items": obj(["kode": str, "uraian": str, "pagu": int, "sumberDana": opt(str)])],
                       "totalAnggaran": int]),
            "DaftarPK": ["type": "array", "items": obj(["tahun": int, "versi": int, "ditetapkan": ["type": "boolean"], "ditetapkanPada": opt(str)])],
            "BuatPK": obj(["tahun": int], required: ["tahun"]),
            "PihakPK": obj(["pihakPertama": obj(["nama": str, "jabatan": str, "nip": opt(str)], required: ["nama", "jabatan"]),
                            "pihakKedua": obj(["nama": str, "jabatan": str, "nip": opt(str)], required: ["nama", "jabatan"]),
                            "tanggal": opt(str), "versi": str], required: ["pihakPertama", "pihakKedua", "versi"]),
            "UbahTargetPK": obj(["target": opt(dec), "rencanaAksi": ["type": "array", "items": opt(dec), "minItems": 4, "maxItems": 4], "versi": str,
                                 "alasan": opt(str)], required: ["rencanaAksi", "versi"]),
            "TetapkanPK": obj(["alasan": opt(str)]),
            "DefinisiIKU": obj(["kode": str, "nama": str, "sasaran": opt(str), "pembilang": opt(str), "penyebut": opt(str), "sumberData": opt(str),
                                "unitKerja": opt(str), "unitKerjaNama": opt(str), "versi": str], required: ["kode", "nama", "versi"]),
            "UbahIKU": obj(["pembilang": opt(str), "penyebut": opt(str), "sumberData": opt(str), "unitKerja": opt(str), "versi": str, "alasan": opt(str)],
                           required: ["versi"]),
            "UbahNarasi": obj(["teks": str, "revisi": int, "alasan": opt(str)], required: ["teks", "revisi"]),
            "Narasi": obj(["bagian": str, "judul": str, "teks": str, "revisi": int], required: ["bagian", "teks", "revisi"]),
            "Renstra": obj(["tahunAwal": int, "tahunAkhir": int, "dasarHukum": opt(str), "tujuan": ["type": "array", "items": str],
                            "sasaran": ["type": "array", "items": str], "indikator": ["type": "array", "items": obj([
                                "kode": opt(str), "nama": str, "satuan": str, "targetAkhir": opt(dec), "baseline": opt(dec)])]]),
        ]
    }

    static var dokumenJSON: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for o in operasi {
            let params = o.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { seg -> [String: Any] in
                ["name": String(seg.dropFirst().dropLast()), "in": "path", "required": true, "schema": str]
            }
            let ref: [String: Any] = ["$ref": "#/components/schemas/\(o.response)"]
            let galat: [String: Any] = ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
            func dengan(_ d: String) -> [String: Any] { galat.merging(["description": d]) { a, _ in a } }
            var responses: [String: Any] = [
                "\(o.status)": ["description": "OK", "content": ["application/json": ["schema": o.array ? ["type": "array", "items": ref] : ref]]],
                "401": dengan("Belum masuk"),
                "403": dengan("Peran tidak mengizinkan"),
                "404": dengan("Tidak ada atau bukan kantor Anda"),
            ]
            // Every write can meet a stale revision / adopted document (409) or invalid input or state (422).
            if o.method != "get" {
                responses["409"] = dengan("Revisi usang atau dokumen sudah ditetapkan")
                responses["422"] = dengan("Isian atau keadaan tidak sah (field disebut)")
            }
            var op: [String: Any] = [
                "summary": o.summary,
                "operationId": "\(o.method)\(o.path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""))",
                "parameters": params,
                "responses": responses,
            ]
            if let req = o.request {
                op["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(req)"]]]]
            }
            paths[o.path, default: [:]][o.method] = op
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Kinerja API", "version": "1",
                     "description": "JSON twin of every Kinerja page. Authenticate with the session cookie (send X-CSRF-Token on writes) or `Authorization: Bearer <token>` from `kinerja user token`."],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"], "session": ["type": "apiKey", "in": "cookie", "name": "kinerja_sesi"]],
            ],
            "security": [["bearer": [String]()], ["session": [String]()]],
        ]
    }

    @Sendable static func dokumen(req: Request) async throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: dokumenJSON, options: [.sortedKeys, .prettyPrinted])
        return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: data))
    }
}
