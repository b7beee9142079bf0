import Foundation

/// What openpyxl reads from a workbook: per sheet the cells (type name and value), merged ranges, the frozen
/// pane, print titles and page orientation.
struct LembarTerbaca: Decodable {
    struct Sel: Decodable {
        /// Python type name: "int", "float", "str", "NoneType".
        var t: String
        var v: String?
        var f: String
    }
    var title: String
    var freeze: String?
    var merged: [String]
    var printTitles: String?
    var orientation: String?
    var rows: [[Sel]]

    enum CodingKeys: String, CodingKey {
        case title, freeze, merged, orientation, rows
        case printTitles = "print_titles"
    }

    /// 1-based row and column, as in the spreadsheet.
    func sel(_ row: Int, _ col: Int) -> Sel? {
        guard row >= 1, row <= rows.count, col >= 1, col <= rows[row - 1].count else { return nil }
        return rows[row - 1][col - 1]
    }
}

enum BacaXLSX {
    static let skrip = #"""
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1], read_only=(sys.argv[2] == "ro"))
        out = []
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    cells.append({"t": type(v).__name__, "v": None if v is None else (repr(v) if isinstance(v, float) else str(v)),
                                  "f": getattr(c, "number_format", "") or ""})
                rows.append(cells)
            if sys.argv[2] == "ro":
                out.append({"title": ws.title, "freeze": None, "merged": [], "print_titles": None, "orientation": None, "rows": rows})
            else:
                out.append({"title": ws.title, "freeze": ws.freeze_panes, "merged": sorted(str(m) for m in ws.merged_cells.ranges),
                            "print_titles": ws.print_title_rows, "orientation": ws.page_setup.orientation, "rows": rows})
        json.dump(out, sys.stdout)
        """#

    /// Opens the workbook with openpyxl (full mode; `cepat` uses read-only mode for big sheets).
    static func baca(_ url: URL, cepat: Bool = false) throws -> [LembarTerbaca] {
        guard let py = AlatLuar.python else { throw AlatLuar.GalatAlat.gagal("no python3 with openpyxl") }
        let h = try AlatLuar.jalankan(py, ["-c", skrip, url.path, cepat ? "ro" : "rw"])
        guard h.status == 0 else { throw AlatLuar.GalatAlat.gagal("openpyxl: \(h.stderr)") }
        return try JSONDecoder().decode([LembarTerbaca].self, from: Data(h.stdout.utf8))
    }
}
