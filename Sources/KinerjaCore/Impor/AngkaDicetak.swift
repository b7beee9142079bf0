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
}
