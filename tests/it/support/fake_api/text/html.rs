//! The `HTML` parse mode, modelled on tdlib's parser: the supported tags, attributes
//! and entities (`&lt;` `&gt;` `&amp;` `&quot;`, numeric ones), and tdlib's error
//! descriptions (the part after "can't parse entities: ").

use super::Entity;

const HTML_TAGS: &[&str] = &[
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
];

fn decode_html_entity(s: &str) -> Option<(char, usize)> {
    let end = s.find(';')?;
    if end > 12 {
        return None;
    }
    let name = &s[1..end];
    let ch = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let code =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()?
                } else if let Some(dec) = name.strip_prefix('#') {
                    if dec.is_empty() || !dec.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    dec.parse().ok()?
                } else {
                    return None;
                };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((ch, end + 1))
}

/// The plain text and entities of an HTML text, or tdlib's description of its first
/// mistake. A bare `&` that starts no entity is one when `strict_ampersand`.
pub(super) fn parse_html(
    text: &str,
    strict_ampersand: bool,
) -> Result<(String, Vec<Entity>), String> {
    struct Open {
        tag: String,
        start: usize,
        attr: Option<String>,
    }
    let b = text.as_bytes();
    let n = b.len();
    let mut out = String::new();
    let mut out16 = 0usize;
    let mut stack: Vec<Open> = Vec::new();
    let mut entities = Vec::new();
    let mut i = 0;
    let is_space = |c: u8| c == b' ' || c == b'\t' || c == b'\r' || c == b'\n';
    while i < n {
        let c = b[i];
        if c == b'&' {
            if let Some((ch, used)) = decode_html_entity(&text[i..]) {
                out.push(ch);
                out16 += ch.len_utf16();
                i += used;
                continue;
            }
            if strict_ampersand {
                return Err(format!(
                    "Character '&' at byte offset {i} is not a valid HTML entity; escape it as &amp;"
                ));
            }
        }
        if c != b'<' {
            let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
            out.push(ch);
            out16 += ch.len_utf16();
            i += ch.len_utf8();
            continue;
        }
        let begin = i;
        i += 1;
        if i < n && b[i] == b'/' {
            // End tag.
            i += 1;
            let name_start = i;
            while i < n && b[i] != b'>' {
                i += 1;
            }
            if i == n {
                return Err(format!("Unclosed end tag at byte offset {begin}"));
            }
            let name = text[name_start..i].trim().to_ascii_lowercase();
            i += 1;
            let Some(open) = stack.pop() else {
                return Err(format!("Unexpected end tag at byte offset {begin}"));
            };
            if !name.is_empty() && name != open.tag {
                return Err(format!(
                    "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \"</{name}>\"",
                    open.tag
                ));
            }
            let (kind, extra) = match open.tag.as_str() {
                "b" | "strong" => ("bold", None),
                "i" | "em" => ("italic", None),
                "u" | "ins" => ("underline", None),
                "s" | "strike" | "del" => ("strikethrough", None),
                "span" | "tg-spoiler" => ("spoiler", None),
                "a" => match open.attr {
                    Some(url) if !url.is_empty() => ("text_link", Some(url)),
                    _ => ("", None),
                },
                "code" => ("code", open.attr),
                "pre" => ("pre", None),
                "blockquote" => (
                    if open.attr.is_some() {
                        "expandable_blockquote"
                    } else {
                        "blockquote"
                    },
                    None,
                ),
                "tg-emoji" => ("custom_emoji", open.attr),
                _ => ("", None),
            };
            if !kind.is_empty() && out16 > open.start {
                entities.push(Entity {
                    kind,
                    offset: open.start,
                    length: out16 - open.start,
                    extra,
                });
            }
            continue;
        }
        // Start tag.
        let name_start = i;
        while i < n && !is_space(b[i]) && b[i] != b'>' {
            i += 1;
        }
        if i == n {
            return Err(format!("Unclosed start tag at byte offset {begin}"));
        }
        let tag = text[name_start..i].to_ascii_lowercase();
        if !HTML_TAGS.contains(&tag.as_str()) {
            return Err(format!(
                "Unsupported start tag \"{tag}\" at byte offset {begin}"
            ));
        }
        let mut attr: Option<String> = None;
        let mut has_expandable = false;
        loop {
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i == n {
                return Err(format!("Unclosed start tag at byte offset {begin}"));
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            let attr_start = i;
            while i < n && !is_space(b[i]) && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            let attr_name = text[attr_start..i].to_ascii_lowercase();
            if attr_name.is_empty() {
                return Err(format!(
                    "Empty attribute name in the tag \"{tag}\" at byte offset {begin}"
                ));
            }
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i == n {
                return Err(format!("Unclosed start tag at byte offset {begin}"));
            }
            let value = if b[i] != b'=' {
                // Attribute without a value (e.g. `<blockquote expandable>`).
                if tag == "blockquote" && attr_name == "expandable" {
                    has_expandable = true;
                    continue;
                }
                return Err(format!(
                    "Expected equal sign in declaration of an attribute of the tag \"{tag}\" at byte offset {begin}"
                ));
            } else {
                i += 1;
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i == n {
                    return Err(format!("Unclosed start tag at byte offset {begin}"));
                }
                if b[i] == b'"' || b[i] == b'\'' {
                    let quote = b[i];
                    i += 1;
                    let mut value = String::new();
                    while i < n && b[i] != quote {
                        if b[i] == b'&' {
                            if let Some((ch, used)) = decode_html_entity(&text[i..]) {
                                value.push(ch);
                                i += used;
                                continue;
                            }
                        }
                        let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
                        value.push(ch);
                        i += ch.len_utf8();
                    }
                    if i == n {
                        return Err(format!("Unclosed start tag at byte offset {begin}"));
                    }
                    i += 1;
                    value
                } else {
                    let token_start = i;
                    while i < n && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'-') {
                        i += 1;
                    }
                    if i < n && !is_space(b[i]) && b[i] != b'>' {
                        return Err(format!("Unexpected end of name token at byte offset {i}"));
                    }
                    text[token_start..i].to_ascii_lowercase()
                }
            };
            match (tag.as_str(), attr_name.as_str()) {
                ("a", "href") => attr = Some(value),
                ("span", "class") if value == "tg-spoiler" => attr = Some(value),
                ("code", "class") => {
                    if let Some(lang) = value.strip_prefix("language-") {
                        attr = Some(lang.to_owned());
                    }
                }
                ("tg-emoji", "emoji-id") => attr = Some(value),
                _ => {}
            }
        }
        if tag == "span" && attr.is_none() {
            return Err(format!(
                "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
            ));
        }
        if tag == "tg-emoji" && attr.is_none() {
            return Err(format!(
                "Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {begin}"
            ));
        }
        if has_expandable {
            attr = Some("expandable".to_owned());
        }
        stack.push(Open {
            tag,
            start: out16,
            attr,
        });
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.tag
        ));
    }
    entities.sort_by_key(|e| (e.offset, std::cmp::Reverse(e.length)));
    Ok((out, entities))
}
