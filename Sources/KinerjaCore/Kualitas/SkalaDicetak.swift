import Foundation

/// A rating legend as a report prints it: one text per category band ("120 ≥ X > 100", "0 sd 50 %") → R49.
public struct SkalaDicetak: Hashable, Sendable {
    public struct Pita: Hashable, Sendable {
        public var lokasi: String
        public var kategori: String
        public var teks: String
        public init(lokasi: String, kategori: String, teks: String) {
            self.lokasi = lokasi
            self.kategori = kategori
            self.teks = teks
        }
    }
    public var lokasi: String
    public var pita: [Pita]
    public init(lokasi: String, pita: [Pita]) {
        self.lokasi = lokasi
        self.pita = pita
    }
}

/// R49: a printed rating legend that does not give every capaian exactly one category (lakip-spec §8 #24:
/// 002:L1649 "Sangat Baik 120 ≥ X > 100" leaves X > 120 without one, yet PSKS 126 % is called "Sangat Baik";
/// Appendix B rule 7; 004:L334 puts 50 in two bands). Kinerja's own scales are validated partitions of [0, ∞)
/// (`SkalaPenilaian.validasi`); this reads the printed bands with the same test.
public enum AturanSkalaDicetak {
    public static func periksa(_ rows: [SkalaDicetak]) -> [Finding] {
        rows.compactMap { s in
            let dicetak = s.pita.map { "\($0.kategori) \($0.teks)" }.joined(separator: " · ")
            var pita: [SkalaPenilaian.Pita] = []
            for p in s.pita {
                guard let b = baca(p.teks) else {
                    return Finding(.skalaDicetak, lokasi: p.lokasi, pesan: "Rentang \"\(p.teks)\" pada skala penilaian tidak terbaca sebagai batas angka.", dicetak: dicetak)
                }
                pita.append(SkalaPenilaian.Pita(kategori: p.kategori, bawah: b.bawah, bawahTermasuk: b.bawahTermasuk, atas: b.atas, atasTermasuk: b.atasTermasuk))
            }
            pita.sort { ($0.bawah, $0.bawahTermasuk ? 0 : 1) < ($1.bawah, $1.bawahTermasuk ? 0 : 1) }
            do throws(SkalaPenilaian.Galat) {
                try SkalaPenilaian.validasi(pita)
                return nil
            } catch {
                let sebab: String
                if case .tidakSampaiTakHingga = error, let atas = pita.last?.atas {
                    sebab = "capaian di atas \(Tampilan.angka(atas, presisi: 0, kelompok: false)) tidak masuk kategori mana pun"
                } else {
                    sebab = error.description
                }
                return Finding(
                    .skalaDicetak, lokasi: s.lokasi,
                    pesan: "Skala penilaian yang dicetak tidak memberi setiap capaian tepat satu kategori: \(sebab) (\(pita.map(\.notasi).joined(separator: " "))).",
                    dicetak: dicetak)
            }
        }
    }

    /// Bounds of one printed band, over capaian in [0, ∞): "120 ≥ X > 100" → (100, 120]; "X = 100" → [100, 100];
    /// "X < 50" → [0, 50); "0 sd 50 %" → [0, 50]; "> 100%" → (100, ∞). Nil when the text is no such form.
    public static func baca(_ teks: String) -> (bawah: Decimal, bawahTermasuk: Bool, atas: Decimal?, atasTermasuk: Bool)? {
        var t = teks.replacingOccurrences(of: "%", with: " ").lowercased()
        for (a, b) in [(">=", "≥"), ("<=", "≤"), ("s.d.", " sd "), ("s.d", " sd "), ("s/d", " sd "), ("sampai dengan", " sd ")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        let kata = t.split(whereSeparator: \.isWhitespace).map(String.init)
        func angka(_ s: String) -> Decimal? { Decimal(string: s.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX")) }
        var bawah: Decimal = 0, bawahTermasuk = true, atas: Decimal?, atasTermasuk = false
        // "a sd b": both ends included.
        if kata.count == 3, kata[1] == "sd", let a = angka(kata[0]), let b = angka(kata[2]) { return (a, true, b, true) }
        // "[a op] x op b", with the leading "x" optional in "> 100".
        var k = kata
        if let op = k.first, ["<", ">", "≤", "≥", "="].contains(op) { k.insert("x", at: 0) }
        guard let i = k.firstIndex(of: "x") else { return nil }
        if i == 2 {
            // "a op x": a bounds x from the side the operator says.
            guard let a = angka(k[0]) else { return nil }
            switch k[1] {
            case "<": (bawah, bawahTermasuk) = (a, false)
            case "≤": (bawah, bawahTermasuk) = (a, true)
            case ">": (atas, atasTermasuk) = (a, false)
            case "≥": (atas, atasTermasuk) = (a, true)
            default: return nil
            }
        } else if i != 0 {
            return nil
        }
        let sisa = Array(k[(i + 1)...])
        if sisa.count == 2, let b = angka(sisa[1]) {
            switch sisa[0] {
            case "<": (atas, atasTermasuk) = (b, false)
            case "≤": (atas, atasTermasuk) = (b, true)
            case ">": (bawah, bawahTermasuk) = (b, false)
            case "≥": (bawah, bawahTermasuk) = (b, true)
            case "=": return (b, true, b, true)
            default: return nil
            }
        } else if !sisa.isEmpty || i == 0 {
            return nil
        }
        return (bawah, bawahTermasuk, atas, atasTermasuk)
    }
}
