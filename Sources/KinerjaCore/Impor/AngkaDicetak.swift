import Foundation

/// Reads a number the way Indonesian documents print it: "3.598.241.329", "79,71", "Rp 2,296,421,810",
/// "100%", "12 dok", "14.400.000,", "9.085.999,-", "100.00 %". Used for *printed* values only, never for input
/// that Kinerja computes with. Returns nil when no number can be read unambiguously.
public enum AngkaDicetak {
    public static func parse(_ text: String) -> Kuantitas? {
        // Take the first run of digits and separators.
        var run = ""
        var started = false
        for ch in text {
            if ch.isASCII && ch.isNumber { run.append(ch); started = true } else if started && (ch == "." || ch == ",") { run.append(ch) } else if started { break }
        }
        while let last = run.last, last == "." || last == "," { run.removeLast() }
        guard !run.isEmpty else { return nil }
        let dots = run.filter { $0 == "." }.count
        let commas = run.filter { $0 == "," }.count
        var normalized: String
        switch (dots, commas) {
        case (0, 0): normalized = run
        case (_, 0):
            // "3.598.241.329" (grouping) vs "100.00" (decimal point): a single dot followed by exactly three digits is grouping.
            let tail = run.split(separator: ".").last.map(String.init) ?? ""
            normalized = (dots == 1 && tail.count != 3) ? run : run.replacingOccurrences(of: ".", with: "")
        case (0, _):
            let tail = run.split(separator: ",").last.map(String.init) ?? ""
            normalized = (commas == 1 && tail.count != 3) ? run.replacingOccurrences(of: ",", with: ".") : run.replacingOccurrences(of: ",", with: "")
        default:
            // Both present: whichever comes last is the decimal mark.
            let lastDot = run.lastIndex(of: ".")!, lastComma = run.lastIndex(of: ",")!
            normalized = lastComma > lastDot
                ? run.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                : run.replacingOccurrences(of: ",", with: "")
        }
        return try? Kuantitas(parsing: normalized)
    }

    /// The numbers a printed cell holds, as printed, and the text around them (a space where each number stood):
    /// "312 Orang/bulan" → (["312"], " Orang/bulan"); "49 Kali dan 40 Kali" → two numbers. A number is digits with
    /// single "." or "," between or after them; the exponent of a unit ("8880 m2", 001:L1012) belongs to the text.
    public static func pecah(_ teks: String) -> (angka: [String], sisa: String) {
        var angka: [String] = []
        var sisa = ""
        var run = ""
        let cs = Array(teks)
        for (i, ch) in cs.enumerated() {
            let digit = ch.isASCII && ch.isNumber
            let eksponen = digit && run.isEmpty && (ch == "2" || ch == "3") && i > 0 && (cs[i - 1] == "m" || cs[i - 1] == "M")
                && (i + 1 == cs.count || !(cs[i + 1].isASCII && cs[i + 1].isNumber))
            if digit && !eksponen {
                run.append(ch)
            } else if !run.isEmpty && (ch == "." || ch == ",") && run.last?.isNumber == true {
                run.append(ch)
            } else {
                if !run.isEmpty {
                    angka.append(run)
                    run = ""
                    sisa.append(" ")
                }
                sisa.append(ch)
            }
        }
        if !run.isEmpty { angka.append(run) }
        return (angka, sisa)
    }

    /// "264 ОВ", "Dok 3", "30.091 Lembar", "5249" → the number and the rest of the cell (spaces collapsed, the
    /// punctuation around it dropped: "9.085.999,-"); nil when the cell holds no number or more than one
    /// ("390;320 Jenis/710 item", "10 Unit Rehab 10 Unit Sarpras").
    public static func satuAngka(_ teks: String) -> (Kuantitas, String)? {
        let (angka, sisa) = pecah(teks)
        guard angka.count == 1, let q = parse(angka[0]) else { return nil }
        let satuan = sisa.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " -.,;:"))
        return (q, satuan)
    }
}
