/// A Renja as the program → kegiatan → sub-kegiatan tree, with pagu summed at every level.
/// Parent totals are always computed from the sub-kegiatan inputs, never read from a printed total.
public struct PohonRenja: Sendable {
    public struct Simpul: Sendable, Identifiable {
        public var id: KodeNomenklatur { baris.kode }
        public var baris: RenjaBaris
        public var anak: [Simpul]
        /// Σ pagu of the sub-kegiatan below (or the line's own pagu for a sub-kegiatan).
        public var totalPagu: Rupiah
        public var totalPaguN1: Rupiah
    }

    public var akar: [Simpul]
    public var totalPagu: Rupiah { akar.reduce(.zero) { $0 + $1.totalPagu } }
    public var totalPaguN1: Rupiah { akar.reduce(.zero) { $0 + $1.totalPaguN1 } }

    /// Builds the tree; lines whose parent is absent hang at the top so nothing is silently dropped.
    public init(baris: [RenjaBaris]) {
        let sorted = baris.sorted { $0.kode < $1.kode }
        let codes = Set(sorted.map(\.kode))
        var children: [KodeNomenklatur: [RenjaBaris]] = [:]
        var roots: [RenjaBaris] = []
        for b in sorted {
            if let p = Self.nearestAncestor(of: b.kode, in: codes) { children[p, default: []].append(b) } else { roots.append(b) }
        }
        func build(_ b: RenjaBaris) -> Simpul {
            let kids = (children[b.kode] ?? []).map(build)
            let isLeaf = b.kode.level == .subKegiatan
            let total = isLeaf ? (b.pagu ?? .zero) : kids.reduce(.zero) { $0 + $1.totalPagu }
            let totalN1 = isLeaf ? (b.paguN1 ?? .zero) : kids.reduce(.zero) { $0 + $1.totalPaguN1 }
            return Simpul(baris: b, anak: kids, totalPagu: total, totalPaguN1: totalN1)
        }
        akar = roots.map(build)
    }

    private static func nearestAncestor(of kode: KodeNomenklatur, in codes: Set<KodeNomenklatur>) -> KodeNomenklatur? {
        var p = kode.parent
        while let candidate = p {
            if codes.contains(candidate) { return candidate }
            p = candidate.parent
        }
        return nil
    }

    /// Depth-first list of (depth, node), the order a table prints.
    public var urutan: [(depth: Int, simpul: Simpul)] {
        var out: [(Int, Simpul)] = []
        func walk(_ s: Simpul, _ d: Int) {
            out.append((d, s))
            s.anak.forEach { walk($0, d + 1) }
        }
        akar.forEach { walk($0, 0) }
        return out
    }
}
