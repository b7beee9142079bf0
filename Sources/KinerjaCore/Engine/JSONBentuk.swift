import Foundation

// The JSON shapes of the engine's result types, as `kinerja evaluate --json` prints them and the API serves them:
//   Capaian   {"nilai": 126.865…, "tampil": "126,87 %"}  or  {"alasan": {"kode": "target_nol", "pesan": "target nol"}}
//   Alasan    {"kode": "satuan_berbeda", "pesan": "…", "diharapkan": "orang", "diterima": "kk"}
//   Nilai     {"angka": 12} · {"pembilang": 90, "penyebut": 226} · {"bawah": 60, "atas": 80} · {"peringkat": "BB"}
//   Agregat   {"nilai": <Besaran>}  or  {"alasan": <Alasan>}
// Numbers are JSON numbers (full Decimal precision); "tampil" is the Indonesian display.

extension Capaian {
    private enum Kunci: String, CodingKey { case nilai, tampil, alasan }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Kunci.self)
        if let v = try c.decodeIfPresent(Decimal.self, forKey: .nilai) {
            self = .nilai(v)
        } else {
            self = .tidakDapatDihitung(try c.decode(Alasan.self, forKey: .alasan))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kunci.self)
        switch self {
        case .nilai(let v):
            try c.encode(v, forKey: .nilai)
            try c.encode(teks(), forKey: .tampil)
        case .tidakDapatDihitung(let a):
            try c.encode(a, forKey: .alasan)
        }
    }
}

extension Alasan {
    private enum Kunci: String, CodingKey { case kode, pesan, diharapkan, diterima, label }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Kunci.self)
        let kode = try c.decode(String.self, forKey: .kode)
        switch kode {
        case "target_nol": self = .targetNol
        case "target_belum_ada": self = .targetBelumAda
        case "realisasi_belum_ada": self = .realisasiBelumAda
        case "realisasi_nol": self = .realisasiNol
        case "penyebut_nol": self = .penyebutNol
        case "satuan_berbeda":
            self = .satuanBerbeda(
                diharapkan: try c.decode(Satuan.self, forKey: .diharapkan),
                diterima: try c.decode(Satuan.self, forKey: .diterima))
        case "skala_tidak_dikenal": self = .skalaTidakDikenal(try c.decode(String.self, forKey: .label))
        case "skala_belum_ditetapkan": self = .skalaBelumDitetapkan
        case "nilai_tidak_sesuai_jenis": self = .nilaiTidakSesuaiJenis
        case "tanpa_anggaran": self = .tanpaAnggaran
        case "tanpa_komponen": self = .tanpaKomponen
        case "pembilang_belum_ada": self = .pembilangBelumAda
        case "penyebut_belum_ada": self = .penyebutBelumAda
        default:
            throw DecodingError.dataCorruptedError(forKey: .kode, in: c, debugDescription: "unknown reason '\(kode)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kunci.self)
        try c.encode(kode, forKey: .kode)
        try c.encode(pesan, forKey: .pesan)
        switch self {
        case .satuanBerbeda(let d, let t):
            try c.encode(d, forKey: .diharapkan)
            try c.encode(t, forKey: .diterima)
        case .skalaTidakDikenal(let s):
            try c.encode(s, forKey: .label)
        default:
            break
        }
    }
}

extension Nilai {
    private enum Kunci: String, CodingKey { case angka, pembilang, penyebut, bawah, atas, peringkat }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Kunci.self)
        if let v = try c.decodeIfPresent(Decimal.self, forKey: .angka) {
            self = .angka(v)
        } else if let p = try c.decodeIfPresent(Decimal.self, forKey: .pembilang) {
            self = .rasio(pembilang: p, penyebut: try c.decode(Decimal.self, forKey: .penyebut))
        } else if let a = try c.decodeIfPresent(Decimal.self, forKey: .bawah) {
            self = .rentang(bawah: a, atas: try c.decode(Decimal.self, forKey: .atas))
        } else {
            self = .peringkat(try c.decode(String.self, forKey: .peringkat))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kunci.self)
        switch self {
        case .angka(let v): try c.encode(v, forKey: .angka)
        case .rasio(let p, let q):
            try c.encode(p, forKey: .pembilang)
            try c.encode(q, forKey: .penyebut)
        case .rentang(let a, let b):
            try c.encode(a, forKey: .bawah)
            try c.encode(b, forKey: .atas)
        case .peringkat(let s): try c.encode(s, forKey: .peringkat)
        }
    }
}

extension Agregat {
    private enum Kunci: String, CodingKey { case nilai, alasan }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Kunci.self)
        if let b = try c.decodeIfPresent(Besaran.self, forKey: .nilai) {
            self = .nilai(b)
        } else {
            self = .tidakDapatDihitung(try c.decode(Alasan.self, forKey: .alasan))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kunci.self)
        switch self {
        case .nilai(let b): try c.encode(b, forKey: .nilai)
        case .tidakDapatDihitung(let a): try c.encode(a, forKey: .alasan)
        }
    }
}
