import KinerjaDocs
import Plot

// Every text and every attribute value the pages print goes through `XML.escape` (the documents' one escaper).
// Plot's own `.text` escapes by building a String per character (16 % of a Renja page view's CPU under load), and
// Plot writes attribute values as given: `value="\(v)"`, so a username or a line's lokasi containing `"` would
// end the attribute and open markup. The views use only these.

extension Node {
    /// Text content, escaped.
    static func teks(_ s: String) -> Node { .raw(XML.escape(s)) }
}

extension Attribute where Context: HTMLValueContext {
    /// The `value` attribute, escaped.
    static func nilai(_ v: String) -> Attribute { .value(XML.escape(v)) }
}

extension Attribute where Context: HTMLLinkableContext {
    /// The `href` attribute, escaped (paths carry office codes and query strings).
    static func tautan(_ url: String) -> Attribute { .href(XML.escape(url)) }
}

extension Node where Context: HTMLValueContext {
    /// The `value` attribute, escaped.
    static func nilai(_ v: String) -> Node { .value(XML.escape(v)) }
}

extension Node where Context: HTMLLinkableContext {
    /// The `href` attribute, escaped.
    static func tautan(_ url: String) -> Node { .href(XML.escape(url)) }
}
