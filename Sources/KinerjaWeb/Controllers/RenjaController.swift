import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// Renja pages: the tree, line edits, stages, Perubahan, comparison, history, comments.
enum RenjaController {
    /// One Renja as program → kegiatan → sub-kegiatan with pagu totals computed per level and the actions the
    /// user's role allows.
    /// One query checks everything the page shows (`RingkasanRenja.stempelHalaman`); the Renja, its office and the
    /// comments are read again only when it changed. The access check runs on every request, for the current user.
    @Sendable static func tampil(req: Request) async throws -> Response {
        let id = try req.uuidParameter("renjaID")
        _ = try req.wajibPengguna()
        let ringkasan: RingkasanRenja
        do { ringkasan = try await req.ringkasanRenja(id) } catch StoreError.notFound { throw Abort(.notFound) }
        let h: RenjaCache.Halaman
        if let c = req.application.renjaCache.halaman(id, stempel: ringkasan.stempelHalaman) {
            h = c
        } else {
            guard let r = try await RenjaModel.find(id, on: req.db),
                // With the province: the cached office serves every user, a province role too.
                let opd = try await req.opdDenganWilayah(id: r.$opd.id, provinsi: true)
            else { throw Abort(.notFound) }
            h = RenjaCache.Halaman(stempel: ringkasan.stempelHalaman, renja: r, opd: opd, komentar: try await KomentarRepository(db: req.db).daftar(renjaID: id))
            req.application.renjaCache.simpanHalaman(id, h)
        }
        try req.wajibBolehLihat(h.opd)
        return RenjaView.response(model: try await model(req: req, renja: h.renja, opd: h.opd, stempel: ringkasan.stempel, komentar: h.komentar))
    }

    static func model(
        req: Request, renja r: RenjaModel, opd: OPDModel, pesan: String? = nil, stempel: String? = nil, komentar dibaca: [Komentar]? = nil
    ) async throws -> RenjaView.Model {
        let id = try r.requireID()
        let p = try req.wajibPengguna()
        let unit = try await req.unitPengguna()
        let tahapan = Tahapan(rawValue: r.tahapan) ?? .rancanganAwal
        let isi = try await isiHalaman(req: req, renjaID: id, opd: opd, tahun: r.tahun, stempel: stempel)
        let komentar: [Komentar]
        if let dibaca { komentar = dibaca } else { komentar = try await KomentarRepository(db: req.db).daftar(renjaID: id) }
        var m = RenjaView.Model(
            pengguna: p, csrf: req.csrfToken, opdNama: opd.nama, renja: isi.lengkap, info: isi.info,
            revisi: r.revisi, adaSebelumnya: r.$sebelumnya.id != nil,
            bolehUbah: { unitBaris in tahapan.dapatDiubah && p.boleh(.ubahBaris(unitBaris: unitBaris), unit: unit, kantor: r.$opd.id) },
            tahapanBerikutnya: tahapan.berikutnya.flatMap { p.boleh(.majukanTahapan(ke: $0), unit: unit, kantor: r.$opd.id) ? $0 : nil },
            bolehPerubahan: tahapan == .ditetapkan && p.boleh(.buatPerubahan, unit: unit, kantor: r.$opd.id),
            bolehKomentar: p.boleh(.komentar, unit: unit, kantor: r.$opd.id),
            komentar: komentar.map { .init(oleh: $0.oleh, waktu: $0.waktu ?? Date(), teks: $0.teks) },
            temuan: isi.temuan, temuanLain: isi.lain, pesan: pesan)
        // The table is the bulk of the page; what in it depends on the user is the edit links, decided by the roles,
        // the unit and the stage (the stamp changes with every edit and stage move).
        let kunci = "\(id)|\(isi.stempel)|\(tahapan.rawValue)|\(p.peran.map(\.rawValue).sorted().joined(separator: ","))|\(unit ?? "")"
        if let html = req.application.renjaCache.tabelHTML(kunci) {
            m.tabelHTML = html
        } else {
            m.tabelHTML = RenjaView.tabel(m).render()
            req.application.renjaCache.simpanTabel(kunci, m.tabelHTML)
        }
        return m
    }

    /// The tree, line identities and line findings of a Renja, from the cache while the Renja is unchanged.
    static func isiHalaman(req: Request, renjaID id: UUID, opd: OPDModel, tahun: Int, stempel dibaca: String? = nil) async throws -> RenjaCache.Isi {
        let stempel: String
        if let dibaca { stempel = dibaca } else { stempel = try await req.ringkasanRenja(id).stempel }
        if let x = req.application.renjaCache.ambil(id, stempel: stempel) { return x }
        let repo = RenjaRepository(db: req.db)
        let lengkap = try await repo.lengkap(id: id)
        // Findings about the lines (sums, targets with pagu, duplicate codes, targets across tables), by code.
        let dok = try await PemeriksaanQuery(db: req.db).dokumen(opd: opd, tahun: tahun, hanyaBaris: true, renja: lengkap)
        let rujukan = Dictionary(dok.anggaran.compactMap { a in a.lokasi.map { ($0, a.kode) } }, uniquingKeysWith: { a, _ in a })
        var temuan: [KodeNomenklatur: [Finding]] = [:]
        var lain: [Finding] = []
        for f in PemeriksaanKualitas.periksa(dok) {
            let kode = rujukan.first { f.lokasi.hasPrefix($0.key) }?.value ?? (try? KodeNomenklatur(String(f.lokasi.prefix { $0 != " " })))
            if let kode { temuan[kode, default: []].append(f) } else { lain.append(f) }
        }
        let x = RenjaCache.Isi(stempel: stempel, lengkap: lengkap, info: try await repo.info(renjaID: id), temuan: temuan, lain: lain)
        req.application.renjaCache.simpan(id, x)
        return x
    }

    // MARK: line edit

    struct BarisForm: Content {
        var revisi: Int
        var pagu: String?
        var pagu_n1: String?
        var lokasi: String?
        var kelompok_sasaran: String?
        var sumber_dana: String?
        var catatan: String?
        var target: String?
        var target_n1: String?
        var alasan_perubahan: String?
    }

    @Sendable static func formBaris(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let (baris, info) = try await barisDari(req: req, renja: r)
        try await req.wajibIzin(.ubahBaris(unitBaris: info.unitKerja), "mengubah baris ini", kantor: r.$opd.id)
        return BarisFormView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), tahun: r.tahun,
            perubahan: r.jenis == JenisDokumen.perubahan.rawValue, baris: baris, info: info, nilai: nil, pesan: nil))
    }

    @Sendable static func ubahBaris(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let (baris, info) = try await barisDari(req: req, renja: r)
        try await req.wajibIzin(.ubahBaris(unitBaris: info.unitKerja), "mengubah baris ini", kantor: r.$opd.id)
        let form = try req.content.decode(BarisForm.self)
        let pengguna = try req.wajibPengguna()
        let renjaID = try r.requireID()
        let render = { (status: HTTPResponseStatus, pesan: String) -> Response in
            let resp = BarisFormView.response(model: .init(
                pengguna: pengguna, csrf: req.csrfToken, opdNama: opd.nama, renjaID: renjaID, tahun: r.tahun,
                perubahan: r.jenis == JenisDokumen.perubahan.rawValue, baris: baris, info: info, nilai: form, pesan: pesan))
            resp.status = status
            return resp
        }
        let ubah: BarisUbah
        do { ubah = try parse(form) } catch let e as KesalahanMasukan { return render(.unprocessableEntity, e.pesan) }
        do {
            _ = try await RenjaRepository(db: req.db).ubahBaris(barisID: info.id, ubah: ubah, revisi: form.revisi, penggunaID: req.pengguna?.id)
        } catch StoreError.conflict(_, _, _, let current) {
            return render(.conflict, "Baris ini sudah diubah orang lain (revisi \(current)). Nilai terbaru ditampilkan di bawah; periksa lalu simpan ulang.")
        } catch StoreError.invalid(_, _, let pesan) {
            return render(.unprocessableEntity, pesan)
        }
        return req.redirect(to: SiteURL.renja(try r.requireID()).path)
    }

    /// Parses a form into typed values; names the field on error.
    static func parse(_ f: BarisForm) throws(KesalahanMasukan) -> BarisUbah {
        typealias I = IsianFormulir
        return BarisUbah(
            pagu: try I.rupiah(f.pagu, field: "pagu"), paguN1: try I.rupiah(f.pagu_n1, field: "pagu_n1"), lokasi: I.teks(f.lokasi),
            kelompokSasaran: I.teks(f.kelompok_sasaran), sumberDana: I.teks(f.sumber_dana), catatan: I.teks(f.catatan),
            target: try I.angka(f.target, field: "target"), targetN1: try I.angka(f.target_n1, field: "target_n1"),
            alasanPerubahan: I.teks(f.alasan_perubahan))
    }

    static func barisDari(req: Request, renja: RenjaModel) async throws -> (RenjaBaris, BarisInfo) {
        let bid = try req.uuidParameter("barisID")
        let repo = RenjaRepository(db: req.db)
        let info = try await repo.info(renjaID: try renja.requireID())
        guard let i = info.values.first(where: { $0.id == bid }) else { throw Abort(.notFound) }
        let l = try await repo.lengkap(id: try renja.requireID())
        guard let b = l.pohon.urutan.first(where: { $0.simpul.baris.kode == i.kode })?.simpul.baris else { throw Abort(.notFound) }
        return (b, i)
    }

    // MARK: stages and versions

    struct RevisiForm: Content { var revisi: Int }

    @Sendable static func majukan(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        try await RenjaAksi.wajibBolehMajukan(req: req, renja: r)
        let form = try req.content.decode(RevisiForm.self)
        do {
            try await RenjaAksi.majukan(req: req, renja: r, revisi: form.revisi)
        } catch StoreError.invalid(_, _, let pesan) {
            let resp = RenjaView.response(model: try await model(req: req, renja: r, opd: opd, pesan: pesan))
            resp.status = .unprocessableEntity
            return resp
        } catch StoreError.conflict {
            let resp = RenjaView.response(model: try await model(req: req, renja: r, opd: opd, pesan: "Renja ini sudah diubah orang lain; halaman dimuat ulang."))
            resp.status = .conflict
            return resp
        }
        return req.redirect(to: SiteURL.renja(try r.requireID()).path)
    }

    @Sendable static func perubahan(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        let baru = try await RenjaAksi.buatPerubahan(req: req, renja: r)
        return req.redirect(to: SiteURL.renja(try baru.requireID()).path)
    }

    @Sendable static func perbandingan(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        guard let diff = try await RenjaRepository(db: req.db).perbandingan(renjaID: try r.requireID()) else { throw Abort(.notFound) }
        return PerbandinganView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), tahun: r.tahun, versi: r.versi, diff: diff))
    }

    /// The history of a plan, or of one line with `?baris=<id>`.
    @Sendable static func riwayat(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let entries = try await RenjaRepository(db: req.db).riwayat(renjaID: try r.requireID(), barisID: req.query["baris"])
        return RiwayatView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), tahun: r.tahun, versi: r.versi,
            entri: entries.map { .init(waktu: $0.waktu, oleh: $0.pengguna?.nama ?? "sistem", entitas: $0.entitas, aksi: $0.aksi, sebelum: $0.sebelum, sesudah: $0.sesudah, alasan: $0.alasan) }))
    }

    struct KomentarForm: Content { var teks: String }

    @Sendable static func komentar(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        try await RenjaAksi.komentar(req: req, renja: r, teks: { try req.content.decode(KomentarForm.self).teks })
        return req.redirect(to: SiteURL.renja(try r.requireID()).path)
    }
}
