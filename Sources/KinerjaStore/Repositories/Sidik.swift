/// The "revision" of a record without a revision column: a fingerprint (64-bit FNV-1a) of the fields a form shows.
/// A save names the fingerprint it was made from; when the stored fields no longer give it, someone changed them in
/// between and the save is refused (409) instead of overwriting. Not a security hash: it only detects change.
public enum Sidik {
    public static func dari(_ bagian: [String?]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bagian.map { $0 ?? "\u{0}" }.joined(separator: "\u{1}").utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }
}
