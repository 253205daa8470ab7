//! The `MarkdownV2` and legacy `Markdown` parse modes, modelled on tdlib's parsers,
//! with tdlib's error descriptions (the part after "can't parse entities: ").

use super::{utf16_len, Entity};

/// MarkdownV2 as documented: every reserved character outside an entity must be escaped.
pub(super) fn parse_markdown_v2(text: &str) -> Result<(String, Vec<Entity>), String> {
    const RESERVED: &str = "_*[]()~`>#+-=|{}.!";
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::new();
    let mut out16 = 0usize;
    let mut entities = Vec::new();
    // (marker, byte offset, start in utf16)
    let mut stack: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut i = 0;
    let push = |out: &mut String, out16: &mut usize, c: char| {
        out.push(c);
        *out16 += c.len_utf16();
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        let in_code = matches!(stack.last(), Some(("`", ..)) | Some(("```", ..)));
        if c == '\\' {
            match chars.get(i + 1) {
                Some(&(_, next)) if (next as u32) > 0 && (next as u32) < 127 => {
                    push(&mut out, &mut out16, next);
                    i += 2;
                    continue;
                }
                _ => {
                    if in_code {
                        push(&mut out, &mut out16, c);
                        i += 1;
                        continue;
                    }
                    return Err(
                        "Character '\\' is reserved and must be escaped with the preceding '\\'"
                            .to_owned(),
                    );
                }
            }
        }
        if in_code {
            let closing = if stack.last().map(|s| s.0) == Some("```") {
                "```"
            } else {
                "`"
            };
            if text[pos..].starts_with(closing) {
                let (_, _, start) = stack.pop().unwrap_or_default();
                entities.push(Entity {
                    kind: if closing == "```" { "pre" } else { "code" },
                    offset: start,
                    length: out16 - start,
                    extra: None,
                });
                i += closing.chars().count();
            } else {
                push(&mut out, &mut out16, c);
                i += 1;
            }
            continue;
        }
        if !RESERVED.contains(c) {
            push(&mut out, &mut out16, c);
            i += 1;
            continue;
        }
        let rest = &text[pos..];
        let marker: &'static str = if rest.starts_with("```") {
            "```"
        } else if rest.starts_with("__") {
            "__"
        } else if rest.starts_with("||") {
            "||"
        } else {
            match c {
                '_' => "_",
                '*' => "*",
                '~' => "~",
                '`' => "`",
                '[' => "[",
                ']' => "]",
                _ => {
                    // '>' at the start of a line is a block quote.
                    if c == '>' && (pos == 0 || text[..pos].ends_with('\n')) {
                        i += 1;
                        continue;
                    }
                    return Err(format!(
                        "Character '{c}' is reserved and must be escaped with the preceding '\\'"
                    ));
                }
            }
        };
        i += marker.chars().count();
        if marker == "]" {
            // End of a link: must be followed by (url).
            let Some(idx) = stack.iter().rposition(|s| s.0 == "[") else {
                return Err(
                    "Character ']' is reserved and must be escaped with the preceding '\\'"
                        .to_owned(),
                );
            };
            if idx != stack.len() - 1 {
                let (m, p, _) = stack[stack.len() - 1];
                return Err(format!(
                    "Can't find end of {} entity at byte offset {p}",
                    entity_name(m)
                ));
            }
            let (_, _, start) = stack.pop().unwrap_or_default();
            let mut url = String::new();
            if chars.get(i).map(|c| c.1) == Some('(') {
                i += 1;
                loop {
                    match chars.get(i) {
                        None => {
                            return Err(format!("Can't find end of a URL at byte offset {pos}"))
                        }
                        Some(&(_, ')')) => {
                            i += 1;
                            break;
                        }
                        Some(&(_, '\\')) if chars.get(i + 1).is_some() => {
                            url.push(chars[i + 1].1);
                            i += 2;
                        }
                        Some(&(_, ch)) => {
                            url.push(ch);
                            i += 1;
                        }
                    }
                }
            }
            if !url.is_empty() && out16 > start {
                entities.push(Entity {
                    kind: "text_link",
                    offset: start,
                    length: out16 - start,
                    extra: Some(url),
                });
            }
            continue;
        }
        if marker != "[" {
            if let Some(idx) = stack.iter().rposition(|s| s.0 == marker) {
                if idx != stack.len() - 1 {
                    let (m, p, _) = stack[stack.len() - 1];
                    return Err(format!(
                        "Can't find end of {} entity at byte offset {p}",
                        entity_name(m)
                    ));
                }
                let (_, _, start) = stack.pop().unwrap_or_default();
                if out16 > start {
                    let kind = match marker {
                        "*" => "bold",
                        "_" => "italic",
                        "__" => "underline",
                        "~" => "strikethrough",
                        "||" => "spoiler",
                        _ => "code",
                    };
                    entities.push(Entity {
                        kind,
                        offset: start,
                        length: out16 - start,
                        extra: None,
                    });
                }
                continue;
            }
        }
        if marker == "```" {
            // Skip the optional language on the first line.
            while i < chars.len() && chars[i].1 != '\n' && chars[i].1 != '`' {
                i += 1;
            }
            if chars.get(i).map(|c| c.1) == Some('\n') {
                i += 1;
            }
        }
        stack.push((marker, pos, out16));
    }
    if let Some(&(m, p, _)) = stack.last() {
        return Err(format!(
            "Can't find end of {} entity at byte offset {p}",
            entity_name(m)
        ));
    }
    entities.sort_by_key(|e| (e.offset, std::cmp::Reverse(e.length)));
    Ok((out, entities))
}

fn entity_name(marker: &str) -> &'static str {
    match marker {
        "*" => "Bold",
        "_" => "Italic",
        "__" => "Underline",
        "~" => "Strikethrough",
        "||" => "Spoiler",
        "`" => "Code",
        "```" => "Pre",
        _ => "TextUrl",
    }
}

/// Legacy Markdown: `*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````, `[text](url)`.
pub(super) fn parse_markdown(text: &str) -> Result<(String, Vec<Entity>), String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::new();
    let mut out16 = 0;
    let mut entities = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\\' && matches!(chars.get(i + 1).map(|c| c.1), Some('_' | '*' | '`' | '[')) {
            out.push(chars[i + 1].1);
            out16 += 1;
            i += 2;
            continue;
        }
        if !matches!(c, '_' | '*' | '`' | '[') {
            out.push(c);
            out16 += c.len_utf16();
            i += 1;
            continue;
        }
        let (end_marker, kind) = match c {
            '*' => ("*", "bold"),
            '_' => ("_", "italic"),
            '[' => ("]", "text_link"),
            _ if text[pos..].starts_with("```") => ("```", "pre"),
            _ => ("`", "code"),
        };
        let open_len = if end_marker == "```" { 3 } else { 1 };
        let body_start = pos + open_len;
        let Some(rel) = text[body_start..].find(end_marker) else {
            return Err(format!(
                "Can't find end of the entity starting at byte offset {pos}"
            ));
        };
        let inner = &text[body_start..body_start + rel];
        let mut next = body_start + rel + end_marker.len();
        let mut extra = None;
        if kind == "text_link" && text[next..].starts_with('(') {
            let Some(close) = text[next..].find(')') else {
                return Err(format!("Can't find end of a URL at byte offset {next}"));
            };
            extra = Some(text[next + 1..next + close].to_owned());
            next += close + 1;
        }
        let start = out16;
        out.push_str(inner);
        out16 += utf16_len(inner);
        if out16 > start && (kind != "text_link" || extra.is_some()) {
            entities.push(Entity {
                kind,
                offset: start,
                length: out16 - start,
                extra,
            });
        }
        i = chars
            .iter()
            .position(|&(p, _)| p >= next)
            .unwrap_or(chars.len());
    }
    Ok((out, entities))
}
