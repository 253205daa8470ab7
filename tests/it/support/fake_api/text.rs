//! Formatted text: a parse mode (`HTML`, `MarkdownV2`, legacy `Markdown`) turns what the
//! bot sent into what the user sees, a plain text and its entities. Offsets and lengths
//! count UTF-16 code units, as Telegram does. The parsers live in `html.rs` and
//! `markdown.rs`; what a message may contain is checked in `content.rs`.

mod html;
mod markdown;

use html::parse_html;
use markdown::{parse_markdown, parse_markdown_v2};

/// One formatting entity: its Bot API `kind` (`"bold"`, `"text_link"`, …), where it is in
/// the plain text (UTF-16 units) and what the kind carries (URL, code language, emoji id).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Entity {
    kind: &'static str,
    offset: usize,
    length: usize,
    extra: Option<String>,
}

/// The length of `s` as Telegram counts it: UTF-16 code units.
pub(super) fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Parses `text` with `parse_mode`, returning the trimmed plain text and its entities, or
/// Telegram's description of the mistake (without "Bad Request: ").
pub(super) fn render(
    text: &str,
    parse_mode: Option<&str>,
    strict_ampersand: bool,
) -> Result<(String, Vec<Entity>), String> {
    let parsed = match parse_mode {
        None => Ok((text.to_owned(), Vec::new())),
        Some(pm) if pm.eq_ignore_ascii_case("html") => parse_html(text, strict_ampersand),
        Some(pm) if pm.eq_ignore_ascii_case("markdownv2") => parse_markdown_v2(text),
        Some(pm) if pm.eq_ignore_ascii_case("markdown") => parse_markdown(text),
        Some(_) => return Err("unsupported parse_mode".to_owned()),
    };
    let (plain, entities) = parsed.map_err(|e| format!("can't parse entities: {e}"))?;
    Ok(trim_entities(plain, entities))
}

/// Telegram strips leading/trailing whitespace; entities are shifted/clipped accordingly.
fn trim_entities(plain: String, entities: Vec<Entity>) -> (String, Vec<Entity>) {
    let lead = utf16_len(&plain[..plain.len() - plain.trim_start().len()]);
    let trimmed = plain.trim().to_owned();
    let len = utf16_len(&trimmed);
    let entities = entities
        .into_iter()
        .filter_map(|mut e| {
            let start = e.offset.saturating_sub(lead);
            let end = (e.offset + e.length).saturating_sub(lead).min(len);
            (end > start).then(|| {
                e.offset = start;
                e.length = end - start;
                e
            })
        })
        .collect();
    (trimmed, entities)
}
