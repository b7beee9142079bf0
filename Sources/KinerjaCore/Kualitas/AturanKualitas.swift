/// A named data-quality rule (domain decision 10). Ids are stable: reports, stored findings and the docs
/// refer to them; a rule is never renumbered, only retired.
public struct AturanKualitas: Hashable, Sendable, Identifiable, Codable {
    public let id: String
    /// Indonesian title.
    public let judul: String
    /// English title.
    public let title: String
    public let severity: Finding.Severity
    /// The defect classes and seed lines that motivate the rule (renja-spec §6, lakip-spec §8, Appendix B).
    public let sumber: String
}

extension AturanKualitas {
    public static let jumlahAnak = AturanKualitas(
        id: "R01-jumlah-anak", judul: "Jumlah anak tidak sama dengan induk",
        title: "Children do not sum to the parent", severity: .galat,
        sumber: "renja §6 D20-27 (000:L464, 000:L465, 001:L930), lakip §8 #13 #45 #46 #48, App. B 3")
    public static let satuanBerbeda = AturanKualitas(
        id: "R02-satuan-berbeda", judul: "Satuan berbeda dengan satuan indikator",
        title: "Unit differs from the indicator's unit", severity: .galat,
        sumber: "renja §3.5 rule 2, §6 F33 F39 (003:L203, 003:L255), lakip §8 #15 #16 #50 #74, App. B 4")
    public static let persenDiLuarRentang = AturanKualitas(
        id: "R03-persen-di-luar-rentang", judul: "Persentase di luar 0–100",
        title: "Percentage outside [0, 100]", severity: .galat,
        sumber: "renja §3.5 rule 3, §6 F33 (000:L191 \"5249 Persen\"), H49 (003:L424 131,57 %)")
    public static let targetNolBerpagu = AturanKualitas(
        id: "R04-target-nol-berpagu", judul: "Target nol padahal ada pagu",
        title: "Target 0 with a pagu", severity: .galat,
        sumber: "renja §3.5 rule 4 (003:L930 \"0 orang\" with Rp 99.836.740)")
    public static let kodeGanda = AturanKualitas(
        id: "R05-kode-ganda", judul: "Kode ganda dalam satu dokumen",
        title: "Duplicate code in one document", severity: .galat,
        sumber: "renja §3.5 rule 5, §6 E28-31 (003:L933-934, 000:L512/L526)")
    public static let targetBerbedaAntartabel = AturanKualitas(
        id: "R06-target-berbeda-antartabel", judul: "Baris yang sama bertarget berbeda di dua tabel",
        title: "Same line with different targets in two tables", severity: .galat,
        sumber: "renja §3.5 rule 6, §6 F38 (001:L1312 vs L1402, 003:L833 vs L930), lakip §8 #50 #51")
    public static let persenDijumlahkan = AturanKualitas(
        id: "R07-persen-dijumlahkan", judul: "Persentase dijumlahkan antartahun",
        title: "Percentage summed across years", severity: .galat,
        sumber: "renja §3.4, §6 C13-16 (000:L146, 000:L176, 000:L182, 003:L201, 003:L232)")
    public static let labelTahun = AturanKualitas(
        id: "R08-label-tahun", judul: "Label tahun tidak sesuai tahun rencana",
        title: "Year label inconsistent with the plan year", severity: .peringatan,
        sumber: "renja §3.5 rule 7, §6 H47 (001:L751, 003:L748), lakip §8 #9 #27 #28, App. B 11")
    public static let penyebutBasi = AturanKualitas(
        id: "R09-penyebut-basi", judul: "Penyebut lama dipakai ulang",
        title: "Stale denominator reused", severity: .peringatan,
        sumber: "lakip §3.1, §8 #55 #72 (004:L474 \"226\" for 2022 and 2023), App. B 9")
    public static let kategoriSkala = AturanKualitas(
        id: "R10-kategori-skala", judul: "Kategori tidak sesuai skala",
        title: "Category inconsistent with its scale", severity: .galat,
        sumber: "lakip §3.3, §8 #5 #24 #37 (002:L1943, 004:L322-334), App. B 7")
    public static let galatSpreadsheet = AturanKualitas(
        id: "R11-galat-spreadsheet", judul: "Literal galat spreadsheet tercetak",
        title: "Spreadsheet error literal printed", severity: .galat,
        sumber: "renja §6 A1-5 (000:L189 #DIV/0!, 000:L284 #VALUE!, 000:L325 #REF!, 000:L295 ####), App. B 12")
    public static let rumusKolom = AturanKualitas(
        id: "R12-rumus-kolom", judul: "Nilai terhitung yang dicetak tidak sesuai rumus",
        title: "Printed computed value does not match its formula", severity: .galat,
        sumber: "renja §6 B6-12 (001:L778, 003:L233, 000:L200), lakip §3.7, §8 #1-3 #10-12 #36 #38 #40-43 #47 #77")
    public static let targetNol = AturanKualitas(
        id: "R13-target-nol", judul: "Target nol: capaian tidak dapat dihitung",
        title: "Target 0: capaian undefined", severity: .peringatan,
        sumber: "renja §3.5 rule 4, §6 A1 (000:L189-190)")
    public static let efisiensiCampur = AturanKualitas(
        id: "R14-efisiensi-campur", judul: "Analisis efisiensi mencampur serapan dan penghematan",
        title: "Efficiency analysis mixes absorption and savings", severity: .galat,
        sumber: "lakip §3.6, §8 #38 #39 (004:L413-419, L577-581, L748-752, L810-814)")
    public static let efisiensiTanpaAnggaran = AturanKualitas(
        id: "R15-efisiensi-tanpa-anggaran", judul: "Efisiensi dinilai tanpa anggaran",
        title: "Efficiency rated without a budget", severity: .galat,
        sumber: "lakip §3.6, §8 #18 #19 (002:L2855-2929, 002:L3215), App. B 8")
    public static let realisasiMelebihiPagu = AturanKualitas(
        id: "R16-realisasi-melebihi-pagu", judul: "Realisasi melebihi pagu",
        title: "Realisation exceeds pagu", severity: .peringatan,
        sumber: "lakip §8 #46 (004:L906 937.000 < 937.500), App. B 3")
    public static let capaianTidakWajar = AturanKualitas(
        id: "R17-capaian-tidak-wajar", judul: "Capaian di atas batas kewajaran (300 %)",
        title: "Capaian above the sanity threshold (300 %)", severity: .peringatan,
        sumber: "renja §6 C17-18, §6.3 item 7 (000:L162 4140 %, 000:L193 638 %), lakip §8 #80, App. B 12")
    public static let bulat100 = AturanKualitas(
        id: "R18-bulat-100", judul: "Dicetak 100 % padahal realisasi belum mencapai target",
        title: "Printed 100 % while R has not met T", severity: .galat,
        sumber: "lakip §8 #12 #42 (002:L3468, L3473, L3516), App. B 2")
    public static let nonKumulatifDijumlahkan = AturanKualitas(
        id: "R19-nonkumulatif-dijumlahkan", judul: "Indikator stok/tahunan dijumlahkan antartahun",
        title: "Stock or annual indicator summed across years", severity: .galat,
        sumber: "renja §3.4, §6 C17 C19 (000:L162, 003:L203, 003:L219)")
    public static let capaianSasaran = AturanKualitas(
        id: "R20-capaian-sasaran", judul: "Capaian sasaran tidak memakai semua indikatornya",
        title: "Sasaran capaian does not use all its indicators", severity: .galat,
        sumber: "lakip §3.2, §8 #5 (002:L1939-1943), App. B 6")
    public static let nilaiGandaSel = AturanKualitas(
        id: "R21-nilai-ganda-sel", judul: "Beberapa nilai dalam satu sel",
        title: "Several values in one cell", severity: .galat,
        sumber: "renja §6 F39-40 (003:L207 \"390;320 Jenis/710 item\", 001:L959, 001:L1000)")
    public static let selPlaceholder = AturanKualitas(
        id: "R22-sel-placeholder", judul: "Sel berisi tanda tanpa nilai",
        title: "Placeholder cell without a value", severity: .peringatan,
        sumber: "renja §2.1 (001:L753 \"%\"), lakip §8 #23 (002:L2674-2682)")
    public static let kodeTidakSah = AturanKualitas(
        id: "R23-kode-tidak-sah", judul: "Kode tidak sah atau tidak sesuai tingkat baris",
        title: "Invalid code or code of the wrong level", severity: .galat,
        sumber: "renja §6 G42-44 (003:L253 1.06.01.2.06 for a program, 003:L263 2.013.04, 003:L264)")
    public static let targetMelampauiRenstra = AturanKualitas(
        id: "R24-target-melampaui-renstra", judul: "Target tahunan melampaui target akhir Renstra",
        title: "Annual target exceeds the Renstra end target", severity: .peringatan,
        sumber: "renja §6 C17-18 (000:L184 205 vs 60, 000:L193 120212 vs 24019)")

    public static let proyeksiTidakSesuai = AturanKualitas(
        id: "R25-proyeksi-tidak-sesuai", judul: "Proyeksi tergeser atau nol terhadap target",
        title: "Projection shifted from or zero against the target", severity: .peringatan,
        sumber: "renja §6 H48 (000:L241 proyeksi 2024/2025 = target 2022/2023, 000:L236 target 100 % proyeksi 0 %)")
    public static let targetDiBawahRealisasi = AturanKualitas(
        id: "R26-target-di-bawah-realisasi", judul: "Target di bawah realisasi yang sudah dicapai",
        title: "Target below a realisation already achieved", severity: .peringatan,
        sumber: "renja §6 H48 (000:L254 target \"CC\" 2023 after \"B\" in 2022)")
    public static let realisasiPrematur = AturanKualitas(
        id: "R27-realisasi-prematur", judul: "Realisasi tahun yang belum berakhir",
        title: "Realisation of a year not yet over", severity: .galat,
        sumber: "renja §6 H48 (000:L230-254 realisasi 2023 dalam dokumen Maret 2023)")
    public static let nomorBarisLompat = AturanKualitas(
        id: "R28-nomor-baris-lompat", judul: "Nomor baris melompat",
        title: "Row numbering skips", severity: .peringatan,
        sumber: "renja §6 H49, lakip §8 #73 (001:L853-855 13 → 15)")
    public static let barisBergeser = AturanKualitas(
        id: "R29-baris-bergeser", judul: "Nilai baris tergeser kolom",
        title: "Row values shifted by a column", severity: .galat,
        sumber: "renja §6 H49 (003:L428: 12 nilai untuk 11 kolom)")
    public static let realisasiAntardokumen = AturanKualitas(
        id: "R30-realisasi-antardokumen", judul: "Realisasi yang sama berbeda antardokumen",
        title: "Same realisation differs between documents", severity: .galat,
        sumber: "lakip §8 #82 #83 (000:L235 vs 002:L2093, L2111; 000:L241 vs 002:L2290, L2304)")
    public static let paguBerbedaAntartabel = AturanKualitas(
        id: "R31-pagu-berbeda-antartabel", judul: "Pagu baris yang sama berbeda di dua tabel",
        title: "Same line with different pagu in two tables", severity: .galat,
        sumber: "renja §6.2 #23 (000:L309 vs 000:L492), #29 (000:L361 vs 000:L540)")
    public static let jumlahAntartabel = AturanKualitas(
        id: "R33-jumlah-antartabel", judul: "Jumlah atau predikat yang sama berbeda antartabel",
        title: "Same count or grade differs between tables", severity: .galat,
        sumber: "lakip §8 #25 (002:L381 29 ASN, L414 28, L426-434 34, L454 28), #58 (004:L780 B vs L770 BB)")
    public static let nomorTabelGanda = AturanKualitas(
        id: "R34-nomor-tabel-ganda", judul: "Nomor tabel dipakai dua kali",
        title: "Two tables under one number", severity: .peringatan,
        sumber: "lakip §8 #26 (002:L402 and 002:L426, both Tabel 1.3)")
    public static let indikatorTanpaRealisasi = AturanKualitas(
        id: "R35-indikator-tanpa-realisasi", judul: "Indikator bertarget tanpa realisasi",
        title: "Indicator with a target but never measured", severity: .peringatan,
        sumber: "lakip §8 #67 (004:L263 Indeks Gini Ratio, target 0,321, no realisation)")
    public static let lonjakanTarget = AturanKualitas(
        id: "R36-lonjakan-target", judul: "Target melonjak sepuluh kali lipat atau lebih antartahun",
        title: "Target changes tenfold or more between years", severity: .peringatan,
        sumber: "renja §6.2 #37 (001:L1354 34 → 384, L1375 288 → 16, L1407 5 → 198, L1417 60.000 → 3)")
    public static let tanggalTidakLengkap = AturanKualitas(
        id: "R37-tanggal-tidak-lengkap", judul: "Tanggal penandatanganan tidak lengkap",
        title: "Signature date without day and month", severity: .peringatan,
        sumber: "lakip §8 #32 (002:L250 \"Mamuju, 2025\")")
    public static let capaianTanpaTargetAkhir = AturanKualitas(
        id: "R38-capaian-tanpa-target-akhir", judul: "Capaian terhadap target akhir Renstra tanpa target akhir",
        title: "Achievement against the Renstra end target without that target", severity: .galat,
        sumber: "lakip §8 #21 (002:L2426 \"100 %\" terhadap Target Akhir Renstra, no end target shown)")
    public static let standarSPMKosong = AturanKualitas(
        id: "R39-standar-spm-kosong", judul: "Standar nasional indikator SPM tidak dicetak",
        title: "National standard of an SPM indicator not printed", severity: .peringatan,
        sumber: "lakip §8 #35 (002:L2503 \"-\" for an SPM indicator; PP 2/2018 and Permensos 9/2018: SPM serves 100 % of those eligible)")
    public static let menunjangTanpaAnggaran = AturanKualitas(
        id: "R40-menunjang-tanpa-anggaran", judul: "Program dinyatakan menunjang padahal tanpa anggaran",
        title: "Program credited as supporting an indicator without a budget", severity: .galat,
        sumber: "lakip §8 #19 (002:L3054-3072 \"Menunjang\" for Program Pemberdayaan Sosial; no budget, 002:L3215)")
    public static let angkaKembar = AturanKualitas(
        id: "R41-angka-kembar", judul: "Satu angka dicetak dengan beberapa satuan",
        title: "One number printed under several units", severity: .peringatan,
        sumber: "lakip §8 #16 (002:L1211 113000 Org, L1283 113000 KPM, L1310 113000 Keluarga)")
    public static let paguKembar = AturanKualitas(
        id: "R42-pagu-kembar", judul: "Pagu sama persis dengan baris sebelumnya",
        title: "Pagu identical to the line above", severity: .peringatan,
        sumber: "renja §6.2 #32 (000:L297-298 6.911.520 ×2, 000:L316/318, 001:L494/L513 6.510.000), lakip §8 #44 (004:L979)")
    public static let perubahanTanpaAlasan = AturanKualitas(
        id: "R43-perubahan-tanpa-alasan", judul: "Baris Renja Perubahan berubah tanpa alasan",
        title: "Amended Renja line changed without a reason", severity: .galat,
        sumber: "renja §5.6, §6.2 #27 (001:L151-738 vs L1256-1332: two budgets, no reason per line; 001:L1344-1428 the 33 changed lines); decision 9")
    public static let satuanKolom = AturanKualitas(
        id: "R44-satuan-kolom", judul: "Satuan rupiah di judul kolom tidak sesuai isinya",
        title: "Money unit in a column header contradicts its cells", severity: .galat,
        sumber: "renja §6.2 #41 (000:L282 \"(Rp.000)\" over full rupiah, \"Rp 4.465.200\")")
    public static let narasiTidakSesuai = AturanKualitas(
        id: "R45-narasi-tidak-sesuai", judul: "Klaim narasi tidak sesuai data laporan atau narasi lain",
        title: "Narrative claim contradicts the report's data or another passage", severity: .galat,
        sumber: "lakip §8 #6-#8 (002:L1714 2 sasaran / 8 IKU of 3 / 5), #29 (002:L203 tahun ke-III), #30 #31 #65 (another agency named), #34 (two legal bases), #59 (004:L652 naik for a fall), #69 (004:L297), renja §6.2 #49 (003:L479 vs L437)")
    public static let indikatorGanda = AturanKualitas(
        id: "R46-indikator-ganda", judul: "Dua indikator dalam satu sel",
        title: "Two indicators in one cell", severity: .peringatan,
        sumber: "lakip §8 #61 (004:L636 \"Persentase Rata-rata Masyarakat Miskin Mandiri Persentase Lembaga Sosial …\")")
    public static let indikatorBarisLain = AturanKualitas(
        id: "R47-indikator-baris-lain", judul: "Indikator tersalin dari baris lain",
        title: "Indicator copied from another line", severity: .peringatan,
        sumber: "renja §6.2 #34 (001:L941 gaji ASN measured by light fittings), #35 (001:L976, L1027 students' study aid), #45 (001:L1026), lakip §8 #62 (004:L1014 TMP program, social-institution indicator)")
    public static let angkaTanpaTahun = AturanKualitas(
        id: "R48-angka-tanpa-tahun", judul: "Data kesejahteraan sosial tanpa tahun",
        title: "Social-welfare figure printed without a year", severity: .peringatan,
        sumber: "lakip §8 #53 (004:L527 PKH 25.021 / BPNT 40.493 KPM, no year, vs 004:L513-514), Appendix B rule 9 (dated register snapshots)")
    public static let skalaDicetak = AturanKualitas(
        id: "R49-skala-dicetak", judul: "Skala penilaian yang dicetak berlubang atau tumpang tindih",
        title: "Printed rating legend leaves a gap or overlaps", severity: .galat,
        sumber: "lakip §8 #24 (002:L1649 \"Sangat Baik 120 ≥ X > 100\": X > 120 has no category), Appendix B rule 7 (004:L334, 50 in two bands)")
    public static let dasarHukum = AturanKualitas(
        id: "R50-dasar-hukum", judul: "Dasar hukum yang tidak mungkin benar",
        title: "Legal basis that cannot be right", severity: .peringatan,
        sumber: "lakip §8 #66 (004:L86 Perbup 30/2001 amending Perbup 26/2009; 004:L206 a 2011 decree amending a 2017 regulation; Perbup 44/2012 twice, L89 and L91; Perda 10/2009 at L85, 10/2010 at L206)")
    public static let realisasiAntartabel = AturanKualitas(
        id: "R32-realisasi-antartabel", judul: "Realisasi yang sama berbeda di dua tempat dalam satu dokumen",
        title: "Same realisation printed differently within one document", severity: .galat,
        sumber: "lakip §8 #4 (002:L1858 84,5 % vs 002:L2314 55,12 %), #55 (004:L425 vs 004:L482), #56 (004:L502 vs 004:L1096)")

    /// Every rule, in id order.
    public static let semua: [AturanKualitas] = [
        .jumlahAnak, .satuanBerbeda, .persenDiLuarRentang, .targetNolBerpagu, .kodeGanda, .targetBerbedaAntartabel,
        .persenDijumlahkan, .labelTahun, .penyebutBasi, .kategoriSkala, .galatSpreadsheet, .rumusKolom, .targetNol,
        .efisiensiCampur, .efisiensiTanpaAnggaran, .realisasiMelebihiPagu, .capaianTidakWajar, .bulat100,
        .nonKumulatifDijumlahkan, .capaianSasaran, .nilaiGandaSel, .selPlaceholder, .kodeTidakSah,
        .targetMelampauiRenstra, .proyeksiTidakSesuai, .targetDiBawahRealisasi, .realisasiPrematur, .nomorBarisLompat,
        .barisBergeser, .realisasiAntardokumen, .paguBerbedaAntartabel, .realisasiAntartabel, .jumlahAntartabel, .nomorTabelGanda, .indikatorTanpaRealisasi, .lonjakanTarget, .tanggalTidakLengkap,
        .capaianTanpaTargetAkhir, .standarSPMKosong, .menunjangTanpaAnggaran, .angkaKembar, .paguKembar, .perubahanTanpaAlasan, .satuanKolom, .narasiTidakSesuai, .indikatorGanda,
        .indikatorBarisLain, .angkaTanpaTahun, .skalaDicetak, .dasarHukum,
    ]

    /// Lookup by id.
    public static func dengan(id: String) -> AturanKualitas? { semua.first { $0.id == id } }
}
