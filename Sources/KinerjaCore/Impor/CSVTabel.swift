import Foundation

/// A parsed RFC 4180 CSV table with a header row. Pure: the caller reads the bytes.
/// Rows are addressed by their 1-based line number in the file so every error can name the row.
public struct CSVTabel: Sendable {
    public struct Baris: Sendable {
        /// 1-based line number of the row's start in the file (header = line 1).
        public let baris: Int
        let nilai: [String: String]
        /// The trimmed cell of `kolom`, nil when empty.
        public subscript(_ kolom: String) -> String? {
            guard let v = nilai[kolom]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty(file: String)
        case unterminatedQuote(file: String, line: Int)
        case columnCount(file: String, line: Int, expected: Int, got: Int)
        case missingColumn(file: String, column: String)
        public var description: String {
            switch self {
            case .empty(let f): "\(f): file is empty"
            case .unterminatedQuote(let f, let l): "\(f):\(l): unterminated quoted field"
            case .columnCount(let f, let l, let e, let g): "\(f):\(l): expected \(e) columns, found \(g)"
            case .missingColumn(let f, let c): "\(f): missing column '\(c)'"
            }
        }
    }

    public let file: String
    public let kolom: [String]
    public let baris: [Baris]

    public init(file: String, text: String, required: [String] = []) throws(ParseError) {
        self.file = file
        let records = try Self.records(file: file, text: text)
        guard let header = records.first else { throw .empty(file: file) }
        kolom = header.fields
        for r in required where !kolom.contains(r) { throw .missingColumn(file: file, column: r) }
        var rows: [Baris] = []
        for rec in records.dropFirst() {
            if rec.fields.count == 1 && rec.fields[0].isEmpty { continue }
            guard rec.fields.count == kolom.count else {
                throw .columnCount(file: file, line: rec.line, expected: kolom.count, got: rec.fields.count)
            }
            rows.append(Baris(baris: rec.line, nilai: Dictionary(zip(kolom, rec.fields), uniquingKeysWith: { a, _ in a })))
        }
        baris = rows
    }

    private struct Record { var line: Int; var fields: [String] }

    private static func records(file: String, text: String) throws(ParseError) -> [Record] {
        var out: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordStart = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"": inQuotes = true
                case ",": fields.append(field); field = ""
                case "\r": break
                case "\n":
                    fields.append(field)
                    out.append(Record(line: recordStart, fields: fields))
                    fields = []; field = ""
                    line += 1
                    recordStart = line
                default: field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw .unterminatedQuote(file: file, line: recordStart) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            out.append(Record(line: recordStart, fields: fields))
        }
        return out
    }
}
