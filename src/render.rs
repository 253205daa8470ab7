//! Replies to ready-to-send texts: formatted, split within Telegram's limit,
//! buttons attached to the last part. Shared by the Telegram and terminal shells.

use crate::dialogue::{Place, Reply};
use crate::i18n::I18n;
use crate::text::Lang;

/// Telegram allows 4096 characters after entity parsing; counting the raw
/// HTML in UTF-16 units (as Telegram counts) with a margin is always safe.
pub const MAX_MESSAGE_UTF16: usize = 4000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// Telegram HTML.
    pub html: String,
    /// Rows of (label, callback data).
    pub keyboard: Vec<Vec<(String, String)>>,
    /// `Some`: shown over the message whose button was pressed instead of
    /// as a new message ([`Place`]), if the shell can.
    pub edit: Option<Edit>,
}

/// An edit of the pressed message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    /// Its text too, or only its buttons.
    pub text: bool,
    /// The message, once the shell knows it (the Telegram shell names the
    /// pressed one); `None`: sent as a new message.
    pub message: Option<i32>,
}

impl Rendered {
    /// A new message.
    pub fn new(html: String, keyboard: Vec<Vec<(String, String)>>) -> Rendered {
        Rendered {
            html,
            keyboard,
            edit: None,
        }
    }
}

pub fn render(i18n: &I18n, lang: Lang, reply: &Reply) -> Vec<Rendered> {
    let paragraphs: Vec<String> = reply
        .paragraphs
        .iter()
        .map(|m| i18n.format(lang, m))
        .filter(|p| !p.trim().is_empty())
        .collect();
    let keyboard: Vec<Vec<(String, String)>> = reply
        .keyboard
        .iter()
        .map(|row| {
            row.iter()
                .map(|b| (i18n.format(lang, &b.label), b.action.encode()))
                .collect()
        })
        .collect();
    let mut parts = split(&paragraphs, MAX_MESSAGE_UTF16);
    if parts.is_empty() {
        parts.push("…".to_string());
    }
    let last = parts.len() - 1;
    // A reply too long for one message goes as new messages.
    let edit = match reply.place {
        Place::New => None,
        _ if last > 0 => None,
        Place::Pressed => Some(true),
        Place::PressedButtons => Some(false),
    }
    .map(|text| Edit {
        text,
        message: None,
    });
    parts
        .into_iter()
        .enumerate()
        .map(|(i, html)| Rendered {
            html,
            keyboard: if i == last {
                keyboard.clone()
            } else {
                Vec::new()
            },
            edit,
        })
        .collect()
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Packs paragraphs into messages of at most `max` UTF-16 units, splitting
/// only between paragraphs, then lines, then words when one is too long.
pub fn split(paragraphs: &[String], max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    for p in paragraphs {
        if utf16_len(p) <= max {
            pieces.push(p.clone());
        } else {
            pieces.extend(split_long(p, max));
        }
    }
    let mut out: Vec<String> = Vec::new();
    // The length of the message being filled, counted once per piece.
    let mut cur_len = 0;
    for piece in pieces {
        let len = utf16_len(&piece);
        match out.last_mut() {
            Some(cur) if cur_len + 2 + len <= max => {
                cur.push_str("\n\n");
                cur.push_str(&piece);
                cur_len += 2 + len;
            }
            _ => {
                out.push(piece);
                cur_len = len;
            }
        }
    }
    out
}

fn split_long(p: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in p.split('\n') {
        for word in line.split_inclusive(' ') {
            let mut word = word.to_string();
            // A single "word" longer than a message: cut at characters.
            while utf16_len(&word) > max {
                let mut cut = String::new();
                let mut rest = String::new();
                for c in word.chars() {
                    if rest.is_empty() && utf16_len(&cut) + c.len_utf16() <= max {
                        cut.push(c);
                    } else {
                        rest.push(c);
                    }
                }
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                out.push(cut);
                word = rest;
            }
            if utf16_len(&cur) + utf16_len(&word) > max {
                out.push(std::mem::take(&mut cur));
            }
            cur.push_str(&word);
        }
        if utf16_len(&cur) < max {
            cur.push('\n');
        } else {
            out.push(std::mem::take(&mut cur));
        }
    }
    let cur = cur.trim_end().to_string();
    if !cur.is_empty() {
        out.push(cur);
    }
    out.into_iter()
        .map(|s| s.trim_end().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Telegram HTML to terminal text: tags dropped, entities decoded, links shown.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('>') else {
            out.push_str(&rest[i..]);
            rest = "";
            break;
        };
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_html() {
        assert_eq!(
            plain("<b>Hi</b> &lt;you&gt; &amp; <a href=\"x\">me</a>"),
            "Hi <you> & me"
        );
    }
    use proptest::prelude::*;

    #[test]
    fn keeps_short_texts_whole_and_splits_at_paragraphs() {
        let ps = vec!["a".repeat(10), "b".repeat(10)];
        assert_eq!(split(&ps, 100), vec![format!("{}\n\n{}", ps[0], ps[1])]);
        assert_eq!(split(&ps, 15), ps);
    }

    proptest! {
        #[test]
        fn every_part_fits_and_nothing_is_lost(ps in proptest::collection::vec("[a-zа-я ]{0,300}\n?[ёa-z]{0,50}", 0..20), max in 20usize..400) {
            let parts = split(&ps, max);
            for p in &parts {
                prop_assert!(utf16_len(p) <= max, "{} > {}", utf16_len(p), max);
                prop_assert!(!p.is_empty());
            }
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(squash(&parts.concat()), squash(&ps.concat()));
        }
    }
}
