import Foundation
import KinerjaCore

/// The cell of an engine value, shared by every table builder: a quantity in the indicator's precision, a derived
/// ratio rounded for display, a band or grade as text, an undefined value with its reason.
extension Sel {
    static func dari(_ b: Besaran?, _ ind: Indikator) -> Sel {
        guard let b else { return .kosong }
        switch b.nilai {
        case .angka(let v): return .desimal(v, presisi: ind.presisi)
        case .rasio:
            switch b.nilai.angka {
            case .success(let v): return .desimal(Tampilan.bulatkan(v, presisi: 2), presisi: 2)
            case .failure(let a): return .tidakDapatDihitung(alasan: a.pesan)
            }
        case .rentang, .peringkat: return .teks(Tampilan.besaran(b, presisi: ind.presisi))
        }
    }

    static func dari(_ a: Agregat, _ ind: Indikator) -> Sel {
        switch a {
        case .nilai(let b): dari(b, ind)
        case .tidakDapatDihitung(let al): .tidakDapatDihitung(alasan: al.pesan)
        }
    }

    static func dari(_ c: Capaian) -> Sel {
        switch c {
        case .nilai: .persen(c.nilaiTampil(presisi: 2))
        case .tidakDapatDihitung(let a): .tidakDapatDihitung(alasan: a.pesan)
        }
    }
}
