import Foundation

/// A nomenclature code stored as structured segments (renja-spec §3.1), e.g. `1.06.04.2.01.0001`
/// = urusan 1 · bidang 06 · program 04 · tier 2 · kegiatan 01 · sub-kegiatan 0001.
/// The display string is derived, never typed; older documents use 2-digit sub-kegiatan segments, kept as given.
public struct KodeNomenklatur: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
        case urusan, bidang, program, kegiatan, subKegiatan = "sub_kegiatan"
        var depth: Int {
            switch self {
            case .urusan: 0
            case .bidang: 1
            case .program: 2
            case .kegiatan: 3
            case .subKegiatan: 4
            }
        }
        public static func < (a: Level, b: Level) -> Bool { a.depth < b.depth }
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty
        case badSegment(code: String, segment: String)
        case badShape(code: String)
        public var description: String {
            switch self {
            case .empty: "empty nomenclature code"
            case .badSegment(let code, let segment): "code \(code): segment '\(segment)' is not a number of the expected width"
            case .badShape(let code): "code \(code): expected U, U.BB, U.BB.PP, U.BB.PP.T.KK or U.BB.PP.T.KK.SS(SS)"
            }
        }
    }

    /// Segments as printed (digits only): [urusan, bidang, program, tier, kegiatan, sub]; prefix for higher levels.
    public let segments: [String]

    public init(_ text: String) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .empty }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // Widths per position; sub-kegiatan accepts 2 or 4 digits.
        let widths: [[Int]] = [[1], [2], [2], [1], [2], [2, 4]]
        // Allowed segment counts: 1, 2, 3 (program), 5 (kegiatan), 6 (sub-kegiatan).
        guard [1, 2, 3, 5, 6].contains(parts.count) else { throw .badShape(code: trimmed) }
        for (i, p) in parts.enumerated() {
            guard widths[i].contains(p.count), p.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .badSegment(code: trimmed, segment: p)
            }
        }
        segments = parts
    }

    public var level: Level {
        switch segments.count {
        case 1: .urusan
        case 2: .bidang
        case 3: .program
        case 5: .kegiatan
        default: .subKegiatan
        }
    }

    /// The code of the enclosing level (nil for an urusan).
    public var parent: KodeNomenklatur? {
        switch segments.count {
        case 1: nil
        case 5: KodeNomenklatur(trusted: Array(segments.prefix(3)))
        default: KodeNomenklatur(trusted: Array(segments.dropLast()))
        }
    }

    private init(trusted: [String]) { segments = trusted }

    public var description: String { segments.joined(separator: ".") }

    public static func < (a: KodeNomenklatur, b: KodeNomenklatur) -> Bool {
        for (x, y) in zip(a.segments, b.segments) where x != y {
            return (Int(x) ?? 0) < (Int(y) ?? 0)
        }
        return a.segments.count < b.segments.count
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
